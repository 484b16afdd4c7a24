// The bulletin service: what chat commands, the API, the console and the scheduler call. Platforms
// are looked up at call time, since platform wirings run after this feature's.
import type { County } from '../county.js';
import type { GroupTarget, OutboundMessage, PlatformModule, PlatformName } from '../platforms/types.js';
import type { Delivery, JobRun, Store } from '../store/types.js';
import type { Templates } from '../templates.js';
import { localDate, localTime } from '../time.js';
import type { BulletinData } from './compose.js';
import { deliver, type DeliverLog, type DeliveryReport, type RetryPolicy } from './deliver.js';
import { catchUp, declareJobs, summarise, type Job, type JobDeps, type JobName, type JobResult } from './jobs.js';
import { loadDaily } from './load.js';
import { bulletinOutgoing, bulletinParts } from './messages.js';
import type { PictureParts } from './picture-parts.js';
import { renderBulletin } from './render.js';

/** A configured group, with what it should receive. */
export interface BulletinTarget extends GroupTarget {
  bulletin: boolean;
  reminder: boolean;
}

export interface BulletinServiceDeps {
  store: Store;
  county: County;
  templates: Templates;
  log: DeliverLog;
  /** This process's name in job claims. */
  owner: string;
  platforms: () => PlatformModule[];
  targets: BulletinTarget[];
  now: () => Date;
  retry?: RetryPolicy;
  sleep?: (ms: number) => Promise<void>;
  redact?: (text: string) => string;
  /** Adds the bulletin picture after the text (county file bulletin.image). */
  picture?: PictureParts;
}

/** A county-file group that should receive a job but has no webhook: the variable that would give it one. */
export interface MissingWebhook {
  name: string;
  platform: PlatformName;
  variable: string;
}

/** The environment variable holding a county-file group's webhook ("default" → WECOM_WEBHOOK_URL). */
export function webhookVariable(platform: PlatformName, webhook: string): string {
  return `${platform.toUpperCase()}_WEBHOOK_URL${webhook.toLowerCase() === 'default' ? '' : `_${webhook.toUpperCase()}`}`;
}

export interface DryRunMessage {
  platform: PlatformName;
  target: string;
  text: string;
  /** Set when the group's webhook variable is not: the group is previewed, but would receive nothing. */
  missingWebhook?: string;
}

/** Manual sends (补发通报, the API) are recorded under this job name, never claimed. */
export const MANUAL_JOB = 'bulletin-manual';

export class BulletinService {
  readonly jobs: Job[];
  private readonly pending = new Set<Promise<unknown>>();
  private readonly stopping = new AbortController();

  constructor(private readonly deps: BulletinServiceDeps) {
    this.jobs = declareJobs(deps.county);
  }

  private platform = (name: PlatformName) => this.deps.platforms().find((p) => p.name === name);

  private jobDeps(): JobDeps {
    const { store, county, templates, log, owner, retry, sleep, now, redact, picture } = this.deps;
    return {
      store,
      county,
      templates,
      log,
      owner,
      now,
      platform: this.platform,
      signal: this.stopping.signal,
      targets: (job: JobName) => this.deps.targets.filter((t) => t[job]),
      ...(retry ? { retry } : {}),
      ...(sleep ? { sleep } : {}),
      ...(redact ? { redact } : {}),
      ...(picture ? { picture } : {}),
    };
  }

  /** Keep background work visible so stop() (and tests) can wait for it. */
  private track<T>(p: Promise<T>): Promise<T> {
    this.pending.add(p);
    void p.finally(() => this.pending.delete(p)).catch(() => undefined);
    return p;
  }

  async settled(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }

  /** On shutdown: cut retry waits short (failures are recorded; a failed run can be claimed again), then wait. */
  async stop(): Promise<void> {
    this.stopping.abort();
    await this.settled();
  }

  today(): string {
    return localDate(this.deps.now(), this.deps.county.timezone);
  }

  targets(job: JobName = 'bulletin'): BulletinTarget[] {
    return this.deps.targets.filter((t) => t[job]);
  }

  /** County-file groups for `job` left out of the targets because their webhook variable is not set. */
  missingWebhooks(job: JobName = 'bulletin'): MissingWebhook[] {
    const resolved = new Set(this.deps.targets.map((t) => `${t.platform}:${t.name}`));
    return this.deps.county.groups
      .filter((g) => g[job] && !resolved.has(`${g.platform}:${g.name}`))
      .map((g) => ({ name: g.name, platform: g.platform, variable: webhookVariable(g.platform, g.webhook) }));
  }

