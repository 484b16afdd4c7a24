// "今天完成1个村委会换届，累计11个": a figure after 今天/今日/当天 is the day's increment when its line
// also gives a 累计 total for the same indicator (the ledger then checks the two agree); without a total
// it stays a cumulative figure, as before. Figures are collected per clause and paired when the township or
// the day changes, or the message ends: "今日完成支部2个、村委3个；累计支部17个、村委14个" pairs over the ；.
import type { BoundItem } from './bind-values.js';
import type { Token } from './scan.js';

const TODAY_WORDS = new Set(['今天', '今日', '今儿', '今儿个', '今个', '今晚', '当天', '当日']);

export class TodayWithTotal {
  private todayDone = false;
  private afterCumul = false;
  /** 累计 said, no figure after it yet. */
  private cumulBare = false;
  /** The line named today for its figures (今天…) and gave no total yet: its next clauses go on telling them. */
  private lineToday = false;
  private todayItems: BoundItem[] = [];
  private cumulItems: BoundItem[] = [];
  /** The last day named was another than today. */
  private otherDay = false;
  /** The figure just bound in this sentence, not itself new ones: "监委会也选了2个，累计11个" makes it the day's. */
  private lastPlain: BoundItem | null = null;
  private readonly beforeTotal = new Set<BoundItem>();

  /** A date token: 今天/今日 opens a "today's figure" clause, whatever verb follows (完成, 选了, 审查). */
  date(tok: Token, heading = false) {
    // "截至今天" is how far it has got, not what happened today.
    // "11月22日报送的…有误,当日实际完成15个": 当日 after another day named is that day, not today.
    const thatDay = this.otherDay && /^当/.test(tok.raw);
    // "本周完成4个,累计6个": a weekly report's week is told like a day's — its count beside a total is the week's new ones.
    const week = tok.t === 'date' && tok.spec.kind === 'week';
    if ((TODAY_WORDS.has(tok.raw) || week) && !thatDay) {
      // "21日累计11个,22日累计13个,今日15个村全部完成": today after another day is a day of its own — what that day
      // said pairs among itself, never with today's figures.
      if (this.otherDay) this.pair();
      this.otherDay = false;
      this.todayDone = this.lineToday = !this.afterCumul && !heading;
    } else {
      this.pair();
      this.otherDay = true;
      this.todayDone = this.lineToday = false;
    }
  }

  /** 累计: the figures after it in the clause are totals, not today's ("今日完成2个 累计11个"). */
  cumul(tok?: Token, text = '') {
    // "监委会也选了2个，累计11个": a count straight before 累计 with a comma only between, smaller than the total, is the
    // new ones (paired by name: another body's total leaves it as it is; the ledger checks the two agree with the record).
    const plain = this.lastPlain;
    const straight = !!tok && tok.raw === '累计' && tok.br === undefined && !!plain && plain.value.kind === 'number' && !plain.value.part;
    if (straight && /^\s*[,，]\s*$/.test(text.slice(plain.at + plain.value.raw.length, tok.at)) && !this.todayItems.includes(plain)) {
      this.todayItems.push(plain);
      this.beforeTotal.add(plain);
    }
    this.lastPlain = null;
    this.afterCumul = true;
    this.cumulBare = true;
    this.todayDone = this.lineToday = false;
  }

  /** "今天已完成5个": 已 says how far it has got — the clause's figures are running totals. */
  settled() {
    this.todayDone = this.lineToday = false;
  }

  /** A figure just bound; `inc` when it is already an increment (新增…). */
  item(item: BoundItem, inc: boolean) {
    this.cumulBare = false;
    this.lastPlain = !inc && !this.afterCumul && item.value.kind === 'number' ? item : null;
    if (this.afterCumul) this.cumulItems.push(item);
    else if (this.todayDone && !inc) this.todayItems.push(item);
  }

  /** The item is a figure said after 今天 on this line, still waiting for a total to pair with. */
  holds(item: BoundItem | undefined): boolean {
    return !!item && this.todayItems.includes(item);
  }

  /**
   * "35岁以下的又多了2个,大专以上多了3个,女同志1个", "村委又落地一个，监委也跟着完了一个": after a comma the line
   * goes on with the day's figures; the ledger reads one as new ones only when it cannot be a running total.
   */
  endClause(hard: boolean) {
    if (hard) this.lastPlain = null;
    this.todayDone = !hard && this.lineToday && !this.afterCumul;
    if (hard) this.lineToday = false;
    // "到今天，全乡党组织换届完成五个": a comma straight after the word keeps its clause open.
    if (hard || !this.cumulBare) this.afterCumul = false;
  }

  /** Another township, another day, or the message's end: a today figure with a total for its indicator becomes an increment. */
  pair() {
    for (const item of this.todayItems) {
      if (item.value.kind !== 'number') continue;
      const total = this.cumulItems.find((c) => c.key === item.key);
      // Told straight before a total, not after 今天: new ones only beside a larger total of its own name.
      if (this.beforeTotal.has(item) && !(total?.value.kind === 'number' && total.value.n > item.value.n)) continue;
      // Without a total beside it, the figure is the running total or the day's new ones: the ledger decides
      // by what is on record (plan.ts).
      if (!total) item.value.daily = true;
      else item.value = { kind: 'increment', n: item.value.n, raw: item.value.raw };
    }
    this.todayItems = [];
    this.cumulItems = [];
    this.beforeTotal.clear();
  }
}
