// Villages named as done rather than counted (the twenty-first round's class, from tuning writers R61–R64): the
// names are today's new ones, one a village — with the words between the body and the verb people use, with a
// count said beside the names, and beside a total said later (then a note on it, the total stands).
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('named-villages', 'wecom:liulin_zhou', '2026-11-26T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });
const onRecord = (figures: Record<string, number>) => ({ before: [{ township: '柳林乡', date: '2026-11-25', figures }] });

describe('villages named as done', () => {
  it.each([
    ['西沟村、大柳树村党支部今天选完了', { partyDone: 4 }, { partyDone: 6 }],
    ['西沟、大柳树、杏树坪三个村监委会今天推选完成', { supervisionDone: 2 }, { supervisionDone: 5 }],
    ['团结、胜利、柳湾仨村党支部今天选完', { partyDone: 4 }, { partyDone: 7 }],
    ['今天大柳树村村委会选完，支部书记当选主任，又一个一肩挑', { committeeDone: 3, oneShoulder: 2 }, { committeeDone: 4, oneShoulder: 3 }],
    // 都 is all the named ones, not all the township's; the later total stands and the names are a note on it.
    ['北湾村、石门村党支部今天都选完，党组织累计6个', { partyDone: 4 }, { partyDone: 6 }],
    // Figures of other bodies after the names are said as they are: totals.
    ['今天东坡村、西沟村党支部选完，村委会5个', { partyDone: 4, committeeDone: 4 }, { partyDone: 6, committeeDone: 5 }],
    // The day between the names and the body; names parted by spaces only.
    ['王家村、李庄村今天村委会选完了', { committeeDone: 3 }, { committeeDone: 5 }],
    ['沙河村 新庄村 村委会完成', { committeeDone: 3 }, { committeeDone: 5 }],
    // A count done today, then as many names: those villages, the day's new ones.
    ['党支部今天选完了三个村,大柳树、小柳树、后沟', { partyDone: 2 }, { partyDone: 5 }],
  ])('%s', async (text, before, figures) => {
    expect((await run(text, records({ 柳林乡: figures }), onRecord(before))).problems).toEqual([]);
  });

  it('refuses a count whose bracket of names, some without 村/社区, is not as many', async () => {
    expect(stored((await run('柳林乡监委会完成4个(东坡、西坡、王庄村)', { refuse: 'conflict', mention: [], avoid: [] })).problems)).toEqual([]);
    expect((await run('柳林乡监委会完成3个(东坡、西坡、王庄村)', records({ 柳林乡: { supervisionDone: 3 } }))).problems).toEqual([]);
  });

  it('stores nothing when no base is on record for the new ones', async () => {
    expect(stored((await run('西沟村、大柳树村党支部今天选完了', { refuse: 'no-base', mention: [], avoid: [] })).problems)).toEqual([]);
  });

  it('reads no village in words that only point at villages', async () => {
    // 最后一个村, 俩村 and 今天村… name no village: the count said stands.
    const r = await run('柳林今天终于把最后一个村的党组织选完了，9个全部完成', records({ 柳林乡: { partyDone: 9 } }), onRecord({ partyDone: 8 }));
    expect(r.problems).toEqual([]);
    const t = await run('截至今天村党组织换届完成8个', records({ 柳林乡: { partyDone: 8 } }), onRecord({ partyDone: 6 }));
    expect(t.problems).toEqual([]);
  });
});

// Named after the body and its verb (the twenty-first round's largest class, and tuning writer R67's angle): the
// same increments, with bare names only where something parts them from the verb.
describe('villages named after the body and its verb', () => {
  it.each([
    ['党支部今天选完了枣园、梨树坪', { partyDone: 4 }, { partyDone: 6 }],
    ['村委会今天完成了东岔村和西岔村', { committeeDone: 2 }, { committeeDone: 4 }],
    ['监委会今天选出来的是上湾、下湾', { supervisionDone: 1 }, { supervisionDone: 3 }],
    ['今天党组织完成：北坡村、南坡村，全乡累计7个', { partyDone: 5 }, { partyDone: 7 }],
    ['村委会选举完成了槐树村(上午)、杏花村(下午)', { committeeDone: 3 }, { committeeDone: 5 }],
    ['党支部今天完成北坪村和东坪、西坪两个村', { partyDone: 1 }, { partyDone: 4 }],
    ['监委会今天推选完毕：和平社区、柳湾村', { supervisionDone: 0 }, { supervisionDone: 2 }],
    // Typed in traditional characters (a phone set to 繁體): read as the same words.
    ['監委會今天選完了東關、南門', { supervisionDone: 3 }, { supervisionDone: 5 }],
  ])('%s', async (text, before, figures) => {
    expect((await run(text, records({ 柳林乡: figures }), onRecord(before))).problems).toEqual([]);
  });

  it.each([
    // Three names said to be two, a count before the names that is not theirs, a total that does not add up.
    ['村委会今天完成了枣园、梨树坪、北坡两个村', { committeeDone: 3 }],
    ['党组织完成5个：枣园村、梨树坪村', { partyDone: 3 }],
    ['党组织今天又完成了北坡村、南坡村，累计9个', { partyDone: 5 }],
  ])('refuses %s', async (text, before) => {
    const r = await run(text, { refuse: 'conflict', mention: [], avoid: [] }, onRecord(before));
    expect(r.problems).toEqual([]);
  });

  it.each([
    // Words after the verb that are not villages: a share of the due, the figure's own word, the people elected.
    ['村委会完成了三分之二', { committeeDone: 6 }],
    ['村委会完成数应为7个', { committeeDone: 7 }],
  ])('reads no village in %s', async (text, figures) => {
    expect((await run(text, records({ 柳林乡: figures }), onRecord({ committeeDone: 3 }))).problems).toEqual([]);
  });

  it('reads the people elected as no villages', async () => {
    expect((await run('村委会今天选出了主任和委员', { ignore: true }, onRecord({ committeeDone: 3 }))).problems).toEqual([]);
  });
});

describe('villages named around the verb, more ways', () => {
  it.each([
    // A day between the body and the verb; a count without 村; a name holding 任 (任家山 is no 任职).
    ['村委会昨天选完了上湾、下湾两个', { committeeDone: 2 }, { committeeDone: 4 }, '2026-11-24', '2026-11-25'],
    ['党支部今天选出来的是宋家坪和任家山两个', { partyDone: 2 }, { partyDone: 4 }, '2026-11-25', '2026-11-26'],
    // All but the villages named without 村: the due (9) less them.
    ['村委会除了四方、十字铺，其他都选完了', { committeeDone: 5 }, { committeeDone: 7 }, '2026-11-25', '2026-11-26'],
  ])('%s', async (text, before, figures, beforeDate, date) => {
    const r = await run(text, records({ [date === '2026-11-26' ? '柳林乡' : `柳林乡 ${date}`]: figures }), { before: [{ township: '柳林乡', date: beforeDate, figures: before }] });
    expect(r.problems).toEqual([]);
  });

  it('refuses all but some villages not counted', async () => {
    expect((await run('村委会除了个别村其他都选完了', { refuse: 'vague', mention: [], avoid: [] })).problems).toEqual([]);
  });
});

// Villages named instead of counted (tuning writer R150): a count after the names, a village named done and then not
// done, the rest after villages excepted, 也 after villages left, and names that sound like a township's.
describe('villages named, checked against what else the message says', () => {
  it.each([
    // Four names, then three: the two counts disagree (it had stored 3).
    '柳林乡党组织已换完：东坡、西坡、南坡、北坡，三个村。',
    // Named done, then not done (it had stored 3).
    '柳林乡村委会已选完：东坡村、西坡村、南坡村；南坡村还没选，定在下周二。',
  ])('%s: refused, nothing stored', async (text) => {
    expect(stored((await run(text, { refuse: 'conflict', mention: [], avoid: [] })).problems)).toEqual([]);
  });

  it('reads villages named under a heading of so far as the total; 等 leaves their number unsaid', async () => {
    expect((await run('柳林乡截至今晚：东坡、西坡、南坡三个村党组织已换完，北坡明天选。', records({ 柳林乡: { partyDone: 3 } }))).problems).toEqual([]);
    expect(stored((await run('柳林乡：东坡、西坡等村村委会已选完。', { ignore: true })).problems)).toEqual([]);
  });

  it('counts a named village whose body is said 也换完 as one more', async () => {
    const r = await run('柳林乡今天东坡、西坡村委会选完，南坡村党支部也换完了', records({ 柳林乡: { committeeDone: 5, partyDone: 6 } }), onRecord({ committeeDone: 3, partyDone: 5 }));
    expect(r.problems).toEqual([]);
  });

  it('reads the rest after villages excepted (其余, as 其他) and never lets their count reach the next body', async () => {
    // It had dropped the committees and stored 9 − 2 as the supervision committees done.
    const r = await run('柳林乡村委会除了东坡、西坡，其余都选完了。监委会完成3个', records({ 柳林乡: { committeeDone: 7, supervisionDone: 3 } }));
    expect(r.problems).toEqual([]);
  });

  it('counts villages set apart by bare name and 外 (除刘庄外) off the due count — it had been refused as no figure', async () => {
    expect((await run('柳林乡除东坡外村委会都选完了，东坡定在28号。', records({ 柳林乡: { committeeDone: 8 } }))).problems).toEqual([]);
    expect((await run('柳林乡除东坡、西坡以外党组织全部完成', records({ 柳林乡: { partyDone: 7 } }))).problems).toEqual([]);
    // 除此之外 sets nothing apart by name: still asked.
    expect(stored((await run('柳林乡除此之外都选完了', { refuse: 'vague', mention: [], avoid: [] })).problems)).toEqual([]);
  });

  it('gives a body said 也…完成 after villages excepted the same villages left (it had been dropped)', async () => {
    const r = await run('柳林乡村委会除东坡、西坡两个村外全部完成，监委会也同步推选完成。', records({ 柳林乡: { committeeDone: 7, supervisionDone: 7 } }));
    expect(r.problems).toEqual([]);
  });

  it('multiplies a count 各 of bare village names, and never hears one of them as a township (杏花 is no 新华)', async () => {
    const r = await run('柳林乡资格联审50人，东坡、杏花各取消1人资格。', records({ 柳林乡: { reviewed: 50, disqualified: 2 } }));
    expect(r.problems).toEqual([]);
  });

  it('reads a village named after its township in a list as a village, not the township and a shorthand 村', async () => {
    // It had read 杨家岭村两个 as 杨家岭乡's 村委会 2.
    const before = [{ township: '杨家岭乡', date: '2026-11-25', figures: { partyDone: 2 } }];
    const r = await run('今天马鞍山、杨家岭村两个村党组织选完，党组织共4个', records({ 杨家岭乡: { partyDone: 4 } }), { from: 'wecom:yangjialing_chen', before });
    expect(r.problems).toEqual([]);
  });
});

describe('villages named, then counted after them', () => {
  it.each([
    '柳林乡已完成村委会换届的村：前进、胜利、柳林、东风，共5个',
    '柳林乡截至今天：\n已完成党组织换届的：柳林村、张湾村、李湾村（4个）',
  ])('%s: a count that is not the names’ is refused', async (text) => {
    const r = await run(text, { refuse: 'conflict', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });

  it.each([
    ['柳林乡已完成村委会换届的村：前进、胜利、红星、东风，共4个', { committeeDone: 4 }],
    ['柳林乡截至今天：\n已完成党组织换届的：柳林村、张湾村、李湾村（3个）', { partyDone: 3 }],
    ['柳林乡村委会完成：前进、胜利、柳林、东风，共4个。', { committeeDone: 4 }],
    ['柳林乡监委会完成前进、胜利、红星3个，东风、向阳两个村明天推选。', { supervisionDone: 3 }],
  ])('%s: a count that is the names’ is the total', async (text, figures) => {
    expect((await run(text, records({ 柳林乡: figures }))).problems).toEqual([]);
  });
});
