// Everyday words around figures, read before the figures are: a person named by surname and post (李主任那边是14个),
// one more village done told after the others (还有一个村…也选完了), 全镇 between a body and its verb, 一个没有 as nought,
// 一些 after a comparison, 也 after a body all done, and 报的…是7个，不是6个.
import { leftNamedCounted } from './left-named.js';
import { longestAt, type Lexicon } from './lexicon.js';

/** A common surname and a post, said of the person (那边, 说, 报的): 李主任那边, 王书记说. */
const PERSON_TITLE = /[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程魏苏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊白孟秦邱侯江尹薛闫雷段郝孔邵史毛常万顾赖武康贺严钱汤](?:主任|书记|组长|部长|乡长|镇长|股长|干事|委员)(?=那边|那里|这边|说|讲|报的|统计|核的|算的|手上)/g;
const ONE_MORE_DONE = /还有([\d一二两三四五六七八九十]+)个(?:村|社区)([^,;。!?\n\d]{0,12}?)也(?:都)?(?:已经?)?(选完|完成|选出来)了/g;
const NOT_ONE = /(?<!有)还?一个(?:也|都)?(?:没有|没动|未动)(?=\s*(?:[,;。!?\n]|$))/g;
const WHOLE_TOWNSHIP = /(?:全镇|全乡|全街道)(?=\s*(?:已经?|都|共|累计|一共)?\s*(?:完成|选完|选出)|\s*[\d零一二两三四五六七八九十]+(?:\.\d+)?\s*(?:个|人|名|岁)?\s*(?:[,。;!\n(]|$))/g;
/** A body's name ends the text (换届, 选举 may follow it). */
function nameEndsAt(before: string, lexicon: Lexicon): boolean {
  const head = before.replace(/(?:换届|选举)?\s*$/, '');
  for (let i = Math.max(0, head.length - 10); i < head.length; i++) {
    const name = longestAt(lexicon.nameIndex, head, i);
    if (name && i + name.length === head.length && !lexicon.keysOf.get(name)?.includes('due')) return true;
  }
  return false;
}
const ALSO_ALL = /(?:((?:全部|都已?经?|均已?)(?:推选|选举|换届)?(?:完成|选完|结束)了?)|(还剩[\d零一二两三四五六七八九十]+个没选))([^。;\n\d]{0,4}?,\s*)([^,;。\n\d]{2,10}?)也(?:都)?(?:已经?)?(?:同步|同时|一并|一起)?(?:推选|选举|换届)?(?:选完|完成|结束|搞完|弄完)了?(?=\s*(?:[,;。!\n]|$))/g;
const NOT_DONE_ONES_LEFT = /(?:还|也)?(?:没有?|未|尚未)(?:选举|选完|选|完成|换届|推选|开始|弄|搞)?(?:完)?的[ \t]*(?=(?:还|就|只|仅)?(?:剩|差))/g;
const VERB_NOT_REACHED = /(?<=[找看收听系买借接打等做办想拿领送见])不到(?![ \t]*[\d零一二两三四五六七八九十百半])/g;
const QUOTED_THEN_DENIED = /(刚才|刚刚|之前|上午|中午|下午|昨天|前天|早上|晚上)?报的((?:(?!不对|错|有误|不准)[^,;。\n\d]){1,14}?)(是|为)\s*([\d零一二两三四五六七八九十]+\s*[个人名]?)\s*,?\s*(?:而)?不是\s*(?=[\d零一二两三四五六七八九十])/g;

const GROUP_SUM = /((?:三委|两委|三个组织|三项(?:选举)?|三个班子)(?:换届)?(?:累计|合计|共计|一共|总共|共)?(?:完成|选完|选出)?了?)\s*(\d+)\s*个(?=\s*[:(])/g;
const BODY_FIGURE = /(?:党组织|党支部|支部|村委会|居委会|村\(居\)委会|监委会|监督委员会)[^\d,;。\n]{0,6}?(\d+)/g;
/** The bodies' figures of a sentence added up, when it gives two or more. */
function sumAfter(rest: string): number | null {
  const parts = [...rest.split(/[。\n]/)[0]!.matchAll(BODY_FIGURE)].map((m) => Number(m[1]));
  return parts.length >= 2 ? parts.reduce((a, b) => a + b, 0) : null;
}

const NOT_DONE_AFTER_NAME = /((?:党组织|党支部|支部|村委会|居委会|监委会|监督委员会|村务监督委员会)(?:也是|也|都是))\s*([\d零一二两三四五六七八九十]+)\s*个(?:村|社区)?(?:还)?[没未](?=选|推选|完成|换|开)/g;
const PEOPLE_BY_PART = /((?:35岁以下|35岁及以下|大专以上学历|大专及以上学历|大专以上|大专及以上|女性|一肩挑|交叉任职)(?:的|成员|人数)?\s*:?\s*)村里\s*(\d+)\s*[人名]\s*[、,]\s*社区\s*(\d+)\s*[人名](?![\d(])/g;
const TOWNSHIPS_SUM = /(?:[两三四五六七八九十\d]+个|几个|这几个|这两个)(?:乡镇|乡|镇|街道)(?:的)?(?:合计|共计|一共|总共|加起来|总计|累计)(?:\s*:)?/g;
const CLEARED = /(?<=(?:党组织|支部|党委|村委会?|居委会?|监委会?|换届|三委|两委)[^,;。\n\d]{0,2})(?:剩余|剩下|未完成|未选)?的?(?:村|社区)?(?:已经?|均已|都已)?(?:全部)?清零了?/g;

const REVIEW_DUE = /(?:需要?|应当?|应该|待|要)(?:进行|参加|参与)?(?:资格联审|联审|资格审查|审查)(?:的)?(?:人选|人数|对象)?(?=\s*(?:共|总共|一共|有)?\s*[\d零一二两三四五六七八九十])/g;

export function peopleAndOneMore(text: string): string {
  let t = text;
  // "李主任那边是14个": a person named by surname and post, whose count is told — no body's name (主任 is no 村委会).
  if (/主任|书记|组长|部长|乡长|镇长|股长|干事|委员/.test(t)) t = t.replace(PERSON_TITLE, '那位同志');
  // "还有一个村下午党支部也选完了": one more done, told after the others — new ones, not what is left.
  if (t.includes('还有') && t.includes('也')) t = t.replace(ONE_MORE_DONE, (m, n: string, mid: string, verb: string) => `${mid}又${verb}${n}个`);
  return t;
}

/** "还是昨天的数：", "同昨天：": what follows is yesterday's figures, still today's. */
const STILL_YESTERDAYS = /(?:还是|仍是|仍然是|依然是|依旧是|同|跟|和)昨[天日](?:的)?(?:数|数字|数据|那个数|一样)?\s*(?=:)/g;

const RATE_RUN_ON = /(完成率\s*(?:是|为|达)?\s*(?:百分之[零一二两三四五六七八九十百点]+|\d+(?:\.\d+)?\s*%))(?=村委|居委|监委|监督|村务|党组|党支|党委|支部|社区|村民|一肩|交叉|联审|资格|女性|大专)/g;

const ONE_REASON = /(?<=(?:^|[,;。\n:])\s*)(?:另)?一个是(?![^,;。\n]{0,6}?(?:村|社区))(?=[^,;。\n\d]*[,;。\n]|[^,;。\n\d]*$)/g;
/** "一个酒驾被判过刑，一个是信教的": reasons told one by one without 是 — only as a run of two or more. */
const REASONS_RUN = /一个[^,;。\n\d]{2,}[,，;；\s]\s*(?:另|还有)?一个/;
const ONE_OF_RUN = /(?<=(?:^|[,;。\n:\s])\s*)(?:另|还有)?一个(?:是)?(?![^,;。\n]{0,6}?(?:村|社区|党|支部|委|一肩|交叉|女|岁|大专))(?=[^,;。\n\d]*[,;。\n]|[^,;。\n\d]*$)/g;
/**
 * "今天+2=7个", "5+2=7": the day's new ones and the sum they make — read as 新增 and 累计, which the plan checks against
 * the record. A sum that does not add up is left as written, and refused.
 */
const SUM_WRITTEN = /(?:(\d+)\s*[个人名]?\s*)?[+＋]\s*(\d+)\s*[个人名]?\s*[=＝]\s*(\d+)/g;
const AGAIN_OTHER_WORK = /又(?=(?:核|看|问|催|打电话|打了|开会|开了|去了|跑了|查|对了|梳理|落实|提醒|通知|强调|督导|培训)[^\d零一二两三四五六七八九十]{0,6}?(?:[,，。;；:：\n]|$))/g;
/** Not done, counted straight after a done count (完成11个\n×未完成5个): what is left of that body — checked against the due count. */
const NOT_DONE_AFTER_DONE = /(?<=完成了?\s*[\d零一二两三四五六七八九十]+\s*个(?:村|社区)?[^\d。;]{0,4}?)(?:尚未完成|未完成|待完成)(?=\s*[\d零一二两三四五六七八九十]+\s*个)/g;
/** "跟昨天报的一样": the same as yesterday's, the words of the report between — said as the lexicon's 跟昨天一样. */
const AS_YESTERDAY_SAID = /(跟|和|同|与)昨[天日](?:报的|报送的|上报的|报)(?:数|数字)?一样/g;
/** "同上(支部6个、村委会4个)": the same, then the bodies' figures in a bracket — the figures are the report. */
const SAME_THEN_FIGURES = /(?:同上|同昨天|同昨日|无变化|没变化|没有变化|跟昨天一样|和昨天一样)\s*\(([^()]*\d[^()]*)\)/g;
const FOR_NOW = /(?:先|暂时?|姑且)按\s*([\d零一二两三四五六七八九十]+\s*[个人名]?\s*(?:报|上报|算|统计|填))/g;

export function plainWords(text: string, lexicon: Lexicon): string {
  let t = leftNamedCounted(text);
  // "三委累计完成35个：党组织13，村委会11，监委会11": the bodies' sum said before their figures — left out when the
  // figures add up to it (it had been read as each body's figure); kept, and refused as two figures, when not.
  if (/[:(]/.test(t)) t = t.replace(GROUP_SUM, (m, head: string, n: string, at: number) => (sumAfter(t.slice(at + m.length)) === Number(n) ? head : m));
  // "党组织还剩三个村…监督委员会也是七个没选": after another body's remainder, 也是 and a count not done is what is
  // left of this one too (said alone, "村委会3个村还没选" stays a count not done, refused).
  if (/[没未]/.test(t)) t = t.replace(NOT_DONE_AFTER_NAME, '$1还剩$2个没');
  // "35岁以下村里21人、社区12人": a count of people told for the villages and the communities apart is their sum, the
  // parts kept in a bracket as its breakdown.
  if (t.includes('社区')) t = t.replace(PEOPLE_BY_PART, (m, name: string, a: string, b: string) => `${name}${Number(a) + Number(b)}人(村里${a}人,社区${b}人)`);
  // "两个乡镇合计党组织19个": a sum over several townships is no township's figure — set aside (各乡镇合计, an aside as 全县合计 is).
  if (/乡镇|个乡|个镇|街道/.test(t)) t = t.replace(TOWNSHIPS_SUM, '各乡镇合计');
  if (t.includes('昨')) t = t.replace(AS_YESTERDAY_SAID, '$1昨天一样');
  // (Only figures named: 没变化(仍10个) stays the note it was, 无变化(上届同期已完成4个) an aside.)
  if (t.includes('(')) t = t.replace(SAME_THEN_FIGURES, (m, inner: string) => (lexicon.names.some((n) => inner.includes(n.text)) ? ` ${inner}` : m));
  // (Alone, 有3个村未完成 is refused as before: how many are done is not said.)
  if (t.includes('未完成')) t = t.replace(NOT_DONE_AFTER_DONE, '还剩');
  // "党组织换届剩余村已全部清零": nothing left of the body — all done.
  if (t.includes('清零')) t = t.replace(CLEARED, '全部完成');
  // "需资格联审的126人", "应联审126人": the people due to be reviewed, not those reviewed — a count not done.
  if (/审/.test(t)) t = t.replace(REVIEW_DUE, '待审对象');
  // Said before the figures it heads: the figures are today's, as yesterday's were (not yesterday's record, nor an aside).
  if (t.includes('昨')) t = t.replace(STILL_YESTERDAYS, '跟昨天一样');
  // "完成了17个完成率百分之八十五村委会完成15个": spoken on, the rate ends its body's clause — not the next name's figure.
  // Only where a name follows: a hedge after it (75%左右) stays the rate's.
  if (t.includes('完成率')) t = t.replace(RATE_RUN_ON, '$1,');
  // "党组织换届全镇已完成16个", "一肩挑全镇13人", "大专及以上：全镇27人": 全镇 after a body's name and before its verb, or
  // before the one figure that ends the clause, is the whole township — no due count.
  if (/全[镇乡]|全街道/.test(t)) t = t.replace(WHOLE_TOWNSHIP, (m, at: number, whole: string) => (nameEndsAt(whole.slice(0, at).replace(/[:：\s]+$/, ''), lexicon) ? '' : m));
  // "监委会还一个没有", "不合格的一个没有", "村委会一个没动": not one, at the end of its clause — nought (还有一个没有选 is
  // one left; 一个没选 alone may be either, and 之前一个都没完成 is a state before: left as they are).
  if (/一个(?:没有|没动|未动)/.test(t)) t = t.replace(NOT_ONE, '0个');
  // "党组织没选的还剩1个", "还没完成的就剩1个村了": those not done, then what is left of them — what is left.
  if (/剩|差/.test(t)) t = t.replace(NOT_DONE_ONES_LEFT, '');
  // "之前那个版本找不到了", "电话打不到": 不到 after a verb says it could not be done — no hedge of a figure (不到10个).
  if (t.includes('不到')) t = t.replace(VERB_NOT_REACHED, '不着');
  // "比马坊乡慢一些": a bit, after a comparison — no figure hedged.
  if (t.includes('一些')) t = t.replace(/(?<=[慢快多少好差高低早晚强弱])一些/g, '点');
  // "监委会全部推选完成，居委会也选完了": 也 after a body all done says the next is all done too (with no figure of its own);
  // after one with villages left ("除…三个村外全部完成", read as 还剩3个没选), the same villages are left of it.
  if (t.includes('也')) t = t.replace(ALSO_ALL, (m, all: string | undefined, left: string | undefined, gap: string, name: string) => `${all ?? left}${gap}${name}也${all ? '全部完成' : left}`);
  // "刚才报的监委会是7个，不是6个": 不是 says which figure was wrong, so the one after 报的 is the right one, not the
  // old one quoted (报的 alone quotes it: 刚才报的监委会7个有误).
  if (t.includes('报的') && t.includes('不是')) t = t.replace(QUOTED_THEN_DENIED, '$1$2$3$4,不是');
  if (/[=＝]/.test(t)) t = t.replace(SUM_WRITTEN, (m, base: string | undefined, added: string, sum: string) => (base && Number(base) + Number(added) !== Number(sum) ? m : `新增${added}，累计${sum}`));
  // "下午把数据又核了一遍": 又 before other work (checking, calling, a meeting) counts no new ones.
  if (t.includes('又')) t = t.replace(AGAIN_OTHER_WORK, '');
  // "还差2个，一个是书记人选还没定，一个是到会人数不够": reasons told one by one are asides; 一个是幸福社区 names a village.
  if (REASONS_RUN.test(t)) t = t.replace(ONE_OF_RUN, '原因是');
  if (t.includes('一个是')) t = t.replace(ONE_REASON, '原因是');
  // "先按3个报", "暂按8个上报": a figure reported for now, to be put right later — not yet checked.
  if (/[先暂]/.test(t)) t = t.replace(FOR_NOW, '$1,待核实');
  return t;
}
