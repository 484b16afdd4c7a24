// A real HTTP server on 127.0.0.1 standing in for DingTalk's hosts: records every request and
// answers through a programmable responder.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  /** The query string exactly as sent (to see how values were encoded). */
  rawQuery: string;
  headers: IncomingMessage['headers'];
  raw: Buffer;
  json: any;
}

export type Responder = (req: Recorded) => { status?: number; body: unknown } | Promise<{ status?: number; body: unknown }>;

export interface FakeDingtalk {
  url: string;
  requests: Recorded[];
  respond: Responder;
  /** Resolves with the first request (already received or future) matching `test`. */
  waitFor(test: (r: Recorded) => boolean): Promise<Recorded>;
  close(): Promise<void>;
}

export async function startFakeDingtalk(respond: Responder = () => ({ body: { errcode: 0, errmsg: 'ok' } })): Promise<FakeDingtalk> {
  const requests: Recorded[] = [];
  const waiters: { test: (r: Recorded) => boolean; ok: (r: Recorded) => void }[] = [];
  const fake: FakeDingtalk = {
    url: '',
    requests,
    respond,
    waitFor(test) {
      const found = requests.find(test);
      if (found) return Promise.resolve(found);
      return new Promise((ok) => waiters.push({ test, ok }));
    },
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const raw = Buffer.concat(chunks);
      const u = new URL(req.url ?? '/', 'http://x');
      let json: unknown;
      try {
        json = raw.length ? JSON.parse(raw.toString('utf8')) : undefined;
      } catch {
        json = undefined;
      }
      const rec: Recorded = { method: req.method ?? '', path: u.pathname, query: u.searchParams, rawQuery: u.search.slice(1), headers: req.headers, raw, json };
      requests.push(rec);
      const answer = await fake.respond(rec);
      res.writeHead(answer.status ?? 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer.body));
      for (const w of [...waiters]) {
        if (w.test(rec)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.ok(rec);
        }
      }
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}

/** A robot message body as DingTalk sends it (HTTP callback body = Stream CALLBACK data). */
export function robotMessage(over: Record<string, unknown> = {}): Record<string, unknown> {
  const createAt = Date.now();
  return {
    conversationId: 'cidQ1ngShan==',
    atUsers: [{ dingtalkId: '$:LWCP_v1:$bot' }],
    chatbotCorpId: 'dinge8a565test',
    chatbotUserId: '$:LWCP_v1:$bot',
    msgId: `msg${Math.random().toString(36).slice(2)}`,
    senderNick: '李主任',
    isAdmin: false,
    senderStaffId: 'manager4021',
    sessionWebhookExpiredTime: createAt + 90 * 60 * 1000,
    createAt,
    senderCorpId: 'dinge8a565test',
    conversationType: '2',
    senderId: '$:LWCP_v1:$sender',
    conversationTitle: '青山县换届工作群',
    isInAtList: true,
    sessionWebhook: 'https://oapi.dingtalk.com/robot/sendBySession?session=test',
    text: { content: ' 帮助' },
    msgtype: 'text',
    ...over,
  };
}
