// The step `npm test` runs first: finds a Chromium or installs Debian's, and says what to do when it may not.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript with JSDoc types, so it runs before anything is installed
import { plan, SYSTEM_CHROMIUM } from '../scripts/test-setup.mjs';

const has = (...paths: string[]) => (p: string) => paths.includes(p);
const base = { executable: has(SYSTEM_CHROMIUM), fontPresent: true, root: false, apt: true };

describe('test setup plan', () => {
  it('uses CHROMIUM_PATH when it points at an executable, whatever else is missing', () => {
    expect(plan({ ...base, chromiumPath: '/opt/chrome/chrome', executable: has('/opt/chrome/chrome'), fontPresent: false })).toEqual({ action: 'ok' });
  });

  it('stops with a message naming a CHROMIUM_PATH that is not there, never falling back silently', () => {
    const step = plan({ ...base, chromiumPath: '/opt/none' });
    expect(step.action).toBe('fail');
    expect(step.message).toContain('CHROMIUM_PATH=/opt/none');
  });

  it('does nothing when the system Chromium and the font are there', () => {
    expect(plan(base)).toEqual({ action: 'ok' });
  });

  it('installs only what is missing when it runs as root with apt-get', () => {
    expect(plan({ ...base, root: true, executable: has() })).toEqual({ action: 'install', packages: ['chromium'] });
    expect(plan({ ...base, root: true, executable: has(), fontPresent: false })).toEqual({ action: 'install', packages: ['chromium', 'fonts-wqy-microhei'] });
    expect(plan({ ...base, root: true, fontPresent: false })).toEqual({ action: 'install', packages: ['fonts-wqy-microhei'] });
  });

  it('stops with the command to run when Chromium is missing and it may not install', () => {
    const user = plan({ ...base, executable: has() });
    expect(user.action).toBe('fail');
    expect(user.message).toContain('not root');
    expect(user.message).toContain('apt-get install -y chromium');
    const noApt = plan({ ...base, root: true, apt: false, executable: has() });
    expect(noApt.action).toBe('fail');
    expect(noApt.message).toContain('apt-get is not available');
  });

  it('only warns when just the font is missing and it may not install', () => {
    const step = plan({ ...base, fontPresent: false });
    expect(step.action).toBe('warn');
    expect(step.message).toContain('fonts-wqy-microhei');
  });
});

describe('test setup script', () => {
  it('exits 1 with one clear line for a CHROMIUM_PATH that is not there', () => {
    const run = spawnSync(process.execPath, ['scripts/test-setup.mjs'], { env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^test setup: CHROMIUM_PATH=\/nonexistent\/chromium is not an executable file/);
  });

  it('exits 0 without installing anything when CHROMIUM_PATH is an executable', () => {
    const run = spawnSync(process.execPath, ['scripts/test-setup.mjs'], { env: { ...process.env, CHROMIUM_PATH: process.execPath }, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
  });
});
