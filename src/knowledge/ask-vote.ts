// "判过刑的人还有没有选举权", "刑满释放的人能投票不": whether someone may vote, not whether he may stand. The rules on
// who may be a candidate (负面清单, 资格, 资格联审) do not answer it: the rule that states who has the right to vote does.
import type { KnowledgeIndex } from './index.js';
import { itemAnswer, SITUATIONAL } from './ask-common.js';
import type { AskResult } from './types.js';

/** Words asking about casting a vote or being on the voters' list. */
export const VOTE_ASKED = /选举权|投票|能投|投不投|投一票|投个票|登记(?:为|成)?选民|选民名单|选民登记|领选票|发选票|发不发/;
/** Words asking about standing; with them the question is (also) about who may be elected. */
const STAND_ASKED = /被选举权|参选|候选人|当选|选上|竞选|报名|当(?:村|主任|委员|书记|干部|两委)|进(?:两委|村委|支部)|能选(?:村|主任|委员)|作为人选/;
/** The villagers' committee: the first of the bodies in synonyms.yaml. */
const VILLAGE = 0;
const PARTY_WORDS = /党员|留党察看|预备期|党内|党籍/;
/** Topics about who may stand: a candidate's conditions, the negative list, the bars' years, the joint review. */
const ABOUT_STANDING = /人选|资格|候选人/;

export function votingNotStanding(index: KnowledgeIndex, answered: AskResult, cleaned: string): AskResult {
  if (answered.kind !== 'item' || !answered.topic || !ABOUT_STANDING.test(answered.topic.title)) return answered;
  if (!VOTE_ASKED.test(cleaned) || STAND_ASKED.test(cleaned)) return answered;
  const terms = index.terms(cleaned);
  // The body the question names (党员, 支部: the party's rule), else the villagers' committee's (the first body).
  // A party member's standing (留党察看, 预备党员) is the party's rule even with no body named.
  const named = index.bodies(PARTY_WORDS.test(cleaned) ? [...terms, '党组织'] : terms);
  const body = named.size ? [...named][0]! : VILLAGE;
  const found = index
    .rank([...terms, '选举权'])
    .filter((r) => r.entry.topic.kind !== 'list' && !ABOUT_STANDING.test(r.entry.topic.title))
    .flatMap((r) => r.entry.topic.items.map((item, n) => ({ r, item, n, score: r.itemScores[n] ?? 0 })))
    .filter((x) => x.score > 0 && x.item.title.includes('选举权') && x.r.entry.itemBodies[x.n]!.has(body))
    .sort((a, b) => b.score - a.score)[0];
  return found ? itemAnswer(index, found.r.entry.topic, found.item, answered.confidence, SITUATIONAL.test(cleaned)) : answered;
}
