// DingTalk: signed HTTP callbacks through the real bot — the acknowledgement path alone and the
// whole path with a reply to a local sessionWebhook — plus the signature check and the byte-exact
// splitting of a long bulletin on their own.
import { performance } from 'node:perf_hooks';
import type { BenchResult } from '../run.js';
import { robotMessages } from '../../src/platforms/dingtalk/encode.js';
import { checkCallback, sign } from '../../src/platforms/dingtalk/sign.js';
import { startTestBot } from '../../test/helpers/bot.js';
import { robotMessage, startFakeDingtalk } from '../../test/platforms/dingtalk/fake-dingtalk.js';
import { bareKoa, measure, report } from './http.js';

const SECRET = 'bench-app-secret-0001';

function perSecond(fn: () => void, ms = 1_000): number {
  let n = 0;
  const end = performance.now() + ms;
  while (performance.now() < end) {
    for (let i = 0; i < 100; i++) fn();
    n += 100;
  }
  return n / (ms / 1000);
}

export async function run(): Promise<BenchResult[]> {
  const base = await bareKoa();
  const fake = await startFakeDingtalk();
  const t = await startTestBot({ env: { LOG_LEVEL: 'warn', DINGTALK_APP_SECRET: SECRET, DINGTALK_API_BASE: fake.url, DINGTALK_OPENAPI_BASE: fake.url } });
  const ts = String(Date.now());
  const headers = { 'content-type': 'application/json', timestamp: ts, sign: sign(SECRET, ts) };
  const post = (msgId: () => string) =>
    measure({
      url: t.url,
      requests: [
        {
          method: 'POST',
          path: '/dingtalk/callback',
          setupRequest: (req) => ({
            ...req,
            headers,
            body: JSON.stringify(robotMessage({ msgId: msgId(), sessionWebhook: `${fake.url}/robot/sendBySession?session=b`, text: { content: ' 帮助' } })),
          }),
        },
      ],
    });
  // The acknowledgement path alone: verify, decode, claim (already claimed), answer.
  const ackOnly = await post(() => 'bench-redelivered');
  // Everything: each request is new, so it is also routed and answered over HTTP. The local
  // sessionWebhook runs in the same process, so its side of every reply is counted here too.
  let n = 0;
  const full = await post(() => `bench-${++n}`);
  await t.close();
  const replies = fake.requests.length;
  await fake.close();

  const now = Number(ts);
  const goodSign = sign(SECRET, ts);
  const checks = perSecond(() => checkCallback({ timestamp: ts, sign: goodSign }, SECRET, now));
  const bulletin = Array.from({ length: 6_000 }, (_, i) => `${i + 1}. 某某乡镇 党组织换届完成${i}个，村委会完成${i}个`).join('\n');
  const start = performance.now();
  const parts = robotMessages({ text: bulletin, format: 'markdown', title: '日通报' });
  const splitMs = performance.now() - start;

  return [
    ...report('dingtalk', 'signed callback, redelivered msgId (ack path)', ackOnly, base),
    ...report('dingtalk', 'signed callback 帮助, new msgId (ack + route + reply)', full, base),
    { suite: 'dingtalk', name: 'replies delivered to sessionWebhook during the run', value: replies, unit: 'count' },
    { suite: 'dingtalk', name: 'callback signature checks', value: checks, unit: 'ops/s' },
    { suite: 'dingtalk', name: `split a ${Math.round(Buffer.byteLength(bulletin) / 1024)} KiB bulletin into ${parts.length} bodies`, value: splitMs, unit: 'ms' },
  ];
}
