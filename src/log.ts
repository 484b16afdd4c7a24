import { createRequire } from 'node:module';
import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Credentials the platforms hand out at run time (access tokens) are not in the configuration, so a
 * credential-named query parameter is masked whatever its value.
 */
const CREDENTIAL_PARAM = /\b(access_token|corpsecret|secret|key|sign|token)=([^&\s"'\\]{6,})/gi;

/**
 * JSON logger that masks every configured secret value wherever it appears in a line,
 * so a URL with a webhook key or an error that quotes a token cannot leak.
 */
export function createRedactor(secrets: string[]): (text: string) => string {
  const masked = secrets.filter((s) => s.length >= 6).sort((a, b) => b.length - a.length);
  return (text) => masked.reduce((out, s) => out.split(s).join('[secret]'), text).replace(CREDENTIAL_PARAM, '$1=[secret]');
}

export type Prettifier = (destination: NodeJS.WritableStream) => NodeJS.WritableStream;

/**
 * pino-pretty writing to `destination`, or undefined when it is not installed: readable lines are a
 * convenience at a terminal, never a reason not to start.
 */
export function pinoPretty(): Prettifier | undefined {
  try {
    const build = createRequire(import.meta.url)('pino-pretty') as (opts: Record<string, unknown>) => NodeJS.WritableStream;
    return (destination) => build({ destination, sync: true, colorize: true, translateTime: 'SYS:yyyy-mm-dd HH:MM:ss', ignore: 'pid,hostname' });
  } catch {
    return undefined;
  }
}

/**
 * `pretty`: human-readable lines (main.ts asks for them when stdout is a terminal). Masking happens before
 * the prettifier sees a line, so a pretty line hides the same secrets as a JSON one.
 */
export function createLogger(level: string, secrets: string[], destination?: NodeJS.WritableStream, opts: { pretty?: Prettifier } = {}): Logger {
  const redact = createRedactor(secrets);
  const out = destination ?? process.stdout;
  return pino(
    {
      level,
      base: undefined,
      hooks: {
        streamWrite: redact,
      },
    },
    opts.pretty ? opts.pretty(out) : out,
  );
}
