// Scheduled jobs are declarations: { name, time, cron, run(deps, now) }. `run` is thin: it claims
// (job, date) in the store — only the claimant posts, however many processes fire — then builds the
// messages and delivers them. The claim is renewed while the run lasts (a slow platform can hold a part
// for minutes) and checked again before each part, so no other process takes over a live run. A run
// that failed, or whose process died, may be claimed again; parts it already delivered are skipped, so
// no group ever receives a part twice.
import type { County } from '../county.js';
import type { GroupTarget } from '../platforms/types.js';
import { STALE_RUN_MS, type Store } from '../store/types.js';
import type { Templates } from '../templates.js';
import { localDate, zonedInstant, addDays } from '../time.js';
import { deliver, messageOf, partKey, type DeliverDeps, type DeliveryReport, type Outgoing } from './deliver.js';
import { owingReport } from '../progress/ranking.js';
import { loadDaily } from './load.js';
import { bulletinOutgoing, reminderOutgoing, type PlatformLookup } from './messages.js';
import type { PictureParts } from './picture-parts.js';

export type JobName = 'bulletin' | 'reminder';

export type JobStore = Pick<
  Store,
  'claimJobRun' | 'renewJobRun' | 'finishJobRun' | 'listDeliveries' | 'recordDelivery' | 'listRecords' | 'listRevisions' | 'previousRecord'
>;

export interface JobDeps extends Omit<DeliverDeps, 'store' | 'platform'> {
  store: JobStore;
  county: County;
  templates: Templates;
  /** This process's name in job claims. */
  owner: string;
  platform: PlatformLookup;
  targets(job: JobName): GroupTarget[];
  claim?: ClaimLease;
  /** Adds the bulletin picture after the text (county file bulletin.image). */
  picture?: PictureParts;
}

export interface ClaimLease {
  /** How long a claim holds without renewal. */
  leaseMs: number;
  /** How often a running job renews it; a few renewals fit in one lease, so one slow store answer loses nothing. */
  renewEveryMs: number;
}

export const DEFAULT_CLAIM: ClaimLease = { leaseMs: STALE_RUN_MS, renewEveryMs: STALE_RUN_MS / 5 };

export interface JobResult {
  job: JobName;
  date: string;
  /** lost: another process took the run over (this one stopped renewing in time); it posts the rest. */
  status: 'skipped' | 'not-claimed' | 'nothing-to-send' | 'done' | 'failed' | 'lost';
  report?: DeliveryReport;
  detail?: string;
}

export interface Job {
  name: JobName;
  /** Local HH:MM from the county file. */
  time: string;
  /** node-cron expression, evaluated in the county timezone. */
  cron: string;
  run(deps: JobDeps, now: Date): Promise<JobResult>;
}

export function cronOf(hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number);
  return `${m} ${h} * * *`;
}

/**
 * No scheduled post on a holiday (a listed date, or a listed weekday, 0 = Sunday) or outside the
 * campaign, so the groups stop hearing from the bot once the campaign in the county file is over.
 */
export function isSkipped(county: County, date: string): boolean {
  const { start, end } = county.campaign;
  if ((start && date < start) || (end && date > end)) return true;
  return county.schedule.skipDates.includes(date) || county.schedule.skipWeekdays.includes(new Date(`${date}T00:00:00Z`).getUTCDay());
}

export function summarise(report: DeliveryReport): string {
  const fmt = (r: DeliveryReport['failed'][number]) => `${r.platform}:${r.target} ${r.delivered}/${r.parts}${r.error ? ` (${r.error})` : ''}`;
  return [...report.delivered, ...report.failed].map(fmt).join('; ');
}

