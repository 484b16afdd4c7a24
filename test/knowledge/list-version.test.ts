// Which version of a discipline list a request for the whole list gets: its markers first; then what one item says
// only when that item explains most of the words; else the newest.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ask, askByRules } from '../../src/knowledge/ask.js';
import { keepNamedList } from '../../src/knowledge/ask-named.js';
import { KnowledgeIndex } from '../../src/knowledge/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { SHIPPED } from './helpers.js';

const index = new KnowledgeIndex(loadKnowledge(join(SHIPPED, 'knowledge')).base!);
const village = { variantDefaults: { 十严禁: 'village' } };

describe('the whole list of a family with versions', () => {
  it('is the newest version when a word shared by chance is all that points elsewhere', () => {
    // 通知 is in a 2021 item's text; the question asks for the list the centre sent out this year.
    expect(ask(index, '听说中纪委中组部又发了严肃换届纪律的通知，都有哪几条')).toMatchObject({ kind: 'list', topic: { id: 'discipline-national-2026' } });
  });

  it('is the version a year names', () => {
    expect(ask(index, '2021年中央换届纪律十严禁都有哪几条')).toMatchObject({ kind: 'list', topic: { id: 'discipline-national-2021' } });
  });
});

describe('a version of a list asked what it says or changed', () => {
  it('is that list, not the history of the lists, and never the version it is compared with', () => {
    for (const q of ['2026年中纪委中组部那个换届纪律通知，跟2021年那版比有啥变化', '今年中纪委中组部国家监委又发了换届纪律的通知，新的十严禁跟2021年那版有啥不一样']) {
      expect(ask(index, q, village), q).toMatchObject({ kind: 'list', topic: { id: 'discipline-national-2026' } });
    }
  });

  it('asked what it added, is the rules it marks as new — never the list it is compared with', () => {
    for (const q of ['听说今年中央又发了新的十严禁 比以前多了啥', '今年新出的中央十严禁比2021年多了啥', '新的十严禁跟2021年比，多了哪几条？']) {
      const a = ask(index, q, village);
      expect(a, q).toMatchObject({ kind: 'item', topic: { id: 'discipline-national-2026' }, item: { n: 2 } });
      expect(a.kind === 'item' && a.related?.map((r) => r.item.n), q).toEqual([7]);
    }
    // The new rule a question names comes first.
    expect(ask(index, '2026年换届纪律通知里新增的是哪一条 A严禁拉票贿选 B严禁带病提名带病提拔')).toMatchObject({ kind: 'item', item: { n: 7 } });
  });

  it('asked what a list of another count added, is not the newest list’s new rules', () => {
    for (const q of ['以前是九严禁现在是十严禁，多了哪条', '有个县的十一严禁，比十严禁多出来的是什么？']) {
      expect(ask(index, q, village), q).not.toMatchObject({ kind: 'item', topic: { id: 'discipline-national-2026' }, item: { n: 2 } });
    }
  });

  it('leaves which rule or which version to the rules', () => {
    expect(ask(index, '十严禁现在最新的是哪个版本?听说今年中央又出了个新的,跟以前不一样', village).kind).not.toBe('list');
  });
});

describe('who issued a list', () => {
  it('is the item on who issues the lists, not the list itself', () => {
    for (const q of ['这个十严禁是谁发的？哪年？', '十严禁是哪个部门发的', '2026年的换届纪律通知是谁发的']) {
      expect(ask(index, q, village), q).toMatchObject({ kind: 'item', topic: { id: 'discipline-history' }, item: { n: 4 } });
    }
  });
});

describe('a question naming a list, answered by the history of the lists', () => {
  const history = ask(index, '九个严禁九个一律是啥');

  it('keeps the history when it asks which rules changed since an earlier version', () => {
    expect(history).toMatchObject({ kind: 'item', topic: { id: 'discipline-history' } });
    expect(keepNamedList(index, '以前是九严禁现在咋变成十严禁了，多了哪几条', history)).toBe(history);
  });

  it('declines it when it asks which rule of the list covers a case, or what the new list added', () => {
    expect(keepNamedList(index, '十严禁里有没有管这个的', history).kind).toBe('abstain');
    expect(keepNamedList(index, '今年新发的十严禁里新加了哪几条', history).kind).toBe('abstain');
  });
});

describe('how many years, asked of a bar whose period a decision sets', () => {
  it('is answered by the rule that names the period (影响期), never declined for stating no number of years', () => {
    expect(askByRules(index, '党纪处分过了几年能参选', village)).toMatchObject({ kind: 'item', topic: { id: 'time-limited-bars' }, item: { n: 4 } });
  });
});

describe('a rule only one version has, asked with a word that marks another version', () => {
  it('is never answered with the marked version’s whole list', () => {
    for (const q of ['严禁带病提名 啥意思 村里适用吗', '带病提名是啥意思 村里换届也适用吗', '带病提名是啥意思，跟我们村里选举有关系吗']) {
      expect(ask(index, q, village).topic?.id, q).not.toBe('discipline-village');
    }
    expect(ask(index, '严禁带病提名 啥意思 村里适用吗', village)).toMatchObject({ kind: 'item', topic: { id: 'discipline-national-2026' }, item: { n: 7 } });
  });

  it('still gives the marked version when its own rule is asked', () => {
    expect(ask(index, '村里的十严禁 第一条', village)).toMatchObject({ kind: 'item', topic: { id: 'discipline-village' }, item: { n: 1 } });
  });
});

describe('the newest version named by 新版 alone, another version compared with it', () => {
  it('answers what the newest list says, not the one it is compared with', () => {
    const r = ask(index, '今年新出的十严禁和2021年那版有啥不一样', village);
    expect([r.kind, r.topic?.id]).toEqual(['list', 'discipline-national-2026']);
  });
});
