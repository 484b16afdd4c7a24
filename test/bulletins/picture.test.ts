// The bulletin picture: the SVG carries every township and figure of a hand-computed day, in rank order;
// the PNG is a real, non-blank PNG of the SVG's size; no font with Chinese means no picture, said once.
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { composeDaily, type BulletinData } from '../../src/bulletins/compose.js';
import { BulletinPicture, DEFAULT_FONT, findFont, hasChinese } from '../../src/bulletins/picture.js';
import { bulletinSvg, PICTURE_ROWS, PICTURE_WIDTH } from '../../src/bulletins/picture-svg.js';
import { parseCounty } from '../../src/county.js';
import { webhookBodies, WEBHOOK_IMAGE_BYTES } from '../../src/platforms/wecom/encode.js';
import type { Figures, ProgressRecord } from '../../src/store/types.js';
import { Templates } from '../../src/templates.js';
import { localAt } from './fixtures.js';

const templates = new Templates(join(import.meta.dirname, '../../templates/messages'));
const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const DATE = '2026-11-22';

const rec = (township: string, date: string, [partyDone, committeeDone, supervisionDone, oneShoulder]: number[], at = '18:00'): ProgressRecord => {
  const figures: Figures = { partyDone: partyDone!, committeeDone: committeeDone!, supervisionDone: supervisionDone!, oneShoulder: oneShoulder! };
  return { township, date, figures, firstReportedAt: localAt(date, at), updatedAt: localAt(date, at), updatedBy: 'x' };
};

/**
 * 东镇 (due 10) 4/3/1 → 6/5/2: 60%, 50%, 20%, score .4×60+.4×50+.2×20 = 48, today +2 +2 +1.
 * 西乡 (due 8) reports for the first time 4/2/0: 50%, 25%, 0%, score 20+10+0 = 30, no 今日.
 * 南镇 (due 5) 5/5/4 → 5/5/5: all 100%, score 100, 已全部完成, today +1 in 监委会 only.
 * 北乡 (due 4) is silent: 未报送, its 1/1/0 of 11-20 counts in the totals.
 * Totals over due 27: 党组织 6+4+5+1 = 16 → 59.3%, 村委会 5+2+5+1 = 13 → 48.1%, 监委会 2+0+5+0 = 7 → 25.9%.
 */
function smallDay(): BulletinData {
  return composeDaily({
    county: '青山县',
    date: DATE,
    townships: [
      { name: '东镇', due: 10 },
      { name: '西乡', due: 8 },
      { name: '南镇', due: 5 },
      { name: '北乡', due: 4 },
    ],
    weights: { partyDone: 0.4, committeeDone: 0.4, supervisionDone: 0.2 },
    today: [rec('东镇', DATE, [6, 5, 2, 3]), rec('西乡', DATE, [4, 2, 0, 1]), rec('南镇', DATE, [5, 5, 5, 4])],
    yesterday: [rec('东镇', '2026-11-21', [4, 3, 1, 2])],
    before: [rec('东镇', '2026-11-21', [4, 3, 1, 2]), rec('南镇', '2026-11-20', [5, 5, 4, 4]), rec('北乡', '2026-11-20', [1, 1, 0, 0])],
    deadline: localAt(DATE, '20:00'),
  });
}

function manyDay(n: number): BulletinData {
  const townships = Array.from({ length: n }, (_, i) => ({ name: `第${i + 1}镇`, due: 10 }));
  return composeDaily({
    county: '大河县',
    date: DATE,
    townships,
    weights: { partyDone: 0.4, committeeDone: 0.4, supervisionDone: 0.2 },
    today: townships.map((t, i) => rec(t.name, DATE, [10 - (i % 10), 9 - (i % 9), i % 5, 1])),
    yesterday: [],
    before: [],
  });
}

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
const sizeOf = (svg: string) => ({ width: Number(/width="(\d+)"/.exec(svg)![1]), height: Number(/height="(\d+)"/.exec(svg)![1]) });