async function claimAndSend(deps: JobDeps, job: JobName, date: string, build: () => Promise<Outgoing[]>): Promise<JobResult> {
  if (isSkipped(deps.county, date)) {
    deps.log.info({ job, date }, 'job skipped: a holiday or outside the campaign in the county file');
    return { job, date, status: 'skipped' };
  }
  const lease = deps.claim ?? DEFAULT_CLAIM;
  if (!(await deps.store.claimJobRun(job, date, deps.owner, lease.leaseMs))) {
    deps.log.info({ job, date, owner: deps.owner }, 'job already claimed');
    return { job, date, status: 'not-claimed' };
  }
  let lost = false;
  /** Renew the claim; false once another process holds it. A store that does not answer is not a loss: the lease still runs. */
  const renew = async (): Promise<boolean> => {
    try {
      if (!lost && !(await deps.store.renewJobRun(job, date, deps.owner, lease.leaseMs))) lost = true;
    } catch (err) {
      deps.log.warn({ job, date, owner: deps.owner, err: messageOf(err, deps) }, 'job claim not renewed');
    }
    return !lost;
  };
  const heartbeat = setInterval(() => void renew(), lease.renewEveryMs);
  const finish = (status: 'done' | 'failed', detail: string) => deps.store.finishJobRun(job, date, status, detail, deps.owner);
  try {
    const outgoing = await build();
    if (!outgoing.length) {
      await finish('done', 'nothing to send');
      return { job, date, status: 'nothing-to-send' };
    }
    const earlier = await deps.store.listDeliveries({ job, key: date, ok: true });
    const already = new Set(earlier.map((d) => partKey(d.platform, d.target, d.part)));
    const report = await deliver({ job, key: date }, outgoing, { ...deps, store: deps.store, platform: deps.platform, beforePart: renew }, already);
    const detail = summarise(report);
    if (lost) {
      deps.log.warn({ job, date, owner: deps.owner, detail }, 'job claim lost: another process took the run over and posts what is missing');
      return { job, date, status: 'lost', report, detail };
    }
    const status = report.failed.length ? 'failed' : 'done';
    await finish(status, detail);
    deps.log[status === 'done' ? 'info' : 'error']({ job, date, owner: deps.owner, detail }, `job ${status}`);
    return { job, date, status, report, detail };
  } catch (err) {
    const detail = messageOf(err, deps);
    await finish('failed', detail).catch((e: unknown) => deps.log.error({ job, date, err: messageOf(e, deps) }, 'job run could not be marked failed'));
    deps.log.error({ job, date, owner: deps.owner, detail }, 'job failed');
    return { job, date, status: 'failed', detail };
  } finally {
    clearInterval(heartbeat);
  }
}

export function bulletinJob(county: County): Job {
  const time = county.schedule.bulletin;
  return {
    name: 'bulletin',
    time,
    cron: cronOf(time),
    run(deps, now) {
      const date = localDate(now, deps.county.timezone);
      return claimAndSend(deps, 'bulletin', date, async () => {
        const targets = deps.targets('bulletin');
        if (!targets.length) return [];
        const data = await loadDaily(deps.store, deps.county, date);
        const outgoing = bulletinOutgoing(deps.templates, data, targets, deps.platform);
        return deps.picture ? deps.picture.attach(data, outgoing) : outgoing;
      });
    },
  };
}

export function reminderJob(county: County): Job {
  const time = county.schedule.reminder;
  return {
    name: 'reminder',
    time,
    cron: cronOf(time),
    run(deps, now) {
      const date = localDate(now, deps.county.timezone);
      return claimAndSend(deps, 'reminder', date, async () => {
        const targets = deps.targets('reminder');
        if (!targets.length) return [];
        // A township that has finished everything (已全部完成) owes no report (docs/figures.md).
        const owing = await owingReport(deps.store, deps.county.townships, date);
        const unreported = deps.county.townships.filter((t) => owing.has(t.name));
        return reminderOutgoing(deps.templates, { county: deps.county, date, unreported }, targets, deps.platform);
      });
    },
  };
}

export function declareJobs(county: County): Job[] {
  return [reminderJob(county), bulletinJob(county)];
}

/**
 * The scheduled instant a process starting at `now` still owes, if any: the latest one at or before
 * `now`, no more than catchUpMinutes ago, on a day that is not skipped. A reminder is not owed once
 * the deadline it names has passed.
 */
export function owedRun(job: Job, county: County, now: Date): Date | null {
  const tz = county.timezone;
  const today = localDate(now, tz);
  for (const date of [today, addDays(today, -1)]) {
    const at = zonedInstant(date, job.time, tz);
    if (at > now) continue;
    if (now.getTime() - at.getTime() > county.schedule.catchUpMinutes * 60_000) return null;
    if (isSkipped(county, date)) return null;
    if (job.name === 'reminder' && now >= zonedInstant(date, county.schedule.deadline, tz)) return null;
    return at;
  }
  return null;
}

/** Run every job a process that was down at its time still owes; the claim keeps it to once. */
export async function catchUp(deps: JobDeps, jobs: Job[], now: Date): Promise<JobResult[]> {
  const results: JobResult[] = [];
  for (const job of jobs) {
    const at = owedRun(job, deps.county, now);
    if (at) results.push(await job.run(deps, at));
  }
  return results;
}
