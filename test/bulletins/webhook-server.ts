// A local stand-in for the WeCom and DingTalk group-robot webhooks: records every request and
// answers from a per-path script (then errcode 0), as both platforms do — HTTP 200 with an errcode.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Hit {
  path: string;
  query: URLSearchParams;
  body: any;
  /** What the server answered. */
  errcode: number;
}

export interface WebhookServer {
  url: string;
  hits: Hit[];
  /** Requests answered with errcode 0, for one path. */
  accepted(path: string): Hit[];
  /** Answer the next requests to a path with these errcodes; the last one repeats if `repeat`. */
  script(path: string, errcodes: number[], repeat?: boolean): void;
  /** Answer every request to a path only after this many ms, like a platform that is slow or rate-limits. */
  slow(path: string, ms: number): void;
  close(): Promise<void>;
}

export async function startWebhookServer(): Promise<WebhookServer> {
  const hits: Hit[] = [];
  const scripts = new Map<string, { codes: number[]; repeat: boolean }>();
  const delays = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const u = new URL(req.url ?? '/', 'http://x');
      const s = scripts.get(u.pathname);
      const errcode = s && s.codes.length ? (s.repeat && s.codes.length === 1 ? s.codes[0]! : s.codes.shift()!) : 0;
      let body: unknown = null;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        body = Buffer.concat(chunks).toString('utf8');
      }
      hits.push({ path: u.pathname, query: u.searchParams, body, errcode });
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errcode, errmsg: errcode ? `scripted error ${errcode}` : 'ok' }));
      }, delays.get(u.pathname) ?? 0);
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits,
    accepted: (path) => hits.filter((h) => h.path === path && h.errcode === 0),
    script(path, errcodes, repeat = false) {
      scripts.set(path, { codes: [...errcodes], repeat });
    },
    slow(path, ms) {
      delays.set(path, ms);
    },
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

export const WECOM_PATH = '/cgi-bin/webhook/send';
export const DINGTALK_PATH = '/robot/send';

/** The text a robot message carries, whichever platform's shape it has. */
export function contentOf(body: any): string {
  return body?.markdown?.content ?? body?.markdown?.text ?? body?.text?.content ?? '';
}
