// Composition: config + county → store → templates → skills and commands → router → platforms → app.
// main.ts adds the process (listen, signals); tests build the same bot in-process.
import { join } from 'node:path';
import type Koa from 'koa';
import type { Config } from './config.js';
import type { County } from './county.js';
import { helpCommand } from './conversation/help.js';
import { createRouter, type Route } from './conversation/router.js';
import type { Command, Skill } from './conversation/types.js';
import { createApp } from './http/app.js';
import type { Logger } from './log.js';
import type { HandleInbound, PlatformModule } from './platforms/types.js';
import type { Store } from './store/types.js';
import { Templates } from './templates.js';

export interface Bot {
  config: Config;
  county: County;
  store: Store;
  templates: Templates;
  route: Route;
  handle: HandleInbound;
  platforms: PlatformModule[];
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
  const commands: Command[] = [];
  const skills: Skill[] = [];
  const starters: (() => Promise<void>)[] = [];
  const stoppers: (() => Promise<void>)[] = [];
  const api: ((router: import('@koa/router').default) => void)[] = [];
  const pages: ((router: import('@koa/router').default) => void)[] = [];

  commands.push(helpCommand(templates, () => commands));

  const route = createRouter({ county: () => county, templates, commands, skills });
  const handle: HandleInbound = async (msg) => (await route(msg)).replies;

  const platforms: PlatformModule[] = [];

  const app = createApp({ log, storeKind: store.kind, adminToken: config.ADMIN_TOKEN, bodyLimitKb: config.BODY_LIMIT_KB, route, platforms, api, pages });

  return {
    config,
    county,
    store,
    templates,
    route,
    handle,
    platforms,
    app,
    async start() {
      for (const p of platforms) await p.start();
      for (const s of starters) await s();
    },
    async stop() {
      for (const s of stoppers.reverse()) await s();
      for (const p of platforms) await p.stop();
    },
    closeStore: () => store.close(),
  };
}
