// The bulletin picture as a PNG, drawn with resvg on the server (no browser). resvg needs a font that has
// Chinese glyphs: the configured file (BULLETIN_FONT, default Debian's fonts-wqy-microhei), else the system
// fonts. A font is accepted only when two different characters come out different, so a font without
// them (every character the same empty box) or no font at all is caught before a picture is posted.
import { existsSync } from 'node:fs';
import { renderAsync, Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import type { Templates } from '../templates.js';
import type { BulletinData } from './compose.js';
import type { DeliverLog } from './deliver.js';
import { bulletinSvg, PICTURE_ROWS } from './picture-svg.js';

export const DEFAULT_FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';

type FontOptions = NonNullable<ResvgRenderOptions['font']>;

export interface FontChoice {
  /** Shown in the log: the file, or "system fonts". */
  source: string;
  font: FontOptions;
}

export interface PictureOptions {
  /** BULLETIN_FONT; unset: DEFAULT_FONT. */
  font?: string;
  /** Try the system fonts when the file is missing or has no Chinese glyphs (default true). */
  systemFonts?: boolean;
  rows?: number;
}

const options = (font: FontOptions): ResvgRenderOptions => ({ font, fitTo: { mode: 'original' }, background: '#ffffff' });

function draw(svg: string, font: FontOptions) {
  return new Resvg(svg, options(font)).render();
}

/** True when the font draws 乡 and 镇 as two different, non-empty glyphs. */
export function hasChinese(font: FontOptions): boolean {
  const probe = (ch: string) =>
    Buffer.from(draw(`<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48"><text x="4" y="38" font-size="36" font-family="sans-serif">${ch}</text></svg>`, font).pixels);
  const [a, b, none] = [probe('乡'), probe('镇'), probe('')];
  return !a.equals(b) && !a.equals(none) && !b.equals(none);
}

/** The first font that draws Chinese, or null. */
export function findFont(opts: PictureOptions = {}, exists: (path: string) => boolean = existsSync): FontChoice | null {
  const file = opts.font ?? DEFAULT_FONT;
  const choices: FontChoice[] = [
    ...(exists(file) ? [{ source: file, font: { fontFiles: [file], loadSystemFonts: false, defaultFontFamily: 'sans-serif' } }] : []),
    ...(opts.systemFonts === false ? [] : [{ source: 'system fonts', font: { loadSystemFonts: true } }]),
  ];
  return choices.find((c) => hasChinese(c.font)) ?? null;
}

export interface RenderedPicture {
  png: Buffer;
  width: number;
  height: number;
}

/** Draws bulletin pictures; looks for a font once, and says once when there is none. */
export class BulletinPicture {
  private font: FontChoice | null | undefined;

  constructor(
    private readonly templates: Templates,
    private readonly log: Pick<DeliverLog, 'info' | 'warn'>,
    private readonly opts: PictureOptions = {},
  ) {}

  /** The font in use; null (warned once) when none draws Chinese. */
  fontChoice(): FontChoice | null {
    if (this.font === undefined) {
      this.font = findFont(this.opts);
      if (this.font) this.log.info({ font: this.font.source }, 'bulletin picture font');
      else
        this.log.warn(
          { font: this.opts.font ?? DEFAULT_FONT },
          'no font with Chinese characters for the bulletin picture: only the text bulletin is posted. Install fonts-wqy-microhei or set BULLETIN_FONT to a .ttf/.ttc/.otf with Chinese',
        );
    }
    return this.font;
  }

  svg(data: BulletinData): string {
    return bulletinSvg(this.templates, data, this.opts.rows ?? PICTURE_ROWS);
  }

  /**
   * The PNG, or null when no font draws Chinese (never a picture of empty boxes). Laying out Chinese text
   * takes resvg most of a second, so it runs off the event loop (renderAsync) and callbacks keep flowing.
   */
  async render(data: BulletinData): Promise<RenderedPicture | null> {
    const font = this.fontChoice();
    if (!font) return null;
    const image = await renderAsync(this.svg(data), options(font.font));
    return { png: image.asPng(), width: image.width, height: image.height };
  }
}
