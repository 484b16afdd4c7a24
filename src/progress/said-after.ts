// "柳林今儿党支部1个、村委会2个、监委会2个，都是今天新整完的": what the figures are, said once after all of them. The
// day's word before the figures then says the day's new ones for every body (今天新增:), so none of them is taken for
// the running total because it happens to equal the record.

/** A clause after the figures saying they are all today's new ones. */
const ALL_NEW_AFTER = /[,，]\s*(?:这些|这几个|以上)?(?:都|全|全都|均)是今[天儿日]新(?:增|完成|整完|选完|选出来|选出|选|搞完|弄完|增完)的?(?=[,，。!！\s]|$)/;
const DAY_BEFORE = /今天|今儿|今日/;

/** The text with the day's word made the day's new ones, or unchanged. */
export function allNewSaidAfter(text: string): string {
  const after = ALL_NEW_AFTER.exec(text);
  if (!after) return text;
  const head = text.slice(0, after.index);
  const day = DAY_BEFORE.exec(head);
  // The day must come before the figures it governs.
  if (!day || /\d|[一二两三四五六七八九十]个/.test(head.slice(0, day.index))) return text;
  return `${head.slice(0, day.index)}今天新增:${head.slice(day.index + day[0].length)}${text.slice(after.index + after[0].length)}`;
}

/** A rate or share with a hedge (完成率约86%, 将近七成, 七成多了): about the rate, not the count beside it. */
const HEDGED_RATE = /[,，]?\s*(?:完成率|占比|比例|进度)?\s*(?:(?:约|大约|约为|将近|接近|差不多|大概|估计)\s*(?:\d+(?:\.\d+)?\s*[%％]|[一二三四五六七八九]成|百分之[一二三四五六七八九十]+)(?:多|左右|出头)?|[一二三四五六七八九]成多了?)/g;
const COUNT = /\d+\s*个|[一二两三四五六七八九十]+个|全部完成/;

/** "党组织还剩2个村没选，完成率约86%": the hedged rate set aside where a count is said — the count is firm. */
export function hedgedRatesAside(text: string): string {
  const without = text.replace(HEDGED_RATE, '');
  return without !== text && COUNT.test(without) ? without : text;
}
