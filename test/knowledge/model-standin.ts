// A local stand-in for an OpenAI-compatible chat-completions endpoint on 127.0.0.1: each request is
// answered by a script (a reply text, a status, garbage, a delay), and every request is kept for assertions.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandinRequest {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: { model: string; messages: { role: string; content: string }[] } & Record<string, unknown>;
}

export type Scripted =
  /** The model's reply text, wrapped in a chat completion. */
  | { reply: string; delayMs?: number }
  | { status: number; raw?: string; delayMs?: number }
  /** A body that is not a chat completion at all. */
  | { raw: string; delayMs?: number };

export interface Standin {
  /** The base URL to put in LLM_BASE_URL ("http://127.0.0.1:<port>/v1"). */
  baseUrl: string;
  requests: StandinRequest[];
  script(answer: (req: StandinRequest) => Scripted): void;
  close(): Promise<void>;
}

export const completion = (content: string) => JSON.stringify({ id: 'c1', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }] });

export async function startStandin(): Promise<Standin> {
  let answer: (req: StandinRequest) => Scripted = () => ({ reply: '{"item": null}' });
  const requests: StandinRequest[] = [];
  const server: Server = createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      const r: StandinRequest = { path: req.url ?? '', headers: req.headers, body: JSON.parse(data || '{}') };
      requests.push(r);
      const s = answer(r);
      const send = () => {
        if (res.destroyed) return;
        if ('reply' in s) {
          res.writeHead(200, { 'content-type': 'application/json' }).end(completion(s.reply));
        } else {
          res.writeHead('status' in s ? s.status : 200, { 'content-type': 'application/json' }).end(s.raw ?? '{"error":{"message":"boom"}}');
        }
      };
      if (s.delayMs) setTimeout(send, s.delayMs);
      else send();
    });
  });
  // The eval scripts think for seconds between calls: an idle connection must not be closed under them (Node's
  // default is 5 s), or a call races the close.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    script: (f) => (answer = f),
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
