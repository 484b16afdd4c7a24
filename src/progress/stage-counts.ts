// "党组织——提名3、联审5、选举日待定2、已完成10", "村委这边提名3个、联审2个、已经选完4个", "资格联审阶段3个": villages
// counted at a step of the process are no villages done. Beside a count done they are set aside like a note, named in
// the reply (each had been read as the body's figure, or as people reviewed). One such count with the rest said done
// ("2个村在资格联审，其余都已选举完成") says how many are left: read as 还有N个村没选完.
import { escape } from './lexicon.js';

const N = '[\\d一二两三四五六七八九十]+';
/** Steps that are never an indicator of their own. */
const STEP = '(?:候选人)?(?:提名|公示|计票|交接|待定|筹备|走程序|选举日待定|选举中|投票中)';
/** Any step said as one (在确定候选人预备人选阶段, 在做正式选举的准备), or a day the villages are set for (约在本周五). */
const ANY_STEP = '在[^,，;；。\\n\\d]{1,12}?(?:阶段|准备)|(?:约|大约)?(?:在|于)(?:本周|下周|明天|后天|周[一二三四五六日末]|星期[一二三四五六日天])|约(?:本周|下周|明天|后天|周[一二三四五六日末])';
/** Steps that name an indicator too (联审 is also people reviewed; 推选 also 监委会 done): only with 阶段, 中 or 在. */
const NAMED_STEP = '(?:资格)?(?:联审|审查)|推选';
const END = '(?=\\s*(?:[、,，;；/。]|$|\\s))';
/** A step, then its count: "提名3", "资格联审阶段3个", "联审中2个村". */
const BEFORE = new RegExp(`(?:${STEP}(?:阶段|中)?|(?:${NAMED_STEP})(?:阶段|中))的?\\s*[:：\\]】]?\\s*(?:有|为)?\\s*${N}\\s*个?(?:村|社区)?${END}`, 'g');
/**
 * A count, then its step: "2个村在资格联审", "4个交接中", "还有两个在走程序" (with the 还有 that counts it), "5个村的新老班子
 * 交接", "1个村在做正式选举的准备", "2个村约在本周五" (to the end of the clause).
 */
const AFTER = new RegExp(`(?:还有|另有|尚有|目前有|有)?${N}\\s*个(?:村|社区)?\\s*(?:(?:(?:在|处于|正在|还在|仍在)(?:进行)?\\s*(?:${STEP}|${NAMED_STEP})(?:阶段|中)?|(?:${STEP}|${NAMED_STEP})(?:阶段|中))${END}|(?:的[^,，;；。\\n\\d]{0,6}?(?:${STEP})|${ANY_STEP})[^,，;；。\\n\\d]{0,12}(?=[,，;；。\\n]|$))`, 'g');
/** 联审 with a bare count beside other steps' counts ("提名3、联审5"): villages at the step too. */
const BARE_REVIEW = new RegExp(`(?<=[、/\\s])(?:资格)?联审\\s*${N}\\s*(?:个(?:村|社区)?)?${END}|(?:资格)?联审\\s*${N}\\s*(?:个(?:村|社区)?)?(?=\\s*[、/])`, 'g');
/** What a count done is said with. */
const DONE = /完成|选完|弄完|结束|产生|选出/;
/** Every BEFORE and AFTER match holds one of these: without one, there are no steps to find. */
const STEP_WORD = /提名|公示|计票|交接|待定|筹备|走程序|选举中|投票中|联审|审查|推选|阶段|准备|本周|下周|明天|后天|周[一二三四五六日末]|星期/;
const REST = /其余|其他|其它|剩下的?都|剩余的?都/;

export function withoutStageCounts(text: string): { text: string; notes: string[] } {
  if (!DONE.test(text) || !STEP_WORD.test(text)) return { text, notes: [] };
  const steps = [...text.matchAll(BEFORE), ...text.matchAll(AFTER)].map((m) => m[0]);
  if (!steps.length) return { text, notes: [] };
  const all = [...steps, ...[...text.matchAll(BARE_REVIEW)].map((m) => m[0])];
  if (REST.test(text)) {
    // The rest said done: one count at a step is what is left; more cannot be summed with certainty — left as read.
    const one = all.length === 1 ? new RegExp(N).exec(all[0]!) : null;
    return one ? { text: text.replace(all[0]!, `还有${one[0]}个村没选完`), notes: [] } : { text, notes: [] };
  }
  // Each fragment goes with one separator after it ("提名3、联审5、已完成10" → "已完成10").
  let rest = text;
  for (const s of all) rest = rest.replace(new RegExp(`${escape(s)}\\s*[、,，/]?\\s*`), '');
  return /[\d一二两三四五六七八九十]/.test(rest) ? { text: rest, notes: all.map((s) => s.trim()) } : { text, notes: [] };
}