/** The PNG's own header: signature, then IHDR's width and height. */
function pngHeader(png: Buffer) {
  return { signature: png.subarray(0, 8).toString('hex'), chunk: png.subarray(12, 16).toString('latin1'), width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Decode the PNG (resvg reads it as an embedded image) and measure how much its grey levels vary. */
function greyStats(png: Buffer, width: number, height: number) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}"><image width="${width}" height="${height}" xlink:href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  const px = new Resvg(svg).render().pixels;
  let sum = 0;
  let sq = 0;
  let ink = 0;
  const n = px.length / 4;
  for (let i = 0; i < px.length; i += 4) {
    const g = (px[i]! + px[i + 1]! + px[i + 2]!) / 3;
    sum += g;
    sq += g * g;
    if (g < 200) ink++;
  }
  const mean = sum / n;
  return { variance: sq / n - mean * mean, ink: ink / n };
}

const quiet = { info: () => undefined, warn: () => undefined };

describe('the picture as SVG', () => {
  const svg = bulletinSvg(templates, smallDay());
  const words = texts(svg);
  const row = (rank: string, name: string) => {
    const i = words.findIndex((w, k) => w === rank && words[k + 1] === name);
    expect(i, `${rank} ${name}`).toBeGreaterThan(-1);
    return words.slice(i, i + 12);
  };

  it('has the title, date and county, and the county totals', () => {
    expect(words).toContain('青山县换届工作日通报（11月22日）');
    const summary = words.find((w) => w.startsWith('已报送'))!;
    expect(summary).toContain('已报送 3/4 个');
    expect(summary).toContain('应换届 27 个');
    for (const pct of ['党组织 59.3%', '村委会 48.1%', '监委会 25.9%']) expect(summary).toContain(pct);
  });

  it('draws every township in rank order with its score, three rates and 今日', () => {
    expect(row('1', '南镇')).toEqual(['1', '南镇', '已全部完成', '100', '100%', '100%', '100%', '+1', expect.anything(), expect.anything(), expect.anything(), expect.anything()]);
    expect(row('2', '东镇').slice(0, 9)).toEqual(['2', '东镇', '48', '60%', '+2', '50%', '+2', '20%', '+1']);
    expect(row('3', '西乡').slice(0, 7)).toEqual(['3', '西乡', '首次报送', '30', '50%', '25%', '0%']);
    expect(words.indexOf('南镇')).toBeLessThan(words.indexOf('东镇'));
    expect(words).toContain('未报送 1 个：北乡');
    expect(words.some((w) => w.includes('党组织40%＋村委会40%＋监委会20%'))).toBe(true);
  });

  it('bars are as long as the rates: 60% of the track for 东镇 党组织, none for 0%', () => {
    const bars = [...svg.matchAll(/<rect x="(\d+)" y="\d+" width="([\d.]+)" height="14" rx="3" fill="(#[0-9a-f]+)"/g)].map((m) => ({ x: +m[1]!, w: +m[2]!, fill: m[3]! }));
    const track = bars.find((b) => b.fill === '#e5e7eb')!.w;
    const coloured = bars.filter((b) => b.fill !== '#e5e7eb').map((b) => b.w / track);
    // 南镇 1,1,1; 东镇 .6,.5,.2; 西乡 .5,.25 and nothing for 0%.
    expect(coloured.map((r) => Math.round(r * 100))).toEqual([100, 100, 100, 60, 50, 20, 50, 25]);
  });

  it('escapes names, and shows at most the first 30 townships with the rest counted', () => {
    const day = manyDay(35);
    const big = bulletinSvg(templates, day);
    const shown = texts(big).filter((w) => /^第\d+镇$/.test(w));
    expect(shown).toEqual(day.ranked.slice(0, PICTURE_ROWS).map((r) => r.name));
    expect(texts(big)).toContain('另有 5 个乡镇（街道）排名在后，见文字通报');
    expect(sizeOf(big).height).toBeGreaterThan(sizeOf(svg).height);
    const odd = smallDay();
    odd.ranked[0] = { ...odd.ranked[0]!, name: 'A&B<镇>' };
    expect(bulletinSvg(templates, odd)).toContain('A&#38;B&#60;镇&#62;');
  });

  it('says so when nobody reported', () => {
    const empty = composeDaily({ county: '青山县', date: DATE, townships: [{ name: '东镇', due: 10 }], weights: { partyDone: 0.4, committeeDone: 0.4, supervisionDone: 0.2 }, today: [], yesterday: [], before: [] });
    expect(texts(bulletinSvg(templates, empty))).toContain('今日尚无乡镇（街道）报送，不排名。');
  });
});

