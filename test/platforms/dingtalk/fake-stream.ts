// A local stand-in for DingTalk's Stream gateway: the HTTP registration endpoint (on a
// FakeDingtalk) hands out a ws://127.0.0.1 endpoint served by a real WebSocket server.
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Recorded } from './fake-dingtalk.js';

export const TOPIC_ROBOT = '/v1.0/im/bot/messages/get';

export interface FakeStream {
  endpoint: string;
  /** Open sockets, newest last. */
  sockets: WebSocket[];
  connections: number;
  /** Frames the client sent back (acks), parsed. */
  received: any[];
  /** Frame messageIds in the order their acks arrived. */
  acks: string[];
  waitConnection(n: number): Promise<WebSocket>;
  waitAck(frameId: string): Promise<void>;
  /** Push a robot CALLBACK frame to the newest socket; returns the frame's messageId. */
  sendCallback(data: unknown, frameId?: string): string;
  /** Answer for the gateway's POST /v1.0/gateway/connections/open. */
  gatewayAnswer(r: Recorded): { status?: number; body: unknown };
  close(): Promise<void>;
}

let frames = 0;

export async function startFakeStream(): Promise<FakeStream> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((ok) => wss.once('listening', () => ok()));
  const connWaiters: { n: number; ok: (s: WebSocket) => void }[] = [];
  const ackWaiters = new Map<string, () => void>();
  const fake: FakeStream = {
    endpoint: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/connect`,
    sockets: [],
    connections: 0,
    received: [],
    acks: [],
    waitConnection(n) {
      if (fake.connections >= n) return Promise.resolve(fake.sockets[fake.sockets.length - 1]!);
      return new Promise((ok) => connWaiters.push({ n, ok }));
    },
    waitAck(frameId) {
      if (fake.acks.includes(frameId)) return Promise.resolve();
      return new Promise((ok) => ackWaiters.set(frameId, ok));
    },
    sendCallback(data, frameId = `frame-${++frames}`) {
      const socket = fake.sockets[fake.sockets.length - 1]!;
      socket.send(
        JSON.stringify({
          specVersion: '1.0',
          type: 'CALLBACK',
          headers: { appId: 'app-1', connectionId: 'conn-1', contentType: 'application/json', messageId: frameId, time: String(Date.now()), topic: TOPIC_ROBOT },
          data: typeof data === 'string' ? data : JSON.stringify(data),
        }),
      );
      return frameId;
    },
    gatewayAnswer: () => ({ body: { endpoint: fake.endpoint, ticket: `ticket-${fake.connections + 1}` } }),
    close: () =>
      new Promise<void>((ok) => {
        for (const s of wss.clients) s.terminate();
        wss.close(() => ok());
      }),
  };
  wss.on('connection', (socket, req) => {
    if (!new URL(req.url ?? '/', 'http://x').searchParams.get('ticket')) return socket.close(4001, 'no ticket');
    fake.connections++;
    fake.sockets.push(socket);
    socket.on('message', (raw) => {
      const frame = JSON.parse(String(raw));
      fake.received.push(frame);
      const id = frame.headers?.messageId as string | undefined;
      if (id) {
        fake.acks.push(id);
        ackWaiters.get(id)?.();
        ackWaiters.delete(id);
      }
    });
    for (const w of [...connWaiters]) {
      if (fake.connections >= w.n) {
        connWaiters.splice(connWaiters.indexOf(w), 1);
        w.ok(socket);
      }
    }
  });
  return fake;
}
