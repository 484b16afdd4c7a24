// Figures first and names after, or both as runs: "9个、6个、5个，分别是党组织、村委会、监委会", "党组织/村委会/
// 监委会：10/7/7", "石桥镇 9/6/5（党组织/村委会/监委会）", "党-村-监 2-3-3，累计11/8/7", a header line of names over
// a line of figures. A run of names and a run of figures of the same length are paired in order and written out as
// "党组织10，村委会7，监委会7" before the message is read. Runs of different lengths are set out as a header line
// over a row, which the table reader refuses by name. Names are the county's (indicators.yaml names and shorthand).
import { escape, type Lexicon } from './lexicon.js';

const VALUE = '(?:\\d+(?:\\.\\d+)?|[零一二两三四五六七八九十]+)(?:个|人|名|岁)?';
const VALUE_SEP = '[ \\t]*[/、\\-,][ \\t]*';
const NAME_SEP = '[ \\t]*(?:[/、\\-]|和|及|与)[ \\t]*';
/** What may stand between a run of names and its figures ("完成数：", "的完成情况是"). */
const BETWEEN = '[ \\t]*(?:的?(?:完成数|完成情况|进度|数据|情况|数))?[ \\t]*(?:是|为)?[ \\t]*:?[ \\t]*';
const LEAD = '(?:[,，]?[ \\t]*(?:分别|依次)(?:是|为|对应的?是?|对应)?[ \\t]*:?[ \\t]*)';

interface Patterns {
  namesThenValues: RegExp;
  valuesThenNames: RegExp;
  valuesThenBracket: RegExp;
  namesLine: RegExp;
  headed: RegExp;
  /** A line ending in names, in a bracket or alone ("各乡镇进度（党组织/村委会/监委会）："): a header over rows. */
  header: RegExp;
  /** A row under such a header: a township's name, then a run of figures and nothing else ("河东 10/9/7"). */
  namedRow: RegExp;
  values: RegExp;
  valuesLine: RegExp;
  name: RegExp;
  /** A shorthand character's name (党 → 党组织): written out, so a word may stand between it and its figure. */
  full: (name: string) => string;
  /** One-character short names run together ("党村监"). */
  run: RegExp;
}
const cache = new WeakMap<Lexicon, Patterns>();

function patterns(lexicon: Lexicon): Patterns {
  const hit = cache.get(lexicon);
  if (hit) return hit;
  const names = [...lexicon.names.map((n) => n.text), ...Object.keys(lexicon.shorthand)].sort((a, b) => b.length - a.length);
  // "联审人数、取消资格人数": a name with 人数 or 数 after it is still that name.
  const NAME = `(?:${names.map(escape).join('|')})(?:人数|完成数|数)?`;
  // "党村监9/9/9", "支委监11/9/8": one-character short names run together, each a name of its own.
  const singles = Object.keys(lexicon.shorthand).filter((k) => k.length === 1).map(escape).join('');
  // Never two characters that are a name themselves (村委, 监委, 支委): "监委8-9个" is one body's range.
  const twoCharNames = names.filter((n) => n.length === 2).map(escape).join('|');
  const NAMES = `(?:${NAME}(?:${NAME_SEP}${NAME}){1,7}${singles ? `|(?![${singles}]*(?:${twoCharNames}))[${singles}]{2,5}` : ''})`;
  const VALUES = `${VALUE}(?:${VALUE_SEP}${VALUE}){1,7}`;
  const made: Patterns = {
    namesThenValues: new RegExp(`(${NAMES})${BETWEEN}(${VALUES})${NOT_COUNTS}`, 'g'),
    valuesThenNames: new RegExp(`(?<![\\d.])(${VALUES})${NOT_COUNTS}${LEAD}(${NAMES})(?:的?(?:完成数|数))?`, 'g'),
    valuesThenBracket: new RegExp(`(?<![\\d.])(${VALUES})${NOT_COUNTS}[ \\t]*\\((${NAMES})\\)`, 'g'),
    namesLine: new RegExp(`^[ \\t]*(${NAMES})[ \\t]*:?[ \\t]*$`),
    headed: new RegExp(`^[^\\n]*?\\((${NAMES})\\)[ \\t]*:([^\\n]*)$`, 'gm'),
    values: new RegExp(`(?<![\\d.])${VALUES}${NOT_COUNTS}`, 'g'),
    header: new RegExp(`^([^\\n]*?)(?:\\((${NAMES})\\)|(?<![\\u4e00-\\u9fff])(${NAMES}))[ \\t]*:?[ \\t]*$`),
    namedRow: new RegExp(`^([ \\t]*[\\u4e00-\\u9fff]{1,8}[ \\t:]*)(${VALUES})${NOT_COUNTS}[ \\t]*$`),
    valuesLine: new RegExp(`^[ \\t]*(${VALUES})[ \\t]*$`),
    name: new RegExp(NAME, 'g'),
    full: (name) => lexicon.shorthand[name] ?? name,
    run: new RegExp(singles ? `^(?!.*(?:${twoCharNames}))[${singles}]{2,5}$` : '^(?!)'),
  };
  cache.set(lexicon, made);
  return made;
}

const VALUE_ONE = new RegExp(VALUE, 'g');
/** A village named straight before the runs on its line ("张庄村", "白庄村的"). */
const VILLAGE_BEFORE = /[\u4e00-\u9fff]{1,5}(?:村|社区)的?[ \t:]*$/;
/** After a run of figures: points or a rate, no counts ("9、6、5个百分点"). */
const NOT_COUNTS = '(?![\\d.]|个?百分点|%|成)';

/** "党组织10，村委会7，监委会7" when both runs have the same length; null otherwise. `word` goes between each
 *  name and its figure ("党组织累计11"). */
