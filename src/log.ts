import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * JSON logger that masks every configured secret value wherever it appears in a line,
 * so a URL with a webhook key or an error that quotes a token cannot leak.
 */
export function createLogger(level: string, secrets: string[], destination?: NodeJS.WritableStream): Logger {
  const masked = secrets.filter((s) => s.length >= 6).sort((a, b) => b.length - a.length);
  return pino(
    {
      level,
      base: undefined,
      hooks: {
        streamWrite: (line) => masked.reduce((out, s) => out.split(s).join('[secret]'), line),
      },
    },
    destination ?? process.stdout,
  );
}
