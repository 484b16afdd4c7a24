// The bulletin picture as SVG: the ranking the text bulletin shows, drawn for a phone screen. Every figure
// is the text bulletin's own display string (bulletinView), so the picture and the text never disagree;
// every word comes from templates/messages/bulletin-picture.yaml. Pure: resvg turns it into a PNG.
import Mustache from 'mustache';
import type { Templates } from '../templates.js';
import type { BulletinData } from './compose.js';
import { bulletinTitle, bulletinView } from './render.js';

/** The picture shows at most this many townships; the rest are counted, and read in the text. */
export const PICTURE_ROWS = 30;
export const PICTURE_WIDTH = 1080;

const PAD = 40;
const HEAD = 176;
const ROW = 48;
const BAR = 110;
const COLS = { rank: 64, name: 104, score: 372, bars: 410, barStep: 215 } as const;
const COLOURS = { party: '#c0392b', committee: '#2e86c1', supervision: '#d4a017' } as const;
const INDICATORS = ['party', 'committee', 'supervision'] as const;
/** Names longer than this are cut with an ellipsis so a row never runs into the score. */
const NAME_CHARS = 9;

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const cut = (s: string, n: number) => (Array.from(s).length > n ? `${Array.from(s).slice(0, n - 1).join('')}…` : s);

function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${x}" y="${y}"${attrs ? ` ${attrs}` : ''}>${esc(content)}</text>`;
}

/** Height of a picture with this many drawn rows and footer lines. */
export function pictureHeight(rows: number, footerLines: number): number {
  return HEAD + Math.max(rows, 1) * ROW + 24 + footerLines * 34 + PAD;
}

export function bulletinSvg(templates: Templates, data: BulletinData, maxRows = PICTURE_ROWS): string {
  const strings = templates.strings('bulletin-picture');
  const say = (key: string, view: object = {}) => Mustache.render(strings[key] ?? '', view, undefined, { escape: (s: string) => s });
  const view = bulletinView(data, { labels: templates.strings('bulletin') });
  const h = view.headline;
  const rows = view.rows.slice(0, maxRows);
  const ranked = data.ranked.slice(0, maxRows);
  const footer: string[] = [];
  if (view.rows.length > rows.length) footer.push(say('more', { count: view.rows.length - rows.length }));
  footer.push(view.missingCount ? say('missing', { count: view.missingCount, names: cut(view.missing.map((m) => m.name).join('、'), 40) }) : say('missingNone'));
  footer.push(say('legend', view.weights));
  const height = pictureHeight(rows.length, footer.length);

  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${PICTURE_WIDTH}" height="${height}" viewBox="0 0 ${PICTURE_WIDTH} ${height}" font-family="sans-serif">`);
  out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  out.push(`<rect width="100%" height="8" fill="#b71c1c"/>`);
  out.push(text(PAD, 66, bulletinTitle(templates, data), 'font-size="34" font-weight="bold" fill="#1f2937"'));
  const summary = say('summary', {
    reported: h.reported,
    townships: h.townships,
    due: h.due,
    party: h.party.shown,
    committee: h.committee.shown,
    supervision: h.supervision.shown,
  });
  out.push(text(PAD, 108, summary, 'font-size="21" fill="#4b5563"'));

  const headY = HEAD - 22;
  const head = 'font-size="20" font-weight="bold" fill="#374151"';
  out.push(text(COLS.rank, headY, say('rank'), `${head} text-anchor="middle"`));
  out.push(text(COLS.name, headY, say('name'), head));
  out.push(text(COLS.score, headY, say('score'), `${head} text-anchor="end"`));
  INDICATORS.forEach((k, i) => {
    const x = COLS.bars + i * COLS.barStep;
    out.push(`<rect x="${x}" y="${headY - 15}" width="16" height="16" fill="${COLOURS[k]}"/>`);
    out.push(text(x + 24, headY, say(k), head));
  });
  out.push(`<line x1="${PAD}" y1="${HEAD - 8}" x2="${PICTURE_WIDTH - PAD}" y2="${HEAD - 8}" stroke="#9ca3af" stroke-width="1.5"/>`);

  if (!rows.length) out.push(text(PAD, HEAD + 32, say('noRows'), 'font-size="22" fill="#6b7280"'));
  rows.forEach((r, i) => {
    const top = HEAD + i * ROW;
    const base = top + 32;
    if (i % 2 === 1) out.push(`<rect x="${PAD}" y="${top}" width="${PICTURE_WIDTH - 2 * PAD}" height="${ROW}" fill="#f3f4f6"/>`);
    out.push(text(COLS.rank, base, String(r.rank), 'font-size="22" font-weight="bold" fill="#1f2937" text-anchor="middle"'));
    const mark = r.finished ? say('finished') : r.firstEver ? say('firstEver') : r.late ? say('late') : '';
    out.push(text(COLS.name, base - (mark ? 6 : 0), cut(r.name, NAME_CHARS), 'font-size="22" fill="#111827"'));
    if (mark) out.push(text(COLS.name, base + 13, mark, 'font-size="13" fill="#6b7280"'));
    out.push(text(COLS.score, base, String(r.score), 'font-size="22" font-weight="bold" fill="#111827" text-anchor="end"'));
    INDICATORS.forEach((k, j) => {
      const x = COLS.bars + j * COLS.barStep;
      const ind = r[k];
      const rate = ranked[i]!.rates[k];
      out.push(`<rect x="${x}" y="${top + 17}" width="${BAR}" height="14" rx="3" fill="#e5e7eb"/>`);
      if (ind.known && rate !== null && rate > 0) out.push(`<rect x="${x}" y="${top + 17}" width="${Math.min(1, rate) * BAR}" height="14" rx="3" fill="${COLOURS[k]}"/>`);
      out.push(text(x + BAR + 8, base, ind.shown, 'font-size="18" fill="#111827"'));
      const change = ind.inc || ind.dec || (ind.first !== '' ? say('first') : '');
      if (change) out.push(text(x + BAR + 62, base, change, `font-size="16" fill="${ind.dec ? '#b91c1c' : ind.inc ? '#15803d' : '#6b7280'}"`));
    });
  });

  let y = HEAD + Math.max(rows.length, 1) * ROW + 24;
  for (const line of footer) {
    y += 34;
    out.push(text(PAD, y, line, `font-size="${line === footer.at(-1) ? 16 : 19}" fill="#4b5563"`));
  }
  out.push('</svg>');
  return out.join('\n');
}
