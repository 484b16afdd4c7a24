// A roll call told in sentences, one village after another: "今天王庄村支部选完了，石门村支部也选完了。大湾村支部投了
// 票，但是书记没选出来" — "李家沟村支部、村委、监委都选完了；樊家坪村村委选了，监委还没". Each village done is one
// more for each body said done with it; a body said done with no village after a village's clause is that village's
// (贾家堡村两委也选完了，监委同一天推选完了). The sentences are read as the day's new ones per body, in the place of
// the first, with the villages in brackets (党组织新增2个(王庄村、石门村)) — so a total said too is checked against
// them. A clause that says not yet (还没, 没选成, 推到后天, 正在计票) counts nothing; 一肩挑 said of the villages just named
// is one more each; another day or township named before a clause's villages starts a count of its own. Read only
// when the message holds two such clauses or one with several bodies: one village, or several, named with a single
// body in a single clause are named-rest.ts's.
import { escape, type Lexicon } from './lexicon.js';
import { DONE_KEYS } from './bind-values.js';
import type { IndicatorKey } from '../store/types.js';

/** A village's name: no township, day or pointing word inside it (今天王庄村 is 王庄村, 前进村 is one). */
const NAME = String.raw`(?<=^|[\s,;。:、)(]|今天|今日|昨天|前天|[号日]|乡|镇|街道|报告|报|也|还有|另外|然后)(?:(?![乡镇今昨天日号的个几各其这那全每本余另就是在有了把从对和]|前天|街道)[\u4e00-\u9fff]){1,5}?(?:村|社区)(?![委民务级])`;
const NAMES = String.raw`${NAME}(?:\s*[、和及与跟]\s*${NAME})*`;
/** A count of the villages just named ("石嘴村、桥头村两个村"). */
const COUNTED = String.raw`(?:[两二三四五六七八九十\d]+个(?:村|社区))?`;
/** Between the bodies and the verb: when and how (都, 今天, 同一天, 总算, 另行选举). */
const MID = String.raw`(?:[都也均又还已]|三个|两个|三项|两项|已经|今天|今日|昨天|上午|下午|晚上|同一天|同一天也|一天|一起|一块|总算|终于|顺利|换届|选举|另行选举|算|的)*`;
const VERB = String.raw`(?:选完|选举完成|选举结束|完成|选出来|选出|选好|推选完毕|推选完|推出来|完了|好了|整完|弄完|搞定|选了|换完|选举产生|产生|结束)`;
/** The verb before the bodies: "马家庄村只选了党支部", "南街社区选了居委会". */
const VERB_FIRST = String.raw`(?:只|也|都|就|今天|也都)*(?:选了|选完了|选完|完成了|推选了)`;
/** Not yet, not done, later: the clause counts nothing. */
const NOT_DONE = /没|未|不|还差|推到|推迟|改到|定在|明天|后天|择日|正在|计票中|准备|打算|将|待/;
/** A day said before a clause's villages: they and the clauses after them are that day's (昨天(25号)…。今天…). */
const DATE = /昨天|前天|今天|今日|\d{1,2}[号日]/;

interface Done {
  /** The clause's index among the parts. */
  at: number;
  date: string;
  /** The clause's words after what was read (a bracket, 加上之前…一共三个): they stay. */
  rest: string;
  key: IndicatorKey;
  village: string;
}

const patterns = new WeakMap<Lexicon, { clause: RegExp; bodyOnly: RegExp; verbOnly: RegExp; joined: RegExp; bodies: RegExp } | null>();

function patternsFor(lexicon: Lexicon) {
  let p = patterns.get(lexicon);
  if (p === undefined) {
    const names = lexicon.names.filter((n) => n.keys.every((k) => DONE_KEYS.includes(k))).map((n) => escape(n.text));
    const body = `(?:${names.join('|')})`;
    const bodies = `${body}(?:\\s*[、和及与跟]\\s*${body})*`;
    p = names.length
      ? {
          clause: new RegExp(`(${NAMES})${COUNTED}(?:的?(${bodies})(${MID}${VERB})?|(${VERB_FIRST})(${bodies}))`),
          bodyOnly: new RegExp(`^(${bodies})${MID}${VERB}`),
          verbOnly: new RegExp(`^${MID}${VERB}`),
          joined: new RegExp(`^了?\\s*[、和]\\s*(${bodies})${MID}${VERB}`),
          bodies: new RegExp(body, 'g'),
        }
      : null;
    patterns.set(lexicon, p);
  }
  return p;
}

/** "书记主任一肩挑", "主任是书记兼的", "也是一肩挑": the villages just named have one more 一肩挑 each. */
const ONE_SHOULDER = /一肩挑|书记兼(?:任)?(?:的)?主任|主任(?:都)?(?:是|由)?(?:原来的)?书记(?:兼|担任|当选)|书记(?:当选|兼任)(?:了)?主任/;
const NO_ONE_SHOULDER = /没|未|不是|分设|不一肩挑|两个人|另外的人|新人/;
/** Said of the villages just named, not of one of them (石门是一肩挑 names its own). */
const ONE_SHOULDER_CLAUSE = new RegExp(`^(?:也|都|均|是|两个村的?|俩村的?|两村的?|主任|村主任|书记主任)*(?:${ONE_SHOULDER.source})`);
/** A figure of its own, not a count of the villages just named (两个村的主任都是书记兼的). */
const FIGURE = /[\d零一二两三四五六七八九十]+\s*[个人名](?!村|社区)/;

