// "党组织村委会监委会全搞定了", "党支部 村委会 监委会全都整完了": bodies named one after another with nothing between,
// then all of them said done (都, 全, 均…). Spoken and typed in a hurry, the names are a list — joined with 、 as if
// written so; otherwise only the last name took the word of all and the first was refused for want of a figure.
import { parseAnyNumber } from '../numerals.js';
import { clauseStart } from './bind-values.js';
import type { IndicatorKey } from '../store/types.js';
import { escape, type Lexicon } from './lexicon.js';

const BODIES = new Set<IndicatorKey>(['partyDone', 'committeeDone', 'supervisionDone']);
const runs = new WeakMap<Lexicon, { run: RegExp; name: RegExp; counted: RegExp; over: RegExp; each: RegExp }>();

function runOf(lexicon: Lexicon): { run: RegExp; name: RegExp; counted: RegExp; over: RegExp; each: RegExp } {
  let found = runs.get(lexicon);
  if (!found) {
    const names = lexicon.names.filter((n) => n.keys.length === 1 && BODIES.has(n.keys[0]!) && [...n.text].length >= 2).map((n) => escape(n.text));
    const name = `(?:${names.join('|')})`;
    // The run ends at a word of all: 都, 全, 均, 已全部, 也都 (after 今天/今儿 or 也 at most).
    found = {
      run: new RegExp(`${name}(?:[ \\t]*${name}){1,2}(?=[ \\t]*(?:今天|今儿|今日)?(?:也|就|已经?)?(?:都|全|均))`, 'g'),
      name: new RegExp(name, 'g'),
      // The bodies listed, then how many they are (bodiesCounted): built here once, not once per message.
      counted: new RegExp(`(${name}(?:[ \\t]*[、和及与][ \\t]*${name}){1,2})[ \\t]*(两|三|2|3)[ \\t]*(?:个|项)[ \\t]*(?:委员会|班子)?`, 'g'),
      // Villages counted before one or two bodies said done (countOverBodies): the names' pattern is long, built once.
      over: new RegExp(`([一二两三四五六七八九十\\d]+个(?:村|社区))的?(${name})(?:[ \\t]*(?:和|、|及|与|跟)[ \\t]*(${name}))?[ \\t]*(今天|今日)?(也|就|已经?)?(?:都|均)`, 'g'),
      // Bodies listed and said all done, then how many each ("…换届今日全部完成，各5个").
      each: new RegExp(`(${name}(?:[ \\t]*[、和及与][ \\t]*${name}){1,2})([^,，。;；!！\\n\\d]{0,14}?)[ \\t]*[,，][ \\t]*各[ \\t]*([\\d一二两三四五六七八九十]+[ \\t]*个)`, 'g'),
    };
    runs.set(lexicon, found);
  }
  return found;
}

export function joinBodyRuns(text: string, lexicon: Lexicon): string {
  const { run: re, name } = runOf(lexicon);
  return text.replace(re, (run) => {
    const parts = run.match(name)!;
    const keys = parts.map((p) => lexicon.keysOf.get(p)?.[0]);
    // Two names of the same body (村委会 居委会) are no list of bodies.
    return new Set(keys).size === parts.length ? parts.join('、') : run;
  });
}

/**
 * "两个村村委会和监委会都选完了": the villages counted before two bodies are counted for each of them — 都 says both
 * bodies, not every village of the second (read alone, 监委会都选完了 is all of them done), and goes. So too before one
 * body, where the day's villages were told just before ("上午在槐树岭，下午在郭庄，两个村的村委会都选完了": those two, not
 * a township of two all done) — never after a word of the whole (全镇15个村的村委会都选完了).
 */
export function countOverBodies(text: string, lexicon: Lexicon): string {
  const { over, each, name } = runOf(lexicon);
  // Each body is given the count after the words of all, so the two are checked against each other.
  if (text.includes('各')) text = text.replace(each, (m, bodies: string, said: string, n: string) => (/[都全均]/.test(said) ? `${bodies}${said},${bodies.match(name)!.map((b) => `${b}${n}`).join('、')}` : m));
  return text.replace(over, (m, count: string, a: string, b: string | undefined, day = '', also = '', at: number) => {
    if (b === undefined) {
      const sentence = text.slice(clauseStart(text, at, '。!?\n'), at);
      return DAY_TOLD.test(sentence) && !WHOLE.test(sentence) && (parseAnyNumber(count.replace(/个.*/, '')) ?? 9) <= 5 ? `${count}${a}${day}${also}` : m;
    }
    return lexicon.keysOf.get(a)?.[0] === lexicon.keysOf.get(b)?.[0] ? m : `${count}${a}、${b}${count}${day}${also}`;
  });
}

/** The day's round told before the count: when, or a village or community named. */
const DAY_TOLD = /今天|今日|上午|下午|晚上|[\u4e00-\u9fff](?:村|社区)(?![委民务])|在[\u4e00-\u9fff]{2,4}[,，]/;
const WHOLE = /全|共|所有|总|应|整个/;

/** A village or community named, straight before its bodies (花园社区党委…, 红旗村：支部…). */
const VILLAGE_BEFORE = /(?<![全各本该每个的])[\u4e00-\u9fff]{2}(?:村|社区)(?=[ \t]*[:：]|[ \t]*(?:党|支部|村委|居委|两委))/;
const COUNT: Record<string, number> = { 两: 2, 三: 3, '2': 2, '3': 3 };

/**
 * "党组织、居委会、监委会三个换届全部完成": the bodies listed, then how many they are — no figure of villages. The count
 * is taken out when it is the list's own length.
 */
export function bodiesCounted(text: string, lexicon: Lexicon): string {
  const { name, counted: re } = runOf(lexicon);
  // Not a village's own bodies (花园社区党委、居委会、监委会三个选举一天全部完成; 红旗村：支部、村委、监委三个都选完了).
  return text.replace(re, (m, run: string, n: string, at: number) => (run.match(name)!.length === COUNT[n] && !VILLAGE_BEFORE.test(text.slice(Math.max(0, at - 12), at) + run.slice(0, 4)) ? run : m));
}
