// What each feature's wiring function receives. Wiring files are composition code (like main.ts):
// they may import any folder, and each feature owns exactly one of them.
import type Router from '@koa/router';
import type { Config } from '../config.js';
import type { County } from '../county.js';
import type { Route } from '../conversation/router.js';
import type { Command, Skill } from '../conversation/types.js';
import type { Logger } from '../log.js';
import type { HandleInbound, PlatformModule } from '../platforms/types.js';
import type { Store } from '../store/types.js';
import type { Templates } from '../templates.js';

export interface Wiring {
  config: Config;
  county: County;
  store: Store;
  log: Logger;
  templates: Templates;
  /** Clock for jobs and "now" in commands; tests fix it. */
  now: () => Date;
  /** Chat commands, in match order (帮助 is first). */
  commands: Command[];
  /** Free-text skills, in order: reports before questions. */
  skills: Skill[];
  /** Routes behind the /api guard. */
  api: ((router: Router) => void)[];
  /** Routes outside /api (the console). */
  pages: ((router: Router) => void)[];
  /** Filled by the platform wirings. */
  platforms: PlatformModule[];
  /** Run in order by Bot.start / in reverse by Bot.stop. */
  starters: (() => Promise<void>)[];
  stoppers: (() => Promise<void>)[];
  /** The router; usable once every wiring has run (late-bound). */
  route: Route;
  /** route() reduced to the replies, for platform adapters. */
  handle: HandleInbound;
  /** Services that later wirings use (e.g. bulletins use progress). */
  services: Record<string, unknown>;
}
