// One bot process's bulletin job, as its own OS process: the real job, store and WeCom webhook sender,
// with a short claim lease so a test can see claims lapse (or not) in seconds. Settings come from the
// environment; the outcome of each try is printed as one JSON line.
//   node --import tsx test/bulletins/processes-runner.ts
//   DATA_DIR, MONGODB_URI (optional), WEBHOOK_URL, OWNER, LEASE_MS, RENEW_MS, UNTIL_DONE (try until the run is done)
import { join } from 'node:path';
import { bulletinJob, type JobName } from '../../src/bulletins/jobs.js';
import { WebhookSender } from '../../src/platforms/wecom/webhook.js';
import type { PlatformModule } from '../../src/platforms/types.js';
import { openStore } from '../../src/store/open.js';
import { Templates } from '../../src/templates.js';
import { county, localAt } from './fixtures.js';
import { silentLog } from './recording.js';

const env = process.env;
const store = await openStore({ MONGODB_URI: env.MONGODB_URI, DATA_DIR: env.DATA_DIR! });
const sender = new WebhookSender({ log: silentLog, spacingMs: 0 });
// A small markdown limit makes the bulletin several parts.
const wecom: PlatformModule = { name: 'wecom', mount() {}, async start() {}, async stop() {}, post: (t, m) => sender.post(t, m), limit: (f) => (f === 'markdown' ? 700 : 2048) };
const deps = {
  store,
  county: county(),
  templates: new Templates(join(import.meta.dirname, '../../templates/messages')),
  log: silentLog,
  owner: env.OWNER!,
  platform: (name: string) => (name === 'wecom' ? wecom : undefined),
  targets: (_job: JobName) => [{ name: '县换届工作群', platform: 'wecom' as const, url: env.WEBHOOK_URL! }],
  retry: { attempts: 1, baseMs: 1, maxMs: 1 },
  claim: { leaseMs: Number(env.LEASE_MS), renewEveryMs: Number(env.RENEW_MS) },
};
const at = localAt('2026-11-22', '21:00');
for (;;) {
  const result = await bulletinJob(deps.county).run(deps, at);
  console.log(JSON.stringify({ owner: env.OWNER, status: result.status }));
  const runs = await store.listJobRuns('bulletin');
  if (!env.UNTIL_DONE || runs[0]?.status === 'done') break;
  await new Promise((r) => setTimeout(r, 150));
}
await store.close();
