// Steering words (scan.ts flags): words that give no figure but say what the figures near them are —
// not done yet or planned (refused), 全部完成, 新增 and 累计, 分别, 都, a group the county does not
// collect. Words that correct are in bind-corrections.ts.
import { asideNext } from './bind-asides.js';
import { unsure } from './bind-unsure.js';
import { allDone } from './bind-all.js';
import { correctionFlag, reasonCount } from './bind-corrections.js';
import { remainder } from './bind-remain.js';
import { otherPartAdded } from './bind-parts.js';
import { countedNotDone, refuseNotCounted } from './bind-notdone.js';
import { otherGroup } from './bind-groups.js';
import { MEMBERS_WORD, membersBefore, PEOPLE_KEYS } from './bind-units.js';
import { COUNT_NUMERAL, parseAnyNumber } from '../numerals.js';
import type { BindState } from './bind-state.js';
import { ADDS_UP, clauseStart, DONE_KEYS, flatKeys, lastFigure, type ValueToken } from './bind-values.js';
import { phrase } from './phrases.js';
import type { Token } from './scan.js';
import type { IndicatorKey } from '../store/types.js';

/** Words saying what was in fact done, against a plan (实际, 结果, 其实). */
const IN_FACT = /实际|结果|其实|事实上|最终|最后/;
const BARE_NOT = /^(没|未|没有)$/;
const PENDING = phrase('pending', '^(?:{})$');
/** The due count named as what a share is of: 占全镇应换届村数的…, 占应换届总数的…. */
/** A rate straight after the share word, of nothing named (占20%, 占比为12.5%) — not 占已换届村委会的91.7%. */
const BARE_RATE = /^\s*(?:比|比例)?(?:为|达到?|是)?\s*(?:[\d.]+\s*%|百分之)/;
/** The members' head count straight before 其中 (两委成员30人，其中…). */
const MEMBERS_THEN_SUB = new RegExp(`${MEMBERS_WORD}\\s*(${COUNT_NUMERAL})\\s*[人名位]\\s*[,;]?\\s*$`);
const OF_DUE = /^[^，,。；;\d%]{0,10}?(?:应换届|应选)[^，,。；;\d%]{0,8}?[\d.]+%/;
const ELECTION_WORK = /^(有)?(选|完|换|开|启|进行|搞|弄|结束|推|产生|召开|投票|过|通过|到)/;

/** A comparison with the last report, up to the word of increase (较上次报送, 比上次上报的, 与上回相比). */
const SINCE_LAST_REPORT = /^[^\d，,。；;]*?(?:较|比|与|和|跟|同)上(?:次|回)(?:报送|上报|报的|报告|汇报|统计|报)?(?:的|数据|时|相比|比)?\s*$/;

/** An adverb between a figure and a negation keeps them together ("3个村还在等待批复", "都还没选"). */
const ADVERB = /^(?:都还在|还在|仍在|都还|还都|仍然|还|都|也|仍|尚)$/;

/** A figure's clause says it is done ("社区党总支换届完成了三个"). */
const SAID_DONE = /完成|选完|完毕|结束|已选|选出|产生/;

/** Words that take something from a total (监委会完成数减1, 这个得从总数里减掉). */
const SUBTRACT = /^(?:减|扣)/;

