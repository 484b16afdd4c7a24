#!/usr/bin/env node
// Compiles src/ to dist/ when anything it is built from changed since the last build. `npm start` calls it
// (scripts/start.mjs); `npm run build` runs it alone. Types are not checked here — `npm run typecheck` and the
// tests do that — so a build takes about a second. Plain JavaScript: it must run before anything is built.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** What the build is made from: a change to any of them makes dist/ stale. */
const INPUTS = ['src', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

function newest(path) {
  const s = statSync(path);
  return s.isDirectory() ? files(path).reduce((m, f) => Math.max(m, statSync(f).mtimeMs), s.mtimeMs) : s.mtimeMs;
}

const stampOf = (root) => join(root, 'dist', '.built');

/** True when dist/ was never built or an input changed after the last build. */
export function stale(root = ROOT) {
  const stamp = stampOf(root);
  if (!existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  return INPUTS.some((p) => existsSync(join(root, p)) && newest(join(root, p)) > built);
}

/**
 * Compile src/ to dist/ and copy what is not TypeScript (the console's static files). False when the
 * TypeScript compiler is not installed; throws when it fails.
 */
export function build(root = ROOT) {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  if (!existsSync(tsc)) return false;
  const r = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--noCheck'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('compiling src/ to dist/ failed (see above)');
  const src = join(root, 'src');
  for (const file of files(src).filter((f) => !f.endsWith('.ts'))) {
    const target = join(root, 'dist', relative(src, file));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file, target);
  }
  writeFileSync(stampOf(root), `${new Date().toISOString()}\n`);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!stale()) console.log('dist/ is up to date');
  else if (build()) console.log('built dist/');
  else {
    console.error('cannot build: the TypeScript compiler is not installed (install with dev dependencies)');
    process.exit(1);
  }
}
