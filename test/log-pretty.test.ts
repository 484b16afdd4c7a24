// Readable log lines at a terminal: masking happens before the prettifier, and without pino-pretty the
// logger falls back to JSON lines instead of failing to start.
import { createRequire } from 'node:module';
import { Transform, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, pinoPretty } from '../src/log.js';

const SECRET = 'pretty-secret-4242';

function sink(): { stream: Writable; text: () => string } {
  let out = '';
  const stream = new Writable({
    write(chunk, _enc, cb) {
      out += String(chunk);
      cb();
    },
  });
  return { stream, text: () => out };
}

const installed = (() => {
  try {
    createRequire(import.meta.url).resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
})();

describe('createLogger with a prettifier', () => {
  it('hands the prettifier lines whose secrets are already masked', () => {
    const seen: string[] = [];
    const { stream, text } = sink();
    const fake = (dest: NodeJS.WritableStream) =>
      new Transform({
        transform(chunk, _enc, cb) {
          seen.push(String(chunk));
          dest.write(`PRETTY ${JSON.parse(String(chunk)).msg}\n`);
          cb();
        },
      });
    const log = createLogger('info', [SECRET], stream, { pretty: fake });
    log.info({ url: `https://x.example/send?key=${SECRET}` }, 'posted');
    expect(text()).toBe('PRETTY posted\n');
    expect(seen.join('')).not.toContain(SECRET);
    expect(seen.join('')).toContain('[secret]');
  });
});

describe('pinoPretty', () => {
  it(installed ? 'writes readable, masked lines with pino-pretty installed' : 'is absent without pino-pretty, so lines stay JSON', () => {
    const pretty = pinoPretty();
    const { stream, text } = sink();
    const log = createLogger('info', [SECRET], stream, pretty ? { pretty } : {});
    log.warn({ token: SECRET }, 'careful');
    expect(text()).not.toContain(SECRET);
    if (installed) {
      expect(pretty).toBeTypeOf('function');
      expect(text()).toMatch(/WARN.*careful/);
      expect(() => JSON.parse(text())).toThrow();
    } else {
      expect(pretty).toBeUndefined();
      expect(JSON.parse(text())).toMatchObject({ level: 40, msg: 'careful', token: '[secret]' });
    }
  });
});
