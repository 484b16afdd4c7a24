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

export function createLogger(level: string, secrets: string[], destination?: NodeJS.WritableStream): Logger {
  const redact = createRedactor(secrets);
  return pino(
    {
      level,
      base: undefined,
      hooks: {
        streamWrite: redact,
      },
    },
    destination ?? process.stdout,
  );
}
