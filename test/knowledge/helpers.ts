// A private copy of templates/ (messages + knowledge) that a test may edit and break.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SHIPPED = join(import.meta.dirname, '..', '..', 'templates');

export function copyTemplates(): { dir: string; knowledge: string; edit(file: string, change: (text: string) => string): void; write(file: string, text: string): void } {
  const dir = mkdtempSync(join(tmpdir(), 'hj-knowledge-'));
  cpSync(SHIPPED, dir, { recursive: true });
  const knowledge = join(dir, 'knowledge');
  return {
    dir,
    knowledge,
    edit: (file, change) => writeFileSync(join(knowledge, file), change(readFileSync(join(knowledge, file), 'utf8'))),
    write: (file, text) => writeFileSync(join(knowledge, file), text),
  };
}

/** Poll until check() passes (file watching is asynchronous); fails with the last error. */
export async function eventually<T>(check: () => Promise<T>, tries = 60): Promise<T> {
  let last: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await check();
    } catch (err) {
      last = err;
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }
  throw last;
}
