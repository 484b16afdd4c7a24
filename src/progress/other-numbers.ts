// Numbers in a report that count nothing the county collects: a document's number (〔2026〕12号), a phone
// number, a village group (3组、6组), a floor (2楼), a generation (80后), a length of time (一个小时, 这两个月, 三周),
// a weight (瘦了八斤), times (报了一次), every one (每一位同志), households (七八户) and what a story counts (两个
// 宗族). Taken out before the figures are read: left in,
// each had been refused as a figure with no name (or vague), and "经公安等12个部门联审" had stored 12 as the people
// reviewed.
const DOC_NO = /[〔［[【(（]\s*(?:19|20)\d{2}\s*[〕］\]】)）]\s*(?:第\s*)?\d{1,4}\s*号/g;
const LANDLINE = /(?<![\d.])0\d{2,3}\s*[-－—]\s*\d{7,8}(?![\d.])/g;
const MOBILE = /(?<![\d.])1[3-9]\d(?:[ \t-]?\d{4}){2}(?![\d.])/g;
/** A group or floor numbered, not counted: 3组 (but not 3个组, 组织, 组建). */
const NUMBERED = /(?<![\d个.])(?:第\s*)?\d{1,2}\s*(?=(?:组(?![织成建委])|楼(?![栋]))(?![\d一二三四五六七八九十]))/g;
const GENERATION = /(?<![\d.])(?:[5-9]0|00|[5-9]5|05)后(?![\d一二三四五六七八九十])/g;
const NUMERAL = '(?:\\d+|[一二两三四五六七八九十半几]+)';
const DURATION = new RegExp(`${NUMERAL}\\s*个?多?(?:小时|钟头|分钟)多?|(?<!第[ \\t]*)${NUMERAL}[ \\t]*(?:个多?月|个?星期(?![一二三四五六七日天\\d])|个?礼拜(?![一二三四五六七日天\\d])|周(?![一二三四五六七日天末岁年\\d]))|${NUMERAL}[ \\t]*(?:斤|公斤)`, 'g');
/** "也报了一次", "跑了两趟", "审了三遍": how many times something was done — no count (not 一次选举成功, 一次性). */
const TIMES = new RegExp(`(?<=[\u4e00-\u9fff]了)[ \t]*${NUMERAL}[ \t]*(?:次|遍|趟)(?![选性数成])`, 'g');
/** "每一位同志", "每一个包村干部": every one — no count. */
const EVERY_ONE = /每一\s*(?:位|个|名)/g;
/** "就不一一列了", "一一核对": one by one — no count. */
const ONE_BY_ONE = /一一(?=[列说报讲核对介绍落审查看点数])/g;
/** What a township's story counts beside the figures: clans, areas, problems, steps (两个宗族对人选有分歧). */
const STORY_THINGS = '宗族|家族|大姓|姓氏|片区|方面|问题|原因|环节|阶段|步骤|困难|矛盾|争议|分歧';
/** Households, departments taking part, polling places and teams: the count of something no indicator counts. */
const OTHER_THINGS = new RegExp(`${NUMERAL}\\s*(?:多|来)?\\s*(?:户|个(?:部门|单位|职能部门|成员单位|中心会场|分会场|会场|投票站|投票点|投票箱|流动票箱|票箱|工作组|小组|组(?![织成建委])|${STORY_THINGS}))`, 'g');

const THINGS_THEN_COUNT = new RegExp(`(?<=(?:部门|单位|会场|投票站|投票点|票箱|工作组|小组))\\s*(?:有|共|共有|为|是)?\\s*[:：]?\\s*${NUMERAL}\\s*(?:个|家)`, 'g');

/** Words every match of OTHER_THINGS, and of THINGS_THEN_COUNT, holds. */
const OTHER_THINGS_WORDS = new RegExp(`户|个(?:部门|单位|职能部门|成员单位|中心会场|分会场|会场|投票站|投票点|投票箱|流动票箱|票箱|工作组|小组|组|${STORY_THINGS})`);
const THINGS_BEFORE_WORDS = /部门|单位|会场|投票站|投票点|票箱|工作组|小组/;

const MAYBE = /\d|一一|小时|钟头|分钟|月|星期|礼拜|周|斤|每一|[次遍趟]|户|部门|单位|会场|投票|票箱|组/;

export function withoutOtherNumbers(t: string): string {
  if (!MAYBE.test(t)) return t;
  // Each pattern is tried only when the text holds a word every match of it has: most reports hold few of them.
  if (t.includes('号')) t = t.replace(DOC_NO, '文件');
  if (/\d{4}/.test(t)) t = t.replace(LANDLINE, '').replace(MOBILE, '');
  // (Every group or floor numbered has its digit before 组 or 楼: 党组织 alone does not send the text through NUMBERED.)
  if (/\d\s*[组楼]/.test(t)) t = t.replace(NUMBERED, '某');
  if (t.includes('后')) t = t.replace(GENERATION, '年轻人');
  if (/小时|钟头|分钟|月|星期|礼拜|周|斤/.test(t)) t = t.replace(DURATION, '');
  if (t.includes('每一')) t = t.replace(EVERY_ONE, '每');
  if (t.includes('一一')) t = t.replace(ONE_BY_ONE, '逐个');
  if (/了[^次遍趟]{0,4}[次遍趟]/.test(t)) t = t.replace(TIMES, '');
  // Each needs more than 组 (which 党组织 holds): households or 个 before the thing counted; the thing before the count.
  if (OTHER_THINGS_WORDS.test(t)) t = t.replace(OTHER_THINGS, (m) => m.replace(/^[\d一二两三四五六七八九十半几]+\s*(?:多|来)?\s*(?:个)?/, ''));
  if (THINGS_BEFORE_WORDS.test(t)) t = t.replace(THINGS_THEN_COUNT, '');
  return t;
}

/** The township's own committee after its name (河东镇党委, 东城街道党工委, 中共东城街道工作委员会). */
const TOWNSHIP_COMMITTEE = /(中共)?([\u4e00-\u9fff]{2,6}?)(?:党委|党工委|(?:党)?工作委员会)(?![\u4e00-\u9fff]{0,2}(?:书记|委员|副书记|会议|成员))(?![ \t]*[:：]?[ \t]*[\d零一二两三四五六七八九十])/g;

/**
 * "河东镇党委今天村委会完成十个": a township's party committee names the sender's township, not the villages' party
 * organisations (党委 is also one of their names): kept as the township alone.
 */
export function townshipCommittee(t: string, isTownship: (word: string) => boolean): string {
  if (!/党委|党工委|工作委员会/.test(t)) return t;
  return t.replace(TOWNSHIP_COMMITTEE, (m, _party: string | undefined, name: string) => (isTownship(name) ? name : m));
}
