// Corrections and slips: "村委会完成13个,不对,是12个", "是8个不是9个", "村委会 哦不是 监委会", "更正一下 村委是14个".
// The figure (or name) taken back is never stored; a figure it replaces is quoted among the asides and
// recorded in `replaced`, so the reply can say what was put right.
import { aside, asideNext } from './bind-asides.js';
import { countedInAlready, newOneOfReported, remarkOnReported, thisOneStands } from './bind-remarks.js';
import type { BindState } from './bind-state.js';
import { phrase } from './phrases.js';

const CORRECTING = phrase('correcting');
const EARLIER = phrase('earlier');
import { clauseStart, type BoundItem, type Ref, type ValueToken } from './bind-values.js';
import type { Token } from './scan.js';


/** Words of a day or a time of day: what follows is told as of then. */
const ANOTHER_TIME = /今|昨|前天|明天|[日号]|现在|目前|眼下|累计|截至|截止|早上|上午|中午|下午|晚上|刚才|刚刚/;

/** Words telling a later figure is where things stand later, or the whole: 晚上累计, 现在, 加上今天, 全街道共. */
const SINCE = /现在|目前|眼下|下午|晚上|傍晚|加上|[又共全]|合计|总共|一共/;

/** A day named before the new figure. */
const ANOTHER_DAY = /昨|前天|今[天日儿]|明天|[\d一二三四五六七八九十]{1,3}[日号]|月/;

/** Words that end a figure like punctuation: what follows corrects or replaces it. */
/** Between a name and 不对: its figure (的数, 数字, 报的数) is what is said wrong, not the name. */
const ITS_FIGURE = /^\s*(?:的|报的)?(?:数|数字|数据|这个数|那个数)(?:字)?\s*$/;
export const CLOSING_FLAGS = new Set(['replaced', 'wrong', 'slip']);

/** A figure, a name or a township comes later on the same line (after separators and steering words). */
export function somethingFollows(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && tokens[j]!.seg === tokens[i]!.seg; j++) {
    const t = tokens[j]!.t;
    if (t === 'num' || t === 'pair' || t === 'pct' || t === 'ind' || t === 'town') return true;
  }
  return false;
}

/** Words for a total, not for the villages due: 合计, 共计, 总数. */
const TOTAL_WORD = /^(?:合计|共计|总计|总数|一共|总共)$/;

/**
 * A word that corrects: 不是/实际是 (replaced), 有误/不对 (wrong), 哦不是 (slip), 更正 (correction).
 * `replacementFollows`: a figure or name comes after it on the line, so it takes back what came before.
 */
