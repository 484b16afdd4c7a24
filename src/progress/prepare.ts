// Step 0 of reading a report: the text every later step reads — folded, typos fixed, emoji dropped, a
// roll call counted, a leader's shorthand and pinyin spelled out, words read by their sound.
import { toSimplified } from '../simplified.js';
import { escape, foldText, longestAt, type Lexicon } from './lexicon.js';
import { bracketedWords, isTownship } from './bracketed-words.js';
import { candidatesTraitsAside } from './candidates.js';
import { RANK_SCOPE } from './scan-number.js';
import { soundsLike } from './sounds-like.js';
import { foldMarks, readRollCall } from './roll-call.js';
import { readMarkedTable } from './marked-table.js';
import { readParallel } from './parallel.js';
import { readShorthand } from './shorthand.js';
import { readTypedPinyin } from './typed-pinyin.js';
import { countNamedDone, countNamedRest, noneYet, remainHeading } from './named-rest.js';
import { countNamedAfter } from './named-after.js';
import { fromPicture } from './picture-paste.js';
import { oddLayout } from './odd-layout.js';
import { townshipCommittee, withoutOtherNumbers } from './other-numbers.js';
import { noneSaid, zeroWords } from './none-said.js';
import { oneShoulderExcepted } from './one-shoulder-except.js';
import { bodiesCounted, countOverBodies, joinBodyRuns } from './body-runs.js';
import { readVillageStates } from './village-states.js';
import { readRoster } from './village-roster.js';
import { readPartyKinds, readParts, villageBreakdown } from './parts.js';
import { readAreas } from './areas.js';
import { sumAreas } from './area-sums.js';
import { dueAfterChange } from './due-merged.js';
import { readOutcomes } from './outcomes.js';
import { COUNT_NUMERAL, parseAnyNumber } from '../numerals.js';
import { withoutBulletinFigures } from './quoted-bulletin.js';
import { replyToQuote } from './quote-reply.js';
import { lookAlikes } from './look-alikes.js';
import { allNewSaidAfter, hedgedRatesAside } from './said-after.js';
import { refusedAfterReview, reviewCounts } from './review-counts.js';
import { villageLinesAside } from './village-lines.js';
import { afterNames, saidAroundNames } from './said-around-names.js';
import { allSaid } from './all-said.js';
import { readRanges } from './ranges.js';
import { peopleAndOneMore, plainWords } from './plain-words.js';
import type { TownshipMatcher } from './townships.js';

/** A bracket naming a fraction's parts: (完成/应换届), (已完成数/应换届数), (完成/总数). */
const FRACTION_PARTS = /[(（]\s*(?:已?完成(?:数|个数)?)\s*[/／]\s*(?:应换届(?:数|村数|个数)?|总数|应换|总)\s*[)）]/g;
const EMOJI = /\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}\uFE0F\u200D\u20E3]/gu;
/** A cheap pre-check: the Unicode-property pattern is slow and most messages have no emoji. */
const MAYBE_EMOJI = /[\u00a9\u00ae\u203c\u2049\u2122\u2139\u2190-\u21ff\u2300-\u27bf\u2900-\u297f\u2b00-\u2bff\u3030\u303d\u3297\u3299\ud800-\udfff\ufe0f\u200d\u20e3]/;
/**
 * Keycap digits (1️⃣, 1⃣ without U+FE0F, 🔟) number a list on phones, like ①②: they are not figures.
 * Only a run of them written straight before a unit ("1️⃣2️⃣个") spells a number.
 */
const KEYCAP_RUN = /(?:[0-9]\uFE0F?\u20E3|\u{1F51F})+(?=(\s*[个人名位户岁%])?)/gu;
const INCREMENT_IN_BRACKET = /(?<=[0-9一二两三四五六七八九十]\s*[个人]?\s*)\(\s*((?:今天|今日|当日|本日)?\s*(?:新增|又完成|增加)\s*[0-9一二两三四五六七八九十]+\s*[个人]?)\s*\)/g;
const EMPHASIS = /\*\*([^*\n]+?)\*\*|__([^_\n]+?)__/g;

