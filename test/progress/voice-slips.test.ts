// Voice input writes 委 as 未 and 部 as 不 (村未会, 居未会, 党支不): inside a committee's name, or closing a name whose
// first part is no name of its own, the denial is a misheard syllable. Where the word before it is a name (村未完成,
// 村委不…), it still denies.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('voice-slips', 'wecom:baisha_wu', '2026-11-24T20:00:00+08:00');

describe('a denial heard inside a name', () => {
  it.each([
    ['白沙镇 党组织完成了九个 村未会完成了七个 然后监督委员会是五个', { partyDone: 9, committeeDone: 7, supervisionDone: 5 }],
    ['白沙镇党支不换节完成十三个 村委会十一个', { partyDone: 13, committeeDone: 11 }],
  ] as [string, Record<string, number>][])('%s', async (text, figures) => {
    const r = await run(text, { records: { 白沙镇: figures }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it('keeps 村未完成 a count not done', async () => {
    const r = await run('白沙镇还有3个村未完成', { refuse: 'missing-indicator', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });
});
