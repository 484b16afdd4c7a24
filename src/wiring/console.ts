// The web console: pages at / (outside /api, behind their own guard), GET /api/export and the two
// review lists (refused reports, unanswered questions) with their CSV files.
import { join } from 'node:path';
import { exportRoute } from '../http/api-export.js';
import { feedbackApi } from '../http/api-feedback.js';
import type { ConsoleDeps } from '../http/console/data.js';
import { consoleRoutes } from '../http/console/routes.js';
import { Views } from '../http/console/views.js';
import type { Wiring } from './types.js';

/** Wires the console feature into the bot. */
export async function wireConsole(w: Wiring): Promise<void> {
  const views = new Views(join(w.config.TEMPLATES_DIR, 'console'), w.county.county, !!w.config.ADMIN_TOKEN);
  const deps: ConsoleDeps = { county: w.county, store: w.store, now: w.now, adminToken: w.config.ADMIN_TOKEN };
  w.api.push(exportRoute(deps, views.labels), feedbackApi(deps, views.labels));
  w.pages.push(consoleRoutes(views, deps));
}
