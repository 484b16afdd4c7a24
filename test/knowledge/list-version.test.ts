// Which version of a discipline list a request for the whole list gets: its markers first; then what one item says
// only when that item explains most of the words; else the newest.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/knowledge/ask.js';
import { KnowledgeIndex } from '../../src/knowledge/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { SHIPPED } from './helpers.js';

const index = new KnowledgeIndex(loadKnowledge(join(SHIPPED, 'knowledge')).base!);

describe('the whole list of a family with versions', () => {
  it('is the newest version when a word shared by chance is all that points elsewhere', () => {
    // 通知 is in a 2021 item's text; the question asks for the list the centre sent out this year.
    expect(ask(index, '听说中纪委中组部又发了严肃换届纪律的通知，都有哪几条')).toMatchObject({ kind: 'list', topic: { id: 'discipline-national-2026' } });
  });

  it('is the version a year names', () => {
    expect(ask(index, '2021年中央换届纪律十严禁都有哪几条')).toMatchObject({ kind: 'list', topic: { id: 'discipline-national-2021' } });
  });
});
