// "那居委会也一样吗": a body and "the same as that" — what that was is in the chat before, which the bot does not have.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/knowledge/ask.js';
import { KnowledgeIndex } from '../../src/knowledge/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { SHIPPED } from './helpers.js';

const index = new KnowledgeIndex(loadKnowledge(join(SHIPPED, 'knowledge')).base!);

describe('a body and "the same as that"', () => {
  it('is asked back, never answered with the body\'s overview', () => {
    for (const q of ['那社区居委会也是这样吗', '村党组织选举也这么算？']) expect(ask(index, q).kind, q).toBe('clarify');
  });

  it('is answered when the question says what is the same (居委会任期也是五年吗)', () => {
    expect(ask(index, '居委会任期也是五年吗')).toMatchObject({ kind: 'item', topic: { id: 'residents-committee' } });
  });
});
