// "备注：明天集中开2个村的选举大会", "备注：全乡换届全面完成，一肩挑有1个村未实现（书记年龄偏大）": a note after the
// figures, to the end of its line, explains them; it reports nothing. Its figures, days and words were read as
// part of the report (a day to come refused the whole message, a village not done refused it as not done); now
// the note is set aside whole and named in the reply. A note that corrects a figure (备注：昨天报的6个应为5个)
// is read as before: a correction is a report; so is a note that doubts a figure (备注：村委会数还要核实), which
// must still hold the whole message back. Words: indicators.yaml `phrases.note`.
import type { Lexicon } from './lexicon.js';
import { phrase } from './phrases.js';

const NOTE = phrase('note', '(?:^|(?<=[\\s。；;，,!！]))(?:{})\\s*[:：][^\\n]*');
const NOTE_DATA = phrase('noteData');
/** Something a report could still give once the notes are gone: a figure or an all-done word. */
const FIGURE = /[0-9一二两俩仨三四五六七八九十]|全部|都/;

export function withoutNotes(text: string, lexicon: Lexicon): { text: string; notes: string[]; about: string[] } {
  const { phrases } = lexicon;
  const once = NOTE(phrases);
  if (!once.test(text)) return { text, notes: [], about: [] };
  const re = new RegExp(once.source, 'gm');
  // A correction (更正, 应为…: words of kinds correction and wrong) or a doubt (unsure, vague) keeps the note in the reading.
  const doubts = (note: string) => [...lexicon.words].some(([w, kind]) => (kind === 'unsure' || kind === 'vague' || kind === 'correction' || kind === 'wrong') && note.includes(w));
  // "备注：以上数据截至昨日", "附注：本条为白沙镇代报", "注：此数为村委会换届", "备注：党组织数未含社区3个": a note about
  // the figures themselves — their day, township, body or scope — changes what they mean.
  const all = [...text.matchAll(re)].map((m) => m[0]).filter((n) => !doubts(n));
  // Such a note is asked about: what it changes cannot be read with certainty.
  const about = all.filter((n) => NOTE_DATA(phrases).test(n)).map((n) => n.trim());
  const notes = all.filter((n) => !NOTE_DATA(phrases).test(n));
  if (!notes.length) return { text, notes, about };
  const rest = notes.reduce((t, n) => t.replace(n, ' '), text).replace(/[ \t]+\n/g, '\n').trim();
  return FIGURE.test(rest) ? { text: rest, notes: notes.map((n) => n.trim()), about } : { text, notes: [], about };
}