export function flag(s: BindState, tok: Extract<Token, { t: 'flag' }>, prev: Token | undefined, replacementFollows = true) {
  if ((tok.flag === 'unstarted' || tok.flag === 'notdone' || tok.flag === 'plan') && countedNotDone(s, tok, prev)) return;
  switch (tok.flag) {
    case 'notdone':
    case 'plan': {
      // Written after its figure ("村委会5个正在进行中", "8个计划下周选举"), it qualifies that figure.
      const code = tok.flag === 'plan' ? 'plan' : 'not-done';
      // "龙泉镇共4个村的村委会选举需要二次投票": the villages counted after the township's name, in the clause
      // a plan or a stage qualifies with no figure between, are those planned — no due count.
      const due = s.out.items.find((i) => i.key === 'due' && i.seg === tok.seg && i.value.kind === 'number' && !/[,;。!?\n]/.test(s.text.slice(i.at, tok.at)));
      if (due && due.value.kind === 'number' && !/[\d一二两三四五六七八九十俩仨]/.test(s.text.slice(due.at + due.value.raw.length, tok.at))) {
        s.out.items = s.out.items.filter((i) => i !== due);
        s.out.errors.push({ code, raw: s.text.slice(due.at, tok.at + tok.raw.length) });
        return;
      }
      s.lineExplains = true;
      s.named.explained();
      // "村委会8个计划下周选举" qualifies 8; "一肩挑十一个 下周一开始监委会选举" (a pause between) does not.
      // "村委会3个村还没选": an adverb (还, 都, 也, 仍) between the figure and the negation keeps them together.
      const adjacent = tok.flag === 'plan' ? !/\s/.test(tok.pre) : !/[\s\u4e00-\u9fff]/.test(tok.pre.replace(ADVERB, ''));
      // "还差两个村没选完": the figure already counts what is not done (a remainder).
      const justRead = s.out.items[s.out.items.length - 1];
      if (code === 'not-done' && prev && prev === s.lastEmitted && justRead?.at === prev.at && (justRead.value.kind === 'remaining' || (justRead.value.kind === 'percent' && !!justRead.value.left))) return;
      // "6个社区，其中2个还没选", "20个，还有5个在准备": a count set aside, then said not done — the figure
      // before it was the total, not a count done. Refused, never stored.
      // ("剩余1个正在筹备" is what is left, as said: no total in doubt; nor "完成了三个，还有三个在准备" or
      // "新增2个，还有1个村正在计票", whose figure was said done.)
      if (code === 'not-done' && prev && prev === s.lastAside && adjacent && !/剩|差|余/.test(s.text.slice(Math.max(0, prev.at - 4), prev.at)) && s.out.items.some((i) => DONE_KEYS.includes(i.key) && i.seg === tok.seg && i.at < prev.at && i.value.kind !== 'increment' && !SAID_DONE.test(s.text.slice(clauseStart(s.text, i.at), i.at)))) {
        s.out.errors.push({ code: 'not-done', raw: s.text.slice(prev.at, tok.at + tok.raw.length) });
        return;
      }
      // "村委会已投票7个村，正在计票", "初审不通过3人，待县级联审": a result still pending, said after a comma,
      // takes back the figure just read — voted is not elected, a first check is not the joint review.
      const last = s.lastEmitted;
      if (code === 'not-done' && last && PENDING(s.phrases).test(tok.raw) && /^[\s,，、]*$/.test(s.text.slice(last.at + last.raw.length, tok.at)) && s.out.items.some((i) => i.at === last.at)) {
        s.out.items = s.out.items.filter((i) => i.at !== last.at);
        refuseNotCounted(s, code, last, tok);
        return;
      }
      // "另外2个社区因居委会尚未选出": the figure bound back to the name is what is not done.
      if (prev && s.backward?.name === prev && s.lastEmitted === s.backward.value) {
        const { value } = s.backward;
        s.out.items = s.out.items.filter((i) => i.at !== value.at);
        refuseNotCounted(s, code, value, tok);
      } else if (prev && prev === s.lastEmitted && adjacent) {
        // The figure just read was the plan's, not a done figure.
        s.out.items = s.out.items.filter((i) => i.at !== prev.at);
        refuseNotCounted(s, code, prev, tok);
      } else if (prev?.t === 'flag' && prev.flag === 'both' && s.lastEmitted && /^\s*(?:[都还也仍均]\s*)+$/.test(s.text.slice(s.lastEmitted.at + s.lastEmitted.raw.length, tok.at)) && s.out.items.some((i) => i.at === s.lastEmitted!.at)) {
        // "监委两个村都还没选": 都 between the figure and the negation (a flag of its own) keeps them together too.
        const figure = s.lastEmitted;
        s.out.items = s.out.items.filter((i) => i.at !== figure.at);
        refuseNotCounted(s, code, figure, tok);
      }
      // "昨晚山上没信号", "这两天没报": a bare 没/未 before the figures says they are not done only when what
      // it denies is the election's work (没选, 未完成, 没开始) or an indicator (没有一肩挑的3个村).
      else if (code === 'not-done' && BARE_NOT.test(tok.raw) && s.next?.t !== 'ind' && !ELECTION_WORK.test(s.text.slice(tok.at + tok.raw.length, tok.at + tok.raw.length + 3))) return;
      else if (s.notCounted?.code !== 'plan') s.notCounted = { code, tok };
      // "下周计划再完成3个，25号前监委会全部选完": a plan word after the separator opens the plan again — the name
      // after it does not end it.
      else if (code === 'plan') s.planClosed = false;
      return;
    }
    case 'unsure':
      return unsure(s, tok);
    case 'all':
      return allDone(s, tok, prev);
    case 'unstarted': {
      // "居委会换届还没开始": the bodies just named, whose figure is still waiting, have done none. Said of
      // anything else ("今天还没开始", a head count) it gives no figure.
      // Only straight after the name: in "因村委会尚未选举暂未启动" it gives a reason, no figure.
      // Not "尚未开始的还有3个村", which names what is left. A review not started has reviewed none too.
      const named = flatKeys(s.pending);
      const counted = s.text[tok.at + tok.raw.length] !== '的';
      if (prev?.t === 'ind' && counted && named.length && named.every((k) => DONE_KEYS.includes(k) || k === 'reviewed')) return s.value(tok as ValueToken);
      // "监委会3个未启动": written after a figure it counts what has not started — refused like 未完成.
      if (prev && prev === s.lastEmitted) return flag(s, { ...tok, flag: 'notdone' }, prev);
      s.lineExplains = true;
      return;
    }
    case 'incr':
      // "比上届增加4人": the increase is the comparison's, set aside with it. Not a comparison with the last
      // report ("较上次报送新增村委会1个"): that is what an increment is.
      if (s.ignoreNext === 'aside') {
        if (!SINCE_LAST_REPORT.test(s.text.slice(s.asideFrom, tok.at))) return;
        s.ignoreNext = null;
      }
      // "新增：党组织2个，村委会1个" (head of the line) covers the line; "党组织新增2个" only that figure.
      s.incr = s.lineInds.length ? 'next' : 'line';
      s.incrDay = tok.raw.startsWith('一天');
      // "党组织完成14个 较昨日增加1个": straight after a figure, the increment is that indicator's; the ledger
      // checks the two agree.
      // (A bracket or a comma may stand between: "完成10个(其中社区2个),较昨日增加2个".)
      const last = lastFigure(s.out.items);
      // "平均年龄45.1岁(比昨天低了1.1岁…)": an age does not grow by new ones — what follows compares, an aside.
      if (last?.key === 'avgAge' && s.lastEmitted && prev === s.lastEmitted && last.at === s.lastEmitted.at) {
        asideNext(s, tok);
        s.asideFrom = tok.at;
        return;
      }
      // Not when a name follows the increment's count and ends the clause ("监委会5个，又完成1个党组织": the one is
      // 党组织's); a name with a figure of its own after it starts the next item ("多1个 村委会12个").
      if (!s.pending.length && s.lastEmitted && prev?.t !== 'ind' && prev?.t !== 'town' && !s.countNamedAfter) {
        if (last && last.key !== 'due' && last.at === s.lastEmitted.at && last.seg === tok.seg) {
          s.pending = [[last.key]];
          s.incr = 'next';
        }
      }
      return;
    case 'replaced':
    case 'wrong':
    case 'slip':
    case 'correction':
      if (tok.flag === 'wrong' && !replacementFollows && reasonCount(s, prev)) return;
      return correctionFlag(s, tok, prev, replacementFollows);
    case 'share': {
      // "女性17人，占比21.3%" restates the count; "35岁以下占比30%" gives only a rate (refused later).
      const named = s.pending.length ? flatKeys(s.pending) : s.out.items.filter((i) => i.seg === tok.seg).map((i) => i.key);
      // "完成村民委员会选举的村9个，占全镇应换届村数的50%": a share of the due count states the count again — it is
      // read for the body, and the plan refuses it when it gives another count (9 of 14 is not 50%).
      const last = lastFigure(s.out.items);
      if (!s.pending.length && last?.seg === tok.seg && DONE_KEYS.includes(last.key) && last.value.kind === 'number' && OF_DUE.test(s.text.slice(tok.at + tok.raw.length))) {
        s.pending = [[last.key]];
        s.shareOfDue = true;
        return;
      }
      // "两委成员共90人，女性15人，占20%": with the members counted, a bare rate after a head count restates it — read
      // for it, so the plan checks the two agree (20% of 90 is 18, not 15). The count may still wait to be set aside
      // (两委成员60人 without 共): found in the sentence then — looked for last, once the cheap tests pass.
      if (!s.pending.length && last?.seg === tok.seg && PEOPLE_KEYS.has(last.key) && last.value.kind === 'number' && BARE_RATE.test(s.text.slice(tok.at + tok.raw.length)) && (s.people ?? membersBefore(s.text, tok.at)) !== null) {
        s.pending = [[last.key]];
        return;
      }
      if (named.length && named.every((k) => s.lineKeys.has(k))) {
        s.pending = [];
        asideNext(s, tok);
        return;
      }
      // "40岁以下年轻干部21人，占30%": the share of a group set aside just before is part of that aside.
      const lastAside = s.out.asides.at(-1);
      const asideEnd = lastAside ? s.text.lastIndexOf(lastAside, tok.at) + lastAside.length : -1;
      if (!named.length && !s.pending.length && lastAside && asideEnd >= lastAside.length && /^[\s,]*$/.test(s.text.slice(asideEnd, tok.at))) asideNext(s, tok);
      return;
    }
    case 'other':
      return otherGroup(s, tok, prev);
    case 'cumul': {
      s.today.cumul(tok, s.text);
      // "新增2个，累计11个": the total restates the same indicator; the ledger checks they agree.
      const last = lastFigure(s.out.items);
      // "今日新增居委1 累计党6 监5": 累计 before another name heads the totals after it — the new ones end there.
      const otherName = s.next?.t === 'ind' && !(last && s.next.keys.includes(last.key));
      s.resumeLine = s.incr === 'line' && !otherName;
      s.incr = 'none';
      if (otherName) return;
      // "党组织今天完成1个,全镇累计15个": the township's running total of the body just given — 累计 counts what is
      // done, never the villages due.
      if (prev?.t === 'ind' && prev.keys.length === 1 && prev.keys[0] === 'due' && flatKeys(s.pending).every((k) => k === 'due') && last && DONE_KEYS.includes(last.key)) {
        s.named.unname();
        s.pending = [[last.key]];
        return;
      }
      // "昨天支部又完成了2个\n累计10个": a line that starts with 累计 restates the increment just given.
      const lineHead = !prev || (prev.t === 'sep' && prev.hard);
      if (!s.pending.length && last && (last.seg === tok.seg || (lineHead && last.value.kind === 'increment')) && last.key !== 'due') s.pending = [[last.key]];
      else s.resumeLine = false;
      return;
    }
    case 'resp': {
      // "不合格5人,分别是:有前科2人、…1人": after a colon, labelled counts break the figure down, as after 其中.
      if (!s.pending.length && /^(?:是|为)?\s*:\s*[\u4e00-\u9fff]/.test(s.text.slice(tok.at + tok.raw.length))) return flag(s, { ...tok, flag: 'sub' }, prev);
      s.respectively = true;
      // "党组织完成16个,村委会完成12个,完成率分别为88.9%、66.7%": with no name waiting, the figures after
      // 分别 restate those just given, in order (a rate must then agree with its count).
      if (s.pending.length) return;
      const given = s.out.items.filter((i) => i.seg === tok.seg && i.key !== 'due' && i.value.kind === 'number').map((i) => i.key);
      const keys = [...new Set(given)];
      if (keys.length >= 2) s.pending = keys.map((k) => [k]);
      return;
    }
    case 'neg':
      s.negative = true;
      if (SUBTRACT.test(tok.raw)) s.subtract = tok.raw;
      return;
    case 'remain':
    case 'aside':
      // "有3个村未完成": written straight after a figure, 未完成 says that figure is what is NOT done (before
      // one, "尚未完成的3个村" sets the count aside).
      if (tok.flag === 'aside' && /^(?:尚未|未|待)完成$/.test(tok.raw) && prev && prev === s.lastEmitted && !/[\s\u4e00-\u9fff]/.test(tok.pre.replace(ADVERB, ''))) {
        return flag(s, { ...tok, flag: 'notdone' }, prev);
      }
      if (reasonCount(s, prev) || otherPartAdded(s, tok)) return;
      return remainder(s, tok, prev);
    case 'sub': {
      // "两委成员30人，其中大专以上27人": after the members' head count, its breakdown is the make-up the county
      // collects — read, not an aside of the figure before it; the members are what its rates are a share of.
      const members = MEMBERS_THEN_SUB.exec(s.text.slice(Math.max(0, tok.at - 24), tok.at));
      if (members) {
        s.people = parseAnyNumber(members[1]!);
        return;
      }
      s.ignoreNext = 'sub';
      s.asideFrom = tok.at;
      return;
    }
    case 'both': {
      // "党组织 村委会 都是11个": the figure is for every indicator named since the last figure.
      const all = s.named.all();
      // "党组织、村委会全部完成,都是18个": straight after a whole said done, 都是 gives the count of each body
      // it covered (each must then agree with its due count).
      const wholes = all.length || s.pending.length ? [] : allJustSaid(s, tok);
      if (all.length > 1) s.pending = all;
      else if (wholes.length) s.pending = wholes.map((k) => [k]);
      // "党组织也都完成了": 都 after one name, with a word of finishing, says that body is all done.
      // Not with the figure straight after ("两委都完成5个啦"): then 都 says the one figure is each body's.
      else if (/完|结束/.test(tok.raw) && prev?.t === 'ind' && s.pending.length === 1 && s.next?.t !== 'num') return flag(s, { ...tok, flag: 'all' }, prev);
      return;
    }
    case 'same':
      // "支部没动，村委会今天完成一个": a name said unchanged is carried as it is on record — no figure is missing.
      // "党支部今天没有新增": the day between the name and the words says when, and changes nothing.
      // "党组织、居委会都跟昨天一样": so does 都 — every name just given is unchanged.
      // The counts so named are written as they stand on record beside the day's other figures (parse.ts keeps them
      // only there): "党组织没变化" is the liaison's figure for the day, read by reference.
      if (prev?.t === 'ind' || (s.pending.length > 0 && ((prev?.t === 'date' && prev.spec.kind === 'relative' && prev.spec.days === 0) || (prev?.t === 'flag' && /^[都均也]$/.test(prev.raw))))) {
        for (const key of s.named.unchanged(s.pending.length)) if (ADDS_UP.includes(key)) s.out.unchanged.push({ key, raw: tok.raw, at: tok.at, seg: tok.seg });
      }
      s.out.repeats.push({ at: tok.at, seg: tok.seg });
      return;
    case 'done':
      if (s.reopen) s.reopen.sawDone = true;
      // "原计划选三到五个，实际完成四个": what was in fact done, in a clause after the plan's, ends the plan.
      if (s.notCounted?.code === 'plan' && s.planClosed && IN_FACT.test(s.text.slice(clauseStart(s.text, tok.at), tok.at))) s.notCounted = null;
      // "全镇累计完成9个": a count done after the whole township named is no due count — which body is not said.
      if (s.pending.length === 1 && s.pending[0]!.join() === 'due' && prev?.t !== 'num' && s.next?.t === 'num') s.pending = [];
      // "今天又完成一个村委会，监委会完成5个": a name with a verb of its own in a clause after the new ones starts its own
      // figure — the 又 of the first clause does not reach it.
      if (s.incr === 'line' && prev?.t === 'ind') {
        const clause = clauseStart(s.text, prev.at);
        if (!s.text.slice(clause, prev.at).trim() && s.out.items.some((i) => i.value.kind === 'increment' && i.at < clause)) s.incr = 'none';
      }
      // "今天已完成5个": 已 says how far it has got — a running total, not the day's new ones.
      if (tok.raw.startsWith('已')) s.today.settled();
      return;
  }
}


/** The bodies the figure just read said wholly done, when only separators stand between it and `tok`. */
function allJustSaid(s: BindState, tok: Token): IndicatorKey[] {
  const last = s.lastEmitted;
  if (last?.t !== 'flag' || !/^[\s,，、;；]*$/.test(s.text.slice(last.at + last.raw.length, tok.at))) return [];
  return s.out.items.filter((i) => i.at === last.at && i.value.kind === 'all').map((i) => i.key);
}
