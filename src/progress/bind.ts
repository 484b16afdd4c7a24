// Step 2: pair every number with the indicator it belongs to, left to right, the way a reader does.
// "党组织9个" and "9个村完成党组织换届" both bind; "党组织、村委会均完成8个" binds 8 to both;
// "分别9个、6个" binds in order; a header line of indicators makes the lines below a table;
// a number no indicator claims is refused ("完成8个" — which one?).
// This is the core: the token loop, names and figures. Its state is in bind-state.ts; what is set aside
// (bind-asides), corrections (bind-corrections), steering words (bind-flags), people and villages
// (bind-units), townships and dates (bind-places), numbers and hedges as met (bind-figures) and the ends of
// clauses and lines (bind-ends) are in the files beside it.
import type { IndicatorKey } from '../store/types.js';
import { aside, bracketed, comparedBody, setAside, shareEnds, wholeOfParts } from './bind-asides.js';
import { CLOSING_FLAGS, somethingFollows, supersede } from './bind-corrections.js';
import { countPutOff, dueAfterTown, endLine, flush, planEnds, townDue } from './bind-ends.js';
import { nameLeftOpen } from './bind-left-open.js';
import { flag } from './bind-flags.js';
import { countNamedAfter, refuseNotCounted, stillDone } from './bind-notdone.js';
import { addCommunities, notePart } from './bind-parts.js';
import { date, dayInLine, pairIsDay, town } from './bind-places.js';
import { BindState } from './bind-state.js';
import { nameNext, numberFigure, restatesAll } from './bind-figures.js';
import { vagueFigure } from './bind-hedges.js';
import { groupCount, headCountAsDue } from './bind-head-count.js';
import { allOfLast, alreadyDone, bodyOfPeople, countOfAll, crossTab, ofPosts, reopenAsDue, takeOrphan, forPeople, PEOPLE_KEYS, VILLAGES, villagesAsPeople, ageAsCount, scopeOfHeadCount } from './bind-units.js';
import { joinedToUnread, joinOpens, oneFigureForNames, sideBySide } from './bind-joined.js';
import { settle } from './bind-settle.js';
import { fillerTotal } from './bind-filler.js';
import { newOnes, sameAsLast } from './bind-same.js';
import { countOfStep, meetingName, stepOfOtherClause } from './bind-scene.js';
import { DONE_KEYS, flatKeys, isFiller, mark, valueOf, type Bound, type BoundItem, type ValueToken } from './bind-values.js';
import { countAfterRate, countsNamed, listGoesOn } from './bind-counts.js';
import type { Phrases } from './phrases.js';
import type { Token } from './scan.js';
export type { Bound, BoundItem, Ref } from './bind-values.js';
/** Words for the whole township that name its due count (全乡16个村). */
const SCOPE = /^全(?:乡|镇|街道)$/;
/** "党组织应换届18个，已完成15个": the due count named outright between a body's name and its figure. */
const DUE_NAMED = /^(?:应换届|该换届|应换)/;

