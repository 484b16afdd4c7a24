// The bulletin picture through the real WeCom and DingTalk senders to the local webhook stand-ins: one
// more part after the text, posted once by the same delivery (claims, retries, parts already delivered
// skipped), and DingTalk's picture served by the bot at its unguessable URL.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Router from '@koa/router';
import Koa from 'koa';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BulletinPicture } from '../../src/bulletins/picture.js';
import { BulletinPictureParts } from '../../src/bulletins/picture-parts.js';
import { FilePictureStore } from '../../src/bulletins/picture-store.js';
import { BulletinService, type BulletinTarget } from '../../src/bulletins/service.js';
import { parseCounty, type County } from '../../src/county.js';
import { bulletinPictureRoute } from '../../src/http/bulletin-pictures.js';
import { errorFunnel } from '../../src/http/errors.js';
import type { Logger } from '../../src/log.js';
import { createDingtalk } from '../../src/platforms/dingtalk/platform.js';
import type { PlatformModule } from '../../src/platforms/types.js';
import { createWecomPlatform } from '../../src/platforms/wecom/platform.js';
import { Templates } from '../../src/templates.js';
import { COUNTY_YAML, localAt, seedWeek, tempStore, type TempStore } from './fixtures.js';
import { contentOf, DINGTALK_PATH, startWebhookServer, WECOM_PATH, type WebhookServer } from './webhook-server.js';

const templates = new Templates(join(import.meta.dirname, '../../templates/messages'));
const DATE = '2026-11-22';
const AT = localAt(DATE, '21:00');
const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

interface LogLine {
  level: string;
  msg: string;
}

let server: WebhookServer;
let db: TempStore;
let lines: LogLine[];
let platforms: PlatformModule[];
let pictures: FilePictureStore;
let pictureDir: string;
let bot: Server;
let botUrl: string;

const log = Object.fromEntries(
  ['debug', 'info', 'warn', 'error'].map((level) => [level, (obj: object | string, msg?: string) => lines.push({ level, msg: msg ?? String(obj) })]),
) as unknown as Logger;

const targets = (): BulletinTarget[] => [
  { name: '县换届工作群', platform: 'wecom', url: `${server.url}${WECOM_PATH}?key=k1`, bulletin: true, reminder: true },
  { name: '钉钉工作群', platform: 'dingtalk', url: `${server.url}${DINGTALK_PATH}?access_token=tok`, secret: 'SECtest', bulletin: true, reminder: true },
];

function service(bulletinYaml: string | null, font: { font?: string; systemFonts?: boolean } = {}): BulletinService {
  const county: County = parseCounty(`${COUNTY_YAML}${bulletinYaml ? `bulletin: ${bulletinYaml}\n` : ''}`);
  const picture = new BulletinPictureParts({ settings: county.bulletin, picture: new BulletinPicture(templates, log, font), store: pictures, templates, log });
  return new BulletinService({ store: db.store, county, templates, log, owner: 'test', platforms: () => platforms, targets: targets(), now: () => AT, retry: { attempts: 2, baseMs: 1, maxMs: 5 }, picture });
}

const wecomImages = () => server.accepted(WECOM_PATH).filter((h) => h.body.msgtype === 'image');
const wecomTexts = () => server.accepted(WECOM_PATH).filter((h) => h.body.msgtype !== 'image');
const pictureLink = (text: string) => /^!\[(.+)\]\((http:\/\/[^)]+)\)$/.exec(text);

beforeEach(async () => {
  server = await startWebhookServer();
  db = tempStore();
  lines = [];
  pictureDir = mkdtempSync(join(tmpdir(), 'hj-pictures-'));
  pictures = new FilePictureStore(join(pictureDir, 'bulletin-pictures'));
  const app = new Koa();
  const router = new Router();
  bulletinPictureRoute(pictures)(router);
  app.use(errorFunnel(log)).use(router.routes());
  bot = app.listen(0, '127.0.0.1');
  await new Promise<void>((ok) => bot.once('listening', () => ok()));
  botUrl = `http://127.0.0.1:${(bot.address() as AddressInfo).port}`;
  const handle = async () => [];
  platforms = [
    createWecomPlatform({ store: db.store, handle, log, botName: '换届助手', apiBase: server.url, instanceId: 'test', timing: { webhookSpacingMs: 0, webhookRateLimitWaitMs: 5 } }),
    createDingtalk({ mode: 'off', apiBase: server.url, openApiBase: server.url, store: db.store, handle, log, now: () => new Date(), robot: { spacingMs: 0 } }),
  ];
  await seedWeek(db.store);
});

afterEach(async () => {
  await db.close();
  await server.close();
  await new Promise<void>((ok) => bot.close(() => ok()));
  rmSync(pictureDir, { recursive: true, force: true });
});