export function correctionFlag(s: BindState, tok: Extract<Token, { t: 'flag' }>, prev: Token | undefined, replacementFollows: boolean) {
  switch (tok.flag) {
    case 'replaced':
      // "上面那个6是村委会的,不是党组织", "18不是大专": a name denied is no name of any figure here.
      if (/^(?:并)?不是$/.test(tok.raw) && s.next?.t === 'ind' && !/\S/.test(s.text.slice(tok.at + tok.raw.length, s.next.at))) {
        s.denied = s.next;
        return;
      }
      // "是8个不是9个", "报的10，实际是11": the figure after it is the one being replaced.
      s.out.correction = true;
      // "刚才报的有点问题啊 …完成的是七个", "报的有误": a remark on what was reported quotes no figure (bind-remarks.ts).
      if (remarkOnReported(s, tok) || newOneOfReported(s, tok, CORRECTING(s.phrases).test(s.text.slice(0, tok.at)))) return;
      // "一肩挑5个 不是5个是6个": the figure just given, said again after 不是, is taken back for the one after 是.
      if (s.lastEmitted && justGiven(s, prev) && sayingAgain(s, s.lastEmitted)) withdraw(s, s.lastEmitted);
      asideNext(s, tok);
      s.replacing = true;
      return;
    case 'wrong':
    case 'slip':
      // "数已经加上", "已算在里面": where something was counted — no figure is wrong (bind-remarks.ts).
      if (countedInAlready(s, tok)) return;
      s.out.correction = true;
      // "刚才报的合计算错了，村委会应为9个": the total named as the thing that was wrong waits for no figure of its own.
      if (tok.flag === 'wrong' && prev?.t === 'ind' && TOTAL_WORD.test(prev.raw) && prev.keys.every((k) => k === 'due')) {
        s.pending = s.pending.filter((keys) => keys !== prev.keys);
        s.named.unname();
        return;
      }
      // "昨天村委会报多了 应该是3个": the figure after 应该是 is the new one, not the amount 报多了 waits for.
      if (tok.flag === 'wrong' && s.ignoreNext === 'aside' && prev?.t === 'flag' && prev.flag === 'aside') s.ignoreNext = null;
      // "刚才报的女性人数不对，女性成员是14人": the name told after 报的 was reported wrong — no figure of it is
      // waited for as the one replaced; the next figure is the new one.
      if (s.replacing && s.ignoreNext === 'aside' && prev?.t === 'ind') {
        s.ignoreNext = null;
        s.replacing = false;
        return;
      }
      // "五个 我看错了" closes a slip already put right: only a word with its replacement after it takes back.
      // "完成12个是错的", "9个的说法不准确" with nothing after: the figure just given is declared wrong and no
      // other is given — refused, never stored.
      // "实际是7个,有两个是把监督委员会的也算进去了": in a correction, a count said to have been counted in is how the
      // old figure went wrong — its reason, set aside, never a figure of the body it names.
      if (!replacementFollows && /算进去|算上了|算在内/.test(tok.raw) && s.lastEmitted && s.out.items.length > 1 && s.lastEmitted.at >= clauseStart(s.text, tok.at)) {
        const figure = s.lastEmitted;
        s.out.items = s.out.items.filter((i) => i.at !== figure.at);
        aside(s, figure.at, tok.at + tok.raw.length);
        s.lastEmitted = null;
        return;
      }
      // "是9个，下午高家庄的也算上了": with no figure in its clause, what was counted in only explains the figure before.
      if (/算进去|算上了|算在内/.test(tok.raw) && !(s.lastEmitted && s.lastEmitted.at >= clauseStart(s.text, tok.at))) return;
      if (!replacementFollows) {
        // Not when the figure is itself the correction ("更正 平均年龄是43.8 刚才报错了": what was sent before was wrong).
        // A correction announced before the figure (更正, 应为), or a mistake in an earlier message (刚才, 昨天报错了).
        const correcting = CORRECTING(s.phrases).test(s.text.slice(0, s.lastEmitted?.at ?? 0)) || EARLIER(s.phrases).test(tok.pre + tok.raw);
        const just = justGiven(s, prev);
        if (tok.flag === 'wrong' && s.lastEmitted && just && !s.out.replaced.length && !correcting) {
          const figure = s.lastEmitted;
          s.out.items = s.out.items.filter((i) => i.at !== figure.at);
          s.out.errors.push({ code: 'withdrawn', raw: s.text.slice(figure.at, tok.at + tok.raw.length) });
          s.lastEmitted = null;
        }
        return;
      }
      s.fixing = true;
      // "刚才报的7个有误 应为6个": the old figure's aside ends at the word that brings its replacement.
      s.asideOpen = false;
      // "村委会完成13个,不对,是12个", "支部完成11个\n不对 是12个": the figure just given, over a separator.
      if (s.lastEmitted && justGiven(s, prev) && !namesAnother(s, s.lastEmitted)) {
        // "取消资格的三个 哦不是三个是两个": the figure taken back, said again, is passed over for the one after 是.
        const again = sayingAgain(s, s.lastEmitted);
        withdraw(s, s.lastEmitted);
        if (again) asideNext(s, tok);
      }
      // "昨天报的党组织6个报多了，有个村还没开选举大会，实际是5个", "女性38人是上一届的数，发错了，新一届是44人":
      // the one figure the line gave, whatever reason was told in between, with no other name waiting.
      else if (soleFigure(s, tok)) withdraw(s, s.lastEmitted!);
      // "支部报错了 应该是8个" corrects the figure of the name; "村委会 哦不是 监委会" takes the name back.
      // "上面村委的数不对,应该是9", "一肩挑数不对，核实后是10人": the name's figure is what was wrong — the name waits
      // for the figure that puts it right.
      else if (tok.flag === 'slip' && prev?.t === 'ind' && s.pending.length && ITS_FIGURE.test(s.text.slice(prev.at + prev.raw.length, tok.at))) return;
      else if (tok.flag === 'slip' && prev?.t === 'ind' && s.pending.length) {
        // "村委会 哦不是 监委会": the name was the slip; the next one takes its place.
        s.unsaid = s.pending.pop() ?? null;
        s.named.unname();
      } else if (prev?.t === 'town' && tok.flag === 'slip') s.out.towns = s.out.towns.filter((t) => t.at !== prev.at);
      // "河东镇应为11个": the township is whose figure is put right, no slip.
      else if (prev?.t === 'town') return;
      // "支部12个，村委10个。哦不对，支部是13个": no figure just before it — the figure its name gives next
      // replaces that name's earlier one (see supersede).
      else if (s.out.items.some((i) => i.key !== 'due')) s.beforeCorrection = new Set(s.out.items);
      return;
    case 'correction':
      s.out.correction = true;
      // "村委会是9个，以这个为准" (bind-remarks.ts).
      if (s.lastEmitted && justGiven(s, prev) && thisOneStands(s, tok)) return;
      // "村委会8改成9", "女性成员由12人改为14人", "完成9个，改成10个": the word straight between two figures takes
      // back the first.
      if (s.lastEmitted && s.next?.t === 'num' && justGiven(s, prev)) {
        withdraw(s, s.lastEmitted);
        return;
      }
      if (s.out.items.some((i) => i.key !== 'due')) s.beforeCorrection = new Set(s.out.items);
      // "昨天报的 白沙支部应为12个": the word of the new figure comes before any old one was given.
      if (s.replacing && s.ignoreNext === 'aside') s.ignoreNext = null;
      s.replacing = false;
      return;
  }
}

