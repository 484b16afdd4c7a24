// Declining well, through the real router: a question that is not about re-election at all gets "这不是
// 换届政策方面的问题" and what the bot can do; a re-election question the base cannot answer keeps the
// "知识库里没有…" reply with suggested topics. Both are kept in the unanswered log as kind abstain.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/bot.js';

const TOKEN = 'out-of-scope-test-token-3f9a';
const auth = { authorization: `Bearer ${TOKEN}` };
const at = '2026-11-22T10:00:00+08:00';

const outOfScope = [
  '养老金什么时候发',
  '低保怎么申请',
  '种粮补贴什么时候到账',
  '耕地地力保护补贴发了没',
  '彩票中奖了要交税吗',
  '买彩票能中奖吗',
  '明天会下雨吗',
  '今天天气咋样',
  '医保怎么交',
  '城乡居民医疗保险怎么缴费',
  '孩子转学需要什么手续',
  '孩子想转学到县城怎么办',
  '邻居占了我家的地怎么办',
  '和邻居吵架了怎么办',
  '闯红灯罚多少钱',
  '违章停车罚款怎么交',
  '高龄补贴怎么领',
  '退休工资多少',
  '电费怎么交',
  '看病能报销多少',
];

/** About re-election, but no rule in the base answers them (today). */
const inScopeUnanswered = [
  '选举那天下雨了怎么办',
  '选票印错了怎么办',
  '候选人生病住院了还能选吗',
  '选举日能不能改',
  '村委会换届要几个监票人',
  '选举时村民吵起来了怎么办',
  '换届时村里修路的钱怎么管',
  '候选人可以发传单吗',
  '一肩挑的书记工资谁发',
  '投票箱谁来保管',
  '选举大会要不要录像',
  '候选人演讲稿要审核吗',
];

const text = (res: { replies: { text: string }[] }) => res.replies.map((r) => r.text).join('\n');

describe('declining a question outside re-election policy', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ env: { ADMIN_TOKEN: TOKEN }, now: () => new Date('2026-11-22T12:00:00Z') });
  });
  afterAll(() => bot.close());

  it.each(outOfScope)('"%s" is not a re-election question', async (q) => {
    const res = await bot.post('/api/simulate', { userId: 'wecom:someone', text: q, at }, auth);
    const reply = text(res.body);
    expect(res.body).toMatchObject({ intent: 'question', answer: { topic: '', abstained: true, outOfScope: true, citations: [] } });
    expect(reply).toContain('这不是换届政策方面的问题');
    // What the bot can do instead: policy questions, progress reports, the progress commands.
    expect(reply).toMatch(/资格条件[\s\S]*换届纪律/);
    expect(reply).toContain('记录各乡镇每日进度');
    expect(reply).toMatch(/进度[\s\S]*排名[\s\S]*未报送/);
    // Never policy text, nor the in-scope abstention with its unrelated topics.
    expect(reply).not.toContain('知识库里没有');
    expect(reply).not.toContain('出处');
    expect(reply).not.toContain('您是否想问');
  });

  it.each(inScopeUnanswered)('"%s" keeps the 知识库里没有 reply', async (q) => {
    const res = await bot.post('/api/simulate', { userId: 'wecom:cadre', text: q, at }, auth);
    const reply = text(res.body);
    expect(res.body).toMatchObject({ intent: 'question', answer: { abstained: true } });
    expect(res.body.answer.outOfScope).toBeUndefined();
    expect(reply).toContain('知识库里没有');
    expect(reply).not.toContain('这不是换届政策方面的问题');
  });

  it('answers the part of a question the base has, and says which part it has not', async () => {
    const res = await bot.post('/api/simulate', { userId: 'wecom:cadre', text: '资格联审都是哪些部门参加？我需要准备啥材料？', at }, auth);
    const reply = text(res.body);
    expect(res.body).toMatchObject({ intent: 'question', answer: { topic: 'joint-review', item: 3, abstained: false } });
    expect(reply).toContain('组织部、民政局牵头');
    expect(reply).toContain('您还问到“我需要准备啥材料”：知识库里没有这方面的规定');
  });

  it('says the same through the knowledge API', async () => {
    const out = (await bot.get(`/api/knowledge/ask?q=${encodeURIComponent('养老金什么时候发')}`, auth)).body;
    expect(out).toMatchObject({ kind: 'abstain', outOfScope: true });
    expect(out.reply.text).toContain('这不是换届政策方面的问题');
    const inside = (await bot.get(`/api/knowledge/ask?q=${encodeURIComponent('选票印错了怎么办')}`, auth)).body;
    expect(inside.outOfScope).toBeUndefined();
    expect(inside.reply.text).toContain('知识库里没有');
  });

  it('keeps both kinds in the unanswered log as abstain, with topics only where the reply offered them', async () => {
    const res = await bot.get('/api/knowledge/unanswered?from=2026-11-22&to=2026-11-22', auth);
    expect(res.status).toBe(200);
    const items: { text: string; kind: string; suggestions: string[] }[] = res.body.items;
    for (const q of outOfScope) expect(items.find((i) => i.text === q), q).toMatchObject({ kind: 'abstain', suggestions: [] });
    for (const q of inScopeUnanswered) {
      const item = items.find((i) => i.text === q);
      expect(item, q).toMatchObject({ kind: 'abstain' });
      expect(item!.suggestions.length, q).toBeGreaterThan(0);
    }
  });
});
