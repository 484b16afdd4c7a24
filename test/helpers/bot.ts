// Build the real bot in-process on a temporary SQLite file (or, for tests that read the store only through
// its port, a fresh MongoDB database when MONGODB_URI is set) and serve it on 127.0.0.1.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { buildBot, type Bot } from '../../src/bot.js';
import { loadConfig, secretValues, type Config } from '../../src/config.js';
import { loadCounty, parseCounty, type County } from '../../src/county.js';
import { createLogger } from '../../src/log.js';
import mongoose from 'mongoose';
import { MongoStore } from '../../src/store/mongo.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/types.js';

export interface TestBot {
  bot: Bot;
  /** The store the bot writes to: read it through the port (test/store/history.ts) to stay store-neutral. */
  store: Store;
  url: string;
  config: Config;
  county: County;
  logs: string[];
  /** POST JSON to the bot and return status and parsed body. */
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  get(path: string, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  /** Shortcut for /api/simulate. */
  say(userId: string, text: string, extra?: Record<string, unknown>): Promise<any>;
  close(): Promise<void>;
}

export interface TestBotOptions {
  env?: Record<string, string>;
  /** County YAML text; default: templates/county.example.yaml. */
  countyYaml?: string;
  /** Reuse a data folder (restart tests). */
  dataDir?: string;
  /** Start long connections and jobs (off by default). */
  start?: boolean;
  now?: () => Date;
  /** 'env': MongoDB when MONGODB_URI is set (a database of its own, dropped on close), else SQLite. */
  store?: 'sqlite' | 'env';
}

let databases = 0;

export async function startTestBot(opts: TestBotOptions = {}): Promise<TestBot> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'hj-test-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'debug', JOBS_ENABLED: 'false', ...opts.env }, { dotenv: false });
  const county = opts.countyYaml ? parseCounty(opts.countyYaml, 'test county') : loadCounty(config.COUNTY_FILE);
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      logs.push(String(chunk));
      cb();
    },
  });
  const log = createLogger(config.LOG_LEVEL, secretValues(config), sink);
  const mongoUri = opts.store === 'env' ? process.env.MONGODB_URI : undefined;
  let mongoDb: string | undefined;
  if (mongoUri) {
    const u = new URL(mongoUri);
    u.pathname = `/hj-test-${process.pid}-${databases++}`;
    mongoDb = u.toString();
  }
  const store: Store = mongoDb ? await MongoStore.connect(mongoDb) : new SqliteStore(join(dataDir, 'huanjie.db'));
  const bot = await buildBot({ config, county, store, log, ...(opts.now ? { now: opts.now } : {}) });
  const server: Server = await new Promise((ok) => {
    const s = bot.app.listen(0, '127.0.0.1', () => ok(s));
  });
  if (opts.start) await bot.start();
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(url + path, {
      method,
      headers: { ...(body !== undefined && typeof body !== 'string' ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* not JSON: keep the text */
    }
    return { status: res.status, body: parsed as any };
  };
  return {
    bot,
    store,
    url,
    config,
    county,
    logs,
    post: (path, body, headers) => call('POST', path, body, headers),
    get: (path, headers) => call('GET', path, undefined, headers),
    async say(userId, text, extra = {}) {
      const res = await call('POST', '/api/simulate', { userId, text, ...extra });
      if (res.status !== 200) throw new Error(`simulate answered ${res.status}: ${JSON.stringify(res.body)}`);
      return res.body;
    },
    async close() {
      await bot.stop();
      await new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      });
      await bot.closeStore();
      if (mongoDb) {
        const conn = await mongoose.createConnection(mongoDb, { serverSelectionTimeoutMS: 5000 }).asPromise();
        await conn.dropDatabase();
        await conn.close();
      }
      if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export { loadConfig, parseCounty };
