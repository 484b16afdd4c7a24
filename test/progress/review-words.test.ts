// The qualification review told in office language (不予通过, 经县级联审, 一名因…取消其资格), figures entered for
// others (帮几个没在群里报的代录一下: 几个 there is "some", no question), and an appendix after a rule line restating
// the figures: two figures for one count there are compared, never read as the day's new ones and a total.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('review-words', 'wecom:chengguan_li', '2026-11-20T20:00:00+08:00');

describe('office words of the review', () => {
  it('reads 不予通过 as those refused', async () => {
    const r = await run('城关镇：资格联审审查150人，不予通过6人（负面清单情形4人，其他2人）。', { records: { 城关镇: { reviewed: 150, disqualified: 6 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it('reads the count after 经县级联审 as those refused, not more reviewed', async () => {
    const r = await run('城关镇资格联审已完成：共审查一百五十名，经县级联审，两名因受过刑事处罚被列入负面清单，取消其候选人资格。', { records: { 城关镇: { reviewed: 150, disqualified: 2 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });
});

describe('figures entered for others', () => {
  it('reads the townships after 帮几个…代录一下', async () => {
    const r = await run('替几个没在群里报的乡镇代录一下：河西乡村委会换届全部完成；石桥镇党组织完成12个。', { records: { 河西乡: { committeeDone: 12 }, 石桥镇: { partyDone: 12 } }, warnings: [] }, { from: 'wecom:zzb_liu' });
    expect(r.problems).toEqual([]);
  });
});

describe('an appendix restating the figures', () => {
  it('refuses two figures for one count, storing nothing', async () => {
    const r = await run('城关镇今日资格联审审查150人，不通过6人。\n——————\n附：城关镇资格联审汇总 审查人数152 不通过人数6', { refuse: 'conflict', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });
});

describe('the township’s own offices', () => {
  it('reads no misheard word or body in 经镇党委初审', async () => {
    const r = await run('城关镇：经镇党委初审、县级部门联审，资格联审共审查160人，不通过5人。', { records: { 城关镇: { reviewed: 160, disqualified: 5 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });
});

describe('the reasons of those refused, listed after 其中', () => {
  it('sets the list aside as a breakdown of the count', async () => {
    const r = await run('城关镇共审查一百六十人，联审不通过五人，其中：受过刑事处罚两人，存在涉黑涉恶问题一人，正在接受审查调查一人，长期外出一人。', { records: { 城关镇: { reviewed: 160, disqualified: 5 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it('still reads a body’s figure after a ；', async () => {
    const r = await run('城关镇审查160人，不通过5人，其中：负面清单3人，其他2人；党组织换届完成12个。', { records: { 城关镇: { reviewed: 160, disqualified: 5, partyDone: 12 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it('sets the list aside without a colon too, with a bracket of its own detail', async () => {
    const r = await run('城关镇：资格联审累计审查156人，不通过4人，其中负面清单情形2人（受过刑事处罚1人、失信被执行人1人），不符合基本条件2人。', { records: { 城关镇: { reviewed: 156, disqualified: 4 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });
});

describe('a numbered point whose name stands alone in its sentence', () => {
  it('heads the figures of the next sentence (二是村委会换届。已完成5个)', async () => {
    const r = await run('城关镇换届工作进展情况：\n一是党组织换届。截至今日，全镇已完成村党组织换届8个。\n二是村委会换届。已完成5个，其余13个村选民登记已结束。\n三是资格联审。共审查候选人96人，不通过2人。', { records: { 城关镇: { partyDone: 8, committeeDone: 5, reviewed: 96, disqualified: 2 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it('reads a heading naming the work’s state (启动情况) as no word of villages not done', async () => {
    const r = await run('城关镇换届启动情况：一是完成村党组织换届2个；二是资格联审审查候选人112人，不通过3人；三是其余16个村党员大会安排在本周。', { records: { 城关镇: { partyDone: 2, reviewed: 112, disqualified: 3 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it('takes a closing 明天完成… with no figure for a plan, not the day reported', async () => {
    const r = await run('城关镇换届进展：一是村委会换届完成3个；二是监委会完成2个。明天完成东关村村委会选举。', { records: { 城关镇: { committeeDone: 3, supervisionDone: 2 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });
});

describe('people counted, then why, then that they failed', () => {
  it('reads the count before a reason as those refused', async () => {
    const r = await run('城关镇资格联审累计联审了20人，其中1人有前科，不符合条件。', { records: { 城关镇: { reviewed: 20, disqualified: 1 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it('reads 发现1人存在…情形，取消其候选人资格', async () => {
    const r = await run('城关镇资格联审情况：共报名参选候选人79人，全部经过联审，发现1人存在失信被执行情形，取消其候选人资格。', { records: { 城关镇: { reviewed: 79, disqualified: 1 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it('reads 除了3个都通过了 as three refused, not none', async () => {
    const r = await run('城关镇资格联审报了68人，除了3个都通过了。', { records: { 城关镇: { reviewed: 68, disqualified: 3 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it('keeps none refused when the clause says none (没有不通过的, 暂无不合格)', async () => {
    for (const text of ['城关镇联审41人 没有不通过的', '城关镇资格联审累计完成38人，暂无不合格人员。']) {
      const r = await run(text, { records: { 城关镇: { reviewed: text.includes('41') ? 41 : 38, disqualified: 0 } }, warnings: [] });
      expect(r.problems).toEqual([]);
    }
  });

  it('stores no refused count when the words only wait or ask (未发现, 有没有…还要等)', async () => {
    for (const text of ['城关镇联审10人，未发现不合格。', '城关镇联审38人，有没有不合格的还要等公安那边回复。']) {
      const r = await run(text, { records: { 城关镇: { reviewed: text.includes('10') ? 10 : 38 } }, warnings: [] });
      expect(r.problems).toEqual([]);
    }
  });

  it('does not take the count of a rate or an unchanged number as refused (取消资格的人数没变)', async () => {
    const r = await run('城关镇资格联审更正：实际联审了92人，取消资格的人数没变。', { records: { 城关镇: { reviewed: 92 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });
});
