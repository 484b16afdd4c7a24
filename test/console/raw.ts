// Plain HTTP helpers for console tests: raw paths (fetch would normalise "../" before sending),
// cookies kept by hand, redirects not followed, and a server that reports a non-loopback client.
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import ExcelJS from 'exceljs';
import type Koa from 'koa';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  text: string;
}

export function raw(base: string, path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path, method: opts.method ?? 'GET', headers: opts.headers ?? {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: body.toString('utf8') });
        });
      },
    );
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

/** POST /login with a form body; returns the response (302 on success). */
export function login(base: string, token: string, next = '/', headers: Record<string, string> = {}): Promise<RawResponse> {
  return raw(base, '/login', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams({ token, next }).toString(),
  });
}

/** "hj_session=abc" from a Set-Cookie header, for the Cookie header of later requests. */
export function cookieFrom(res: RawResponse): string {
  const set = res.headers['set-cookie'];
  const first = Array.isArray(set) ? set[0] : set;
  if (!first) throw new Error(`no Set-Cookie in a ${res.status} response`);
  return first.split(';')[0]!;
}

/** Serve the same app, but every request appears to come from `address` (as from another machine). */
export async function serveAs(app: Koa, address: string): Promise<{ url: string; close(): Promise<void> }> {
  const handler = app.callback();
  const server: Server = createServer((req, res) => {
    Object.defineProperty(req.socket, 'remoteAddress', { value: address, configurable: true });
    void handler(req, res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

export async function readXlsx(body: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb;
}

/** A sheet's rows as plain arrays (exceljs rows are 1-based, so slot 0 is dropped). */
export function sheetRows(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}
