// A figure the sender says is not yet checked, or a message it says is not whole: the message waits for it.
import { aside } from './bind-asides.js';
import { sentenceStart } from './bind-rest.js';
import type { BindState } from './bind-state.js';
import type { Token } from './scan.js';

/**
 * "监委12（待核实）", "这个数待核实": a figure the sender has not checked is not yet a figure. The whole message waits
 * for it, as for a hedge (大约): storing the rest would leave the day half-reported — unless the sender leaves it
 * out on purpose (先不报, 不算在内) or tells it as hearsay not checked (bind-before-total.ts leftOutAsNotes).
 */
/** "数据还在和各村核对，先别录": a sentence of doubt that speaks of the figures sent is about them, villages or not. */
const OF_THE_FIGURES = /数据|数字|这个数|这些数|以上|上面|上述|表里|报表|(?:几|各|有的|部分)个?村/;

export function unsure(s: BindState, tok: Token): void {
  const last = s.lastEmitted;
  if (s.out.errors.some((e) => e.code === 'unverified')) return;
  // "党组织9个。另外听说北坡村也选完了,还没核对,不算在内": doubt about something heard and not reported — its
  // sentence holds no figure, and tells of a village or of hearsay — hedges none of the figures given.
  const sentence = s.text.slice(sentenceStart(s.text, tok.at, ['。', '!', '?', '\n']), tok.at);
  if (last && /[。!?\n]/.test(s.text.slice(last.at, tok.at)) && !/[\d零〇一二两三四五六七八九十百]/.test(sentence) && /听说|据说|村里说|听村里|说是|村(?!委)|社区/.test(sentence) && !OF_THE_FIGURES.test(sentence)) {
    aside(s, tok.at, tok.at + tok.raw.length);
    return;
  }
  // "刚才那条没发全，这是后半截": the message cut off is the one before, and this one makes it up.
  if (CUT_OFF.test(tok.raw) && EARLIER_MESSAGE.test(sentence)) {
    aside(s, tok.at, tok.at + tok.raw.length);
    return;
  }
  s.out.errors.push({ code: 'unverified', raw: last ? `${last.raw}…${tok.raw}` : tok.raw });
}

/** Words saying a message is cut off (indicators.yaml unsure: 没复制全, 没发完, 稍等我重发). */
const CUT_OFF = /没(?:复制|粘贴?|发|打|写)[全完]|重发/;
const EARLIER_MESSAGE = /刚才|刚刚|上一?条|那条|前面|之前|昨天|上次/;
