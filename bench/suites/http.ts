// Callback-path throughput against a bare Koa "hello" route, measured in the same run, same machine,
// load from autocannon on loopback. Each route is reported as a fraction of the bare route's req/s.
// Platform suites (wecom.ts, dingtalk.ts) reuse measure() for their signed callbacks.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import Koa from 'koa';
import type { BenchResult } from '../run.js';
import { startTestBot } from '../../test/helpers/bot.js';
import { fixedRate, type FixedRate } from '../fixed-rate.js';

export const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);

export interface Measured {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /**
   * CPU time of this process (bot and load generator together) per answered request, in µs. It moves
   * much less than req/s when other work shares the machine, so before/after comparisons hold up better.
   */
  cpuUs: number;
  /** Answered requests, and over how many seconds (autocannon's req/s averages whole seconds only). */
  requests: number;
  seconds: number;
  /** Open-loop latency at a fixed rate (bench/fixed-rate.ts), when measured. */
  fixed?: FixedRate;
}

export async function measure(opts: autocannon.Options): Promise<Measured> {
  const cpu = process.cpuUsage();
  const r = await autocannon({ connections: 10, duration: DURATION_S, ...opts });
  const used = process.cpuUsage(cpu);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx, cpuUs: (used.user + used.system) / Math.max(1, r.requests.total), requests: r.requests.total, seconds: r.duration };
}

/** A bare Koa "hello" route on a port of its own. */
export async function startBareKoa(): Promise<{ url: string; close: () => void }> {
  const app = new Koa();
  app.use((ctx) => {
    ctx.body = 'hello';
  });
  const server: Server = await new Promise((ok) => {
    const s = app.listen(0, '127.0.0.1', () => ok(s));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

let baseline: Measured | undefined;

/** The bare Koa hello route, measured once per run and shared by every suite. */
export async function bareKoa(): Promise<Measured> {
  if (baseline) return baseline;
  const bare = await startBareKoa();
  baseline = await measure({ url: `${bare.url}/` });
  baseline.fixed = await fixedRate(bare.url, () => ({ path: '/' }));
  bare.close();
  return baseline;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

export interface Paired {
  /** The path over all its slices: req/s and latencies the median slice's, CPU per request over all its requests. */
  path: Measured;
  /** Bare Koa over the slices between. */
  base: Measured;
  /** The path's req/s ÷ bare Koa's in the slice just before, per pair. */
  ratios: number[];
  /** The same for bare Koa's CPU per request ÷ the path's. */
  cpuRatios: number[];
}

/** Requests per second over the whole slice: a slice need not last whole seconds. */
const rate = (m: Measured) => m.requests / m.seconds;

function pooled(ms: Measured[]): Measured {
  const requests = ms.reduce((n, m) => n + m.requests, 0);
  return {
    rps: median(ms.map(rate)),
    p50: median(ms.map((m) => m.p50)),
    p99: median(ms.map((m) => m.p99)),
    errors: ms.reduce((n, m) => n + m.errors, 0),
    cpuUs: ms.reduce((t, m) => t + m.cpuUs * m.requests, 0) / Math.max(1, requests),
    requests,
    seconds: ms.reduce((n, m) => n + m.seconds, 0),
  };
}

/**
 * Bare Koa and a path measured in alternating slices (bare, path, bare, path, …), each slice `seconds` long.
 * The machine is shared: measured once at the start of a run, bare Koa may have had the machine to itself
 * while the path did not (or the other way round); a pair of adjacent slices shares what else ran.
 */
export async function interleaved(pairs: number, seconds: number, path: (seconds: number) => Promise<Measured>): Promise<Paired> {
  const bare = await startBareKoa();
  const bases: Measured[] = [];
  const paths: Measured[] = [];
  try {
    for (let i = 0; i < pairs; i++) {
      bases.push(await measure({ url: `${bare.url}/`, duration: seconds }));
      paths.push(await path(seconds));
    }
  } finally {
    bare.close();
  }
  return {
    path: pooled(paths),
    base: pooled(bases),
    ratios: paths.map((m, i) => rate(m) / rate(bases[i]!)),
    cpuRatios: paths.map((m, i) => bases[i]!.cpuUs / m.cpuUs),
  };
}

/** Rows for an interleaved measurement: the median pair's ratios with their range. */
export function pairedRows(suite: string, name: string, p: Paired): BenchResult[] {
  const range = (xs: number[]) => `${Math.min(...xs).toFixed(3)}–${Math.max(...xs).toFixed(3)}`;
  return [
    { suite, name: `${name}, interleaved with bare Koa (${p.ratios.length} pairs): req/s ÷ bare Koa's, median pair (range ${range(p.ratios)})`, value: median(p.ratios), unit: '×' },
    { suite, name: `${name}, interleaved: bare Koa CPU per request ÷ this path's, median pair (range ${range(p.cpuRatios)})`, value: median(p.cpuRatios), unit: '×' },
    { suite, name: `${name}, interleaved: bare Koa req/s, median slice`, value: p.base.rps, unit: 'req/s' },
    { suite, name: `${name}, interleaved: bare Koa CPU per request`, value: p.base.cpuUs, unit: 'µs' },
  ];
}

export function report(suite: string, name: string, m: Measured, base: Measured): BenchResult[] {
  return [
    { suite, name: `${name} req/s`, value: m.rps, unit: 'req/s', ratio: m.rps / base.rps, baseline: 'bare Koa req/s' },
    { suite, name: `${name} p50`, value: m.p50, unit: 'ms' },
    { suite, name: `${name} p99`, value: m.p99, unit: 'ms', ratio: base.p99 ? m.p99 / base.p99 : undefined, baseline: 'bare Koa p99' },
    { suite, name: `${name} errors`, value: m.errors, unit: 'count' },
    { suite, name: `${name} CPU per request`, value: m.cpuUs, unit: 'µs', ratio: m.cpuUs / base.cpuUs, baseline: 'bare Koa CPU per request' },
    ...(m.fixed ? fixedRows(suite, name, m.fixed, base.fixed) : []),
  ];
}

/** p50/p99 at the fixed rate, the p99 beside bare Koa's at the same rate. */
export function fixedRows(suite: string, name: string, f: FixedRate, base?: FixedRate): BenchResult[] {
  const at = `at ${f.rate} req/s (open loop, ${f.sent} sent)`;
  return [
    { suite, name: `${name} p50 ${at}`, value: f.p50, unit: 'ms' },
    { suite, name: `${name} p99 ${at}`, value: f.p99, unit: 'ms', ...(base ? { ratio: f.p99 / base.p99, baseline: 'bare Koa p99 at the same rate' } : {}) },
    { suite, name: `${name} max ${at}`, value: f.max, unit: 'ms' },
    { suite, name: `${name} errors ${at}`, value: f.errors, unit: 'count' },
  ];
}

export async function run(): Promise<BenchResult[]> {
  const base = await bareKoa();
  const t = await startTestBot({ env: { LOG_LEVEL: 'warn' } });
  const sim = await measure({
    url: `${t.url}/api/simulate`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: 'wecom:someone', text: '帮助' }),
  });
  await t.close();
  return [
    { suite: 'http', name: 'bare Koa hello req/s', value: base.rps, unit: 'req/s' },
    { suite: 'http', name: 'bare Koa hello p99', value: base.p99, unit: 'ms' },
    { suite: 'http', name: 'bare Koa hello CPU per request', value: base.cpuUs, unit: 'µs' },
    ...(base.fixed ? fixedRows('http', 'bare Koa hello', base.fixed) : []),
    ...report('http', '/api/simulate 帮助', sim, base),
  ];
}
