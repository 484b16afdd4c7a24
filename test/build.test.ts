// npm start runs compiled JavaScript: dist/ is rebuilt exactly when something it is built from changed, and
// files that are not TypeScript (the console's static files) come along.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript, so it runs before anything is built
import { build, stale } from '../scripts/build.mjs';

const root = mkdtempSync(join(tmpdir(), 'hj-build-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the build behind npm start', () => {
  it('compiles a project, copies its other files, and is then up to date', () => {
    mkdirSync(join(root, 'src', 'static'), { recursive: true });
    symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
    writeFileSync(join(root, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', types: [] } }));
    writeFileSync(join(root, 'tsconfig.build.json'), JSON.stringify({ extends: './tsconfig.json', compilerOptions: { outDir: 'dist', rootDir: 'src' }, include: ['src'] }));
    writeFileSync(join(root, 'src', 'main.ts'), 'export const answer: number = 42;\n');
    writeFileSync(join(root, 'src', 'static', 'page.css'), 'body { color: red }\n');

    expect(stale(root)).toBe(true);
    expect(build(root)).toBe(true);
    expect(readFileSync(join(root, 'dist', 'main.js'), 'utf8')).toContain('answer = 42');
    expect(readFileSync(join(root, 'dist', 'static', 'page.css'), 'utf8')).toBe('body { color: red }\n');
    expect(stale(root)).toBe(false);
  });

  it('is stale again once a source or the compiler settings change', () => {
    const at = (seconds: number) => new Date(Date.now() + seconds * 1000);
    const touch = (file: string, when: Date) => utimesSync(join(root, file), when, when);
    touch('dist/.built', at(-60));
    for (const f of ['src/main.ts', 'src/static/page.css', 'src/static', 'src', 'tsconfig.json', 'tsconfig.build.json']) touch(f, at(-120));
    expect(stale(root)).toBe(false);
    touch('src/static/page.css', at(-30));
    expect(stale(root)).toBe(true);
    touch('src/static/page.css', at(-120));
    touch('tsconfig.json', at(-30));
    expect(stale(root)).toBe(true);
  });

  it('reports that it cannot build without the TypeScript compiler', () => {
    const bare = mkdtempSync(join(tmpdir(), 'hj-build-bare-'));
    try {
      mkdirSync(join(bare, 'src'));
      expect(build(bare)).toBe(false);
      expect(existsSync(join(bare, 'dist'))).toBe(false);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
