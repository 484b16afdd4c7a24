// Words around a figure that are no figure of their own, through the real report skill: a body's name
// before its people (“两委”候选人, 班子, 成员), a count quoted from where it was written, "one figure" said
// of the figures, and another spelling of a body's name.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('context-words', 'wecom:chengguan_li', '2026-11-24T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });

describe('words that are no figure of their own', () => {
  it.each([
    ['城关镇村(社区)“两委”候选人初步人选资格联审已经结束,共联审98人,3人未通过', { reviewed: 98, disqualified: 3 }],
    ['城关镇新一届村（社区）“两委”班子中，党组织书记、村（居）委会主任“一肩挑”15人，“两委”成员交叉任职31人。', { oneShoulder: 15, crossPost: 31 }],
    ['城关镇共完成资格联审126名，其中3人因存在负面清单情形未通过联审', { reviewed: 126, disqualified: 3 }],
    ['城关镇党组织18个全部完成,居(村)委会完成15个,监委会9个', { partyDone: 18, committeeDone: 15, supervisionDone: 9 }],
    ['城关镇新进“两委”的年轻干部（35岁及以下）11名，大专以上的30名', { under35: 11, college: 30 }],
  ])('%s', async (text, figures) => {
    expect((await run(text, records({ 城关镇: figures }))).problems).toEqual([]);
  });

  it('sets aside a count quoted from where it was written, and names it in the reply', async () => {
    const r = await run('报告一下,城关镇应换届数是18个,县里表上写的17个,漏了新成立的社区。今天党组织完成6个', records({ 城关镇: { due: 18, partyDone: 6 } }));
    expect(r.problems).toEqual([]);
    expect(r.reply).toContain('未计入：17个');
  });

  it('reads "一个数" as one of the figures, not a figure', async () => {
    const before = { before: [{ township: '城关镇', date: '2026-11-22', figures: { female: 13 } }] };
    const r = await run('另外更正22号的一个数:22号报的新当选女性13人多算了1个,应为12人', records({ '城关镇 2026-11-22': { female: 12 } }), before);
    expect(r.problems).toEqual([]);
  });

  it('still refuses a count quoted alone, with nothing read beside it', async () => {
    expect(stored((await run('县里表上写的17个', { refuse: 'missing-indicator', mention: [], avoid: [] })).problems)).toEqual([]);
  });
});
