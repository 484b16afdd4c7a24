// Fuzzing what people type and what operators write: chat texts through /api/simulate (the router, the
// report parser, the ledger, Q&A, commands) and county files through parseCounty. Bad input is a reply
// or a readable CountyFileError, never a crash; a refused report stores nothing.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CountyFileError, identify, liaisonIds, parseCounty } from '../../src/county.js';
import { startTestBot, type TestBot } from '../helpers/bot.js';
import { storeState } from '../helpers/store-state.js';
import { historyProblems } from '../store/history.js';
import { chatText, holds, jsonWithKeys, nasty, userId } from './arbitraries.js';

let t: TestBot;

beforeAll(async () => {
  t = await startTestBot({ store: 'env', env: { LOG_LEVEL: 'warn' } });
});
afterAll(() => t?.close());

/** A report its township's own liaison could send, so the accepting path is fuzzed too. */
const wellFormed = fc
  .tuple(fc.constantFrom(['hexi_wang', '河西乡', 12], ['hedong_zhao', '河东镇', 15], ['liulin_zhou', '柳林乡', 9]) as fc.Arbitrary<[string, string, number]>, fc.nat(), fc.constantFrom('：', ' ', '，'))
  .map(([[user, township, due], n, sep]) => [`${township}${sep}党组织换届完成${n % (due + 1)}个，村委会换届完成${n % (due + 1)}个`, user, 'wecom'] as [string, string, 'wecom' | 'dingtalk']);

const at = fc.date({ min: new Date('2026-10-25T00:00:00Z'), max: new Date('2026-11-22T12:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());

describe('chat fuzzing through /api/simulate', { timeout: 60_000 }, () => {
  it('answers every text from every sender with a reply, and a refused report changes nothing', async () => {
    let accepted = 0;
    await holds(
      fc.asyncProperty(fc.oneof(fc.tuple(chatText, userId, fc.constantFrom('wecom', 'dingtalk')), wellFormed), at, async ([text, user, platform], when) => {
        const before = await storeState(t, 'data');
        const res = await t.post('/api/simulate', { userId: user, text, platform, at: when });
        const prefix = /^(wecom|dingtalk):/.exec(user)?.[1];
        if (prefix && prefix !== platform) {
          // "dingtalk:x" sent as a WeCom user is a mistake in the request, refused as a whole.
          expect(res.status).toBe(400);
          expect(await storeState(t, 'data')).toEqual(before);
          return;
        }
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        expect(res.body.replies.length).toBeGreaterThan(0);
        for (const r of res.body.replies) expect(r.text.trim()).not.toBe('');
        if (res.body.report?.accepted) accepted++;
        else if (res.body.intent !== 'command') expect(await storeState(t, 'data')).toEqual(before);
      }),
      250,
    );
    expect(await historyProblems(t.store)).toEqual([]);
    // The vocabulary is rich enough that some random texts are real reports from real liaisons.
    expect(accepted).toBeGreaterThan(0);
  });

  it('refuses malformed simulate bodies with 400 and a list of problems, never a 5xx', async () => {
    const body = fc.oneof(jsonWithKeys(['platform', 'userId', 'userName', 'chatId', 'text', 'at']), fc.json().map((j) => JSON.parse(j) as unknown));
    await holds(
      fc.asyncProperty(body, async (b) => {
        const before = await storeState(t, 'data');
        const res = await t.post('/api/simulate', JSON.stringify(b) ?? 'null', { 'content-type': 'application/json' });
        expect([200, 400]).toContain(res.status);
        if (res.status === 400) {
          expect(res.body.error).toBeTruthy();
          expect(await storeState(t, 'data')).toEqual(before);
        }
      }),
      150,
    );
  });
});

const EXAMPLE = readFileSync('templates/county.example.yaml', 'utf8');
const lines = EXAMPLE.split('\n');

/** The example county file with a few lines deleted, duplicated, re-indented or overwritten. */
const mutatedCounty = fc
  .array(
    fc.tuple(fc.nat({ max: lines.length - 1 }), fc.constantFrom('delete', 'duplicate', 'indent', 'dedent', 'replace', 'number'), nasty),
    { minLength: 1, maxLength: 5 },
  )
  .map((edits) => {
    const out = [...lines];
    for (const [i, op, junk] of edits) {
      const at = i % out.length;
      const line = out[at] ?? '';
      if (op === 'delete') out.splice(at, 1);
      else if (op === 'duplicate') out.splice(at, 0, line);
      else if (op === 'indent') out[at] = `  ${line}`;
      else if (op === 'dedent') out[at] = line.replace(/^ {1,2}/, '');
      else if (op === 'replace') out[at] = line.replace(/:.*$/, `: ${junk}`);
      else out[at] = line.replace(/\d+/, junk.length % 2 ? '-1' : '1e400');
    }
    return out.join('\n');
  });

describe('county file fuzzing', { timeout: 60_000 }, () => {
  it('either parses a county file or reports its problems as a CountyFileError', async () => {
    const laughs = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 8 }, (_, i) => `${'bcdefghi'[i]}: &${'bcdefghi'[i]} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`), 'county: *i'].join('\n');
    const yamlTraps = fc.constantFrom('*!', 'county: *nowhere', '&a [*a]', laughs, '!!binary AAAA', '? [a, b]\n: c', 'county: !!js/function "x"', '%YAML 9.9\n---\ncounty: x');
    const text = fc.oneof(yamlTraps, mutatedCounty, nasty, fc.anything().map((v) => stringify(v) ?? ''), jsonWithKeys(['county', 'townships', 'name', 'due', 'liaisons', 'aliases', 'groups', 'schedule', 'admins']).map((v) => stringify(v) ?? ''));
    let parsed = 0;
    await holds(
      fc.property(text, (yaml) => {
        let county;
        try {
          county = parseCounty(yaml, 'fuzz.yaml');
        } catch (err) {
          expect(err).toBeInstanceOf(CountyFileError);
          const e = err as CountyFileError;
          expect(e.problems.length).toBeGreaterThan(0);
          for (const p of e.problems) expect(p.trim()).not.toBe('');
          return;
        }
        parsed++;
        expect(county.townships.length).toBeGreaterThan(0);
        // Whatever parsed, each listed liaison is recognised as the liaison of their township.
        for (const township of county.townships) {
          for (const platform of ['wecom', 'dingtalk'] as const) {
            for (const id of liaisonIds(township, platform)) expect(identify(county, platform, id).townships).toContain(township.name);
          }
        }
      }),
      400,
    );
    expect(parsed).toBeGreaterThan(0);
  });
});
