// The bulletin picture in the real bot: the county file switches it on, the evening job posts it to both
// groups, and the bot itself serves DingTalk's copy without login while /api stays closed.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BulletinService } from '../../src/bulletins/service.js';
import { startTestBot, type TestBot } from '../helpers/bot.js';
import { COUNTY_YAML, localAt, seedWeek } from './fixtures.js';
import { DINGTALK_PATH, startWebhookServer, WECOM_PATH, type WebhookServer } from './webhook-server.js';

let server: WebhookServer;
let dataDir: string;
let bot: TestBot | undefined;

beforeEach(async () => {
  server = await startWebhookServer();
  dataDir = mkdtempSync(join(tmpdir(), 'hj-picture-bot-'));
});
afterEach(async () => {
  await bot?.close();
  bot = undefined;
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function start(bulletin: string): Promise<TestBot> {
  bot = await startTestBot({
    dataDir,
    countyYaml: `${COUNTY_YAML}bulletin: ${bulletin}\n`,
    now: () => localAt('2026-11-22', '20:30'),
    env: {
      ADMIN_TOKEN: 'admin-secret-123',
      DINGTALK_MODE: 'off',
      BULLETIN_FONT: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
      WECOM_WEBHOOK_URL: `${server.url}${WECOM_PATH}?key=k`,
      DINGTALK_WEBHOOK_URL: `${server.url}${DINGTALK_PATH}?access_token=t`,
    },
  });
  await seedWeek(bot.bot.store);
  return bot;
}

describe('the bulletin picture in the running bot', () => {
  it('is posted after the text by the evening job and served to DingTalk at the public URL, without login', async () => {
    const b = await start('{ image: true, publicUrl: "https://hjzs.example.gov.cn/bot" }');
    const result = await (b.bot.services.bulletins as BulletinService).runJob('bulletin', localAt('2026-11-22', '21:00'));
    expect(result.status).toBe('done');
    expect(server.accepted(WECOM_PATH).map((h) => h.body.msgtype)).toEqual(['markdown', 'image']);
    const link = /\]\((https:\/\/hjzs\.example\.gov\.cn\/bot)(\/bulletin-pictures\/[A-Za-z0-9_-]{24}\.png)\)$/.exec(server.accepted(DINGTALK_PATH)[1]!.body.markdown.text);
    expect(link).not.toBeNull();
    expect(readdirSync(join(dataDir, 'bulletin-pictures'))).toEqual([link![2]!.split('/').pop()]);

    const res = await fetch(`${b.url}${link![2]}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const png = Buffer.from(await res.arrayBuffer());
    expect(png.equals(Buffer.from(server.accepted(WECOM_PATH)[1]!.body.image.base64, 'base64'))).toBe(true);
    expect((await fetch(`${b.url}/bulletin-pictures/AAAAAAAAAAAAAAAAAAAAAAAA.png`)).status).toBe(404);
    expect((await b.get('/api/bulletins/deliveries')).status).toBe(401);
  });

  it('is not posted when the county file leaves it off', async () => {
    const b = await start('{}');
    await (b.bot.services.bulletins as BulletinService).runJob('bulletin', localAt('2026-11-22', '21:00'));
    expect(server.accepted(WECOM_PATH).map((h) => h.body.msgtype)).toEqual(['markdown']);
    expect(server.accepted(DINGTALK_PATH)).toHaveLength(1);
  });
});