const AFTER_AGAIN = /^\s*[,，]?\s*(?:而|应该|应)?是\s*[\d零一二两三四五六七八九十]/;

/** The figure just given is the token before `prev`'s word, over a separator at most. */
function justGiven(s: BindState, prev: Token | undefined): boolean {
  return !!s.lastEmitted && (prev === s.lastEmitted || (prev?.t === 'sep' && s.lastValueBeforeSep === s.lastEmitted));
}

/** "不是5个是6个" after 5个: the next figure repeats the one just given, and another follows after 是. */
function sayingAgain(s: BindState, last: ValueToken): boolean {
  const again = s.next;
  return last.t === 'num' && again?.t === 'num' && again.value === last.value && AFTER_AGAIN.test(s.text.slice(again.at + again.raw.length));
}

/**
 * "支部12个，村委10个。哦不对，支部是13个": the correction names another figure given earlier, not the one just
 * before it — that one stands.
 */
function namesAnother(s: BindState, last: ValueToken): boolean {
  const name = s.next?.t === 'sep' ? s.afterNext : s.next;
  if (name?.t !== 'ind') return false;
  const just = s.out.items.filter((i) => i.at === last.at).map((i) => i.key);
  return !name.keys.some((k) => just.includes(k)) && s.out.items.some((i) => i.at < last.at && name.keys.includes(i.key) && i.value.kind === 'number');
}

