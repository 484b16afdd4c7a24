// Words around the figures that tell the scene, not the count: a meeting named like a body ("召开换届风气监督会"),
// villages visited ("下午去两个难点村"), a step of the vote, a comparison with the last period, the day's story (两名候选人).
import { aside } from './bind-asides.js';
import { sentenceStart } from './bind-rest.js';
import type { BindState } from './bind-state.js';
import { clauseStart, type ValueToken } from './bind-values.js';
import { phrase } from './phrases.js';
import type { Token } from './scan.js';

/** Verbs of holding a meeting, before a name ending in 会 (召开…监督会). */
const MEETING = /召开|开了个?|开个|举行|举办|参加了?/;
const STAGE = phrase('stage');

/** "镇里召开换届风气监督会": a name ending in 会 that a meeting verb governs, at its clause's end, is a meeting. */
export function meetingName(s: BindState, tok: Extract<Token, { t: 'ind' }>): boolean {
  if (!tok.raw.endsWith('会') || !/^(?:[,，。;；!！?？\s]|$)/.test(s.text.slice(tok.at + tok.raw.length))) return false;
  return MEETING.test(s.text.slice(clauseStart(s.text, tok.at), tok.at));
}

/**
 * "…一肩挑8人。下午去两个难点村": a count whose clause tells a step that is no figure (indicators.yaml
 * `phrases.stage`) takes no name from the line's pattern; it is set aside at the clause's end.
 */
export function countOfStep(s: BindState, tok: ValueToken): boolean {
  if (tok.t !== 'num') return false;
  const clause = s.text.slice(clauseStart(s.text, tok.at), tok.at) + /^[^,;。!?\n，；！？]*/.exec(s.text.slice(tok.at))![0];
  return STAGE(s.phrases).test(clause);
}

/**
 * "…最后一个村委会明天上午正式选举，首次会议已召开12个": a count whose own clause tells a step before it, the name
 * waiting said in an earlier clause, counts that step — set aside, and the name waits no more.
 */
export function stepOfOtherClause(s: BindState, tok: ValueToken): boolean {
  const from = clauseStart(s.text, tok.at);
  // Villages go through a step; people counted (对拟提名人选87名开展联审) are the waiting name's.
  if (tok.t !== 'num' || /[人名位]$/.test(tok.raw) || s.pendingAt >= from || !STAGE(s.phrases).test(s.text.slice(from, tok.at))) return false;
  aside(s, from, tok.at + tok.raw.length);
  s.pending = [];
  return true;
}

/** Someone whose own age a sentence may tell. */
/** "杨家岭村 陈国庆 51岁": a village, then a person's name, then the age. */
const NAMED_IN_VILLAGE = /[\u4e00-\u9fff]{1,6}(?:村|社区)[\s:：,，]+[\u4e00-\u9fff]{2,3}[\s,，]*$/;
const PERSON = /书记|主任|委员|支书|干部|大学生|同志|小伙|姑娘|老人|党员|他|她|本人/;
/** A comparison with the last period straight before a count: 环比+4, 同比增加3, 比上周多. */
const COMPARED_BEFORE = /(?:环比|同比|较上周|比上周|较上期|比上期)(?:上周|上期|上月)?(?:增加|增长|多了?|新增|减少|少了?)?\s*[+＋-]?\s*$/;
/** What a count of the day's story counts: votes, complaints, candidates and people — never a village done. */
const STORY_UNIT = /^(?:件|票|次|封|起|名?(?:候选人|委员|党员|居民|村民|选民|群众|代表|人选|当事人))/;

/**
 * "东街村新主任…才29岁": an age no name claims, with a person in its sentence, is that person's — the members' average
 * is named 平均年龄. Set aside wherever it stands, figures read or not.
 */
export function personAge(s: BindState, o: { at: number; raw: string }): boolean {
  // Not after the average is named in its sentence (平均年龄：幸福社区41.5岁，和平社区38岁 is refused).
  const sentence = s.text.slice(sentenceStart(s.text, o.at), o.at);
  if (!/^[\d零一二两三四五六七八九十]+岁$/.test(o.raw) || !(PERSON.test(sentence) || NAMED_IN_VILLAGE.test(sentence))) return false;
  if (/以[下上内]|及以/.test(s.text.slice(o.at + o.raw.length, o.at + o.raw.length + 3)) || s.text.slice(sentenceStart(s.text, o.at), o.at).includes('平均')) return false;
  aside(s, o.at, o.at + o.raw.length);
  return true;
}

/**
 * Beside figures that are read, a count with no name that tells the scene is set aside: the change since the last
 * period straight before it ("村务监督委员会完成8个，环比+4"), or a count of candidates, votes or complaints in a
 * sentence of its own with no figure read in it ("…后沟村主任选举两名候选人分别得312票…", "累计受理换届信访4件").
 */
export function sceneCount(s: BindState, o: { at: number; raw: string }): boolean {
  const from = clauseStart(s.text, o.at);
  // "东街村新主任…才29岁": an age no name claims is a person's — the members' average is named 平均年龄.
  if (COMPARED_BEFORE.test(s.text.slice(from, o.at))) {
    aside(s, from, o.at + o.raw.length);
    return true;
  }
  const unit = STORY_UNIT.exec(s.text.slice(o.at + o.raw.length));
  if (!unit) return false;
  const [start, end] = [sentenceStart(s.text, o.at), o.at + s.text.slice(o.at).search(/[。;\n!?]|$/)];
  if (s.out.items.some((i) => i.at >= start && i.at < end)) return false;
  aside(s, o.at, o.at + o.raw.length + unit[0].length);
  return true;
}
