// Which of two it is ("…是自动不干了还是得走罢免程序"): asked with the first choice alone, answered only by a rule that
// speaks to the other choice too; never a discipline list's rule on half the words.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/knowledge/ask.js';
import { KnowledgeIndex } from '../../src/knowledge/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { SHIPPED } from './helpers.js';

const index = new KnowledgeIndex(loadKnowledge(join(SHIPPED, 'knowledge')).base!);
const village = { variantDefaults: { 十严禁: 'village' } };
const answered = (q: string) => {
  const r = ask(index, q, village);
  return r.kind === 'item' ? `${r.topic?.id}#${r.item?.n}` : r.kind;
};

describe('which of two choices', () => {
  it.each([
    ['村主任被判了刑，是自动不干了还是得走罢免程序', 'cwh-after#2'],
    ['委员被法院判了刑，他是自动没了，还是要开会罢免他', 'cwh-after#2'],
    ['资格联审是村里先审还是直接报县里', 'joint-review#2'],
  ])('%s: the rule that settles it', (q, want) => {
    expect(answered(q)).toBe(want);
  });

  it('declines when the rule found says nothing of the other choice', () => {
    expect(answered('另行选举是当天接着选还是要另外定日子')).not.toBe('cwh-election#7');
    expect(answered('35周岁以下是按选举那天算还是按出生年份算')).not.toBe('cwh-election#2');
  });
});