/** The line gave one figure and is a correction of it: no other figure, no name waiting for one. */
function soleFigure(s: BindState, tok: Token): boolean {
  const last = s.lastEmitted;
  if (!last || s.pending.length || s.orphans.length || last.seg !== tok.seg) return false;
  // "河西乡党组织应为9个，河东镇应为11个": a township named between them makes the new figure that township's.
  if (s.out.towns.some((t) => t.at > last.at && t.at < tok.at)) return false;
  // "党组织9个，昨天报的不对，昨天应该是8个": the new figure is another day's, and today's 9 stands.
  const rest = s.text.slice(tok.at + tok.raw.length).split('\n')[0]!;
  const between = s.text.slice(last.at + last.raw.length, tok.at + tok.raw.length) + rest.slice(0, rest.search(/[\d零一二两三四五六七八九十]/) + 1 || rest.length);
  // "昨天报的监委会3个多报了1个,…今天才补齐,昨天实际是2个": a day named for the figure and named again for its
  // replacement is the same day, whatever day a reason between mentions.
  const dayAt = (at: number) => s.out.dates.filter((d) => d.at < at).pop();
  const figureDay = dayAt(last.at);
  // (Not a day's new ones: what replaces them would be read as new ones too.)
  const total = s.out.items.some((i) => i.at === last.at && i.value.kind === 'number');
  const sameDay = total && !!figureDay && figureDay.seg === tok.seg && dayAt(tok.at) !== figureDay && JSON.stringify(dayAt(tok.at)?.value) === JSON.stringify(figureDay.value);
  if (ANOTHER_DAY.test(between) && !sameDay) return false;
  const given = s.out.items.filter((i) => i.key !== 'due');
  return given.length === 1 && given[0]!.at === last.at;
}

/**
 * A count told as the reason for a correction ("15改成17，有两个村漏统计了", "9人改为10人，有一个同志年龄算错了"):
 * the figure before the word that tells what went wrong is no figure of the county's. Set aside, named in the reply.
 */
export function reasonCount(s: BindState, prev: Token | undefined): boolean {
  const orphan = s.orphans[s.orphans.length - 1];
  if (!s.out.correction || !orphan || prev !== orphan || !s.out.items.some((i) => i.key !== 'due')) return false;
  s.orphans.pop();
  aside(s, orphan.at, orphan.at + orphan.raw.length);
  return true;
}

/**
 * "一肩挑9人有误", "村委会9→10": the figure just given was the wrong one. Its items are taken back and
 * its indicator waits for the figure that replaces it.
 */
export function withdraw(s: BindState, tok: ValueToken) {
  const taken = s.out.items.filter((i) => i.at === tok.at);
  if (!taken.length) return;
  for (const i of taken) if (i.value.kind === 'number') s.out.replaced.push({ key: i.key, n: i.value.n, at: i.at, seg: i.seg });
  s.out.items = s.out.items.filter((i) => i.at !== tok.at);
  // The due count named with a figure of villages ("完成12个村") waits only when it was the figure's own name
  // ("应换届数从8个改成7个").
  const keys = [...new Set(taken.map((i) => i.key))];
  s.pending = [keys.length > 1 ? keys.filter((k) => k !== 'due') : keys];
  // "党组织又完成了三个 不对 是两个": the figure put right was the day's increment; so is the new one.
  if (s.incr === 'none' && taken.some((i) => i.value.kind === 'increment')) s.incr = 'next';
  aside(s, tok.at, tok.at + tok.raw.length);
  s.lastEmitted = null;
}

/**
 * "新华街道下午报的党组织6个居委会6个…": a figure said as reported (报的) that nothing in the message corrects —
 * no correction word, no other figure of its name — is not replaced: it is the figure, as the sender reports it.
 * (Quoted aside and dropped, the rest of the message was stored half read.)
 */
