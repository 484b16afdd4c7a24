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
});
