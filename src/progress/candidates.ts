// The make-up of candidates (人选, 候选人) is not the make-up of the members elected: "通过的人选中35岁以下31人，女性26人"
// tells who may stand, and the county counts women, the young and graduates among those elected. Their review is
// counted (审查, 取消资格): a clause about that is read as ever.
const AMONG_CANDIDATES = /(?:通过的|审查的|报名的|初步)?(?:人选|候选人)(?:中|里|当中)[^。;；\n]*/g;
const REVIEW = /取消|不通过|不合格|审|刷|否决/;

export function candidatesTraitsAside(text: string): string {
  return text.replace(AMONG_CANDIDATES, (m) => (REVIEW.test(m) ? m : `(${m})`));
}