export function notReplaced(s: BindState, tokens: Token[]) {
  if (!s.out.replaced.length || tokens.some((t) => t.t === 'flag' && (t.flag === 'wrong' || t.flag === 'slip' || t.flag === 'correction'))) return;
  const kept = s.out.replaced.filter((r) => s.out.items.some((i) => i.key === r.key));
  if (kept.length === s.out.replaced.length) return;
  for (const r of s.out.replaced.filter((x) => !kept.includes(x))) {
    const tok = tokens.find((t) => t.at === r.at);
    if (tok?.t !== 'num') return;
    s.out.items.push({ key: r.key, value: { kind: 'number', n: r.n, raw: tok.raw }, at: r.at, seg: r.seg });
    s.out.asides = s.out.asides.filter((a) => !a.includes(tok.raw) || !a.includes('报'));
  }
  s.out.items.sort((a, b) => a.at - b.at);
  s.out.replaced = kept;
  if (!kept.length) s.out.correction = false;
}

/** "村委15个\n更正一下 村委是14个": the figure before the 更正 is taken back, quoted, never stored. */
export function supersede(s: BindState, item: BoundItem) {
  // Same name under the same township and date (the last named before each figure).
  const under = <T>(refs: Ref<T>[], at: number) => JSON.stringify(refs.filter((r) => r.at < at).pop()?.value ?? null);
  const same = (i: BoundItem) => under(s.out.towns, i.at) === under(s.out.towns, item.at) && under(s.out.dates, i.at) === under(s.out.dates, item.at);
  const old = s.out.items.filter((i) => s.beforeCorrection!.has(i) && i.key === item.key && i.value.kind === 'number' && same(i));
  if (!old.length) return;
  for (const i of old) {
    if (i.value.kind === 'number') s.out.replaced.push({ key: i.key, n: i.value.n, at: i.at, seg: i.seg });
    aside(s, i.at, i.at + i.value.raw.length);
  }
  s.out.items = s.out.items.filter((i) => !old.includes(i));
}

/**
 * "下面监委会识别成8了，实际是6个\n石桥镇 … 监委会 8": a correction told before the figures names the wrong
 * figure in its own clause; that figure read again below is the one put right, never a later total that
 * overrides the correction (it had stored 8).
 */
export function withoutPutRight(text: string, items: BoundItem[]): BoundItem[] {
  const fixes = items.filter((f) => f.value.kind === 'number' && f.value.fixed);
  if (!fixes.length) return items;
  const wrong = new Map(fixes.map((f) => {
    const start = Math.max(text.lastIndexOf('\n', f.at - 1), text.lastIndexOf('。', f.at - 1)) + 1;
    const said = items.filter((i) => i.at >= start && i.at < f.at).map((i) => i.at);
    const told: number[] = [];
    // A date's numbers (11月27日报的) are no figure.
    for (const m of text.slice(start, f.at).matchAll(/(?<![\d.])\d+(?![\d.月日号年时点:：/-])/g)) if (!said.includes(start + m.index)) told.push(Number(m[0]));
    return [f, told] as const;
  }));
  // "…应为9个；截至今日…已完成11个": a figure of another day or time after the correction is where things stand then.
  const later = (f: BoundItem, i: BoundItem) => ANOTHER_TIME.test(text.slice(f.at, i.at));
  const numberOf = (i: BoundItem) => (i.value.kind === 'number' ? i.value.n : undefined);
  const kept = items.filter((i) => {
    if (i.value.kind !== 'number' || i.value.fixed) return true;
    const n = i.value.n;
    return !fixes.some((f) => f.key === i.key && f.at < i.at && numberOf(f) !== n && wrong.get(f)!.includes(n) && !later(f, i));
  });
  // A figure after the one put right stands beside it only as things stand later or as the whole; else the two are
  // two figures for one count ("党组织刚才报错了应为15个\n…今日汇总：党组织16个" had stored 16).
  for (const i of kept) {
    if (i.value.kind === 'number' && !i.value.fixed && fixes.some((f) => f.key === i.key && f.at < i.at && SINCE.test(text.slice(f.at, i.at)))) i.value.since = true;
  }
  return kept;
}
