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
  /** Open-loop latency at a fixed rate (bench/fixed-rate.ts), when measured. */
  fixed?: FixedRate;
}

export async function measure(opts: autocannon.Options): Promise<Measured> {
  const cpu = process.cpuUsage();
  const r = await autocannon({ connections: 10, duration: DURATION_S, ...opts });
  const used = process.cpuUsage(cpu);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx, cpuUs: (used.user + used.system) / Math.max(1, r.requests.total) };
}

let baseline: Measured | undefined;

/** The bare Koa hello route, measured once per run and shared by every suite. */
export async function bareKoa(): Promise<Measured> {
  if (baseline) return baseline;
  const app = new Koa();
  app.use((ctx) => {
    ctx.body = 'hello';
  });
  const server: Server = await new Promise((ok) => {
    const s = app.listen(0, '127.0.0.1', () => ok(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  baseline = await measure({ url: `${url}/` });
  baseline.fixed = await fixedRate(url, () => ({ path: '/' }));
  server.close();
  return baseline;
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
