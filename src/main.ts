// Process entry: parse config and county file, open the store, build the bot, listen, and shut
// down gracefully on SIGTERM/SIGINT. A user mistake in config prints a list, not a stack trace.
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { buildBot } from './bot.js';
import { ConfigError, loadConfig, secretValues } from './config.js';
import { CountyFileError, loadCounty } from './county.js';
import { isLoopbackHost } from './http/auth.js';
import { createLogger, pinoPretty } from './log.js';
import { openStore } from './store/open.js';
import { StoreUnavailableError } from './store/types.js';

function fail(message: string): never {
  process.stderr.write(`换届助手 cannot start.\n${message}\n`);
  process.exit(2);
}

/** Who may use /api and the console, as the operator needs to hear it at start-up. */
function accessLine(host: string, hasToken: boolean): string {
  if (hasToken) return '/api and the console need ADMIN_TOKEN (Bearer header or console login)';
  if (isLoopbackHost(host)) return '/api and the console open to this machine only (no ADMIN_TOKEN; never through a proxy)';
  return `/api and the console are CLOSED: HOST=${host} is reachable from other machines and ADMIN_TOKEN is not set. Set ADMIN_TOKEN to open them.`;
}

async function main() {
  let config;
  let county;
  try {
    config = loadConfig();
    county = loadCounty(config.COUNTY_FILE);
  } catch (err) {
    if (err instanceof ConfigError || err instanceof CountyFileError) fail(err.message);
    throw err;
  }
  // JSON lines for journald, Docker and log shippers; readable lines for a person at a terminal.
  const pretty = process.stdout.isTTY ? pinoPretty() : undefined;
  const log = createLogger(config.LOG_LEVEL, secretValues(config), undefined, pretty ? { pretty } : {});
  let store;
  try {
    store = await openStore(config);
  } catch (err) {
    if (err instanceof StoreUnavailableError) fail(err.message);
    throw err;
  }
  const bot = await buildBot({ config, county, store, log });
  const server: Server = bot.app.listen(config.PORT, config.HOST);
  // Handlers go in before anything is announced, so a signal right after start is still graceful.
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    await bot.stop().catch((err) => log.error({ err }, 'stopping jobs and connections failed'));
    await new Promise<void>((ok) => {
      server.close(() => ok());
      server.closeIdleConnections();
    });
    await bot.closeStore().catch((err) => log.error({ err }, 'closing the store failed'));
    clearTimeout(force);
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  await new Promise<void>((ok, bad) => server.once('listening', ok).once('error', bad)).catch((err: NodeJS.ErrnoException) =>
    fail(`cannot listen on ${config.HOST}:${config.PORT}: ${err.code ?? err.message}`),
  );
  await bot.start();
  const where = store.kind === 'sqlite' ? `sqlite (${resolve(config.DATA_DIR, 'huanjie.db')})` : 'mongodb';
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.PORT;
  process.stdout.write(
    `换届助手 listening on http://${config.HOST}:${port}\n  store:  ${where}\n  county: ${county.county} (${county.townships.length} townships) from ${config.COUNTY_FILE}\n  access: ${accessLine(config.HOST, !!config.ADMIN_TOKEN)}\n`,
  );
  log.info({ host: config.HOST, port, store: store.kind, county: county.county }, 'started');
  if (!config.ADMIN_TOKEN && !isLoopbackHost(config.HOST)) {
    log.warn({ host: config.HOST }, '/api and the console are closed: HOST is not loopback and ADMIN_TOKEN is not set');
  }
}

main().catch((err) => {
  process.stderr.write(`换届助手 stopped on an unexpected error: ${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
