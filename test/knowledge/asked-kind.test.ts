// What a question asks for decides which rule may answer it: an amount of money no rule states, a value asked to be
// checked (任期是不是三年), a body only compared with (跟党员大会一样吗).
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeService } from '../../src/knowledge/service.js';
import { SHIPPED } from './helpers.js';

const service = new KnowledgeService(join(SHIPPED, 'knowledge'));
const answered = (q: string) => {
  const r = service.ask(q, { variantDefaults: { 十严禁: 'village' } });
  return [r.kind, r.topic?.id, r.item?.n];
};

beforeAll(() => {
  expect(service.reload().ok).toBe(true);
});

describe('what is asked', () => {
  it('declines an amount of money no rule states, rather than answer with the rule against gifts', () => {
    expect(answered('送礼送到多少钱才算贿选？一两百块的烟酒算不算？')[0]).toBe('abstain');
    expect(answered('隔壁县规定请吃饭超过200块才算贿选，我们县是不是也这个标准')[0]).toBe('abstain');
  });

  it('still answers a gift whose small amount is told, not asked', () => {
    expect(answered('发微信红包拉票算不算贿选？金额小的比如几块钱应该没事吧')).toEqual(['item', 'discipline-village', 2]);
  });

  it('reads years said beside the term of office as the value to check, not a rule that counts years', () => {
    expect(answered('村党组织任期是不是还是三年，和村委会不一样？')).toEqual(['item', 'rural-party-org', 1]);
    expect(answered('近三年被评为不合格党员的能当候选人吗')).toEqual(['item', 'negative-list', 7]);
  });

  it("answers the villagers' meeting when the party members' meeting is only compared with", () => {
    expect(answered('开村民会议得多少人到场？跟党员大会一样吗')).toEqual(['item', 'cwh-basics', 4]);
  });
});

describe('whose half', () => {
  it('reads 过谁的半 as asking the base of a majority, not who does something', () => {
    expect(answered('候选人要多少票才算当选，过半是过谁的半？登记人数还是来投票的人数')).toEqual(['item', 'cwh-election', 6]);
  });
});

describe('one kind of fact asked of a topic', () => {
  it('answers the item that states who, where the topic alone gave its overview', () => {
    expect(answered('监委会成员是谁选的')).toEqual(['item', 'supervision-audit', 1]);
  });

  it('keeps the overview when the topic is only named', () => {
    expect(answered('村务监督委员会')[0]).toBe('overview');
  });

  it('answers a number to call with the item that states one (12380, 12388), not the rule on how to report', () => {
    for (const q of ['换届纪律举报电话是多少', '换届违纪举报电话多少', '县里换届纪律的举报电话是多少？']) {
      const [kind, topic, n] = answered(q);
      expect([kind, topic], q).toEqual(['item', 'reporting']);
      expect([1, 2], q).toContain(n);
    }
  });

  it('takes an end of term (到本届届满为止) as the time asked by 到啥时候', () => {
    expect(answered('选完之后有一个委员又辞职了 补选谁来组织 补选的任期到啥时候')).toEqual(['item', 'cwh-after', 3]);
    expect(answered('届中补选产生的委员，任期算到什么时候？')).toEqual(['item', 'cwh-after', 3]);
  });
});

describe('a version of a list asked with one rule named', () => {
  it('answers the rule named (加了带病提名那条), and the whole version when asked for it', () => {
    expect(answered('今年中央新发的换届纪律通知，十严禁里是不是加了带病提名那条？')).toEqual(['item', 'discipline-national-2026', 7]);
    expect(answered('2026年十严禁有哪些')[0]).toBe('list');
  });
});
