#!/usr/bin/env node
// Runs before `npm test`: the console's browser tests need a Chromium and, for readable screenshots, a CJK
// font. Finds them (CHROMIUM_PATH, then Debian's /usr/bin/chromium) and installs Debian's packages when they
// are missing and this process may (root with apt-get); otherwise says what to do and stops the run, so a
// missing browser is one clear line instead of a screen of failed tests.
// Plain JavaScript with no dependencies: it must run before anything else works.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';
export const CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
export const PACKAGES = ['chromium', 'fonts-wqy-microhei'];

/**
 * What to do, from what is on the machine. Pure, so each case is tested without a machine of that kind.
 * @param {{ chromiumPath?: string, executable: (p: string) => boolean, fontPresent: boolean, root: boolean, apt: boolean }} m
 * @returns {{ action: 'ok' | 'install' | 'fail' | 'warn', message?: string, packages?: string[] }}
 */
export function plan(m) {
  if (m.chromiumPath) {
    if (m.executable(m.chromiumPath)) return { action: 'ok' };
    return { action: 'fail', message: `CHROMIUM_PATH=${m.chromiumPath} is not an executable file: point it at a Chromium, or unset it to use ${SYSTEM_CHROMIUM}.` };
  }
  const missing = [...(m.executable(SYSTEM_CHROMIUM) ? [] : ['chromium']), ...(m.fontPresent ? [] : ['fonts-wqy-microhei'])];
  if (!missing.length) return { action: 'ok' };
  if (m.root && m.apt) return { action: 'install', packages: missing };
  const how = `install them as root ("apt-get install -y ${missing.join(' ')}")`;
  if (!missing.includes('chromium')) {
    return { action: 'warn', message: `the CJK font is missing, so the console screenshots in test-output/ show boxes for Chinese: ${how}.` };
  }
  const why = m.apt ? 'this process is not root' : 'apt-get is not available';
  return {
    action: 'fail',
    message: `the console's browser tests need Chromium at ${SYSTEM_CHROMIUM}, and it cannot be installed here (${why}): ${how}, or set CHROMIUM_PATH to a Chromium or Chrome binary.`,
  };
}

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function main() {
  const chromiumPath = process.env.CHROMIUM_PATH?.trim() || undefined;
  const apt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const step = plan({ chromiumPath, executable, fontPresent: existsSync(CJK_FONT), root, apt });
  if (step.action === 'ok') return;
  if (step.action === 'warn') return void console.warn(`test setup: ${step.message}`);
  if (step.action === 'fail') {
    console.error(`test setup: ${step.message}`);
    process.exit(1);
  }
  console.log(`test setup: installing ${step.packages.join(' ')} with apt-get (the console's browser tests need them)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) => spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env }).status === 0;
  if (!run(['update', '-qq']) || !run(['install', '-y', '-qq', ...step.packages])) {
    console.error(`test setup: apt-get could not install ${step.packages.join(' ')}; install them by hand or set CHROMIUM_PATH.`);
    process.exit(1);
  }
  if (!executable(SYSTEM_CHROMIUM)) {
    console.error(`test setup: apt-get finished but ${SYSTEM_CHROMIUM} is still missing; set CHROMIUM_PATH.`);
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
