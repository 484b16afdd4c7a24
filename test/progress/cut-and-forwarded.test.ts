// Messages that say they are not whole (cut off in pasting, a name with no figure after it) store nothing; a quote
// forwarded as the report is read with the line added to it; a request for help closing a report leaves it a report.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('cut', 'wecom:shiqiao_sun', '2026-11-26T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });

describe('a message that is not whole stores nothing', () => {
  it.each([
    ['石桥镇今日进度：党组织完成12个，村委会完成1\n——后面没复制全，稍等我重发', 'unverified'],
    ['石桥镇党组织9个，村委会7个，监委会没发完 待会重发', 'unverified'],
    // A name followed only by words of adding or doing is a figure missing, not a figure dropped in silence.
    ['石桥镇今日：党组织累计13个，村委会比昨天新增', 'missing-figure'],
    ['石桥镇党组织12个，村委会完成', 'missing-figure'],
  ] as const)('%s', async (text, code) => {
    const r = await run(text, { refuse: code, mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
    expect(r.problems).toEqual([]);
  });

  it('still reads a make-up report that mentions the half sent before', async () => {
    const r = await run('石桥镇女性15人，大专及以上26人。刚才那条没发全，这是后半截', records({ 石桥镇: { female: 15, college: 26 } }));
    expect(r.problems).toEqual([]);
  });
});

describe('forwarded and asking', () => {
  it('reads a forwarded quote together with the line added to it', async () => {
    const text = '「孙涛：石桥镇截至今天党组织14个全部完成，村委会完成10个」\n- - - - - - - - - - - - - - -\n转一下，补一句，监委会累计8个';
    expect((await run(text, records({ 石桥镇: { partyDone: 14, committeeDone: 10, supervisionDone: 8 } }))).problems).toEqual([]);
  });

  it('keeps reading only the reply when the quote is a question answered', async () => {
    const text = '「刘组长：石桥监委会多少了?」\n- - - - - - - - - - - - - - -\n8个';
    expect((await run(text, records({ 石桥镇: { supervisionDone: 8 } }))).problems).toEqual([]);
  });

  it.each([
    ['石桥镇 党组织换届还差3个 村委会还差7个 今天卡在一个村的候选人上了，县里能不能来人指导下', { partyDone: 11, committeeDone: 7 }],
    ['石桥镇 村委会还差1个 监委会还差2个，最后几个都是硬骨头', { committeeDone: 13, supervisionDone: 12 }],
  ])('reads the report beside a remark or a request for help: %s', async (text, figures) => {
    expect((await run(text, records({ 石桥镇: figures }))).problems).toEqual([]);
  });

  it('leaves a question about the figures a question', async () => {
    const r = await run('石桥镇村委班子里一个女同志都没有，行不行', { ignore: true });
    expect(r.problems).toEqual([]);
  });
});
