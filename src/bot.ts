// Composition: config + county → store → templates → feature wirings (src/wiring/) → router → app.
// main.ts adds the process (listen, signals); tests build the same bot in-process.
import { join } from 'node:path';
import type Koa from 'koa';
import type { Config } from './config.js';
import type { County } from './county.js';
import { helpCommand } from './conversation/help.js';
import { loadIntents } from './conversation/intents.js';
import { createRouter, type Route } from './conversation/router.js';
import { modelHealth, platformHealth, schedulerHealth } from './health.js';
import type { ModelClient } from './model/client.js';
import { createApp } from './http/app.js';
import { isLoopbackHost } from './http/auth.js';
import type { Logger } from './log.js';
import type { HandleInbound, PlatformModule } from './platforms/types.js';
import { TownshipMatcher } from './progress/townships.js';
import type { Store } from './store/types.js';
import { Templates } from './templates.js';
import { wireBulletins } from './wiring/bulletins.js';
import { wireConsole } from './wiring/console.js';
import { wireDingtalk } from './wiring/dingtalk.js';
import { wireKnowledge } from './wiring/knowledge.js';
import { wireProgress } from './wiring/progress.js';
import type { Wiring } from './wiring/types.js';
import { wireWecom } from './wiring/wecom.js';

export interface Bot {
  config: Config;
  county: County;
  store: Store;
  templates: Templates;
  route: Route;
  handle: HandleInbound;
  platforms: PlatformModule[];
  /** Feature services (progress, knowledge, bulletins…) for tests and the console. */
  services: Record<string, unknown>;
  app: Koa;
  /** Start long connections and scheduled jobs. */
  start(): Promise<void>;
  /** Stop jobs and connections; the caller closes the HTTP server, then calls closeStore. */
  stop(): Promise<void>;
  closeStore(): Promise<void>;
}

export interface BuildOptions {
  config: Config;
  county: County;
  store: Store;
  log: Logger;
  /** Clock for scheduled jobs; tests pass a fixed one. */
  now?: () => Date;
}

export async function buildBot(opts: BuildOptions): Promise<Bot> {
  const { config, county, store, log } = opts;
  const templates = new Templates(join(config.TEMPLATES_DIR, 'messages'));
  let route: Route | undefined;
  const w: Wiring = {
    config,
    county,
    store,
    log,
    templates,
    now: opts.now ?? (() => new Date()),
    commands: [],
    skills: [],
    api: [],
    pages: [],
    platforms: [],
    starters: [],
    stoppers: [],
    route: (msg) => route!(msg),
    handle: async (msg) => (await route!(msg)).replies,
    services: {},
  };
  w.commands.push(helpCommand(templates, () => w.commands));
  // Order matters: features that others use come first; platforms need the finished router.
  await wireProgress(w);
  await wireKnowledge(w);
  await wireBulletins(w);
  const intentsFile = join(config.TEMPLATES_DIR, 'intents.yaml');
  const intents = loadIntents(intentsFile);
  for (const it of intents.intents) {
    if (!w.commands.some((c) => c.name === it.command)) throw new Error(`${intentsFile}: no command named "${it.command}"`);
  }
  const townships = new TownshipMatcher(county.townships);
  route = createRouter({ county: () => county, templates, commands: w.commands, skills: w.skills, intents: { table: intents, township: (t) => townships.resolve(t) } });
  await wireWecom(w);
  await wireDingtalk(w);
  await wireConsole(w);

  // Set once every platform and job has started, cleared when stopping begins: what /healthz reports.
  let running = false;
  const app = createApp({
    log,
    storeKind: store.kind,
    adminToken: config.ADMIN_TOKEN,
    trustLoopback: isLoopbackHost(config.HOST),
    bodyLimitKb: config.BODY_LIMIT_KB,
    route: w.route,
    now: w.now,
    platforms: w.platforms,
    api: w.api,
    pages: w.pages,
    health: () => ({
      scheduler: schedulerHealth(config.JOBS_ENABLED, running),
      platforms: Object.fromEntries(w.platforms.map((p) => [p.name, platformHealth(p, running)])),
      model: modelHealth(w.services.model as ModelClient | undefined),
    }),
  });

  return {
    config,
    county,
    store,
    templates,
    route: w.route,
    handle: w.handle,
    platforms: w.platforms,
    services: w.services,
    app,
    async start() {
      for (const p of w.platforms) await p.start();
      for (const s of w.starters) await s();
      running = true;
    },
    async stop() {
      running = false;
      for (const s of [...w.stoppers].reverse()) await s();
      for (const p of w.platforms) await p.stop();
    },
    closeStore: () => store.close(),
  };
}