class Binder extends BindState {
  emit(keys: IndicatorKey[], tok: ValueToken, carried = false) {
    if (this.peopleWaiting && keys.some((k) => this.peopleWaiting!.includes(k))) this.peopleWaiting = null;
    // "两委成员共41人": a head count is no number of villages due — set aside, not stored as 应换届数.
    if (headCountAsDue(this, keys, tok) || groupCount(this, keys, tok)) return;
    if (villagesAsPeople(this, keys, tok) || ageAsCount(this, keys, tok)) return;
    this.carry.emitted(keys, carried);
    const byFiller = this.dueByFiller;
    this.dueByFiller = false;
    if (tok.t !== 'flag') this.clauseKeys.push(keys.filter((k) => k !== 'due'));
    const { inc, counted } = newOnes(this, keys, tok);
    if (this.incr === 'next' && inc && !listGoesOn(this.text, tok)) this.incr = 'none';
    if (this.resumeLine) {
      this.incr = 'line';
      this.resumeLine = false;
    }
    const left = this.remainingNext && (tok.t === 'num' || tok.t === 'pct');
    this.remainingNext = false;
    // Only a completion count can be the due count less what is left ("一肩挑再有2个就全完了" says no figure).
    if (left && !keys.every((k) => DONE_KEYS.includes(k))) {
      this.out.errors.push({ code: 'vague', raw: tok.raw });
      return;
    }
    const fixing = this.fixing;
    this.fixing = false;
    for (const key of keys) {
      const value = left && tok.t === 'num' ? { kind: 'remaining' as const, n: tok.value, raw: tok.raw } : left && tok.t === 'pct' ? { kind: 'percent' as const, p: 100 - tok.value, raw: tok.raw, left: true } : valueOf(key, tok, counted, this.out.errors, this.text);
      // "村委完成2个 共5个": 共 after a figure of the clause, with no village unit, may be the due count or a total.
      const bareDue = key === 'due' && byFiller && !/(村|社区)/.test(tok.raw) && this.lineValues > 0;
      if (value) {
        mark(value, { people: PEOPLE_KEYS.has(key) ? this.people : null, day: this.incrDay, part: carried ? undefined : this.parts.get(key), fixed: fixing, bareDue, named: tok.t === 'num' && countsNamed(this.text, tok, tok.value) });
        const item: BoundItem = { key, value, at: tok.at, seg: tok.seg, ...(this.since ? { since: this.since } : {}) };
        if (this.beforeCorrection) supersede(this, item);
        this.out.items.push(item);
        this.today.item(item, counted);
      }
      this.lineKeys.add(key);
    }
    if (tok.t === 'pair' && tok.sep === '/') {
      this.out.items.push({ key: 'due', value: { kind: 'number', n: tok.b, raw: String(tok.b), implied: true }, at: tok.at, seg: tok.seg });
    }
    this.clauseItems++;
    if (!this.sinceHeld) this.since = null;
    this.lastEmitted = tok;
    if (this.suspended && keys.includes('due')) {
      this.pending = this.suspended;
      this.suspended = null;
    }
  }