/** The text with its village-by-village sentences read as counts per body, or null when it has none to read. */
/** The bodies a clause names, each indicator once. */
function keysOf(said: string, bodies: RegExp, lexicon: Lexicon): IndicatorKey[] {
  return [...new Set(said.match(bodies)!.flatMap((b) => lexicon.keysOf.get(b) ?? []))];
}

export function readVillageStates(text: string, lexicon: Lexicon): string | null {
  if (!/村|社区/.test(text)) return null;
  const p = patternsFor(lexicon);
  if (!p) return null;
  const parts = text.split(/([,;。!?\n]|\s+)/);
  const done: Done[] = [];
  const prefixes = new Map<number, string>();
  let day = '';
  let villages: string[] = [];
  /** Bodies named with the villages, waiting for their verb in the next clause (党委、居委会今天同一天选的，都完成了). */
  let waiting: IndicatorKey[] = [];
  let many = false;
  const count = (i: number, keys: IndicatorKey[], rest: string) => {
    // Several bodies at once is a state told; several villages with one body, in one clause, is named-rest.ts's
    // (a note beside a total said after them, 东关社区和鼓楼社区…加上之前春晖社区一共三个).
    if (keys.length > 1) many = true;
    for (const key of keys) for (const village of villages) done.push({ at: i, date: day, key, village, rest: rest.replace(/^\s*[了啦]/, '') });
  };
  for (let i = 0; i < parts.length; i += 2) {
    const clause = parts[i]!;
    // A new sentence starts afresh: a body alone is no earlier sentence's village's.
    if (i > 0 && /[。!?\n]/.test(parts[i - 1]!)) villages = [];
    if (!clause.trim()) continue;
    const m = p.clause.exec(clause);
    // The words before the villages (a township, who reports, when) hold no other village.
    const own = m && !/村|社区/.test(clause.slice(0, m.index)) ? m : null;
    const plain = clause.trim().replace(/^(?:另外|然后|还有)/, '');
    if (own) {
      villages = own[1]!.split(/\s*[、和及与跟]\s*/);
      const before = clause.slice(0, own.index);
      // Another township or day named before the villages: their counts are that one's (代报 马坊乡东沟村…).
      const said = DATE.exec(before)?.[0];
      const town = /[\u4e00-\u9fff]{1,4}(?:乡|镇|街道)/.exec(before)?.[0];
      if (said || town) day = `${town ?? day.split('|')[0]}|${said && !/今天|今日/.test(said) ? said : ''}`;
      prefixes.set(i, before);
      waiting = [];
    }
    // Not yet, said of the villages (not of the sender: 他手机没电了：…).
    if (!villages.length || NOT_DONE.test(own ? clause.slice(own.index) : clause)) {
      waiting = [];
      continue;
    }
    if (own && (own[3] || own[4])) {
      const keys = keysOf(own[2] ?? own[5] ?? '', p.bodies, lexicon);
      // "寨子村村委选完了、监委也推选完了": more bodies done, joined on in the same clause.
      let rest = clause.slice(own.index + own[0].length);
      for (let more = p.joined.exec(rest); more; more = p.joined.exec(rest)) {
        keys.push(...keysOf(more[1]!, p.bodies, lexicon));
        rest = rest.slice(more[0].length);
      }
      count(i, [...new Set(keys)], rest);
      continue;
    }
    if (own) {
      waiting = keysOf(own[2] ?? '', p.bodies, lexicon);
      continue;
    }
    // A clause with a figure of its own (居委会完成4个) is no village's.
    if (FIGURE.test(clause)) continue;
    const bodyOnly = p.bodyOnly.exec(plain);
    const verbOnly = waiting.length ? p.verbOnly.exec(plain) : null;
    if (bodyOnly) count(i, keysOf(bodyOnly[1]!, p.bodies, lexicon), plain.slice(bodyOnly[0].length));
    else if (verbOnly) count(i, waiting, plain.slice(verbOnly[0].length));
    else if (ONE_SHOULDER_CLAUSE.test(plain) && !NO_ONE_SHOULDER.test(clause)) count(i, ['oneShoulder'], '');
    waiting = [];
  }
  const clauses = new Set(done.map((d) => d.at)).size;
  if (!done.length || (clauses < 2 && !many)) return null;
  return rewrite(parts, done, prefixes, lexicon);
}
/** Each day's counts in place of its first clause; the other clauses read go, with the punctuation after them. */
function rewrite(parts: string[], done: Done[], prefixes: Map<number, string>, lexicon: Lexicon): string {
  const byDate = new Map<string, { at: number; keys: Map<IndicatorKey, Set<string>> }>();
  for (const d of done) {
    const day = byDate.get(d.date) ?? { at: d.at, keys: new Map<IndicatorKey, Set<string>>() };
    day.keys.set(d.key, (day.keys.get(d.key) ?? new Set()).add(d.village));
    byDate.set(d.date, day);
  }
  const out = [...parts];
  for (const at of new Set(done.map((d) => d.at))) {
    const day = [...byDate.values()].find((d) => d.at === at);
    const rest = done.find((d) => d.at === at)!.rest;
    if (day) {
      const counts = [...day.keys].map(([key, vs]) => `${lexicon.indicators[key].label}新增${vs.size}${lexicon.indicators[key].unit || '个'}(${[...vs].join('、')})`);
      out[at] = `${prefixes.get(at) ?? ''}${counts.join(',')}${rest}`;
    } else {
      out[at] = rest;
      if (!rest.trim() && /[,;]/.test(out[at + 1] ?? '')) out[at + 1] = '';
    }
  }
  return out.join('');
}
