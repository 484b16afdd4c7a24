// A question that names no body asks about the villagers' committee, the base's main subject.
import type { KnowledgeIndex, Ranked } from './index.js';

/**
 * Share of the best score a village-committee rule needs to come first when the question names no body. At 0.6
 * the party branch's rules answered questions about the villagers' committee (另行选举…过半, 妇女委员候选人谁提名);
 * 0.35 was best of 0.25–0.6 on the writers' tuning sets (fewest wrong answers, no older set falling by more than one).
 */
const VILLAGE_SHARE = 0.35;
/** The villagers' committee: the first of lexicon.bodies, and the body a question naming none asks about. */
const VILLAGE = 0;

/**
 * A question that names no body ("另行选举咋算当选，还得过半不") asks about the village committee, the
 * first of lexicon.bodies and the base's main subject: a rule about another body only (the party
 * branch's 到会人数和当选票数) gives way to the village rule ranked next when that scores within reach.
 * Discipline lists are left where they rank.
 */
export function villageFirst(index: KnowledgeIndex, ranked: Ranked[], terms: string[]): Ranked[] {
  const best = ranked[0];
  if (!best || best.entry.topic.kind === 'list' || index.bodies(terms).size) return ranked;
  const about = best.entry.itemBodies[best.bestItem]!;
  if (!about.size || about.has(VILLAGE)) return ranked;
  const village = ranked.find((r) => r.entry.topic.kind !== 'list' && r.entry.itemBodies[r.bestItem]!.has(VILLAGE));
  if (!village || village.score < VILLAGE_SHARE * best.score) return ranked;
  return [village, ...ranked.filter((r) => r !== village)];
}

/**
 * A question naming no body asks about the villagers' committee (villageFirst): a rule of another body only is
 * no rival of the village rule ranked first ("得多少票才算当选" — every independent reader took it so); the
 * answer names it beside. One word ("任期") is still asked back.
 */
export function villageOverOther(index: KnowledgeIndex, best: Ranked, r: Ranked, terms: string[]): boolean {
  if (index.bodies(terms).size || terms.filter((t) => !index.common(t)).length < 2) return false;
  if (best.entry.topic.kind === 'list' || r.entry.topic.kind === 'list' || !best.entry.itemBodies[best.bestItem]!.has(VILLAGE)) return false;
  return index.aboutOtherBody(new Set([VILLAGE]), r.entry.itemBodies[r.bestItem]!);
}
