// Village secretaries' lines pasted into the evening report (tuning writers R197–R200): a village with a state and
// no body inside a roll of one body, a heading naming a count of people over lines of 是/否, a total in Chinese
// numerals under ticked villages, villages and communities counted apart, and 十 heard as 是 by voice input.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('pasted-villages', 'wecom:liulin_zhou', '2026-11-26T20:00:00+08:00');
const town = reportRunner('pasted-villages-town', 'wecom:chengguan_li', '2026-11-26T20:00:00+08:00');
const street = reportRunner('pasted-villages-street', 'wecom:xinhua_chu', '2026-11-26T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });
const onRecord = (figures: Record<string, number>) => ({ before: [{ township: '柳林乡', date: '2026-11-25', figures }] });

describe('villages pasted line by line', () => {
  it('counts a village with a state and no body as the body of the lines around it', async () => {
    const text = '柳林乡今日进度：\n1.枣园村 党支部已换届\n2.梨树坪村 未完成\n3.北坡村 党支部已换届\n4.南坡村 党支部已换届';
    expect((await run(text, records({ 柳林乡: { partyDone: 3 } }), onRecord({ partyDone: 1 }))).problems).toEqual([]);
  });

  it('refuses a total that disagrees with such a roll, and stores nothing', async () => {
    const text = '柳林乡今日进度：\n1.枣园村 党支部已换届\n2.梨树坪村 未完成\n3.北坡村 党支部已换届\n4.南坡村 未完成\n共计党组织完成3个';
    const r = await run(text, { refuse: 'conflict', mention: [], avoid: [] }, onRecord({ partyDone: 1 }));
    expect(stored(r.problems)).toEqual([]);
  });

  it('counts the 是 lines under a heading that names a count of people', async () => {
    const text = '柳林乡书记主任一肩挑：\n枣园村 是\n梨树坪村 是\n北坡村 否（书记主任分设）\n南坡村 是';
    expect((await run(text, records({ 柳林乡: { oneShoulder: 3 } }), onRecord({ committeeDone: 5 }))).problems).toEqual([]);
  });

  it('reads a total in Chinese numerals that sums the ticked villages as the township’s', async () => {
    const villages = ['柳林村', '周家村', '槐树村', '南沟村', '北沟村', '郭庄村', '梨园村', '上庄村', '下庄村'];
    const text = `柳林乡监委会\n${villages.map((v) => `${v} 完成`).join('\n')}\n共计九个 全部完成\n村委会也是九个全部完成`;
    expect((await run(text, records({ 柳林乡: { supervisionDone: 9, committeeDone: 9 } }))).problems).toEqual([]);
  });
});

describe('a count of people told village by village under its heading', () => {
  it('sums the villages’ figures and checks them against the sum below', async () => {
    const text = '柳林乡两委交叉任职\n枣园村3\n梨树坪2\n北坡村2\n合计7人';
    expect((await run(text, records({ 柳林乡: { crossPost: 7 } }))).problems).toEqual([]);
  });

  it.each([
    ['柳林乡交叉任职：\n枣园村3 梨树坪2 北坡村2\n合计7人', 7],
    ['柳林乡交叉任职：\n枣园村3 梨树坪2\n北坡村2 南坡村1\n合计8人', 8],
  ])('reads villages’ figures side by side below the heading: %s', async (text, n) => {
    expect((await run(text, records({ 柳林乡: { crossPost: n } }))).problems).toEqual([]);
  });

  it('refuses figures side by side that disagree with the sum below, and stores nothing', async () => {
    const r = await run('柳林乡交叉任职：\n枣园村3 梨树坪2\n合计6人', { refuse: 'conflict', mention: [], avoid: [] }, onRecord({ crossPost: 2 }));
    expect(stored(r.problems)).toEqual([]);
  });

  it('reads the villages’ figures on the heading’s own line the same way', async () => {
    const text = '新华街道交叉任职：新华社区3人，解放路2人，人民路2人，和平3人，合计10人';
    expect((await street(text, records({ 新华街道: { crossPost: 10 } }))).problems).toEqual([]);
  });

  it('refuses a sum that disagrees with the villages’ figures, and stores nothing', async () => {
    const r = await run('柳林乡两委交叉任职\n枣园村3\n梨树坪2\n北坡村2\n合计8人', { refuse: 'conflict', mention: [], avoid: [] }, onRecord({ crossPost: 2 }));
    expect(stored(r.problems)).toEqual([]);
  });
});

describe('a busy liaison’s one-character labels', () => {
  it.each([
    ['柳林 党7村5监5 肩4', { partyDone: 7, committeeDone: 5, supervisionDone: 5, oneShoulder: 4 }],
    ['柳林 应换9 党7 村5', { due: 9, partyDone: 7, committeeDone: 5 }],
  ])('%s', async (text, figures) => {
    expect((await run(text, records({ 柳林乡: figures }))).problems).toEqual([]);
  });

  it('counts a community whose election is on a weekday named as not done yet', async () => {
    const text = '柳林乡各村情况\n枣园村 党支部✔ 村委会✔\n梨树坪村 党支部✔ 村委会周六选举\n北坡村 党支部✔ 村委会星期天选';
    expect((await run(text, records({ 柳林乡: { partyDone: 3, committeeDone: 1 } }))).problems).toEqual([]);
  });
});

describe('villages and communities counted apart', () => {
  it.each([
    ['城关镇村党支部完成12个，社区党委完成4个', 16],
    ['城关镇今日进度：12个村党支部和3个社区党支部换届完成', 15],
  ])('%s adds the two parts', async (text, n) => {
    expect((await town(text, records({ 城关镇: { partyDone: n } }))).problems).toEqual([]);
  });

  it.each([
    ['城关镇村委会完成13个，社区居委会今天也已完成，村（居）委会共15个', { committeeDone: 15 }],
    ['城关镇社区居务监督委员会4个已全部完成，村（居）务监督委员会合计15个', { supervisionDone: 15 }],
  ])('%s takes the whole named for both parts, the part its breakdown', async (text, figures) => {
    expect((await town(text, records({ 城关镇: figures }))).problems).toEqual([]);
  });

  it('reads sections opened by 村： and 社区： as the parts of each body in them', async () => {
    const text = '城关镇进度\n村：党组织完成10个，村委会完成8个\n社区：党组织完成4个，居委会完成4个\n合计：党组织14个';
    expect((await town(text, records({ 城关镇: { partyDone: 14, committeeDone: 12 } }))).problems).toEqual([]);
  });

  it.each([
    ['城关镇今天进度：15个村、3个社区党组织换届全部完成', { partyDone: 18 }],
    ['城关镇党组织、村(居)委会换届全部完成，各18个', { partyDone: 18, committeeDone: 18 }],
  ])('%s gives each body its count', async (text, figures) => {
    expect((await town(text, records({ 城关镇: figures }))).problems).toEqual([]);
  });

  it('refuses a count each that disagrees with all said done, and stores nothing', async () => {
    const r = await town('城关镇党组织、村(居)委会换届全部完成，各16个', { refuse: 'conflict', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });

  it('refuses a part larger than the whole named for both, and stores nothing', async () => {
    const r = await town('城关镇社区居委会4个，村（居）委会共3个', { refuse: 'conflict', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });
});

describe('十 heard as 是 by voice input', () => {
  it('refuses 完成了是个 with what it likely was, and stores nothing', async () => {
    const r = await run('柳林乡今天党组织完成五个 村委会完成了是个', { refuse: 'homophone', mention: ['十'], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });

  it('leaves 是个 that ends no count alone', async () => {
    expect((await run('柳林乡党组织完成5个，村委会是个难题明天再说', records({ 柳林乡: { partyDone: 5 } }))).problems).toEqual([]);
  });
});

describe('a word the reader knows inside a longer look-alike', () => {
  it('reads 社区三委 as the three committees, not 社区党委 misheard', async () => {
    const text = '新华街道所有社区三委换届全部完成！';
    expect((await street(text, records({ 新华街道: { partyDone: 6, committeeDone: 6, supervisionDone: 6 } }))).problems).toEqual([]);
  });
});

describe('yesterday’s figures said to be still today’s', () => {
  it.each(['新华街道今天没有新进展，还是昨天的数：党组织4个，居委会2个', '新华街道今天没有新进展，同昨天：党组织4个，居委会2个'])('%s records them for today, every one', async (text) => {
    expect((await street(text, records({ 新华街道: { partyDone: 4, committeeDone: 2 } }))).problems).toEqual([]);
  });
});

describe('the villages’ two committees named with 村', () => {
  it('reads 全乡村两委换届全部完成 as both bodies all done', async () => {
    expect((await run('柳林乡全乡村两委换届全部完成', records({ 柳林乡: { partyDone: 9, committeeDone: 9 } }))).problems).toEqual([]);
  });
});

describe('formal reports read after the forty-second round', () => {
  it('reads 书记、主任“一肩挑”N人 after a clause naming the villages done', async () => {
    const text = '柳林乡村委会换届完成5个。在已完成村委会换届的村中，书记、主任“一肩挑”4人。';
    expect((await run(text, records({ 柳林乡: { committeeDone: 5, oneShoulder: 4 } }))).problems).toEqual([]);
  });

  it('reads 三个组织换届全部完成 as the three bodies all done, no figure', async () => {
    const text = '柳林乡截至今天：村党组织换届完成9个，村委会完成9个，村务监督委员会完成9个，三个组织换届全部完成。';
    expect((await run(text, records({ 柳林乡: { partyDone: 9, committeeDone: 9, supervisionDone: 9 } }))).problems).toEqual([]);
  });

  it('refuses an estimate of what is done (预计已完成8至9个), and stores nothing', async () => {
    const r = await run('柳林乡党组织换届完成8个，监委会换届预计已完成5至6个，待各村上报后确认。', { refuse: 'vague', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });
});
