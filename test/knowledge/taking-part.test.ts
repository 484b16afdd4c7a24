// "X能参加选举吗": taking part asked of a person with a condition. The negative list answers when it names the
// condition in its own words; the law's rule answers when it names the condition itself, or voting is asked.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/knowledge/ask.js';
import { KnowledgeIndex } from '../../src/knowledge/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { SHIPPED } from './helpers.js';

const index = new KnowledgeIndex(loadKnowledge(join(SHIPPED, 'knowledge')).base!);

describe('taking part in the election asked of a person with a condition', () => {
  it('is the negative list item naming the condition, not a rule of the procedure', () => {
    for (const q of ['上了失信被执行人名单的人，可以参加这次村委会选举不', '俺们村那个老赖还能参与村委会换届吗']) {
      expect(ask(index, q), q).toMatchObject({ kind: 'item', topic: { id: 'negative-list' }, item: { n: 9 } });
    }
  });

  it('stays the law when its rule names the condition, or the condition is where one is registered', () => {
    expect(ask(index, '被剥夺了政治权利的村民能参加村委会选举吗'), 'rights').toMatchObject({ kind: 'item', topic: { id: 'cwh-election' }, item: { n: 2 } });
    expect(ask(index, '户口迁到城里了但人还在村里住，能参加村委会选举吗'), 'registration').toMatchObject({ kind: 'item', topic: { id: 'cwh-election' }, item: { n: 3 } });
  });

  it('stays the vote when voting is asked in so many words', () => {
    const r = ask(index, '失信被执行人能参加村委会选举投票吗');
    expect(r.topic?.id).not.toBe('negative-list');
  });
});

describe('whether someone may stand, when the review rule shares a word with the question', () => {
  it('is the negative list item naming the condition told (列入 is the review rule\'s word, 失信 the list\'s)', () => {
    expect(ask(index, '被列入失信被执行人名单了，还能当候选人吗')).toMatchObject({ kind: 'item', topic: { id: 'negative-list' }, item: { n: 9 } });
  });

  it('stays the review rule when that rule names what is told (联审不通过)', () => {
    expect(ask(index, '联审没通过的人还能当候选人吗')).toMatchObject({ kind: 'item', topic: { id: 'joint-review' }, item: { n: 4 } });
  });
});
