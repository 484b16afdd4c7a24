// A body or people named in words no list holds, read by the roots in indicators.yaml (roots.ts): only when the
// message would otherwise be refused for a figure with no indicator, only a clause with roots of one indicator
// and one count, and the reply says which word was read as which indicator.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('roots', 'wecom:longquan_feng', '2026-11-28T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });
const refused = { refuse: 'missing-indicator' as const, mention: [], avoid: [] };

describe('a name no list holds, read by its roots', () => {
  it.each([
    ['龙泉监督那一摊子今天也弄完了4个', { supervisionDone: 4 }],
    ['龙泉支部18个，村长那一摊子选了6个', { partyDone: 18, committeeDone: 6 }],
    ['龙泉新班子里年轻人有6个', { under35: 6 }],
    ['龙泉：党组织12个，女同胞有9人', { partyDone: 12, female: 9 }],
    ['龙泉资格联审累计41人，刷下去了2人', { reviewed: 41, disqualified: 2 }],
  ])('%s', async (text, figures) => {
    const r = await run(text, records({ 龙泉镇: figures }));
    expect(r.problems).toEqual([]);
  });

  it('says in the reply which word it read as which indicator', async () => {
    const r = await run('龙泉村长那一摊子选了6个', records({ 龙泉镇: { committeeDone: 6 } }));
    expect(r.reply).toContain('按意思理解：“村长”按“村(居)委会换届”');
    // A name from the list needs no such line.
    const listed = await run('龙泉监委会4个', records({ 龙泉镇: { supervisionDone: 4 } }));
    expect(listed.reply).not.toContain('按意思理解');
  });

  it.each([
    // Roots of two indicators in one clause: whose figure it is cannot be told.
    '龙泉村长里头青年有3个',
    // Candidates, votes and meetings are counted, not villages done.
    '龙泉村长候选人报了5个',
    '龙泉监督那边开了3次会',
    // An age is no count of people, whatever the name before it.
    '龙泉青年里最小的才26岁',
    '龙泉年轻的最小才26岁',
    // A count of 本科 is not a count of 大专及以上.
    '龙泉本科生有4个',
    // Two figures in the clause: which one is the body's cannot be told.
    '龙泉监督那一块上午2个下午3个',
  ])('reads nothing from %s', async (text) => {
    expect(stored((await run(text, refused)).problems)).toEqual([]);
  });

  it('never reads a clause by roots when the message is read without them', async () => {
    // 村主任 is a root of the villagers' committee; here the figure already has its indicator.
    const r = await run('龙泉一肩挑的村主任有5个', records({ 龙泉镇: { oneShoulder: 5 } }));
    expect(r.problems).toEqual([]);
    expect(r.reply).not.toContain('按意思理解');
  });
});