export interface PrepareOptions {
  /** Keep the spacing that parts a table's cells. */
  cells?: boolean;
  /** Read words by their sound against these townships and the lexicon; what was read so goes to `heard`. */
  townships?: TownshipMatcher;
  heard?: { from: string; to: string }[];
}

/** Fold, fix known typos, drop emoji: the text every later step reads. */
const DONE_SOME_DAYS_AGO = /(已经?|早就?)(?:于|在)?\s*(?:上周|上个?星期|上礼拜|上个月|前几天|前些天|之前|早些时候)就?\s*(?=(?:全部|都|均|全)(?:已经?)?(?:完成|选完|结束|换完|搞完|弄完))/g;

export function prepare(text: string, lexicon: Lexicon, opts: PrepareOptions = {}): string {
  // Traditional characters (監委會) first: every word list is in simplified ones.
  let t = foldText(toSimplified(text));
  if (/[lIoO]/.test(t)) t = lookAlikes(t, opts.heard);
  // Pasted from a picture: the phone's status bar, page footers, a label spaced out or broken over two lines.
  t = fromPicture(t, lexicon);
  t = oddLayout(t, lexicon);
  // Document numbers, phones, village groups, ages of a generation, hours: no figure of the report.
  t = withoutOtherNumbers(t);
  t = townshipCommittee(t, (word) => isTownship(word, opts.townships));
  // "两个村共有党员137名": 共有 before the people it counts says how many of them, not the villages due.
  if (t.includes('共有')) t = t.replace(/共有(?=党员|选民|村民|居民|群众|人口|户|代表)/g, '有');
  // 一肩挑 told by its exceptions (选完的18个里除了南岭、北岭都是一肩挑): the count less the villages named.
  t = oneShoulderExcepted(t);
  // Bodies named one after another, then all said done (党组织村委会监委会全搞定了): a list.
  if (/[都全均]/.test(t)) t = countOverBodies(joinBodyRuns(t, lexicon), lexicon);
  // "党组织、居委会、监委会三个换届全部完成": how many bodies were listed is no figure.
  if (/[两三23][ \t]*[个项]/.test(t)) t = bodiesCounted(t, lexicon);
  if (t.includes('通报')) t = withoutBulletinFigures(t);
  // A roll call's marks (✔, ❌) are emoji: folded to √ and × before emoji go.
  if (MAYBE_EMOJI.test(t)) {
    t = foldMarks(t);
    if (MAYBE_EMOJI.test(t)) t = t.replace(KEYCAP_RUN, keycaps).replace(EMOJI, ' ');
  }
  // "村委会除了王家峪、马家湾两个村以外都选完了": the villages excepted are what is left — counted, never done (the
  // count of exceptions had been stored as the figure done).
  if (t.includes('除')) t = t.replace(EXCEPT_COUNTED, (m, n: string) => `还剩${n}个没选`);
  // "还有 村委会完成9个": 还有 opening a line, a space after it, adds to the message before (接上条) — as with a comma
  // after it; it is no remainder (还有3个没选), which has its figure straight after.
  if (t.includes('还有')) t = t.replace(/(^|\n)([ \t]*还有)[ \t\u3000]+(?=[^\s\d零一二两三四五六七八九十])/g, '$1$2,');
  // A person named by surname and post (李主任那边是14个); one more village done (还有一个村…也选完了).
  t = peopleAndOneMore(t);
  // "党✔12", "党 √9": a tick between a name and its figure says done, as the figure does.
  if (t.includes('√')) t = t.replace(/(?<=[\u4e00-\u9fff])[ \t]*√[ \t]*(?=\d)/g, '');
  // Villages' own lines above the township's (…\n全镇累计：…): notes on it — before a village in brackets
  // ([高庄村]) is taken for an emoticon.
  t = villageLinesAside(t);
  // A township in brackets ("【河东镇】", folded to [河东镇]) heads the report, a template's field ([监委会]) names a figure.
  if (t.includes('[')) t = bracketedWords(t, lexicon, opts.townships);
  // "完成 **9** 个": markdown emphasis, paired, around a figure or words; an unpaired mark beside a digit (1*个)
  // is left to say the figure is unsure.
  if (t.includes('**') || t.includes('__')) t = t.replace(EMPHASIS, '$1$2');
  // "累计7个(今天新增2个)": the day's new ones in a bracket are a second reading of the total,
  // checked against it like any increment — not an aside the total passes over.
  if (t.includes('(')) t = t.replace(INCREMENT_IN_BRACKET, (m, inc: string) => `,${inc}`);
  if (t.includes('\r')) t = t.replace(/\r\n?/g, '\n');
  // "又完成4个村(居)委会换届": the count before a body named with its bracket, not a count of villages (4个村).
  if (t.includes('个村(')) t = t.replace(/个村\((居|社区)\)(?=委|民委|务)/g, '个 村($1)');
  // "进度（完成/应换届）：城关16/18": a bracket naming a fraction's two parts says how to read the fractions after it —
  // as every fraction is read (done/due); its 应换届 is no due count waiting for the first figure.
  if (t.includes('/')) t = t.replace(FRACTION_PARTS, ' ');
  // "11·18": a month and day parted by a middle dot, as by a full stop.
  if (/\d[·・]\d/.test(t)) t = t.replace(/(?<=\b\d{1,2})[·・](?=\d{1,2}\b)/g, '.');
  // "23至26日", "11月23到26号": the first day of a span takes the unit the last one has.
  // "11月10日—20日": the last day of a span takes the month the first one has (alone, 20日 was read as last month's).
  if (/月\d{1,2}\s*[日号]\s*[至到~～—-]+\s*\d{1,2}\s*[日号]/.test(t)) t = t.replace(MONTH_SPAN, (m, month: string, a: string, to: string, b: string, unit: string) => (Number(a) < Number(b) && Number(b) <= 31 ? `${month}月${a}${unit}${to}${month}月${b}${unit}` : m));
  if (/\d\s*[至到~～—-]+\s*\d{1,2}\s*[日号]/.test(t)) t = t.replace(DAY_SPAN, (m, a: string, to: string, b: string, unit: string) => (Number(a) < Number(b) && Number(b) <= 31 ? `${a}${unit}${to}${b}${unit}` : m));
  // "结构数据先报一部分:35岁以下的6个": reporting part of the figures hedges none of them.
  if (t.includes('一部分')) t = t.replace(/(?<=[先只]?报了?)一部分(?=\s*[:,，。]|的?数)/g, '以下');
  // "昨天又完成1个没来得及报": why a figure comes late says nothing of the figure (没 there is no not-done).
  if (/没来得及|没顾上|没顾得上|忘了报/.test(t)) t = t.replace(/(?<=[个人名])[ \t]*(?:还)?(?:没来得及|没顾上|没顾得上|忘了)(?:报|发|上报)(?:上来)?/g, '');
  // "现将近三日情况一并报告": 将 opens what follows (现将…报告), 近三日 is the span — no hedge 将近.
  if (t.includes('将近')) t = t.replace(/(?<=[现特兹今])将近(?=[一二两三四五六七八九十\d]+[日天])/g, '将最近');
  // "通过的人选中女性26人": the candidates' make-up, set aside (candidates.ts).
  if (/人选|候选人/.test(t)) t = candidatesTraitsAside(t);
  // "比昨天统计的47.1岁又降了点": the figure compared with is the one on record — set aside, no increment.
  if (/[比较]/.test(t)) t = t.replace(/(?:比|较|跟|和)(?:昨天|昨日|前天|上次|上回|上周)(?:统计|报|上报|报送|说|录)的\s*[\d.]+\s*[个人名岁]?/g, '($&)');
  // "党组织16个已于上周全部完成": a whole done some days ago is done today — the week or so is when, not the day reported.
  if (/[已早]/.test(t)) t = t.replace(DONE_SOME_DAYS_AGO, '$1');
  for (const [from, to] of lexicon.typos) if (t.includes(from)) t = t.split(from).join(to);
  t = allSaid(t, lexicon);
  if (t.includes('「') || /^\s*回复/.test(t)) t = replyToQuote(t, lexicon);
  // "没有不通过的": the indicator's figure is nought, said in words — written as its first name and 0.
  // After an increment or a day's count in the same clause ("今天又审了十二人 全部通过", "今天审了18人全部通过") it
  // says today's batch all passed: no figure of its own, never a total of 0.
  t = zeroWords(refusedAfterReview(t), lexicon);
  t = noneSaid(t, lexicon);
  // "全县合计34个", "以上三个乡镇合计…": a sum over townships is no township's figure: its words are marked
  // as the sum (indicators.yaml words: 全县合计), so the figure is set aside and named in the reply.
  // Not a heading over the townships' own lines ("全县汇总（截至11月29日）：\n城关镇 …"): its date dates them.
  if (t.includes('全县') || t.includes('以上')) t = t.replace(TOTAL_OVER_TOWNSHIPS, (m, at: number, all: string) => (HEADING_ONLY.test(all.slice(at + m.length)) ? m : '全县合计'));
  // "合计：党支部3个 村委2个": a heading that says the names after it are totals, not the due count.
  // Without a colon only straight before a name ("合计审查72人", not "这么统计吗").
  if (/合计|共计|总计|小计|汇总|统计|一共|总共/.test(t)) t = t.replace(TOTALS_HEADING, (m, colon: string | undefined, at: number) => (colon || longestAt(lexicon.nameIndex, t, at + m.length) ? '累计:' : m));
  // "东城街道(3个社区2个村)": the township's villages and communities, counted in parts — its due count.
  if (t.includes('(')) t = t.replace(DUE_IN_PARTS, (m, a: string, b: string) => {
    const [x, y] = [parseAnyNumber(a), parseAnyNumber(b)];
    return x !== null && y !== null ? `(共${x + y}个)` : m;
  });
  // Villages and 社区 counted apart (村级完成6个另有社区2个): one figure, their sum.
  if (t.includes('社区')) t = readParts(t);
  if (/党委|总支|支部/.test(t)) t = readPartyKinds(t);
  // A figure told area by area after its name (党组织:东片3个、中片2个): their sum, the areas kept beside it.
  if (MAYBE_AREAS.test(t)) t = readAreas(t, lexicon, opts.townships);
  // "不是3个就是4个", "一肩挑8、9人": one or the other — a doubt, read as a range (never either figure).
  t = readRanges(t);
  // Spoken 俩 and 仨 are two and three (of whatever is being counted).
  if (/[俩仨]/.test(t)) t = t.replace(/(?<=[他她我你咱俺](?:们)?)[俩仨](?![个村])/g, '们').replace(/俩个?/g, '两个').replace(/仨个?/g, '三个');
  // A figure broken down by village right after it (3个，大柳树、后沟、西坡各一个): a note on it.
  if (MAYBE_BREAKDOWN.test(t)) t = villageBreakdown(t);
  // Runs of names and figures (党组织/村委会/监委会：10/7/7, 9个、6个，分别是党组织、村委会) paired in order first,
  // so that shorthand names among them (党/村/监) are then spelled out like any other.
  if (/[/、\-]/.test(t)) t = readParallel(t, lexicon) ?? t;
  // "暂无新增不合格": nothing new said before the name is the name said unchanged (不合格无新增), as after it.
  if (/无新增|没有新增|没新增/.test(t)) t = t.replace(nothingNewBefore(lexicon), (m, name: string) => `${name}无新增`);
  // "应换届由20个减为18个": from one figure to another, the second replaces the first — read before the sounds
  // are folded, which would hear 减为 as 监委.
  if (/由|原报|原来|原先|从/.test(t)) t = t.replace(FROM_TO, '由$1调整为');
  // Everyday words around figures: 全镇 before a verb, 一个没有, 慢一些, 也 after all done, 报的…是7个，不是6个.
  t = plainWords(t, lexicon);
  // "党组织中午是8个，现在10个了": earlier today's figure, then the one now — the later replaces it.
  if (/现在|目前|现已/.test(t) && EARLIER_TODAY.test(t)) t = t.replace(EARLIER_THEN_NOW, '由$1调整为');
  // "应换届20个（2个村合并后为18个）", "应换届20个，合并后18个": the due count after the change is the one.
  t = dueAfterChange(t);
  // "两边都挂职的(支委村委都是的)20个人": a bracket after a people-count name that only says who they are
  // (no figure, no word of progress) explains the name — the bodies named in it are no figures of their own.
  if (t.includes('(')) t = t.replace(WHO_THEY_ARE, (m, name: string, inner: string) => (PEOPLE_NAME.test(name) && !/完成|选完|结束|全部|没|未|还/.test(inner) ? name : m));
  // "年轻干部(35岁及以下)今天又增加了2名": a bracket holding only an indicator's name, after the words it
  // names, is that name — not an aside.
  if (t.includes('(')) t = t.replace(NAME_IN_BRACKET, (m, inner: string) => (longestAt(lexicon.nameIndex, inner, 0) === inner && lexicon.keysOf.get(inner)?.every((k) => TRAITS.has(k)) ? ` ${inner} ` : m));
  // A form pasted a field to a line, its value on the next ("党组织完成数\n7"): each name with its value.
  if (t.includes('\n')) t = t.replace(LABEL_VALUE, (m, start: string, label: string, value: string) => (lexicon.names.some((n) => label.includes(n.text)) ? `${start}${label} ${value}` : m));
  t = reviewCounts(t);
  // "本科及以上7人，大专5人": the two levels together are 大专及以上 — one figure, their sum.
  if (t.includes('本科') && /大专|专科/.test(t)) t = t.replace(DEGREE_PARTS, (m, a?: string, b?: string, c?: string, d?: string) => `大专及以上${parseAnyNumber(a ?? d ?? '')! + parseAnyNumber(b ?? c ?? '')!}人`);
  const brief = readShorthand(t, lexicon, opts.townships);
  if (brief) t = brief;
  const typed = readTypedPinyin(t, lexicon);
  if (typed) {
    opts.heard?.push(...typed.changes);
    t = typed.text;
  }
  if (opts.townships) {
    const folded = soundsLike(lexicon, opts.townships).fold(t);
    opts.heard?.push(...folded.changes);
    // "没有不和格的": a nought said in words may only read once its words are heard right.
    t = folded.changes.length ? zeroWords(folded.text, lexicon) : folded.text;
  }
  // A township's figures told area by area (村委会东片6个、西片5个; 东片区：党4 村4 监3), once shorthand names are spelled
  // out: their sums, when every area is told.
  if (/片|管区/.test(t)) t = sumAreas(t, lexicon);
  // "党支部。6个，村委会。5个。": voice input writes a pause as a full stop; a figure alone in the sentence after a
  // name is that name's (a figure with words of its own after it starts a sentence of its own). Names are read
  // right first (存委会 is 村委会).
  if (t.includes('。')) t = t.replace(spokenStops(lexicon), '$1 ');
  if (t.includes('是今')) t = allNewSaidAfter(t);
  if (t.includes('成') || t.includes('%')) t = hedgedRatesAside(t);
  // Figures told around their names the way people say them (said-around-names.ts).
  t = saidAroundNames(t, lexicon);
  // Villages still to do, named but not counted (只剩石门村没选了): counted where they are named.
  if (/[剩差]/.test(t)) t = countNamedRest(t, lexicon, opts.townships);
  if (/[剩余差完]/.test(t)) t = remainHeading(t, lexicon);
  if (t.includes('都') || t.includes('也')) t = noneYet(t, lexicon);
  // Counted once the names are read right (据委 is 居委).
  if (t.includes('\n') && t.includes('|') && /[√×]/.test(t)) t = readMarkedTable(t, lexicon) ?? t;
  // One body's villages listed with their states (党支部：马坊村完成，前屯未选，南沟明天选): counted for the body.
  if (MAYBE_ROSTER.test(t)) t = readRoster(t, lexicon) ?? t;
  if (t.includes('\n') || t.includes(':')) t = readRollCall(t, lexicon) ?? t;
  // "东城最后1个居委会今天选完了": the last one done is all of them done. Not when it is not done yet, or is
  // the condition of something else ("最后一个村选完了就全部完成"), or all of them are said done just after.
  // "监委会就差最后一个了": what is left is that many — 最后 only says it is the last.
  if (t.includes('最后')) t = t.replace(LEFT_LAST, '');
  if (t.includes('最后')) t = t.replace(LAST_DONE, (m, mid: string) => (NOT_YET.test(mid) ? m : `${mid}全部完成`));
  // "首个社区党委(幸福里社区)今天完成换届": the first one done is one done.
  if (/首个|第一个|头一个/.test(t)) t = t.replace(FIRST_DONE, (m, mid: string, verb: string, at: number) => (NOT_YET.test(mid) || RANK_SCOPE.test(t.slice(Math.max(0, at - 14), at)) ? m : `${mid}${verb}1个`));
  // Outcomes in the election's own words (监委会成员选齐10个, 3个村选出了新一届支委班子): the body's figure.
  if (/选齐|选出|产生/.test(t)) t = readOutcomes(t, lexicon);
  // A roll call told in sentences, village after village (王庄村支部选完了，石门村支部也选完了): counted per body.
  if (MAYBE_VILLAGE.test(t)) t = readVillageStates(t, lexicon) ?? t;
  // Villages named as done today, with no figure in the message (沙河村、前进村监委会选完): counted.
  if (/选完|完成|选出来|结束|产生|换完|换好/.test(t) && (t.includes('、') || MAYBE_VILLAGE.test(t))) t = countNamedDone(t, lexicon, opts.townships);
  // …and named after the body and its verb (党支部今天选完了三个村,大柳树、小柳树、后沟).
  if (MAYBE_NAMED_AFTER.test(t)) t = countNamedAfter(t, lexicon, opts.townships);
  return opts.cells ? t : t.replace(/[ \t]{2,}/g, ' ').trim();
}