function paired(p: Patterns, names: string, values: string, word = ''): string | null {
  const n = nameList(p, names);
  const v = values.match(VALUE_ONE) ?? [];
  if (n.length < 2 || n.length !== v.length) return null;
  return ` ${n.map((x, i) => `${p.full(x)}${word}${v[i]}`).join(',')} `;
}

/** The names of a run, one by one. */
const nameList = (p: Patterns, names: string): string[] => (p.run.test(names) ? [...names] : (names.match(p.name) ?? []));

const RUN = `${VALUE}(?:${VALUE_SEP}${VALUE}){1,7}`;
/** "9、6、5个百分点", "还差3、6、7个": a word said once for a whole run belongs to each of its figures. */
const POINTS_RUN = new RegExp(`(${RUN})(个?百分点)`, 'g');
const LEFT_RUN = new RegExp(`(还差|还剩|剩下|剩|未完成数?(?:分别)?为?|待完成(?:分别)?为?)(${RUN})`, 'g');
const spread = (run: string, word: string, after: boolean) => run.replace(new RegExp(VALUE, 'g'), (v) => (after ? `${v.replace(/个$/, '')}${word}` : `${word}${v}`));

/** The text with runs of names and figures paired, or null when it has none. */
export function readParallel(text: string, lexicon: Lexicon): string | null {
  const p = patterns(lexicon);
  let changed = false;
  text = text.replace(POINTS_RUN, (m, run: string, word: string) => ((changed = true), spread(run, word.startsWith('个') ? word : `个${word}`, true)));
  text = text.replace(LEFT_RUN, (m, word: string, run: string) => ((changed = true), spread(run, word, false)));
  const lines = text.split('\n');
  // A header line of names over a line of figures, nothing else on either.
  for (let i = 0; i + 1 < lines.length; i++) {
    const head = p.namesLine.exec(lines[i]!);
    const row = head && p.valuesLine.exec(lines[i + 1]!);
    const both = head && row && paired(p, head[1]!, row[1]!);
    if (both) {
      lines.splice(i, 2, both.trim());
      changed = true;
    }
  }
  // "各乡镇进度（党组织/村居委会/监委会）：" over "河东 10/9/7", "龙泉 15/12/12": each row takes the names in order;
  // the header keeps its words, less the names. Two names over fractions (9/12) may be done of due: not read.
  for (let i = 0; i + 1 < lines.length; i++) {
    const head = p.header.exec(lines[i]!);
    const names = head?.[2] ?? head?.[3];
    if (!names) continue;
    let rows = 0;
    for (let j = i + 1; j < lines.length; j++) {
      const row = p.namedRow.exec(lines[j]!);
      if (!row || (nameList(p, names).length === 2 && row[2]!.includes('/'))) break;
      const both = paired(p, names, row[2]!);
      if (!both) break;
      lines[j] = `${row[1]}${both.trim()}`;
      rows++;
    }
    if (rows) {
      lines[i] = head![1]!;
      changed = true;
    }
  }
  let out = lines.join('\n');
  const replace = (re: RegExp, pick: (m: RegExpExecArray) => [string, string], lead = false) => {
    out = out.replace(re, (...args) => {
      const whole = args.at(-1) as string;
      const at = args.at(-2) as number;
      const m = args.slice(0, -2) as unknown as RegExpExecArray;
      const [names, values] = pick(m);
      // "张庄村党组织/村委会/监委会：1/1/1": one village's figures, not the township's.
      const before = whole.slice(whole.lastIndexOf('\n', at - 1) + 1, at);
      if (VILLAGE_BEFORE.test(before) || (/^村/.test(m[0]!) && VILLAGE_BEFORE.test(`${before}村`))) return m[0]!;
      // "党组织/村委会 9/12": two names over a fraction may be 9 done of 12 — read only when said to be paired.
      if (!lead && nameList(p, names).length === 2 && values.includes('/')) return m[0]!;
      const written = paired(p, names, values);
      // Runs of different lengths: set out as a header line over a row, which the table reader refuses by name
      // ("表头有3项…这一行有2个数"), rather than left for a reading that gives one figure to every name.
      if (!written) {
        if (nameList(p, names).length < 2) return m[0]!;
        changed = true;
        return `\n${names}\n${values}\n`;
      }
      changed = true;
      // "党/村/监 2/3/3，累计11/8/7": a second run of figures later on the line takes the same names.
      lastNames = names;
      return written;
    });
  };
  let lastNames = '';
  // "代报两个乡镇（党组织/村(居)委会/监委会）：东城街道5/3/3，马坊乡8/6/6": names heading the line, each run of
  // figures after them on that line (after a township's name) takes them in order.
  out = out.replace(p.headed, (line: string, names: string, rest: string) => {
    const after = rest.replace(p.values, (values: string) => {
      const written = paired(p, names, values);
      if (written) changed = true;
      return written ?? values;
    });
    return line.slice(0, line.length - rest.length) + after;
  });
  replace(p.valuesThenBracket, (m) => [m[2]!, m[1]!]);
  replace(p.valuesThenNames, (m) => [m[2]!, m[1]!], true);
  replace(p.namesThenValues, (m) => [m[1]!, m[2]!]);
  if (changed && lastNames) {
    const again = new RegExp(`(累计|共|合计|总计)[ \\t]*:?[ \\t]*(${VALUE}(?:${VALUE_SEP}${VALUE}){1,7})(?![\\d.])`, 'g');
    out = out.replace(again, (whole, lead: string, values: string) => paired(p, lastNames, values, lead) ?? whole);
  }
  return changed ? out : null;
}
