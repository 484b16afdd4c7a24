// The joint review told in two parts — those who passed and those who did not, or those reviewed and those who
// passed — written as the two figures the reader knows: reviewed and disqualified.
import { parseAnyNumber } from '../numerals.js';

const PASSED_FAILED = /(?:审查|联审)?(?<!不|未|没)(?:通过|合格)的?\s*([0-9零一二两三四五六七八九十百]+)\s*[人名]\s*[,、;]\s*(?:不通过|未通过|没通过|不合格|不符合条件)的?\s*([0-9零一二两三四五六七八九十百]+)\s*[人名]/g;
const REVIEWED_PASSED = /(联审|审查|审了)(?:人数)?\s*:?\s*([0-9]+)\s*[人名个]?\s*[,、;\s]\s*(?:其中)?(?<![不未没])(?:合格|通过)(?:的|人数)?\s*:?\s*([0-9]+)\s*[人名个]?(?![0-9])/g;

/**
 * "联审不通过四人，其中：受过刑事处罚一人，存在涉黑涉恶问题一人，…": the reasons of those refused, listed after 其中 and
 * or without a colon to the sentence's end (or a ；), are a breakdown of that count — put in a bracket, where the reader
 * sets it aside; a bracket inside the list (its own detail) is dropped, as brackets do not nest.
 */
const REFUSED_BREAKDOWN = /((?:不通过|未通过|没通过|不合格|不予通过|取消资格)的?\s*[0-9零一二两三四五六七八九十百]+\s*[人名]\s*[,，]\s*)其中\s*[:：]?((?:[^。;；\n()（）]|[(（][^()（）\n]*[)）])*)/g;

/** The text with the review's parts written as reviewed and disqualified; unchanged when it tells none. */
export function reviewCounts(t: string): string {
  if (!t.includes('通过') && !t.includes('合格')) return t;
  if (t.includes('其中')) t = t.replace(REFUSED_BREAKDOWN, (m, head: string, list: string) => `${head}(其中${list.replace(/[(（][^()（）]*[)）]/g, '')})`);
  // "通过47人，不通过2人": together the candidates reviewed — said with a total too (联审共20人), the two must agree.
  t = t.replace(PASSED_FAILED, (m, a: string, b: string) => {
    const [x, y] = [parseAnyNumber(a), parseAnyNumber(b)];
    return x !== null && y !== null ? `审查${x + y}人,不合格${y}人` : m;
  });
  // "联审72 合格70", "审查40人，其中合格38人": those reviewed, then those who passed — the rest did not; a pass count
  // above the reviewed is left as it is (no figure).
  return t.replace(REVIEWED_PASSED, (m, word: string, a: string, b: string) => (Number(b) <= Number(a) ? `${word}${a}人,不合格${Number(a) - Number(b)}人` : m));
}
