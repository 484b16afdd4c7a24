// An election's outcome told in its own words: "监委会成员选齐10个", "又有3个村选出了新一届支委班子", "监委会成员也全部
// 选齐". The members of a body all elected is the body done (not a count of people: the count is of villages), and a count of villages said
// before the verb and the body is the body's figure. Written in the order the binder reads (监委会选齐10个,
// 支委班子3个村), only with a verb of completion and a body counted by villages.
import { COUNT_NUMERAL } from '../numerals.js';
import { DONE_KEYS } from './bind-values.js';
import { escape, type Lexicon } from './lexicon.js';

const VERB = '(?:全部选齐|都选齐|选齐|全部选出|都选出来|选出来|选出|产生|都产生)';
const NUM = COUNT_NUMERAL;

const patterns = new WeakMap<Lexicon, { members: RegExp; allMembers: RegExp; countFirst: RegExp; countMembers: RegExp } | null>();

function patternsFor(lexicon: Lexicon) {
  let p = patterns.get(lexicon);
  if (p === undefined) {
    const bodies = lexicon.names.filter((n) => n.text.length >= 2 && n.keys.length === 1 && DONE_KEYS.includes(n.keys[0]!)).map((n) => escape(n.text));
    p = bodies.length
      ? {
          // "监委会成员选齐10个", "监委会成员全部选齐的3个": 成员 (and the 全部 of its members) before a verb of
          // completion and a count of villages.
          members: new RegExp(`(${bodies.join('|')})成员(?:也|都|均)?(?:全部)?(?=(?:选齐|选出来|选出|产生)了?的?\\s*${NUM}\\s*个)`, 'g'),
          // "居务监督委员会成员也全部选齐", "监委会成员今天全部选齐了": all of every body's members — the body all done.
          allMembers: new RegExp(`(${bodies.join('|')})成员(?:也|都|均|今天|已经|已)*(?:全部|都|均)(?:选齐|选出来|选出|产生)了?(?=\\s*(?:[,;。!\\n]|$))`, 'g'),
          // "新增两个村监委会成员选齐": the count of villages, then the body's members and the verb.
          countMembers: new RegExp(`(${NUM}\\s*个(?:村|社区))(?:的)?(${bodies.join('|')})成员(?:也|都|均)?(?:全部)?(?:选齐|选出来|选出|产生)了?`, 'g'),
          // "3个村选出了新一届支委班子": the count, the verb, then the body.
          countFirst: new RegExp(`(${NUM}\\s*个(?:村|社区))(?:的)?(?:都|也)?${VERB}了?(?:新一届|新的|新)?(?:的)?(${bodies.join('|')})`, 'g'),
        }
      : null;
    patterns.set(lexicon, p);
  }
  return p;
}

export function readOutcomes(text: string, lexicon: Lexicon): string {
  const p = patternsFor(lexicon);
  if (!p) return text;
  return text.replace(p.countMembers, '$2$1').replace(p.members, '$1').replace(p.allMembers, '$1全部完成').replace(p.countFirst, '$2$1');
}
