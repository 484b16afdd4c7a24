// Bulletins: the service (w.services.bulletins), chat commands, the API, and — when JOBS_ENABLED —
// node-cron tasks in the county timezone plus a catch-up run on start.
import { join } from 'node:path';
import cron, { type ScheduledTask } from 'node-cron';
import { bulletinCommands } from '../bulletins/commands.js';
import { BulletinPicture } from '../bulletins/picture.js';
import { BulletinPictureParts } from '../bulletins/picture-parts.js';
import { FilePictureStore } from '../bulletins/picture-store.js';
import { BulletinService, webhookVariable, type BulletinTarget } from '../bulletins/service.js';
import { secretValues, type Config } from '../config.js';
import type { County } from '../county.js';
import { bulletinsApi } from '../http/api-bulletins.js';
import { bulletinPictureRoute } from '../http/bulletin-pictures.js';
import { createRedactor, type Logger } from '../log.js';
import type { PlatformName } from '../platforms/types.js';
import type { Wiring } from './types.js';

export interface ResolvedTargets {
  targets: BulletinTarget[];
  /** County-file groups whose webhook variable is not set. */
  unresolved: { name: string; platform: PlatformName; webhook: string }[];
}

/**
 * County-file groups joined with their webhook variables. With no groups in the county file, every
 * configured webhook receives both bulletins and reminders.
 */
export function resolveTargets(county: County, config: Pick<Config, 'webhooks'>): ResolvedTargets {
  const targets: BulletinTarget[] = [];
  const unresolved: ResolvedTargets['unresolved'] = [];
  if (!county.groups.length) {
    for (const platform of ['wecom', 'dingtalk'] as const) {
      for (const [name, hook] of Object.entries(config.webhooks[platform])) {
        targets.push({ name: `${platform}/${name}`, platform, url: hook.url, ...(hook.secret ? { secret: hook.secret } : {}), bulletin: true, reminder: true });
      }
    }
    return { targets, unresolved };
  }
  for (const g of county.groups) {
    const hook = config.webhooks[g.platform][g.webhook.toLowerCase()];
    if (!hook) unresolved.push({ name: g.name, platform: g.platform, webhook: g.webhook });
    else targets.push({ name: g.name, platform: g.platform, url: hook.url, ...(hook.secret ? { secret: hook.secret } : {}), bulletin: g.bulletin, reminder: g.reminder });
  }
  return { targets, unresolved };
}

function cronLogger(log: Logger) {
  return {
    info: (m: string) => log.debug({ component: 'node-cron' }, m),
    warn: (m: string) => log.warn({ component: 'node-cron' }, m),
    error: (m: string | Error, err?: Error) => log.error({ component: 'node-cron', err: err ?? m }, 'scheduler error'),
    debug: (m: string | Error) => log.debug({ component: 'node-cron' }, String(m)),
  };
}

/** Start one node-cron task per declared job; returns a function that stops them. */
export function scheduleJobs(service: BulletinService, county: County, log: Logger): () => Promise<void> {
  const tasks: ScheduledTask[] = service.jobs.map((job) =>
    cron.schedule(job.cron, () => service.runJob(job.name).catch((err: unknown) => log.error({ err, job: job.name }, 'scheduled job failed')), {
      timezone: county.timezone,
      name: `bulletins:${job.name}`,
      noOverlap: true,
      logger: cronLogger(log),
    }),
  );
  log.info({ jobs: service.jobs.map((j) => ({ name: j.name, time: j.time, next: tasks[service.jobs.indexOf(j)]?.getNextRun() })), timezone: county.timezone }, 'jobs scheduled');
  return async () => {
    for (const t of tasks) {
      await t.stop();
      await t.destroy();
    }
  };
}

export async function wireBulletins(w: Wiring): Promise<void> {
  const { targets, unresolved } = resolveTargets(w.county, w.config);
  for (const u of unresolved) {
    const variable = webhookVariable(u.platform, u.webhook);
    w.log.warn({ group: u.name, platform: u.platform, variable }, 'group has no webhook set; it receives no bulletins or reminders');
  }
  // Pictures for DingTalk are files beside the SQLite store; the route serves them even when the picture is off now.
  const pictures = new FilePictureStore(join(w.config.DATA_DIR, 'bulletin-pictures'));
  const picture = w.county.bulletin.image
    ? new BulletinPictureParts({
        settings: w.county.bulletin,
        picture: new BulletinPicture(w.templates, w.log, w.config.BULLETIN_FONT ? { font: w.config.BULLETIN_FONT } : {}),
        store: pictures,
        templates: w.templates,
        log: w.log,
      })
    : undefined;
  const service = new BulletinService({
    store: w.store,
    county: w.county,
    templates: w.templates,
    log: w.log,
    owner: w.config.instanceId,
    platforms: () => w.platforms,
    targets,
    now: w.now,
    redact: createRedactor(secretValues(w.config)),
    ...(picture ? { picture } : {}),
  });
  w.services.bulletins = service;
  w.commands.push(...bulletinCommands(service, w.templates));
  w.api.push(bulletinsApi(service));
  w.pages.push(bulletinPictureRoute(pictures));

  if (!w.config.JOBS_ENABLED) return;
  let stop: (() => Promise<void>) | undefined;
  w.starters.push(async () => {
    stop = scheduleJobs(service, w.county, w.log);
    // Not awaited: a slow delivery must not hold up start; stop() waits for it.
    void service.catchUp().catch((err: unknown) => w.log.error({ err }, 'catch-up failed'));
  });
  w.stoppers.push(async () => {
    await stop?.();
    await service.stop();
  });
}