// Cheap tests before the costly readings, so a plain report ("党组织完成9个，村委会6个") skips them: a village named
// (a 村 after a character, not 村委/村民/村务/村级, or a 社区), a breakdown (各, or a village with a count), names
// after a verb of completion (a word, not a figure, straight after it).
/** Two states said of villages (完成/已选 and 未选/明天, or two of either): worth trying readRoster. */
const MAYBE_ROSTER = /(?:完成|已选|选完|√|未选|没选|明天|×)[^]*?(?:完成|已选|选完|√|未选|没选|明天|×)/;
const MAYBE_VILLAGE = /[\u4e00-\u9fff]村(?![委民务级])|社区/;
/** Two labelled figures in a row after a mark or a space, or an area's word: worth trying readAreas. */
const MAYBE_AREAS = /管区|片区|片\s*[+\d]|[:：\s][\u4e00-\u9fff]{1,5}\s*[+＋]?\d+\D{0,4}?[,、;\s]\s*[\u4e00-\u9fff]{1,5}\s*[+＋]?\d/;
const MAYBE_BREAKDOWN = /一个是?[\u4e00-\u9fff]{1,5}?(?:村|社区)[,、\s]*一个|各|(?:村|社区)\s*[\d一二两三四五六七八九十]+\s*[个人名]|[个人名]\s*[:,]\s*(?:周|星期|礼拜)[一二三四五六日天]/;
const MAYBE_NAMED_AFTER = /(?:选完|完成|选出|选好|选了|搞定|推选完毕|换完|换好)了?(?:的(?:村|社区)?(?:有|是)?|情况(?=\s*:))?\s*:?\s*(?![\d零一二两三四五六七八九十全]|新(?:增|的|一|班|当|任|选|上)|数|率|情况|换届|选举|工作|任务)[\u4e00-\u9fff]{2}|(?:选完|完成|选出|选好|选了|换完|换好)了?\s*[\d零一二两三四五六七八九十]+\s*个[^,;。:\n\d]{2,12}:/;
// 以上 only where a clause starts and townships are summed ("以上三个乡镇合计"), never in 大专及以上累计 or a
// roll call's 以上共14个村 (the township's own villages).
const TOTAL_OVER_TOWNSHIPS = /(?:全县[^,;。\n]{0,8}?|(?<=^|[\n,;。:])以上(?=[^,;。\n]{0,10}?(?:乡|镇|街道|单位))[^,;。\n]{0,10}?)(?:合计|共计|总计|汇总|累计|一共|共|平均)/g;
const HEADING_ONLY = /^\s*(?:\([^()\n]*\))?\s*:?\s*\n/;
const TOTALS_HEADING = /(?<!全县)(?:合计|共计|总计|小计|汇总|统计|一共|总共)(\s*:)?\s*(?=[^\s\d零〇一二两三四五六七八九十:,，。;；、])/g;
const DUE_IN_PARTS = /(?<=[乡镇道])\(([\d一二两三四五六七八九十]+)个?(?:社区|村)[、,和及]?([\d一二两三四五六七八九十]+)个?(?:村|社区)\)/g;
const LABEL_VALUE = /(^|\n)([^\n\d]{1,16})\n[ \t]*(\d+(?:\.\d+)?)[ \t]*(?=\n|$)/g;
const BACHELOR = '本科(?:及以上|以上)?(?:学历)?的?\\s*:?\\s*';
const DIPLOMA = '(?:大专|专科)(?:学历)?的?\\s*:?\\s*';
const EXCEPT_COUNTED = /除了?[^,，。;；!！?？\n]{0,30}?([0-9零一二两三四五六七八九十]+)\s*个\s*(?:村|社区|村\(社区\))?\s*(?:以外|之外|外)?\s*[,，]?\s*(?:其余|其他|别的)?的?(?:村|社区)?(?:都|均|全都|全部|也都)(?:已经?)?(?:选完了?|完成了?|选了|换完了?|结束了?|选好了?)/g;
// Counts in digits or Chinese numerals (本科及以上十二人，大专九人).
const DEGREE_PARTS = new RegExp(`${BACHELOR}(${COUNT_NUMERAL})\\s*[人个名]\\s*[,、;\\s]\\s*${DIPLOMA}(${COUNT_NUMERAL})\\s*[人个名]|${DIPLOMA}(${COUNT_NUMERAL})\\s*[人个名]\\s*[,、;\\s]\\s*${BACHELOR}(${COUNT_NUMERAL})\\s*[人个名]`, 'g');
const WHO_THEY_ARE = /([\u4e00-\u9fff]{2,8})\(([^()\d\n]{2,16})\)/g;
/** Names of counts of people whose bracket may say who they are. */
const PEOPLE_NAME = /(?:挂职|交叉|一肩挑|兼主任|兼任)的?$/;
const TRAITS = new Set<string>(['under35', 'college', 'female']);
const NAME_IN_BRACKET = /(?<=[\u4e00-\u9fff])\(([^()\n]{2,12})\)/g;
/** "23至26日": two days of the month, the unit said once (not "3至7个", not "2025年1至3月"). */
const MONTH_SPAN = /(?<![\d.])(\d{1,2})月(\d{1,2})\s*[日号](\s*[至到~～—-]+\s*)(\d{1,2})\s*([日号])/g;
const DAY_SPAN = /(?<![\d.年])(\d{1,2})(\s*[至到~～—-]+\s*)(\d{1,2})\s*([日号])/g;
const LAST_DONE = /最后(?:[一两二三四五\d])个(?!的)((?:[^,;。!?\n()（）]|\([^()（）]*\)){0,16}?)(?:选完了|选完|完成了|完成|选举结束|结束了|选出来了)(?!了?(?:[就才后的]|[,\s]*(?:全部|全都|都|全)))/g;
const FIRST_DONE = /(?<!全县|全市|全镇|全乡)(?:首个|第一个|头一个)(?!的|全部|都|全)([^,;。!?\n]{0,20}?)(选完了|选完|完成了|完成|选举结束|选出来了)(?!了?(?:[就才后的]|[,\s]*\d))/g;
const LEFT_LAST = /(?<=差|剩|剩下)最后(?=[一两二三四五\d]个)/g;
const NOT_YET = /没|未|不|下周|明天|后天|要|将|计划|准备|还/;

