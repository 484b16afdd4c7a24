// Open-loop latency at a fixed request rate: request i is sent at start + i / rate whether or not earlier
// ones have answered, as chat platforms send callbacks. Latency is counted from the moment a request was
// due, not from when it left, so a stalled event loop shows up in the figures instead of hiding in a
// later send time (autocannon's closed loop waits for an answer before it sends again).
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

export const FIXED_RATE = Number(process.env.BENCH_RATE ?? 200);
export const FIXED_SECONDS = Number(process.env.BENCH_FIXED_SECONDS ?? 5);

export interface Prepared {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  /** Bytes already (a callback is encoded before the clock starts, like the rest of its preparing), or text. */
  body?: string | Buffer;
}

export interface FixedRate {
  rate: number;
  sent: number;
  p50: number;
  p99: number;
  max: number;
  /** Failed requests and answers other than 2xx. */
  errors: number;
}

function send(agent: Agent, base: URL, p: Prepared): Promise<boolean> {
  return new Promise((ok) => {
    const req = request(
      { agent, host: base.hostname, port: base.port, method: p.method ?? 'GET', path: p.path, headers: { ...p.headers, ...(p.body ? { 'content-length': Buffer.byteLength(p.body) } : {}) } },
      (res) => {
        res.resume();
        res.on('end', () => ok((res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 300));
        res.on('error', () => ok(false));
      },
    );
    req.on('error', () => ok(false));
    req.end(p.body);
  });
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;

/** `next(i)` gives the i-th request; build requests beforehand so the generator's own work stays small. */
export async function fixedRate(url: string, next: (i: number) => Prepared, rate = FIXED_RATE, seconds = FIXED_SECONDS): Promise<FixedRate> {
  const base = new URL(url);
  // Enough sockets that a slow answer never holds back a request that is due (open loop).
  const agent = new Agent({ keepAlive: true, maxSockets: 1_000 });
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  let errors = 0;
  const start = performance.now() + 20;
  let i = 0;
  await new Promise<void>((done) => {
    const tick = () => {
      const now = performance.now();
      for (; i < total && start + (i * 1000) / rate <= now; i++) {
        const due = start + (i * 1000) / rate;
        pending.push(
          send(agent, base, next(i)).then((ok) => {
            latencies.push(performance.now() - due);
            if (!ok) errors++;
          }),
        );
      }
      if (i >= total) return done();
      setTimeout(tick, Math.max(0, start + (i * 1000) / rate - performance.now()));
    };
    setTimeout(tick, 20);
  });
  await Promise.all(pending);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { rate, sent: total, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), max: latencies.at(-1) ?? NaN, errors };
}
