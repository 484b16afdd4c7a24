// Groups in the county file whose webhook variable is not set: 补发通报 and 预览通报 name the group and
// the variable it needs, instead of telling the admin to add groups that are already there.
import { afterEach, describe, expect, it } from 'vitest';
import type { BulletinService } from '../../src/bulletins/service.js';
import { startTestBot, type TestBot } from '../helpers/bot.js';
import { COUNTY_YAML, localAt, seedWeek } from './fixtures.js';
import { startWebhookServer, WECOM_PATH, type WebhookServer } from './webhook-server.js';

const WITH_LEADERS = COUNTY_YAML.replace(
  '  - { name: 钉钉工作群, platform: dingtalk }',
  '  - { name: 钉钉工作群, platform: dingtalk }\n  - { name: 县领导群, platform: wecom, webhook: leaders, reminder: false }\n  - { name: 提醒群, platform: wecom, webhook: remind, bulletin: false }',
);
const NO_GROUPS = COUNTY_YAML.replace(/groups:\n(  - .*\n)+/, '');

const now = localAt('2026-11-22', '20:30');
let bot: TestBot | undefined;
let server: WebhookServer | undefined;
afterEach(async () => {
  await bot?.close();
  await server?.close();
  bot = server = undefined;
});

async function start(countyYaml: string, env: Record<string, string> = {}): Promise<TestBot> {
  bot = await startTestBot({ countyYaml, now: () => now, env: { DINGTALK_MODE: 'off', ...env } });
  await seedWeek(bot.bot.store);
  return bot;
}
const say = (b: TestBot, text: string) => b.say('zzb_liu', text, { at: now.toISOString() });

describe('groups configured, webhooks not set', () => {
  it('补发通报 names each bulletin group and the variable it needs, and sends nothing', async () => {
    const b = await start(WITH_LEADERS);
    const text = (await say(b, '补发通报 11月21日')).replies[0].text;
    expect(text).toContain(
      '县配置文件里有3个接收通报的群，但没有设置机器人地址：县换届工作群 需要 WECOM_WEBHOOK_URL；钉钉工作群 需要 DINGTALK_WEBHOOK_URL；县领导群 需要 WECOM_WEBHOOK_URL_LEADERS。本次未发出。',
    );
    expect(text).not.toContain('添加群');
    expect(text).not.toContain('提醒群'); // it takes no bulletins
    expect(await (b.bot.services.bulletins as BulletinService).deliveries()).toEqual([]);
  });

  it('预览通报 says the scheduled bulletin will not go out, naming the variables', async () => {
    const b = await start(WITH_LEADERS);
    const head = (await say(b, '预览通报')).replies[0].text;
    expect(head).toContain('县配置文件里有3个接收通报的群，但没有设置机器人地址，定时通报不会发出：县换届工作群 需要 WECOM_WEBHOOK_URL；钉钉工作群 需要 DINGTALK_WEBHOOK_URL；县领导群 需要 WECOM_WEBHOOK_URL_LEADERS。');
    expect(head).not.toContain('添加群');
  });

  it('with some webhooks set, posts to those groups and names the ones left out', async () => {
    server = await startWebhookServer();
    const b = await start(WITH_LEADERS, { WECOM_WEBHOOK_URL: `${server.url}${WECOM_PATH}?key=k` });
    const text = (await say(b, '补发通报 11月21日')).replies[0].text;
    expect(text).toContain('· 县换届工作群：已送达1条');
    expect(text).toContain('· 钉钉工作群：没有设置机器人地址（需要 DINGTALK_WEBHOOK_URL），未发出');
    expect(text).toContain('· 县领导群：没有设置机器人地址（需要 WECOM_WEBHOOK_URL_LEADERS），未发出');
    expect(server.accepted(WECOM_PATH)).toHaveLength(1);
    const head = (await say(b, '预览通报')).replies[0].text;
    expect(head).toContain('每天21:00定时发送到：县换届工作群。');
    expect(head).toContain('以下群没有设置机器人地址，收不到通报：钉钉工作群 需要 DINGTALK_WEBHOOK_URL；县领导群 需要 WECOM_WEBHOOK_URL_LEADERS。');
  });

  it('POST /api/bulletins/daily?dryRun=1 renders every bulletin group, each saying which webhook it lacks', async () => {
    const b = await start(WITH_LEADERS);
    const dry = await b.post('/api/bulletins/daily?date=2026-11-22&dryRun=1', {});
    expect(dry.status).toBe(200);
    expect(dry.body.messages.map((m: { platform: string; target: string; missingWebhook?: string }) => [m.platform, m.target, m.missingWebhook])).toEqual([
      ['wecom', '县换届工作群', 'WECOM_WEBHOOK_URL'],
      ['dingtalk', '钉钉工作群', 'DINGTALK_WEBHOOK_URL'],
      ['wecom', '县领导群', 'WECOM_WEBHOOK_URL_LEADERS'],
    ]);
    const service = b.bot.services.bulletins as BulletinService;
    expect(dry.body.messages[0].text).toBe(await service.text('2026-11-22', 'wecom'));
    expect(dry.body.messages[1].text).toBe(await service.text('2026-11-22', 'dingtalk'));
    expect(dry.body.missing.map((m: { variable: string }) => m.variable)).toEqual(['WECOM_WEBHOOK_URL', 'DINGTALK_WEBHOOK_URL', 'WECOM_WEBHOOK_URL_LEADERS']);
  });

  it('a dry run with some webhooks set marks only the groups still without one', async () => {
    server = await startWebhookServer();
    const b = await start(WITH_LEADERS, { WECOM_WEBHOOK_URL: `${server.url}${WECOM_PATH}?key=k` });
    const dry = await b.post('/api/bulletins/daily?date=2026-11-22&dryRun=1', {});
    expect(dry.body.messages.map((m: { target: string; missingWebhook?: string }) => [m.target, m.missingWebhook ?? null])).toEqual([
      ['县换届工作群', null],
      ['钉钉工作群', 'DINGTALK_WEBHOOK_URL'],
      ['县领导群', 'WECOM_WEBHOOK_URL_LEADERS'],
    ]);
    expect(server.hits).toHaveLength(0);
  });

  it('a county file with no groups at all still says to add groups', async () => {
    const b = await start(NO_GROUPS);
    expect((await say(b, '补发通报 11月21日')).replies[0].text).toContain('目前没有配置接收通报的群，无法补发。请在县配置文件的 groups 中添加群');
    expect((await say(b, '预览通报')).replies[0].text).toContain('目前没有配置接收通报的群，定时通报不会发出');
  });
});
