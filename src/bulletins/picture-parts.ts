// The bulletin picture as one more part of the evening bulletin, after its text: WeCom groups get the PNG
// itself (group robot `image`), DingTalk groups a markdown image whose URL the bot serves. It goes through
// the same delivery as the text parts (queue per robot, retries, job claims), so it is posted once. A picture
// that cannot be drawn or kept never holds back the text: the bulletin then goes as text alone.
import Mustache from 'mustache';
import type { County } from '../county.js';
import type { OutboundMessage } from '../platforms/types.js';
import type { Templates } from '../templates.js';
import type { BulletinData } from './compose.js';
import { messageOf, type DeliverLog, type Outgoing } from './deliver.js';
import type { RenderedPicture } from './picture.js';
import { pictureUrl, type PictureStore } from './picture-store.js';
import { bulletinTitle, dateParts } from './render.js';

export interface PictureParts {
  /** Each target's parts, with the picture added last where the county file asks for it. */
  attach(data: BulletinData, outgoing: Outgoing[]): Promise<Outgoing[]>;
}

export interface PicturePartsDeps {
  settings: County['bulletin'];
  picture: { render(data: BulletinData): Promise<RenderedPicture | null> };
  store: PictureStore;
  templates: Templates;
  log: DeliverLog;
}

export class BulletinPictureParts implements PictureParts {
  private toldNoUrl = false;

  constructor(private readonly deps: PicturePartsDeps) {}

  async attach(data: BulletinData, outgoing: Outgoing[]): Promise<Outgoing[]> {
    const { settings, log } = this.deps;
    if (!settings.image) return outgoing;
    const dingtalk = outgoing.some((o) => o.target.platform === 'dingtalk');
    if (dingtalk && !settings.publicUrl && !this.toldNoUrl) {
      this.toldNoUrl = true;
      log.warn({}, 'bulletin picture: the county file has no bulletin.publicUrl, so DingTalk groups get the text only (DingTalk shows a picture by fetching it from the bot)');
    }
    const wecom = outgoing.some((o) => o.target.platform === 'wecom');
    if (!wecom && !(dingtalk && settings.publicUrl)) return outgoing;
    let picture: RenderedPicture | null;
    try {
      picture = await this.deps.picture.render(data);
    } catch (err) {
      log.error({ date: data.date, err: messageOf(err) }, 'bulletin picture could not be drawn; the text goes alone');
      return outgoing;
    }
    if (!picture) return outgoing;
    const alt = this.say('alt', { county: data.county, ...dateParts(data.date) });
    const parts: Partial<Record<'wecom' | 'dingtalk', OutboundMessage>> = {};
    if (wecom) parts.wecom = { text: alt, image: picture.png };
    if (dingtalk && settings.publicUrl) {
      try {
        const url = pictureUrl(settings.publicUrl, await this.deps.store.save(picture.png));
        const text = this.deps.templates.render('bulletin-picture-link', { alt, url }, 'dingtalk');
        parts.dingtalk = { text, format: 'markdown', title: bulletinTitle(this.deps.templates, data, 'dingtalk') };
      } catch (err) {
        log.error({ date: data.date, err: messageOf(err) }, 'bulletin picture could not be kept for DingTalk; DingTalk groups get the text only');
      }
    }
    return outgoing.map((o) => {
      const extra = parts[o.target.platform];
      return extra ? { ...o, parts: [...o.parts, extra] } : o;
    });
  }

  private say(key: string, view: object): string {
    return Mustache.render(this.deps.templates.strings('bulletin-picture')[key] ?? '', view, undefined, { escape: (s: string) => s });
  }
}