const nothingNew = new WeakMap<Lexicon, RegExp>();
/** 暂无新增 / 没有新增 straight before an indicator's name, with no figure after the name in its clause. */
// 由 may be left out after 原报/原来 ("原报11个减为10个"); the figure before the verb is the old one either way.
const EARLIER_TODAY = /上午|中午|早上|早晨|下午|刚才|原来|原先|之前|先前|早先/;
const EARLIER_THEN_NOW = /(?:上午|中午|早上|早晨|下午|刚才|原来|原先|之前|先前|早先)(?:报的?|发的?)?(?:是|为|还是)?\s*([0-9零〇一二两三四五六七八九十百]+\s*[个人名]?)\s*[,，;；]\s*(?:现在|目前|现已)(?:是|为|已经?|已是|变成|到了)?\s*(?=[0-9零〇一二两三四五六七八九十百]+\s*[个人名]?)/g;
const FROM_TO = /(?:由|(?<=原报|原来|原先|从))\s*([0-9零〇一二两三四五六七八九十百]+\s*[个人名]?)\s*(?:(?:减少|减|增加|增|降|升|调整|调|变更|变|改)(?:为|到|至|成)|变(?=\s*[0-9零〇一二两三四五六七八九十]))/g;

function nothingNewBefore(lexicon: Lexicon): RegExp {
  let re = nothingNew.get(lexicon);
  if (!re) {
    const names = lexicon.names.map((n) => escape(n.text)).join('|');
    nothingNew.set(lexicon, (re = new RegExp(`(?:暂无|今日无|今天无|无|没有|没)新增的?(${names})(?=[^\\d零一二两三四五六七八九十,;。!?\\n]*(?:[,;。!?\\n]|$))`, 'g')));
  }
  return re;
}

function keycaps(run: string, unit: string | undefined): string {
  if (!unit) return ' ';
  return run.replace(/\uFE0F|\u20E3/g, '').replace(/\u{1F51F}/gu, '10');
}

/** A name, a full stop, then a bare figure that is a sentence of its own — dictation's pauses. */
const SPOKEN_STOPS_TAIL = String.raw`\s*。(?=\s*(?:完成了?|选完了?)?\s*[0-9零一二两三四五六七八九十]+\s*[个人名位]?\s*(?:[。,，;；\n]|$))`;
const spokenStops = (lexicon: Lexicon) => afterNames(lexicon, SPOKEN_STOPS_TAIL);
