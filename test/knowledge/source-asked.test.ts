// Whose rule it is, asked beside the rule ("…是国家法律规定的还是省里定的"): declined with those words, the rule itself
// is asked — every answer names its source. The words' frame alone (一肩挑是法律要求的还是党内文件要求的) leaves the
// topic's overview, which says nothing of a source: that stays as the rules found it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/knowledge/ask.js';
import { withoutSourceFrame } from '../../src/knowledge/ask-common.js';
import { KnowledgeIndex } from '../../src/knowledge/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { SHIPPED } from './helpers.js';

const index = new KnowledgeIndex(loadKnowledge(join(SHIPPED, 'knowledge')).base!);
const village = { variantDefaults: { 十严禁: 'village' } };

describe('whose rule it is, asked beside the rule', () => {
  it('takes out the frame and keeps the rule asked', () => {
    expect(withoutSourceFrame('近亲属回避是法律规定的还是省里规定的').trim()).toBe('近亲属回避');
    expect(withoutSourceFrame('任期五年，这是组织法上定的，还是地方文件定的').replace(/\s+/g, '')).toBe('任期五年，这');
    expect(withoutSourceFrame('村委会任期几年')).toBe('村委会任期几年');
  });

  it('answers the rule on relatives avoiding each other', () => {
    const r = ask(index, '近亲属回避这个要求是国家法律规定的还是省里定的', village);
    expect(r.kind).toBe('item');
    expect(`${r.topic?.id}#${r.item?.n}`).toBe('qualification#6');
  });
});