describe('the picture as PNG', () => {
  it('is a valid PNG of the SVG size, with ink on it', async () => {
    const picture = new BulletinPicture(templates, quiet);
    const day = smallDay();
    const out = (await picture.render(day))!;
    const header = pngHeader(out.png);
    expect(header).toEqual({ signature: '89504e470d0a1a0a', chunk: 'IHDR', ...sizeOf(picture.svg(day)) });
    expect(header.width).toBe(PICTURE_WIDTH);
    expect([out.width, out.height]).toEqual([header.width, header.height]);
    const stats = greyStats(out.png, out.width, out.height);
    expect(stats.variance).toBeGreaterThan(200);
    expect(stats.ink).toBeGreaterThan(0.02);
    expect(out.png.length).toBeLessThan(WEBHOOK_IMAGE_BYTES);
  });

  it('a blank page has no variance (the measure can fail)', () => {
    const blank = new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="#fff"/></svg>`).render();
    expect(greyStats(blank.asPng(), 40, 40)).toEqual({ variance: 0, ink: 0 });
  });
});

describe('fonts', () => {
  it('accepts a font with Chinese, refuses one that draws boxes, and one that draws nothing', () => {
    expect(hasChinese({ fontFiles: [DEFAULT_FONT], loadSystemFonts: false })).toBe(true);
    expect(hasChinese({ fontFiles: [DEJAVU], loadSystemFonts: false })).toBe(false);
    expect(hasChinese({ loadSystemFonts: false })).toBe(false);
  });

  it('takes BULLETIN_FONT, else the default file, then the system fonts', () => {
    expect(findFont({ font: DEFAULT_FONT, systemFonts: false })?.source).toBe(DEFAULT_FONT);
    expect(findFont({}, () => true)?.source).toBe(DEFAULT_FONT);
    expect(findFont({ font: '/nowhere/font.ttf' })?.source).toBe('system fonts');
    expect(findFont({ font: DEJAVU, systemFonts: false })).toBeNull();
  });

  it('without a Chinese font there is no picture, and one warning however often it is asked', async () => {
    const warnings: string[] = [];
    const picture = new BulletinPicture(templates, { info: () => undefined, warn: (_o, m) => warnings.push(m ?? '') }, { font: DEJAVU, systemFonts: false });
    expect(await picture.render(smallDay())).toBeNull();
    expect(await picture.render(smallDay())).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/only the text bulletin is posted.*BULLETIN_FONT/);
  });
});

describe('WeCom group robot picture body', () => {
  it('is the PNG in base64 with the md5 of its bytes, and refuses one over 2 MB', () => {
    // md5("abc") is RFC 1321's own test vector.
    expect(webhookBodies({ text: '图', image: Buffer.from('abc') })).toEqual([{ msgtype: 'image', image: { base64: 'YWJj', md5: '900150983cd24fb0d6963f7d28e17f72' } }]);
    expect(() => webhookBodies({ text: '图', image: Buffer.alloc(WEBHOOK_IMAGE_BYTES + 1) })).toThrow(RangeError);
  });
});

describe('county file', () => {
  const base = 'county: 青山县\ntownships:\n  - { name: 东镇, due: 10 }\n';
  it('has the picture off by default, and takes an http(s) publicUrl only', () => {
    expect(parseCounty(base).bulletin).toEqual({ image: false });
    expect(parseCounty(`${base}bulletin: { image: true, publicUrl: "https://hjzs.example.gov.cn/bot" }\n`).bulletin).toEqual({ image: true, publicUrl: 'https://hjzs.example.gov.cn/bot' });
    expect(() => parseCounty(`${base}bulletin: { image: true, publicUrl: "ftp://x.example" }\n`)).toThrow(/bulletin\.publicUrl/);
    expect(() => parseCounty(`${base}bulletin: { image: yes please }\n`)).toThrow(/bulletin\.image/);
    expect(() => parseCounty(`${base}bulletin: { picture: true }\n`)).toThrow(/unknown key/);
  });
});
