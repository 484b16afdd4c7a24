// Figures told around their names the way people say them, written the way the reader reads them: a numbered point's
// name alone in its sentence (二是村委会换届。已完成5个), a body's count then those of it done (党组织16个完成14个),
// a spoken rate after a count (完成十六个 百分之八十 监委会…), a shortfall of the last report (刚才少报了2人), and
// still that many (还是10人). Also the heading naming the work's state (启动情况) and a closing plan (明天完成…选举).
import { parseAnyNumber } from '../numerals.js';
import { escape, type Lexicon } from './lexicon.js';

/** A lexicon's names (captured) followed by `tail`, built once per lexicon and tail. */
const AFTER_NAMES = new WeakMap<Lexicon, Map<string, RegExp>>();
export function afterNames(lexicon: Lexicon, tail: string): RegExp {
  let byTail = AFTER_NAMES.get(lexicon);
  if (!byTail) AFTER_NAMES.set(lexicon, (byTail = new Map()));
  let re = byTail.get(tail);
  if (!re) byTail.set(tail, (re = new RegExp(`(${lexicon.names.map((n) => escape(n.text)).join('|')})${tail}`, 'g')));
  return re;
}

/** A numbered point (一是, 二是) whose sentence is a name alone, the next sentence counting something. */
const POINT_HEADINGS_TAIL = String.raw`((?:换届|选举|推选|工作|情况)*)\s*。(?=[^。\n]*[0-9零一二两三四五六七八九十]\s*[个人名])`;
const pointHeadings = (lexicon: Lexicon) => afterNames(lexicon, POINT_HEADINGS_TAIL);
const POINT = /[一二三四五六七八九十]是\s*$/;
/** A day to come at a clause's start, then work to do and no numeral before the clause ends. */
const PLAN_NEXT_DAY = /(?<=^|[,，。;；:：\n\s])(明天|明日|明早|明晚|后天)(?!计划|将|拟|要|准备|争取|力争|预计|安排)(?=[^,，。;；\n\d零一二两三四五六七八九十]{0,20}(?:完成|选举|召开|开展|进行|推进|组织|推选)[^,，。;；\n\d零一二两三四五六七八九十]*(?:[,，。;；\n]|$))/g;
/** A count, its rate (完成率百分之百, 80%), then a pause before more words. */
const RATE_THEN_PAUSE = /((?:[个人名]|\d)[ \t]*(?:的)?(?:完成率|完成比例|比例|占比)?[ \t]*(?:为|是|达到?)?[ \t]*(?:百分之[零一二两三四五六七八九十百点]+|[\d.]+[ \t]*%))(?=[ \t]+[\u4e00-\u9fff])/g;
/** A name, a bare count, then those of it done (党组织16个完成14个). */
const COUNT_THEN_DONE_TAIL = String.raw`\s*([0-9零一二两三四五六七八九十]+)\s*个(?![村社])(?=\s*(?:已经?)?(?:完成|选完|换完)了?\s*([0-9零一二两三四五六七八九十]+)\s*个)`;
const countThenDone = (lexicon: Lexicon) => afterNames(lexicon, COUNT_THEN_DONE_TAIL);
/** The cheap test first: a count straight before 完成 (most reports have 完成, few a count before it). */
const COUNT_THEN_DONE = /[0-9零一二两三四五六七八九十]\s*个\s*(?:已经?)?(?:完成|选完|换完)/;
/** A name, then (刚才) 少报了 and a figure: a shortfall of the last report. */
const SHORT_AFTER_NAME_TAIL = String.raw`(?:两委成员|成员|委员)?\s*(?:刚才|刚刚|之前|上一条|上条)?(?:报的)?(?:少报|漏报|少算|漏算|少统计|漏统计)了?(?=\s*[0-9零一二两三四五六七八九十]+\s*[个人名])`;
const shortAfterName = (lexicon: Lexicon) => afterNames(lexicon, SHORT_AFTER_NAME_TAIL);
/** A name, then 还是 and a figure. */
const STILL_AFTER_NAME_TAIL = String.raw`\s*还是(?=\s*[0-9零一二两三四五六七八九十])`;
const stillAfterName = (lexicon: Lexicon) => afterNames(lexicon, STILL_AFTER_NAME_TAIL);

/** What every match of pausedFigure holds: a stop or comma, then (的 and) a figure. */
const PAUSE_THEN_FIGURE = /[。,]\s*的?\s*[0-9零一二两三四五六七八九十]/;
/** Dictated: a name and its verb, a pause written as a stop or comma, then the bare figure (居委会完成了，五个; 有。九个). */
const PAUSED_FIGURE_TAIL = String.raw`((?:换届)?(?:已经?)?(?:完成了?|选完了?|的?有|是|为)?)\s*[。,]+\s*(?=的?\s*[0-9零一二两三四五六七八九十]+\s*[个人名位]?\s*(?:[。,;\n]|$))`;
const pausedFigure = (lexicon: Lexicon) => afterNames(lexicon, PAUSED_FIGURE_TAIL);

export function saidAroundNames(t: string, lexicon: Lexicon): string {
  // "居委会完成了，五个", "交叉任职的有。九个": voice input writes a pause after the verb as a stop or comma; the bare figure
  // after it is the name's, as after a name alone (spokenStops in prepare.ts).
  // (Only where a stop or comma has a figure after it: the names' pattern is long, and most commas have none.)
  if (PAUSE_THEN_FIGURE.test(t)) t = t.replace(pausedFigure(lexicon), '$1$2');
  // "二是村委会换届。已完成5个": a numbered point's name alone in its sentence heads the figures of the next one.
  if (t.includes('是') && t.includes('。')) t = t.replace(pointHeadings(lexicon), (m, name: string, work: string, at: number) => (POINT.test(t.slice(Math.max(0, at - 4), at)) ? `${name}${work}:` : m));
  // "交叉任职还是10人": still that many — the running total, whatever new ones the line told before
  // ("11还是12个" is a doubt between two figures: no name before it).
  if (t.includes('还是')) t = t.replace(stillAfterName(lexicon), '$1仍是');
  // "换届启动情况：…": the heading names the work's state, no figure's — 启动 there says nothing is not done.
  if (t.includes('情况')) t = t.replace(/(?:启动|进行|开展|推进)(?=情况)/g, '');
  // "明天完成光明社区居委会选举": a day to come, then work to do, with no figure in the clause — a plan, not the day
  // the message reports.
  if (/明[天日早晚]|后天/.test(t)) t = t.replace(PLAN_NEXT_DAY, '$1计划');
  // "村委会完成十六个 百分之八十 监委会…": spoken, a rate after a count with only a pause before the next name is that
  // count's rate — the pause ends it, as a comma would (it had been read as the next name's figure).
  if (/百分之|%/.test(t)) t = t.replace(RATE_THEN_PAUSE, '$1,');
  // "党组织16个完成14个": a body's count straight before those of it done, no fewer, is of its villages — the due count.
  if (COUNT_THEN_DONE.test(t)) t = t.replace(countThenDone(lexicon), (m, name: string, all: string, done: string) => ((parseAnyNumber(done) ?? Infinity) <= (parseAnyNumber(all) ?? -1) ? `${name}${all}个村` : m));
  // "女性两委成员刚才少报了2人": a figure reported short, straight after its name, is that many more than the record.
  if (/少报|漏报|少算|漏算|少统计|漏统计/.test(t)) t = t.replace(shortAfterName(lexicon), '$1在刚才基础上加');
  return t;
}
