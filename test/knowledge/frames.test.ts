// A question in a frame — a quiz item (判断题, 选择题 with options A–D, 填空 with ____, 我选的B) or a message typed in
// traditional characters — is read as the question inside it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/knowledge/ask.js';
import { unframe } from '../../src/knowledge/frame.js';
import { KnowledgeIndex } from '../../src/knowledge/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { toSimplified } from '../../src/simplified.js';
import { SHIPPED } from './helpers.js';

const index = new KnowledgeIndex(loadKnowledge(join(SHIPPED, 'knowledge')).base!);
const village = { variantDefaults: { 十严禁: 'village' } };
const same = (a: string, b: string) => expect(ask(index, a, village)).toEqual(ask(index, b, village));

describe('a quiz item', () => {
  it('loses its label, blanks, options and the answer written beside it', () => {
    expect(unframe('选择题：村委会每届任期（ ）年 A.三 B.四 C.五 D.六  我选的C').replace(/\s+/g, ' ').trim()).toBe('村委会每届任期 年');
    expect(unframe('判断：村委会每届任期五年。（ ）答案√').replace(/\s+/g, ' ').trim()).toBe('村委会每届任期五年。');
    expect(unframe('填空：罢免村委会成员须有本村五分之一以上有选举权的村民联名____').trim()).toBe('罢免村委会成员须有本村五分之一以上有选举权的村民联名');
  });

  it('is answered as its stem is', () => {
    same('选择题：村委会每届任期（ ）年 A.三 B.四 C.五 D.六  我选的C', '村委会每届任期几年');
    expect(ask(index, '判断题：村委会每届任期五年。（ ）答案√', village)).toMatchObject({ kind: 'item', topic: { id: 'cwh-basics' }, item: { n: 2 } });
  });

  it('leaves questions that only look like one alone', () => {
    // A letter that names a village, a ballot written wrong: no frame.
    expect(unframe('他选了A村还是B村')).toBe('他选了A村还是B村');
    expect(unframe('选票写错了怎么办')).toBe('选票写错了怎么办');
  });
});

describe('traditional characters', () => {
  it('are folded to simplified ones, and a simplified message is returned as it is', () => {
    expect(toSimplified('監委會今天選完了東關、南門')).toBe('监委会今天选完了东关、南门');
    const plain = '河西乡今天党组织完成9个';
    expect(toSimplified(plain)).toBe(plain);
  });

  it('get the answer the simplified question gets', () => {
    same('村委會每屆任期幾年', '村委会每届任期几年');
    same('十嚴禁第三條是什麼', '十严禁第三条是什么');
  });
});