describe('the bulletin picture in the bulletin run', () => {
  it('comes after the text on both platforms, once, and DingTalk fetches the same PNG from the bot', async () => {
    // A trailing slash in publicUrl is not doubled in the picture's URL.
    const svc = service(`{ image: true, publicUrl: "${botUrl}/" }`);
    const text = (await svc.preview(DATE, 'wecom')).map((p) => p.text);
    expect((await svc.runJob('bulletin', AT)).status).toBe('done');

    // WeCom: the text parts, then the picture as msgtype image with base64 and the md5 of the bytes.
    expect(server.accepted(WECOM_PATH).map((h) => h.body.msgtype)).toEqual([...text.map(() => 'markdown'), 'image']);
    expect(wecomTexts().map((h) => contentOf(h.body))).toEqual(text);
    const image = wecomImages()[0]!.body.image as { base64: string; md5: string };
    const png = Buffer.from(image.base64, 'base64');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(image.md5).toBe(createHash('md5').update(png).digest('hex'));

    // DingTalk: the text, then a markdown message that is only the picture, with the bulletin's title.
    const ding = server.accepted(DINGTALK_PATH);
    expect(ding).toHaveLength(2);
    expect(ding[1]!.body.markdown.title).toBe('青山县换届工作日通报（11月22日）');
    const link = pictureLink(ding[1]!.body.markdown.text)!;
    expect(link[1]).toBe('青山县日通报排名图（11月22日）');
    expect(link[2]).toMatch(new RegExp(`^${botUrl}/bulletin-pictures/[A-Za-z0-9_-]{24}\\.png$`));
    const served = await fetch(link[2]!);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);

    // Recorded as one more part per group; a second run of the same evening posts nothing.
    const recorded = await db.store.listDeliveries({ job: 'bulletin', key: DATE });
    expect(recorded.filter((d) => d.platform === 'wecom').map((d) => d.part)).toEqual([...text.keys()].map((i) => i + 1).concat(text.length + 1));
    expect(recorded.filter((d) => d.platform === 'dingtalk').map((d) => d.part)).toEqual([1, 2]);
    const hits = server.hits.length;
    expect((await svc.runJob('bulletin', AT)).status).toBe('not-claimed');
    expect(server.hits).toHaveLength(hits);
  });

  it('serves a 404 for a token it never made, and for anything that is not one', async () => {
    for (const path of ['AAAAAAAAAAAAAAAAAAAAAAAA.png', 'x.png', '..%2F..%2Fetc%2Fpasswd.png', 'AAAAAAAAAAAAAAAAAAAAAAAA']) {
      expect((await fetch(`${botUrl}/bulletin-pictures/${path}`)).status, path).toBe(404);
    }
  });

  it('a picture part that failed is posted by the next run of the claim; the text is not posted again', async () => {
    const svc = service(`{ image: true, publicUrl: "${botUrl}" }`);
    expect(await svc.preview(DATE, 'wecom')).toHaveLength(1);
    server.script(WECOM_PATH, [0, 40008]);
    const first = await svc.runJob('bulletin', AT);
    expect(first.status).toBe('failed');
    expect(first.detail).toMatch(/wecom:县换届工作群 1\/2/);
    expect(wecomImages()).toHaveLength(0);

    expect((await svc.runJob('bulletin', AT)).status).toBe('done');
    expect(wecomTexts()).toHaveLength(1);
    expect(wecomImages()).toHaveLength(1);
    expect(server.accepted(DINGTALK_PATH)).toHaveLength(2);
  });

  it('without publicUrl DingTalk gets the text only, and the log says why once', async () => {
    const svc = service('{ image: true }');
    await svc.send(DATE, 'test');
    await svc.send(DATE, 'test');
    expect(server.accepted(DINGTALK_PATH).map((h) => h.body.markdown.text).filter((t: string) => pictureLink(t))).toEqual([]);
    expect(server.accepted(DINGTALK_PATH)).toHaveLength(2);
    expect(wecomImages()).toHaveLength(2);
    expect(lines.filter((l) => l.level === 'warn' && /publicUrl/.test(l.msg))).toHaveLength(1);
  });

  it('is off unless the county file asks for it', async () => {
    await service(null).runJob('bulletin', AT);
    expect(wecomImages()).toHaveLength(0);
    expect(server.accepted(DINGTALK_PATH)).toHaveLength(1);
    expect(server.accepted(DINGTALK_PATH).some((h) => pictureLink(h.body.markdown.text))).toBe(false);
  });

  it('with no font that has Chinese, both groups get the text only and the log warns once', async () => {
    const svc = service(`{ image: true, publicUrl: "${botUrl}" }`, { font: DEJAVU, systemFonts: false });
    await svc.send(DATE, 'test');
    await svc.send(DATE, 'test');
    expect(wecomImages()).toHaveLength(0);
    expect(server.accepted(DINGTALK_PATH)).toHaveLength(2);
    expect(server.accepted(DINGTALK_PATH).some((h) => pictureLink(h.body.markdown.text))).toBe(false);
    expect(lines.filter((l) => l.level === 'warn' && /only the text bulletin/.test(l.msg))).toHaveLength(1);
  });
});
