// A liaison who reports and asks in one message ("村委完成4个了 问一下…算不算一肩挑？"): the figures are
// recorded and confirmed, and the question is answered after the confirmation, through the real router.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/bot.js';

const TOKEN = 'report-and-question-token-7c21';
const auth = { authorization: `Bearer ${TOKEN}` };
const at = '2026-11-22T20:00:00+08:00';

describe('a report with a question beside it', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ env: { ADMIN_TOKEN: TOKEN }, now: () => new Date('2026-11-22T12:30:00Z') });
  });
  afterAll(() => bot.close());

  it('records the figures, then answers the question', async () => {
    const res = await bot.post('/api/simulate', { userId: 'wecom:hexi_wang', text: '村委完成4个了 问一下一肩挑是什么意思？', at }, auth);
    expect(res.body.intent).toBe('report');
    expect(res.body.report).toMatchObject({ accepted: true, records: [{ township: '河西乡', figures: { committeeDone: 4 } }] });
    expect(res.body.replies).toHaveLength(2);
    expect(res.body.replies[0].text).toContain('✅ 已记录');
    expect(res.body.replies[1].text).toContain('一肩挑');
    expect(res.body.answer).toBeDefined();
  });

  it('leaves a message that only asks to the questions, and keeps a hedge with its message', async () => {
    const only = await bot.post('/api/simulate', { userId: 'wecom:hexi_wang', text: '村委会完成几个了？', at }, auth);
    expect(only.body.report).toBeUndefined();
    // "十几个" reads like a question word: nothing is split off and stored beside it.
    const hedge = await bot.post('/api/simulate', { userId: 'wecom:hexi_wang', text: '党组织完成十几个。问一下监委会几个人？', at }, auth);
    expect(hedge.body.report?.accepted ?? false).toBe(false);
  });

  // Once left to the questions, these were answered with some rule, and the liaison never learnt nothing was recorded.
  it.each([
    ['asks about its own figure', '河西乡今天又选完2个村委会，这样是不是累计8个了？', '这样是不是累计8个了'],
    ['asks in a heading over the figures', '河西乡报数咋样：党组织九个，村委会六个', '河西乡报数咋样'],
    ['tells the change in words the reader does not know', '河西乡剩下没选的村委会又少了2个', '河西乡剩下没选的村委会又少了2个'],
  ])('refuses a township\'s figures it cannot read, with how to write them, when the message %s', async (_, text, quoted) => {
    const res = await bot.post('/api/simulate', { userId: 'wecom:hexi_wang', text, at }, auth);
    expect(res.body.intent).toBe('report');
    expect(res.body.report).toMatchObject({ accepted: false });
    expect(res.body.replies[0].text).toContain(`“${quoted}`);
    expect(res.body.replies[0].text).toContain('没有读懂这条进度');
  });

  it('leaves a case told with a township\'s name and asked about to the policy answers', async () => {
    const res = await bot.post('/api/simulate', { userId: 'wecom:hexi_wang', text: '河西乡有个村党支部选了5个委员，这样合规吗？', at }, auth);
    expect(res.body.intent).toBe('question');
    expect(res.body.report).toBeUndefined();
  });
});