  compose(date: string): Promise<BulletinData> {
    return loadDaily(this.deps.store, this.deps.county, date);
  }

  /** The whole bulletin as one text (chat replies: the platform splits replies itself). */
  async text(date: string, platform: PlatformName, at?: Date): Promise<string> {
    const data = await this.compose(date);
    const asOf = at && date === localDate(at, this.deps.county.timezone) ? { asOf: localTime(at, this.deps.county.timezone) } : {};
    return renderBulletin(this.deps.templates, data, platform, asOf);
  }

  /** The parts exactly as a group on this platform would receive them. */
  async preview(date: string, platform: PlatformName): Promise<OutboundMessage[]> {
    const data = await this.compose(date);
    return bulletinParts(this.deps.templates, data, platform, this.platform(platform)?.limit('markdown') ?? 4096);
  }

  /**
   * Every county-file group that takes the bulletin, as it would receive it — also a group whose webhook
   * is not set yet (a fresh install), marked with the variable it needs, so a leader can preview anyway.
   */
  async dryRun(date: string): Promise<DryRunMessage[]> {
    const data = await this.compose(date);
    const missing = new Map(this.missingWebhooks('bulletin').map((m) => [`${m.platform}:${m.name}`, m.variable]));
    const groups: BulletinTarget[] = [
      ...this.targets('bulletin'),
      ...this.deps.county.groups.filter((g) => g.bulletin && missing.has(`${g.platform}:${g.name}`)).map((g): BulletinTarget => ({ platform: g.platform, name: g.name, url: '', bulletin: true, reminder: g.reminder })),
    ];
    const order = this.deps.county.groups.map((g) => `${g.platform}:${g.name}`);
    groups.sort((a, b) => order.indexOf(`${a.platform}:${a.name}`) - order.indexOf(`${b.platform}:${b.name}`));
    return bulletinOutgoing(this.deps.templates, data, groups, this.platform).flatMap((o) =>
      o.parts.map((p) => {
        const variable = missing.get(`${o.target.platform}:${o.target.name}`);
        return { platform: o.target.platform, target: o.target.name, text: p.text, ...(variable ? { missingWebhook: variable } : {}) };
      }),
    );
  }

  /** Post a date's bulletin now to every bulletin group (补发通报, the API). Not claimed: an admin asked. */
  async send(date: string, actor: string): Promise<DeliveryReport> {
    const data = await this.compose(date);
    const text = bulletinOutgoing(this.deps.templates, data, this.targets('bulletin'), this.platform);
    const outgoing = this.deps.picture ? await this.deps.picture.attach(data, text) : text;
    // Recorded as a run so 通报记录 and the API show it; never gated by the claim (an admin asked, maybe twice).
    await this.deps.store.claimJobRun(MANUAL_JOB, date, this.deps.owner);
    const report = await this.track(deliver({ job: MANUAL_JOB, key: date }, outgoing, { ...this.jobDeps(), store: this.deps.store }));
    await this.deps.store.finishJobRun(MANUAL_JOB, date, report.failed.length ? 'failed' : 'done', summarise(report));
    await this.deps.store.audit({ at: this.deps.now(), actor, action: 'bulletin.send', detail: `${date}: ${summarise(report)}` });
    return report;
  }

  /** Run a declared job as the scheduler does; `now` decides the date. */
  runJob(name: JobName, now: Date = this.deps.now()): Promise<JobResult> {
    const job = this.jobs.find((j) => j.name === name);
    if (!job) throw new Error(`no job named ${name}`);
    return this.track(job.run(this.jobDeps(), now));
  }

  /** On start: run what was missed within the catch-up window. */
  catchUp(now: Date = this.deps.now()): Promise<JobResult[]> {
    return this.track(catchUp(this.jobDeps(), this.jobs, now));
  }

  deliveries(query: { job?: string; key?: string; ok?: boolean } = {}): Promise<Delivery[]> {
    return this.deps.store.listDeliveries(query);
  }

  async runs(): Promise<JobRun[]> {
    const runs = await Promise.all([...this.jobs.map((j) => j.name), MANUAL_JOB].map((name) => this.deps.store.listJobRuns(name)));
    return runs.flat().sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime());
  }
}
