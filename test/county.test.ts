import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CountyFileError, identify, liaisonIds, loadCounty, parseCounty } from '../src/county.js';

const problemsOf = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (err) {
    if (err instanceof CountyFileError) return err.problems;
    throw err;
  }
  throw new Error('expected a CountyFileError');
};

describe('county file', () => {
  it('loads the example county with defaults filled in', () => {
    const c = loadCounty('templates/county.example.yaml');
    expect(c.county).toBe('青山县');
    expect(c.townships.length).toBeGreaterThanOrEqual(10);
    expect(c.timezone).toBe('Asia/Shanghai');
    expect(c.schedule).toMatchObject({ bulletin: '21:00', reminder: '18:00' });
  });

  it('needs only county and the townships name and due', () => {
    const c = parseCounty('county: 小县\ntownships:\n  - name: 甲镇\n    due: 3\n');
    expect(c).toMatchObject({ timezone: 'Asia/Shanghai', admins: [], groups: [], disciplineDefault: 'village' });
    expect(c.townships[0]).toEqual({ name: '甲镇', aliases: [], due: 3, liaisons: [] });
    expect(c.ranking).toEqual({ partyDone: 0.4, committeeDone: 0.4, supervisionDone: 0.2 });
    expect(c.schedule.catchUpMinutes).toBe(120);
  });

  it('lists every problem of a broken file, naming file and field', () => {
    const problems = problemsOf(() => loadCounty('test/fixtures/county/broken.yaml'));
    const text = problems.join('\n');
    expect(text).toMatch(/timezone: not a known IANA timezone/);
    expect(text).toMatch(/townships\[0\] \(城关镇\)\.due: .*number/);
    expect(text).toMatch(/townships\[1\] \(城关镇\)\.name: "城关镇" is already used by 城关镇/);
    expect(text).toMatch(/townships\[2\] \(河西乡\).*unknown key\(s\) "leader"/);
    expect(text).toMatch(/schedule\.bulletin: a time is written HH:MM/);
    expect(problems.length).toBeGreaterThanOrEqual(5);
  });

  it('refuses a liaison listed under two townships', () => {
    const problems = problemsOf(() =>
      parseCounty('county: X\ntownships:\n  - {name: 甲镇, due: 3, liaisons: [wecom:li]}\n  - {name: 乙镇, due: 4, liaisons: [wecom:li]}\n'),
    );
    expect(problems).toEqual(['townships[1] (乙镇).liaisons[0]: liaison wecom:li is already listed under 甲镇']);
  });

  it('refuses an alias that collides with another township, and YAML syntax errors with a line', () => {
    expect(problemsOf(() => parseCounty('county: X\ntownships:\n  - {name: 甲镇, due: 3}\n  - {name: 乙镇, due: 4, aliases: [甲镇]}\n'))[0]).toMatch(/aliases.*already used by 甲镇/);
    expect(problemsOf(() => parseCounty('county: X\ntownships: [\n'))[0]).toMatch(/^line \d+/);
    expect(problemsOf(() => loadCounty('no/such/file.yaml'))[0]).toMatch(/cannot read the file: ENOENT/);
  });

  it('identifies senders by platform-qualified or bare ids', () => {
    const c = parseCounty(
      'county: X\nadmins: [boss]\ntownships:\n  - {name: 甲镇, due: 3, liaisons: [wecom:li, zhao]}\n  - {name: 乙镇, due: 4, liaisons: [dingtalk:li]}\n',
    );
    expect(identify(c, 'wecom', 'li')).toMatchObject({ role: 'liaison', townships: ['甲镇'] });
    expect(identify(c, 'dingtalk', 'li')).toMatchObject({ role: 'liaison', townships: ['乙镇'] });
    expect(identify(c, 'dingtalk', 'zhao').townships).toEqual(['甲镇']);
    expect(identify(c, 'wecom', 'boss')).toMatchObject({ role: 'admin', isAdmin: true });
    expect(identify(c, 'wecom', 'stranger')).toMatchObject({ role: 'other', townships: [] });
    expect(liaisonIds(c.townships[0]!, 'dingtalk')).toEqual(['zhao']);
  });
});

describe('startup with a broken county file', () => {
  it('exits non-zero with the list of problems and no stack trace', () => {
    const res = spawnSync('npx', ['tsx', 'src/main.ts'], {
      env: { ...process.env, COUNTY_FILE: 'test/fixtures/county/broken.yaml', PORT: '0', DATA_DIR: '/tmp/hj-broken-start' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('test/fixtures/county/broken.yaml');
    expect(res.stderr).toMatch(/leader/);
    expect(res.stderr).toMatch(/already used by 城关镇/);
    expect(res.stderr).not.toMatch(/\n\s+at .*\.(ts|js):\d+/);
  });
});
