// A name left without its figure when its line or the message ends: given the figure before it (同上), or refused as
// a figure missing — never a message half read.
import { aside } from './bind-asides.js';
import { tenAlone } from './bind-homophone.js';
import type { BindState } from './bind-state.js';
import { phrase } from './phrases.js';
import type { Token } from './scan.js';
import { isFiller } from './bind-values.js';

/** A line that only repeats the figure above (indicators.yaml `phrases.ditto`: 同上, 也一样). */
const DITTO = phrase('ditto', '^[\\s:：]*(?:{})[\\s,，。.;；]*$');

/**
 * A name waiting for its figure when its line ends, on a line that gave figures, is an indicator named
 * with no figure ("监委会4个 平均年龄 嗯" stored 4 and dropped the age): the message is refused, not half
 * read. Only for a name standing alone with nothing but spaces and pauses after it — "监委会：—" or a name
 * inside a remark is not it.
 */
export function nameLeftOpen(s: BindState, tokens: Token[], from: number, end: number) {
  const before = (skip: (t: Token) => boolean) => {
    let at = from;
    while (at >= 0 && skip(tokens[at]!)) at--;
    return at;
  };
  if (tenAlone(s, tokens[before(isFiller)], end)) return;
  // "村委会比昨天新增", "村委会完成": words of doing or adding after the name are no figure either.
  const back = before((t) => isFiller(t) || (t.t === 'flag' && t.flag === 'incr'));
  const prev = tokens[back];
  if (prev?.t !== 'ind' || !s.pending.some((keys) => keys === prev.keys)) return;
  // "村委会9个\n监委会同上": a ditto after a name gives it the figure said just before it.
  // ("全乡完成", "合计完成": a whole done is no count left open.)
  const said = prev.keys.includes('due') ? [] : tokens.slice(back + 1, from + 1).map((t) => t.raw);
  const rest = said.reduce((r, w) => r.replace(w, ''), s.text.slice(prev.at + prev.raw.length, end));
  const last = s.lastEmitted;
  // 同上 and its like, alone after the name: the same figure as the line before.
  if (DITTO(s.phrases).test(rest) && last && last.t === 'num') {
    const at = prev.at + prev.raw.length + rest.search(/\S/);
    s.pending = [];
    s.emit(prev.keys, { ...last, at, pre: '' });
    return;
  }
  // The message's last line a name alone after figures ("…\n二、班子结构\n35岁以下"): cut off before its figure.
  const lineStart = s.text.lastIndexOf('\n', prev.at - 1) + 1;
  const cutOff = end === s.text.length && s.out.items.length > 0 && lineStart > 0 && /^[\s\d一二三四五六七八九十、.()]*$/.test(s.text.slice(lineStart, prev.at));
  if (!s.lineKeys.size && !cutOff) return;
  // "…,平均年龄四十一点叁岁": a figure after the name that could not be read is a figure lost — never a message half read.
  const unread = /[0-9零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰]/.test(rest);
  // "女性12人，监委会也是": "the same" with no figure of a body just before (bind-same.ts) gives it none either;
  // "村委会呢是", "村委会为" closing the message: the figure was still to come.
  if (!unread && !/^[\s:：,，。.嗯呃啊哦噢唔]*(?:也是|也同样|同样|呢是|呢|是|为)?[\s,，。.]*$/.test(rest)) return;
  if (prev.keys.some((k) => s.lineKeys.has(k))) return;
  // "明天计划完成剩下2个村委会和全部监委会": a name in a plan's clause is the plan's.
  const plan = s.notCounted?.code === 'plan' ? s.notCounted.tok : undefined;
  if (plan && plan.at < prev.at && !/[,，;；。!！?？\n]/.test(s.text.slice(plan.at, prev.at))) {
    aside(s, plan.at, prev.at + prev.raw.length);
    return;
  }
  // "已反馈乡党委": a name inside a phrase is no indicator left open.
  if (!/^(?:[\s,，、;；。]|然后|还有|另外|以及|和|嗯|呃|那个)*$/.test(prev.pre)) return;
  s.out.errors.push({ code: 'missing-figure', raw: prev.raw });
}
