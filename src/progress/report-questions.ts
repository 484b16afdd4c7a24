// A message that reports and asks: the questions put to the clerk are taken out so the figures are read, and
// questions about the report's own words ("是叫村委会吧?", "这样报对吗") are answered by the confirmation.
/** A question is never a report, even when it names an indicator and a count ("村委会能不能只设一个主任两个委员"). */
// Spoken forms count too: 咋/啥 ("书记咋产生") and a choice inside one clause ("是开党员大会还是代表大会").
// 几 asks how many, except in "这几天", "好几个村", "还要再选几个" (a few more to come), "补报几个数", "剩下那几个";
// (nor "乡里几个年轻人": some young people); 啥 asks nothing in the voice filler 那个啥, nor 啥/什么 after 没/不 (没啥大进展, 没什么变化: nothing much), "帮几个乡镇报一下", "几个电话报的" (several townships, days, people, calls).
// "是9个还是10个", "是党组织还是村委会" ask which; "…是十五个 一肩挑还是十二个" (a name, then 还是 and a figure) says a
// figure is unchanged.
export const QUESTION = /\?|吗|(?<!没有?|不)什么|怎么|怎样|如何|哪|是否|能否|可否|为什么|为何|多少|(?<![这前近后好十了的那报总录帮替给代])(?<!再[\u4e00-\u9fff]{0,2})几(?!个?(?:乡|镇|街道|天|位|家|单位|电话|同志|联络员|年轻人|小伙子|姑娘|同事|小年轻|(?:村|社区)[^,，。;；?？]{0,4}(?:还在|正在|仍在|在搞|都在)))|能不能|可不可以|是不是|要不要|该不该|行不行|会不会|有没有|咋|(?<!那个?|没有?|不)啥|是[^,;。\n]*(?:[\d零一二两三四五六七八九十个人名位岁%][ \t]*还是|还是(?![ \t]*[\d零一二两三四五六七八九十]))/;

/** A closing "is this right?" after figures: the reply that confirms them answers it. */
const CONFIRM_TAG = /[,，。;；\s]*(?:不知道|不晓得)?我?(?:(?:这样|这么)?(?:报|写|填|发|报送)(?:得|的)?(?:对吗|对不对|对不|对么|对吧|行吗|行不行|可以吗|可以不|没问题吧|没错吧)|(?:这样|这么)?(?:对吗|对不对|对么|对吧|没错吧))[?？!！。~～\s]*$/;

/**
 * A question about the report's own words — in brackets ("村委会(是叫村委会吧?)完成8个", "（不知道是不是叫联审）", no
 * figure inside), as a clause
 * ("监督会就是监委会吧?", "连审是这个字吗", "是这么统计吗") or straight after a figure ("支部完成5个对吗") —
 * is answered by the confirmation, which names how each word was read. Taken out, so the figures are read.
 */
const WORD_QUESTION = /^(?:[^,，。;；]{0,10}(?:就是|是叫|也叫|叫做|是不是叫|是这个字|这个字对)[^,，。;；]{0,10}|是?(?:这么|这样)(?:统计|算|写|报|填)的?|对吗(?:这么|这样)(?:算|写|报)?|(?:这样|这么)(?:对吗|对不对|对吧|没错吧))(?:吗|吧|么|呢|对吗|对不对)?[?？!！~～\s]*$/;
const FIGURE_THEN_CHECK = /(\d+\s*[个人名]?)(?:对吗|对吧|对不对|对么)[?？]?/g;
const BRACKETED_QUESTION = /\([^()]*?(?:吗|吧|么|\?)[^()]*\)|\([^()\d零一二两三四五六七八九十]*?(?:是不是|对不对|不知道|不晓得)[^()\d零一二两三四五六七八九十]*\)/g;

const HAS_FIGURE = /\d|[零一二两三四五六七八九十百俩仨]+\s*[个人名村位]/;

export function withoutWordQuestions(text: string): string {
  // A bracket taken out ends the clause, as it would have: figures on either side are never joined, nor a
  // figure and the sign after the bracket ("0（?）%" is no 0%).
  // A bracket asking about a figure ("先按7报？", "是9个还是10个？") doubts it: kept, for the doubt to be read.
  const t = text.replace(BRACKETED_QUESTION, (m) => (HAS_FIGURE.test(m) ? m.replace(/[?？]/g, '') : '，')).replace(FIGURE_THEN_CHECK, '$1 ').replace(CONFIRM_TAG, '');
  // Clauses with what parts them kept, so lines stay lines; a clause taken out takes its question mark along.
  const parts = t.split(/([,，。;；?？!！\n]|[ \t]+)/);
  let removed = false;
  for (let i = 0; i < parts.length; i += 2) {
    // A clause with a figure reports it ("没什么变化，就是交叉任职多了2个人"): no question about words.
    if (!parts[i]!.trim() || !WORD_QUESTION.test(parts[i]!.trim()) || HAS_FIGURE.test(parts[i]!)) continue;
    parts[i] = '';
    if (/^[?？!！]$/.test(parts[i + 1] ?? '')) parts[i + 1] = '';
    removed = true;
  }
  const out = removed ? parts.join('') : t;
  return out === text ? text : out.trim();
}

