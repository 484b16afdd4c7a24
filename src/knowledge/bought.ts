// "选上了每户发500块分红": a benefit given or promised for votes is the matter of the question; what the benefit is
// (分红, 低保) is its means, not a matter outside the base.

/** The words synonyms.yaml `phrases` put beside a gift or a promise made for votes. */
const BOUGHT = /许诺好处|送礼/;
/** Outside words that name a benefit — the means of a bribe when one is told. */
const BENEFITS = new Set(['分红', '低保', '低保户', '五保', '合作社', '宅基地', '承包地', '土地承包', '工资', '奖金发放', '医保', '社保']);

/** An outside word that is only the benefit of a bribe the question tells. */
export const boughtWith = (cleaned: string, word: string) => BENEFITS.has(word) && BOUGHT.test(cleaned);
