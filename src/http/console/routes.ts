// Every console route outside /api, mounted by src/wiring/console.ts.
import type Router from '@koa/router';
import { loginRoutes, pageGuard } from './access.js';
import { dashboardRoute } from './dashboard.js';
import type { ConsoleDeps } from './data.js';
import { feedbackPages } from './feedback-pages.js';
import { otherPages } from './pages.js';
import { staticRoutes } from './static.js';
import { townshipRoute } from './township.js';
import type { Views } from './views.js';

export function consoleRoutes(views: Views, deps: ConsoleDeps) {
  return (router: Router) => {
    const guard = pageGuard(views, deps.adminToken);
    staticRoutes(router);
    loginRoutes(router, views, deps.adminToken);
    dashboardRoute(router, guard, views, deps);
    townshipRoute(router, guard, views, deps);
    otherPages(router, guard, views, deps);
    feedbackPages(router, guard, views, deps);
  };
}