  value(tok: ValueToken) {
    this.lineValues++;
    this.named.answered(this.pending);
    // A remainder ("计划下周完成剩余3个村") is skipped as an aside, like any other: it is not refused.
    if (this.notCounted?.code === 'not-done' && stillDone(this.text, tok)) this.notCounted = null;
    if (this.notCounted && this.ignoreNext !== 'aside') {
      refuseNotCounted(this, this.notCounted.code, this.notCounted.tok, tok);
      if (this.notCounted.code !== 'plan') this.notCounted = null;
      this.ignoreNext = null;
      this.remainingNext = false;
      return;
    }
    // A remainder waiting for this figure ends with it, set aside or not (it had made the next body's figure one).
    if (setAside(this, tok)) return void (this.remainingNext = false);
    this.ignoreNext = null;
    alreadyDone(this, tok, SCOPE);
    if (this.negative || ('neg' in tok && tok.neg)) {
      this.negative = false;
      this.pending = [];
      this.out.errors.push({ code: 'negative', raw: tok.raw });
      return;
    }
    const reopened = reopenAsDue(this, tok);
    if (reopened) return reopened.length ? this.emit(reopened, tok) : undefined;
    if (wholeOfParts(this, tok) || addCommunities(this, tok)) return;
    // "白沙镇16个村,…", "16个村(社区)": villages counted right after the township's name are its due count.
    if (!this.pending.length && tok.t === 'num' && this.afterTown && !this.nameFollows && /(村|社区)\)?$/.test(tok.raw) && dueAfterTown(this, tok)) return townDue(this, tok);
    if (!this.pending.length) {
      // After a switch of township the pattern wins, unless the name after the figure starts it anew
      // ("城关审查126人 河西84人不通过1人": 84 is the first of the pattern, 不通过 the second).
      // Under a table's header the columns decide (a short row is refused, never filled from a pattern).
      // "河西乡12个村党组织完成10个": a count straight before a body's name and 完成 is that body's whole (the due
      // count), read as for the line's first township — never the pattern's next figure.
      const whole = tok.t === 'num' && this.next?.t === 'ind' && this.next.keys.every((k) => DONE_KEYS.includes(k)) && this.afterNext?.t === 'flag' && this.afterNext.flag === 'done';
      // "今天又完成2个村委会": after an increment word, a count with its name after it is that name's, never the pattern's.
      const carries = tok.t !== 'flag' && !this.columns && !whole && (!this.nameFollows || (this.carry.laterHas(this.nameFollows) && !this.countNamedAfter));
      const carried = carries && this.carry.has() && !countOfStep(this, tok) && !scopeOfHeadCount(this.text, tok) ? this.carry.take() : undefined;
      if (carried) return this.emit(carried, tok, true);
      const all = countOfAll(this, tok) ?? allOfLast(this, tok) ?? countAfterRate(this, tok);
      if (all) return this.emit([all], tok);
      if (tok.t === 'flag') this.allWaiting ??= tok;
      else this.orphans.push(tok);
      return;
    }
    if (stepOfOtherClause(this, tok)) return;
    // "白沙、石桥女性成员分别是23人、18人": one name, one figure per joined township — the name stays.
    const spread = this.respectively && this.pending.length === 1 && !!this.out.towns[this.out.towns.length - 1]?.with;
    if (!spread && !this.respectively && oneFigureForNames(this, tok)) return;
    const named = spread ? [...this.pending] : this.respectively && this.pending.length > 1 ? [this.pending.shift()!] : this.pending.splice(0);
    // A head count is for the people-count name waiting, never for the villages named after it.
    const target = forPeople(this, tok, named);
    if (!target) return;
    const from = this.out.items.length;
    this.emit(flatKeys(target), tok);
    if (spread) for (const item of this.out.items.slice(from)) item.spread = true;
  }

  /** A name: it takes the figure waiting before it, or waits for its own. */
  private indicator(tok: Extract<Token, { t: 'ind' }>) {
    this.asideOpen = false;
    if (meetingName(this, tok)) return;
    if (ofPosts(this, tok) || comparedBody(this, tok) || bodyOfPeople(this, tok) || (this.shareOfDue && tok.keys.every((k) => k === 'due'))) return;
    notePart(this, tok);
    if (tok.keys.every((k) => !VILLAGES.has(k))) this.peopleWaiting = tok.keys;
    if (this.planClosed && !tok.keys.includes('due')) this.notCounted = null;
    planEnds(this, tok);
    this.planClosed = false;
    const unsaid = this.unsaid;
    this.unsaid = null;
    if (unsaid && unsaid.join() === tok.keys.join()) return;
    if (fillerTotal(this, tok)) return;
    if (SCOPE.test(this.lineNames[this.lineNames.length - 1] ?? '') && this.pending.length === 1 && this.pending[0]!.join() === 'due') {
      // "全乡村党组织和村委会均已完成5个": 全乡 right before a body's name says whose bodies, no due count; so with
      // words of the new term between ("全镇新进两委的女同志9个"), or of all of them ("全镇所有村党组织…均已完成").
      if ((!tok.pre || /^(?:新进|新当选|新一届|新选出|新选的|当选|的|所有|全部|各|共|一共|总共|累计)+$/.test(tok.pre.trim())) && !tok.keys.includes('due')) {
        this.pending = [];
        this.named.unname();
        this.suspended = null;
      }
    } else if ((SCOPE.test(tok.raw) || DUE_NAMED.test(tok.raw)) && this.pending.length && flatKeys(this.pending).every((k) => DONE_KEYS.includes(k))) {
      // "村党组织换届:全镇16个村,已完成14个": the due count said between a body's name and its figure; the
      // name waits for its figure until the due count has its own.
      this.suspended = this.pending;
    }
    shareEnds(this, tok);
    this.lineInds.push(tok.keys);
    this.lineNames.push(tok.raw);
    this.groupName = tok.keys.length >= 2 ? tok : null;
    if (this.ignoreNext === 'sub') {
      // "村委会完成16个,其中社区居委会2个": a breakdown of a figure already given on the line, even when it
      // names the indicator again, is an aside; "其中一肩挑6人" names another indicator and is read.
      // "女性二十四人 其中三十五岁以下的六个": women under 35 — a cross-tab of a head count, no township figure.
      if (tok.keys.every((k) => this.lineKeys.has(k)) || crossTab(this.out.items.at(-1), tok.keys, tok.seg)) {
        this.ignoreNext = 'aside';
        this.traitAside = { seg: tok.seg, at: tok.at + tok.raw.length };
        return;
      }
      this.ignoreNext = null;
    }
    this.reopen = null;
    if (sameAsLast(this, tok)) return;
    const orphan = takeOrphan(this, tok);
    // "3个村还没选村委会": a not-done word between the count and the name says the count is what is NOT
    // done — refused like "村委会3个村还没选", never stored as done.
    if (orphan && this.notCounted && this.notCounted.tok.at > orphan.at) {
      refuseNotCounted(this, this.notCounted.code, orphan, this.notCounted.tok);
      this.notCounted = null;
      this.pending = [];
      this.named.explained();
      return;
    }
    if (orphan && countPutOff(this, orphan, tok)) return;
    if (orphan) {
      this.pending = [];
      const from = this.out.items.length;
      this.emit(tok.keys, orphan);
      this.backward = { value: orphan, name: tok };
      // Only a count of villages ("12个村") can turn out to be the due count; "完成4个 居委会…" cannot.
      if (tok.keys.every((k) => DONE_KEYS.includes(k)) && orphan.t === 'num' && /(村|社区)/.test(this.text.slice(orphan.at, orphan.at + orphan.raw.length + 2))) this.reopen = { keys: tok.keys, from, sawDone: false };
    } else if (this.allWaiting) {
      this.emit(tok.keys, this.allWaiting);
      this.allWaiting = null;
    } else {
      if (this.joinOpen && this.pending.length) this.pending.push(tok.keys);
      else this.pending = [tok.keys];
      this.pendingAt = tok.at;
      this.named.name(tok);
    }
    this.joinOpen = false;
  }

  run(tokens: Token[]): Bound {
    tokens.forEach((tok, i) => {
      this.next = tokens[i + 1];
      this.afterNext = tokens[i + 2];
      this.countNamedAfter = countNamedAfter(tokens, tok.t === 'num' ? i - 1 : i);
      // "监委12（待核实）": a figure not yet checked holds the message back even when said in a bracket.
      if (tok.t === 'flag' && tok.flag === 'unsure') return flag(this, tok, undefined);
      if (tok.br !== undefined && bracketed(this, tok as Token & { br: number }, tokens[i - 1])) return;
      let back = i - 1;
      while (back >= 0 && isFiller(tokens[back]!)) back--;
      const prev = tokens[back];
      switch (tok.t) {
        case 'sep':
          if (prev?.t !== 'sep') this.lastValueBeforeSep = prev === this.lastEmitted ? this.lastEmitted : null;
          flush(this, tok.hard, tok.at);
          if (tok.hard) {
            if (this.sinceHeld) [this.since, this.sinceHeld] = [null, false];
            nameLeftOpen(this, tokens, i - 1, tok.at);
            // One sentence may run over ；and 。: the pattern carries to the end of the line only.
            // (The pattern carries over line breaks too: "前天是5个\n昨天6个\n今天7个".)
            endLine(this);
            this.lineStart = tok.at + tok.raw.length;
          }
          return;
        case 'colon':
          if (prev?.t === 'flag' && prev.flag === 'incr') this.incr = 'line';
          return;
        case 'join':
          this.joinOpen = joinOpens(this, prev, tok);
          if (this.joinOpen) joinedToUnread(this, prev, tok, tokens[i + 1]);
          this.reopen = null;
          return;
        case 'town':
          return town(this, tok, prev, tokens[i - 2]);
        case 'date':
          return date(this, tok, prev);
        case 'vague':
          return vagueFigure(this, tok, tokens[i - 1]);
        case 'ind':
          if (tok === this.denied) return;
          if (sideBySide(this, prev, tok)) this.joinOpen = this.pending.length > 0;
          this.nameAts.push(tok.at);
          return this.indicator(tok);
        case 'flag': {
          // "党组织和村委会均已完成5个": 均/都 straight before a figure gives each name that figure, not 全部完成.
          const next = tokens[i + 1];
          if (tok.flag === 'all' && /^[均都]/.test(tok.raw) && next?.t === 'num' && !next.pre) return flag(this, { ...tok, flag: 'both' }, prev);
          return flag(this, tok, prev, tok.flag === 'wrong' || tok.flag === 'slip' ? somethingFollows(tokens, i) : true);
        }
        case 'num':
          return numberFigure(this, tok, tokens, i, prev);
        case 'pair':
          if (dayInLine(this, tok, tokens[i + 1], prev) || restatesAll(this, tok, prev)) return;
          if (!this.pending.length && pairIsDay(this, tok, tokens, i, prev)) {
            this.out.dates.push({ at: tok.at, seg: tok.seg, value: { kind: 'monthDay', month: tok.a, day: tok.b }, raw: tok.raw });
            return;
          }
          if (tok.sep === '-') {
            this.out.errors.push({ code: 'vague', raw: tok.raw });
            this.pending = [];
            return;
          }
          return this.value(tok);
        case 'pct':
          this.nameFollows = nameNext(tokens, i);
          return this.value(tok);
      }
    });
    settle(this, tokens);
    return this.out;
  }
}

export function bind(tokens: Token[], text: string, phrases: Phrases, dueOf?: (township: string) => number | undefined): Bound {
  return new Binder(text, phrases, dueOf).run(tokens);
}
