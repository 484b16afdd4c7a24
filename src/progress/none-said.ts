// None said in words where a figure goes: "一肩挑：暂无", "交叉任职的还没有", "大专以上学历的一个都没有", "无一人被取消资格".
// Each is the indicator's 0. Left in words, the figure had been missing, and 无一人 had been read as one.
import { afterNames } from './said-around-names.js';
import type { Lexicon } from './lexicon.js';

/** A name, then a word saying none — at its clause's end (or before a bracket: 还一个都没选(定在下周)), so "还没有报上来" (not reported) is not one. */
const NONE_AFTER_NAME_TAIL = String.raw`(的)?[ \t]*[:：]?[ \t]*(?:目前|暂时|现在|今天)?(?:也|都|还|也还|都还)?(?:暂无|暂时没有|没有|还没有|无|[一1](?:个|人|名)(?:村|社区)?(?:都|也)(?:没有|没)(?:选|完成|换届|开始|选举)?)[ \t]*(?=[,，;；。\n、!！(（]|$)`;
const noneAfterName = (lexicon: Lexicon) => afterNames(lexicon, NONE_AFTER_NAME_TAIL);
/** Not one: 无一人, 没有一个 — the 一 counts none. */
const NOT_ONE = /(?:无|没有|没)一(?=[个人名位])/g;
const MAYBE = /[无没]/;

/** A village named in the sentence (阳坡村支部选完了，村委、监委还没有): the bodies are that village's, no township's. */
const VILLAGE = /(?:(?![个各全本该每的行政在到])[\u4e00-\u9fff])村(?=支部|党|村委|两委|监委|的|、|[,，])/;
/** An average has no 0, nor has the due count: 平均年龄：暂无 is not reported yet. */
const NO_ZERO = new Set(['avgAge', 'due']);

export function noneSaid(t: string, lexicon: Lexicon): string {
  if (!MAYBE.test(t)) return t;
  return t
    .replace(noneAfterName(lexicon), (m, name: string, _of: string, at: number, all: string) => {
      const keys = lexicon.names.find((n) => n.text === name)?.keys ?? [];
      const sentence = all.slice(Math.max(all.lastIndexOf('。', at), all.lastIndexOf('\n', at)) + 1, at);
      return !keys.length || keys.some((k) => NO_ZERO.has(k)) || VILLAGE.test(sentence) ? m : `${name}:0`;
    })
    .replace(NOT_ONE, '0');
}

/** "其余60人都通过了", "除此之外均合格": all passed said of the rest — not that none were refused. */
const SOME_OF = /其余|其他|除了?|剩下/;
/** How far before a phrase of none a word of the day's batch still speaks of it. */
const NEAR = 20;
const CLAUSE_ENDS = [',', ';', '。', '!', '?', '\n'];

const zeroPatterns = new WeakMap<Lexicon, RegExp | null>();
/** Any of the phrases that give a figure 0: one pass over the text, not one per phrase. */
function zeroPattern(lexicon: Lexicon): RegExp | null {
  let re = zeroPatterns.get(lexicon);
  if (re === undefined) {
    re = lexicon.zero.length ? new RegExp(lexicon.zero.map(([p]) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')) : null;
    zeroPatterns.set(lexicon, re);
  }
  return re;
}

/** A phrase of the lexicon that gives a figure 0 (没有不通过的), written as the figure's first name and 0. */
export function zeroWords(t: string, lexicon: Lexicon): string {
  if (!zeroPattern(lexicon)?.test(t)) return t;
  for (const [phrase, key] of lexicon.zero) if (t.includes(phrase)) t = zeroes(t, phrase, `${lexicon.indicators[key].names[0]}0`, lexicon);
  return t;
}

function zeroes(text: string, phrase: string, zero: string, lexicon: Lexicon): string {
  const parts = text.split(phrase);
  let out = parts[0]!;
  for (const part of parts.slice(1)) {
    let clause = out.slice(Math.max(...CLAUSE_ENDS.map((c) => out.lastIndexOf(c))) + 1);
    // "联审又审了12人，都通过了": a phrase opening its clause speaks of the batch in the clause before.
    if (!clause.trim() && out.length > 1) clause = out.slice(Math.max(...CLAUSE_ENDS.map((c) => out.lastIndexOf(c, out.length - 2))) + 1);
    // The day's batch is said near the phrase: a clause of voice input runs on unpunctuated ("汇报一下今天的情况一是…审查了
    // 四十二人没有不通过的"), and a 今天 far before it is the report's day.
    const near = clause.slice(-NEAR);
    out += (lexicon.incrWords.some((w) => near.includes(w)) || /今天|今日/.test(near) || SOME_OF.test(clause) ? '' : zero) + part;
  }
  return out;
}
