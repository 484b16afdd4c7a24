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

  it('does not give the count after 经县级联审 to the review', async () => {
    const r = await run('城关镇资格联审已完成：共审查一百五十名，经县级联审，两名因受过刑事处罚被列入负面清单，取消其候选人资格。', { records: { 城关镇: { reviewed: 150 } }, warnings: [] });
    expect(r.problems).toEqual([]);
    expect(r.reply).toContain('两名因受过刑事处罚');
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
