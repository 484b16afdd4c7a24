// All done said in a work report's prose, written the way the reader knows it: "均已顺利完成" as 均已完成,
// "各村村务监督委员会也已推选产生" as 村务监督委员会全部完成.
import { longestAt, type Lexicon } from './lexicon.js';

/**
 * A word of manner between "all" or "done" and its verb: it says nothing of how many. Not 同步 (in step with
 * the bodies just counted): "监委会推选均已同步完成，共计12个" is all of those 12, not of the township.
 */
const MANNER_IN_ALL = /(均已经?|均|全部|全都|都已经?|也已经?|已全部|已经全部|全面|已经?)(?:顺利|圆满|胜利|如期|按时|平稳|有序)+(?=完成|选出|产生|结束|收官|选完|推选)/g;
const MAYBE_MANNER = /顺利|圆满|胜利|如期|按时|平稳|有序/;

/** Every village's or community's body said done: 各村…也已推选产生, 所有社区…均已选出. */
const EACH_DONE = /(各村|各社区|各村\(社区\)|所有村|所有社区|所有村\(社区\))的?([^,，。;；!！?？\n]{2,12}?)(?:也|均|都)已经?(?:同步)?(?:推选|选举)?(?:产生|选出|完成|选完)了?/g;

export function allSaid(text: string, lexicon: Lexicon): string {
  let t = MAYBE_MANNER.test(text) ? text.replace(MANNER_IN_ALL, '$1') : text;
  if (/[各所]/.test(t)) t = t.replace(EACH_DONE, (m, each: string, body: string) => (longestAt(lexicon.nameIndex, body, 0) === body ? `${body}全部完成` : m));
  return t;
}