// Also words holding the figures back ("数据还在和几个村核对，先别录": 几个 there is "some", no question).
// Or which of two figures is right ("表上写的是13个，不知道哪个对", "我以哪个为准"): a doubt of the figures, not a question —
// as is not being sure what they are ("我不太确定这是今天新增的还是累计的…明天再确认").
const DOUBT = /搞不清|弄不清|分不清|闹不清|拿不准|说不准|记不清|不确定|不太确定|不大确定|不敢确定|再确认|再核实|先别录|别录|先不录|先不要录|先别报|先不报|暂不报|先别统计|先不统计|哪个对|哪个准|哪个为准|哪个是对的|哪个数对/;

const WHICH_RIGHT = /(?:以|按)?哪个(?:是对的|数对|为准|对|准)/g;
/** "12个还是13个": a choice between two figures. */
const FIGURE_CHOICE = /([\d零一二两三四五六七八九十]\s*[个人名]?)\s*还是(?=\s*[\d零一二两三四五六七八九十])/;

/** Where a question put to the clerk begins inside a report ("村委完成4个了 问一下…算不算一肩挑？"). */
const ASKING = /(?=问一下|问下|请问|想问|咨询一下|顺便问|另外问)/;

/**
 * A message that reports and also asks ("刘科 村委完成4个了 问一下居委会主任兼书记的算不算一肩挑？"): its
 * sentences that ask are taken out, so the figures are read and the questions go to the other skills. Only
 * when what is left asks nothing; a message that only asks stays a question.
 */
export function withoutQuestions(text: string): { text: string; asked: string[] } | null {
  const sentences = text.split(/(?<=[。！？?!\n])/).flatMap((p) => p.split(ASKING)).filter((p) => p.length > 0);
  return askedApart(sentences) ?? askedApart(clausesAsking(sentences));
}

/**
 * "城关镇今天党组织又完成了3个，累计多少我得翻一下本子": one sentence that reports in one clause and asks in another, with
 * no figure where it asks — its clauses, so the asking one goes. A clause that asks with a figure in it (是9个还是10个)
 * keeps the sentence whole, as does a message whose last clause asks — that is what it asks.
 */
function clausesAsking(sentences: string[]): string[] {
  return sentences.flatMap((p, i) => {
    const clauses = p.split(/(?<=[,，;；])/);
    // The message's last clause asking is what the message asks (全村登记选民1200人…，这次选举有效吗): a question.
    // Unless it asks the county for help, after clauses that reported (…村委会还差7个，县里能不能来人指导下): a
    // request about no figure and no counting is put to the clerk apart.
    const ask = clauses.at(-1)!;
    const request = clauses.length > 1 && !HAS_FIGURE.test(ask) && HELP_ASKED.test(ask) && clauses.slice(0, -1).some((c) => HAS_FIGURE.test(c));
    const last = i === sentences.length - 1 && QUESTION.test(ask) && !request;
    return !last && clauses.every((c) => !QUESTION.test(c) || !HAS_FIGURE.test(c)) ? clauses : [p];
  });
}

/** Help asked of the county (来人指导, 帮忙协调): a request, not a question about the figures. */
const HELP_ASKED = /来人|派人|指导|帮忙|帮一下|帮帮|支援|协调|来一趟|下来看|过来看/;

/** A figure hedged (好像是11个, 大概有9个). */
const HEDGED = /(?:好像|大概|可能|估计|似乎|貌似|兴许|也许)(?:是|有|得有)?\s*[\d零一二两三四五六七八九十]/;

function askedApart(parts: string[]): { text: string; asked: string[] } | null {
  const asks = parts.map((p) => QUESTION.test(p));
  if (!asks.some(Boolean) || asks.every(Boolean)) return null;
  // "…不对，表上写的是16个，我也搞不清哪个对，先报15个？": a sentence that doubts the figures is no question put
  // to the clerk — taken out, it would leave the figure doubted stored.
  // It stays, its asking words dropped, so the doubt refuses the message with its reason.
  // So is one asking which of two figures it is (党组织是12个还是13个我再问问): the reporter does not know.
  // So is one that asks with a hedged figure (等下，村委会好像是11个？): the figure before it is in doubt.
  const doubts = parts.map((p, i) => asks[i] && (DOUBT.test(p) || FIGURE_CHOICE.test(p) || HEDGED.test(p)));
  // Which of two is right (以哪个为准) is itself the doubt: written as one (不确定) before the asking words go.
  const rest = parts.map((p, i) => (doubts[i] ? p.replace(WHICH_RIGHT, '不确定').replace(FIGURE_CHOICE, '$1不确定').replace(/哪个|哪/g, '').replace(/还是/g, '或').replace(/[?？]/g, '。') : asks[i] ? '。' : p)).join('');
  if (QUESTION.test(rest)) return null;
  return { text: rest, asked: parts.filter((_, i) => asks[i] && !doubts[i]).map((p) => p.trim()) };
}
