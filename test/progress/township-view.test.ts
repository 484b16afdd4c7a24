// 进度 for one township: the header agrees with the rows when a report states its own due count.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/bot.js';

const COUNTY = `
county: 小县
timezone: Asia/Shanghai
townships:
  - { name: 甲镇, due: 10, liaisons: [wecom:jia] }
admins: [wecom:boss]
`;

let bot: TestBot;
const at = (hm: string) => ({ at: `2026-11-22T${hm}:00+08:00` });
beforeAll(async () => {
  bot = await startTestBot({ countyYaml: COUNTY, now: () => new Date('2026-11-22T12:00:00Z') });
});
afterAll(() => bot.close());

it('heads the view with the due count the figures are measured against', async () => {
  await bot.say('jia', '甲镇村委会6/12', at('19:00'));
  const view = (await bot.say('boss', '甲镇进度', at('19:05'))).replies.map((r: { text: string }) => r.text).join('\n');
  expect(view).toContain('甲镇（应换届12个）');
  expect(view).toContain('6/12个');
});
