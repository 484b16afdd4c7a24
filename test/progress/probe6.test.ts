// A sixth black-box safety probe (a fresh helper, 312 messages, 57 stores judged wrong) aimed at the eleventh
// session's readings; these are the classes fixed, each with messages of my own wording.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('probe6', 'wecom:longquan_feng', '2026-11-27T20:00:00+08:00');
const onRecord = (figures: Record<string, number>, date = '2026-11-27') => ({ before: [{ township: '龙泉镇', date, figures }] });
const refused = (code: string) => ({ refuse: code as 'vague', mention: [], avoid: [] });

describe('probe 6: nothing stored that was not read', () => {
  it.each([
    ['更正：一肩挑漏了一个'],
    ['更正：党组织还有一个村没算上'],
    ['更正：女性多了1个'],
    ['更正：补报交叉任职1人'],
  ])('%s — in a correction, what was missed or counted twice is no corrected total', async (text) => {
    const r = await run(text, refused('vague'), onRecord({ oneShoulder: 5, partyDone: 9, female: 3, crossPost: 4 }));
    expect(stored(r.problems)).toEqual([]);
  });

  it('still takes the corrected figure beside its reason', async () => {
    const r = await run('更正：党组织应为10个，漏了一个', { records: { 龙泉镇: { partyDone: 10 } }, warnings: [] }, onRecord({ partyDone: 9 }));
    expect(r.problems).toEqual([]);
  });

  it.each([['党组织、村委会：9个'], ['一肩挑、交叉任职：4人'], ['35岁以下、大专以上：5人']])(
    '%s — one figure after several names is not copied to each unless said (各, 均, 都)',
    async (text) => {
      const r = await run(text, refused('missing-figure'));
      expect(stored(r.problems)).toEqual([]);
    },
  );

  it('copies it when said: 党组织、村委会各9个', async () => {
    const r = await run('党组织、村委会各9个', { records: { 龙泉镇: { partyDone: 9, committeeDone: 9 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it.each([['龙泉镇8个村已完成资格联审'], ['龙泉镇12个村联审全部结束']])('%s — villages are no head count', async (text) => {
    const r = await run(text, refused('missing-indicator'));
    expect(stored(r.problems)).toEqual([]);
  });

  it('gives a count after 又完成 to the name after it, not to the pattern or the last name', async () => {
    const r = await run('昨天是12/9/8（党/村/监），今天又完成2个村委会', {
      records: { '龙泉镇 2026-11-26': { partyDone: 12, committeeDone: 9, supervisionDone: 8 }, 龙泉镇: { committeeDone: 11 } },
      warnings: [],
    });
    expect(r.problems).toEqual([]);
  });

  it.each([['张庄村党组织/村委会/监委会：1/1/1'], ['党组织/村委会 9/12']])('%s — not paired as the township\'s figures', async (text) => {
    const r = await run(text, refused('missing-figure'));
    expect(stored(r.problems)).toEqual([]);
  });

  it.each([['党组织、村委会、监委会分别还差3、6、7个'], ['党组织、村委会、监委会分别是9、6、5个百分点']])(
    '%s — a word said once for a run (还差, 百分点) belongs to each figure: no completions stored',
    async (text) => {
      const r = await run(text, refused('vague'));
      expect(stored(r.problems)).toEqual([]);
    },
  );

  it.each([['石门村：一肩挑1人，女性1人'], ['石门村：党组织、村委会均已完成'], ['今天选完的石门村，新班子大专以上2人']])(
    '%s — one village\'s own figures said alone are no township\'s: asked for the township',
    async (text) => {
      const r = await run(text, refused('unknown-township'));
      expect(stored(r.problems)).toEqual([]);
    },
  );

  it('still reads a body\'s count after a village just named as the township\'s', async () => {
    const r = await run('石门村，党组织完成13个', { records: { 龙泉镇: { partyDone: 13 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });
});
