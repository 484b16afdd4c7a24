// The one place that reads process.env. Every field is described here; the configuration table of
// docs/configuration.md is generated from this schema (scripts/config-table.ts).
import { existsSync } from 'node:fs';
import { z } from 'zod';

const secret = { secret: true } as const;
const optionalString = z.string().trim().min(1).optional();
const url = z.url();
const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

export const envSchema = z.strictObject({
  HOST: z.string().default('127.0.0.1').describe('Address the HTTP server binds to.'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000).describe('HTTP port.'),
  DATA_DIR: z.string().default('./data').describe('Folder for the embedded SQLite store (created if missing).'),
  MONGODB_URI: optionalString.meta(secret).describe('MongoDB connection string. Unset: the embedded SQLite store is used. Set it for several bot processes.'),
  COUNTY_FILE: z.string().default('templates/county.example.yaml').describe('County file (YAML): townships, due counts, liaisons, admins, groups, schedule.'),
  TEMPLATES_DIR: z.string().default('templates').describe('Folder holding messages/ and knowledge/.'),
  ADMIN_TOKEN: optionalString.meta(secret).describe('Bearer token for /api and the web console. Unset: only clients on this machine may use them, never through a proxy, and only while HOST is loopback.'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info').describe('Log level (pino).'),
  BODY_LIMIT_KB: z.coerce.number().int().min(1).max(10_240).default(256).describe('Largest request body accepted, in KiB.'),
  JOBS_ENABLED: bool.default(true).describe('Run the scheduled bulletin and reminder jobs in this process.'),
  INSTANCE_ID: optionalString.describe('Name of this process in job claims and leases (default: hostname-pid).'),
  BULLETIN_FONT: optionalString.describe('CJK font file (.ttf/.ttc/.otf) for the bulletin picture. Unset: /usr/share/fonts/truetype/wqy/wqy-microhei.ttc (Debian fonts-wqy-microhei), then the system fonts.'),
  BOT_NAME: z.string().default('换届助手').describe('Display name of the bot on both platforms, stripped from the start of @-messages.'),

  WECOM_BOT_TOKEN: optionalString.meta(secret).describe('AI bot (智能机器人) callback Token.'),
  WECOM_BOT_AES_KEY: optionalString.meta(secret).describe('AI bot callback EncodingAESKey (43 characters).'),
  WECOM_BOT_ID: optionalString.describe('AI bot BotID, for long-connection mode.'),
  WECOM_BOT_SECRET: optionalString.meta(secret).describe('AI bot Secret, for long-connection mode.'),
  WECOM_BOT_WS_URL: url.default('wss://openws.work.weixin.qq.com').describe('AI bot long-connection WebSocket URL.'),
  WECOM_CORP_ID: optionalString.describe('企业ID (CorpID): the receive id of the self-built app callback.'),
  WECOM_APP_TOKEN: optionalString.meta(secret).describe('Self-built app callback Token.'),
  WECOM_APP_AES_KEY: optionalString.meta(secret).describe('Self-built app callback EncodingAESKey.'),
  WECOM_APP_SECRET: optionalString.meta(secret).describe('Self-built app Secret, for the message API.'),
  WECOM_APP_AGENT_ID: optionalString.describe('Self-built app AgentId.'),
  WECOM_API_BASE: url.default('https://qyapi.weixin.qq.com').describe('Base URL of every outbound WeCom API call.'),
  WECOM_WEBHOOK_URL: optionalString.meta(secret).describe('Group robot webhook URL of the default WeCom group (contains its key). Named groups: WECOM_WEBHOOK_URL_<NAME>.'),

  DINGTALK_MODE: z.enum(['off', 'http', 'stream']).default('http').describe('How DingTalk robot messages arrive: http callback, stream (no public address needed), or off.'),
  DINGTALK_APP_SECRET: optionalString.meta(secret).describe('App secret that signs HTTP-mode callbacks.'),
  DINGTALK_CLIENT_ID: optionalString.describe('AppKey (Client ID): Stream mode and the OpenAPI.'),
  DINGTALK_CLIENT_SECRET: optionalString.meta(secret).describe('AppSecret (Client Secret): Stream mode and the OpenAPI.'),
  DINGTALK_ROBOT_CODE: optionalString.describe('robotCode of the app robot, for OpenAPI group messages (default: the client id).'),
  DINGTALK_API_BASE: url.default('https://oapi.dingtalk.com').describe('Base URL of the legacy DingTalk API; replies are posted only to sessionWebhook URLs on this host.'),
  DINGTALK_OPENAPI_BASE: url.default('https://api.dingtalk.com').describe('Base URL of the DingTalk OpenAPI (robot group messages, access token).'),
  DINGTALK_WEBHOOK_URL: optionalString.meta(secret).describe('Custom robot webhook URL of the default DingTalk group. Named groups: DINGTALK_WEBHOOK_URL_<NAME>.'),
  DINGTALK_WEBHOOK_SECRET: optionalString.meta(secret).describe('Custom robot 加签 secret (SEC…). Named groups: DINGTALK_WEBHOOK_SECRET_<NAME>.'),

  LLM_BASE_URL: url.optional().describe('Base URL of an OpenAI-compatible chat-completions API (e.g. https://…/v1, a local Ollama or vLLM server). Unset: no model is used.'),
  LLM_API_KEY: optionalString.meta(secret).describe('API key sent as a Bearer token to LLM_BASE_URL (leave unset for a local server without one).'),
  LLM_MODEL: optionalString.describe('Model name sent with every request; required with LLM_BASE_URL.'),
  LLM_TIMEOUT_MS: z.coerce.number().int().min(500).max(60_000).default(8000).describe('How long one model call may take before the rule-based reply is given instead.'),
  LLM_USE: z.enum(['qa', 'reports', 'both']).default('both').describe('What the model helps with: matching policy questions (qa), reading reports (reports), or both.'),
});

export type Env = z.infer<typeof envSchema>;

export interface Webhook {
  url: string;
  secret?: string;
}

export interface Config extends Env {
  instanceId: string;
  /** Group robot webhooks by lower-case name; "default" comes from the unsuffixed variable. */
  webhooks: { wecom: Record<string, Webhook>; dingtalk: Record<string, Webhook> };
  /** Names of the variables whose values must never be logged. */
  secretKeys: string[];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`configuration problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const NAMED_WEBHOOK = /^(WECOM|DINGTALK)_WEBHOOK_(URL|SECRET)_([A-Z0-9_]+)$/;

export function secretKeys(): string[] {
  return Object.entries(envSchema.shape)
    .filter(([, s]) => (s.meta() as { secret?: boolean } | undefined)?.secret)
    .map(([k]) => k);
}

/** Parse the environment (process.env by default). Throws ConfigError listing every problem. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env, opts: { dotenv?: boolean } = {}): Config {
  if (opts.dotenv !== false && source === process.env && existsSync('.env')) process.loadEnvFile('.env');
  const known = new Set(Object.keys(envSchema.shape));
  const picked: Record<string, string> = {};
  const named: Record<string, string> = {};
  for (const [k, v] of Object.entries(source)) {
    if (v === undefined || v === '') continue;
    if (known.has(k)) picked[k] = v;
    else if (NAMED_WEBHOOK.test(k)) named[k] = v;
  }
  const parsed = envSchema.safeParse(picked);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `environment ${i.path.join('.')}: ${i.message}`));
  }
  const env = parsed.data;
  const problems: string[] = [];
  const webhooks: Config['webhooks'] = { wecom: {}, dingtalk: {} };
  const add = (platform: 'wecom' | 'dingtalk', name: string, kind: string, value: string) => {
    const hooks = webhooks[platform];
    const hook = (hooks[name] ??= { url: '' });
    if (kind === 'URL') hook.url = value;
    else hook.secret = value;
  };
  if (env.WECOM_WEBHOOK_URL) add('wecom', 'default', 'URL', env.WECOM_WEBHOOK_URL);
  if (env.DINGTALK_WEBHOOK_URL) add('dingtalk', 'default', 'URL', env.DINGTALK_WEBHOOK_URL);
  if (env.DINGTALK_WEBHOOK_SECRET) add('dingtalk', 'default', 'SECRET', env.DINGTALK_WEBHOOK_SECRET);
  for (const [k, v] of Object.entries(named)) {
    const m = NAMED_WEBHOOK.exec(k)!;
    add(m[1]!.toLowerCase() as 'wecom' | 'dingtalk', m[3]!.toLowerCase(), m[2]!, v);
  }
  for (const platform of ['wecom', 'dingtalk'] as const) {
    for (const [name, hook] of Object.entries(webhooks[platform])) {
      if (!hook.url) problems.push(`environment: ${platform} webhook "${name}" has a secret but no URL`);
      else if (!URL.canParse(hook.url)) problems.push(`environment: ${platform} webhook "${name}" URL is not a valid URL`);
    }
  }
  if (env.DINGTALK_MODE === 'stream' && !(env.DINGTALK_CLIENT_ID && env.DINGTALK_CLIENT_SECRET)) {
    problems.push('environment DINGTALK_MODE=stream needs DINGTALK_CLIENT_ID and DINGTALK_CLIENT_SECRET');
  }
  if (env.WECOM_BOT_AES_KEY && env.WECOM_BOT_AES_KEY.length !== 43) problems.push('environment WECOM_BOT_AES_KEY: must be 43 characters');
  if (env.WECOM_APP_AES_KEY && env.WECOM_APP_AES_KEY.length !== 43) problems.push('environment WECOM_APP_AES_KEY: must be 43 characters');
  if (env.LLM_BASE_URL && !env.LLM_MODEL) problems.push('environment LLM_BASE_URL needs LLM_MODEL (the model name the endpoint serves)');
  if (problems.length) throw new ConfigError(problems);
  const secrets = [...secretKeys(), ...Object.keys(named)];
  return {
    ...env,
    instanceId: env.INSTANCE_ID ?? `${process.env.HOSTNAME ?? 'bot'}-${process.pid}`,
    webhooks,
    secretKeys: secrets,
  };
}

/** The values that must never appear in a log line. */
export function secretValues(config: Config): string[] {
  const values = new Set<string>();
  for (const key of config.secretKeys) {
    const v = (config as unknown as Record<string, unknown>)[key];
    if (typeof v === 'string' && v) values.add(v);
  }
  for (const hooks of [config.webhooks.wecom, config.webhooks.dingtalk]) {
    for (const h of Object.values(hooks)) {
      values.add(h.url);
      if (h.secret) values.add(h.secret);
    }
  }
  // A URL's credentials also leak on their own (an error quoting only the path and query), so mask them too.
  for (const v of [...values]) {
    if (!URL.canParse(v)) continue;
    const u = new URL(v);
    const password = u.password.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    for (const part of [...u.searchParams.values(), u.password, password]) if (part) values.add(part);
  }
  return [...values];
}
