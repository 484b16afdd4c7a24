// Questions as cadres and villagers type them: a list asked for rule by rule in spoken words (一条一条说说, 给俺念念,
// 哪十种人); where to report asked after a breach the example questions tie to a list; whether a recall vote
// counts (罢免…才算数), answered by the recall rule, not the rule on elections; and a bare value with nothing it is
// the value of (是不是三分之二), asked back.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/knowledge/ask.js';
import { KnowledgeIndex } from '../../src/knowledge/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { SHIPPED } from './helpers.js';

const index = new KnowledgeIndex(loadKnowledge(join(SHIPPED, 'knowledge')).base!);
const village = { variantDefaults: { 十严禁: 'village' } };

describe('a list asked for in spoken words', () => {
  it.each([
    ['村里广播天天说十严禁 到底是哪些 你一条一条给我说说', 'discipline-village'],
    ['十不选都是哪十种人啊', 'negative-list'],
    ['那个负面清单 你给我们念念 开会要用', 'negative-list'],
  ])('%s', (q, topic) => {
    expect(ask(index, q, village)).toMatchObject({ kind: 'list', topic: { id: topic } });
  });
});

describe('where to report, after a breach told', () => {
  it('is answered by the reporting rule, not the list forbidding the breach', () => {
    const r = ask(index, '听说村干部换届前私分公款 这个该去哪举报', village);
    expect(r).toMatchObject({ kind: 'item', topic: { id: 'reporting' } });
  });
});

describe('whether a vote counts', () => {
  it('takes the recall rule when a recall is asked about', () => {
    expect(ask(index, '罢免要怎么投票才算数 需要多少人同意', village)).toMatchObject({ kind: 'item', topic: { id: 'cwh-after' }, item: { n: 1 } });
  });

  it('keeps the rule on outcomes for an election asked about', () => {
    expect(ask(index, '用送钱的办法当选的 还算数吗', village)).toMatchObject({ kind: 'item', topic: { id: 'cwh-election' }, item: { n: 10 } });
  });
});

describe('a bare value', () => {
  it('is asked back', () => {
    expect(ask(index, '是不是三分之二啊', village).kind).toBe('clarify');
  });

  it('but a number that names something is still answered', () => {
    expect(ask(index, '12380是干啥的', village)).toMatchObject({ kind: 'item', topic: { id: 'reporting' } });
  });
});

describe('a number that is set locally', () => {
  it('is answered by the rule saying there is no national figure', () => {
    expect(ask(index, '当村支书党龄最少要几年', village)).toMatchObject({ kind: 'item', topic: { id: 'qualification' }, item: { n: 4 } });
  });

  it('while a number no rule sets is still declined', () => {
    expect(ask(index, '发红包拉票 多少钱以上才算贿选', village).kind).toBe('abstain');
  });
});

describe('a closing remark about not understanding', () => {
  it('does not dilute the question before it', () => {
    expect(ask(index, '换届是先选支部还是先选村委会 大伙都搞不清', village)).toMatchObject({ kind: 'item', topic: { id: 'rural-party-org' }, item: { n: 5 } });
  });
});

describe('a condition no list names', () => {
  it('is not answered with a neighbouring item of the negative list', () => {
    for (const q of ['李老四前年喝酒开车被拘过，他这回能不能报名？', '他前年赌博被派出所拘了几天，这回能不能进两委']) {
      const r = ask(index, q, village);
      expect(r.kind === 'item' && r.topic?.id === 'negative-list', q).toBe(false);
    }
  });

  it('while one a list names is still answered', () => {
    expect(ask(index, '他前些年被判过刑 这回还能选村委吗', village)).toMatchObject({ kind: 'item' });
  });
});

describe('a piece of writing asked for', () => {
  it('is declined, whoever it is for', () => {
    for (const q of ['帮我媳妇写个竞选发言稿，三百字', '给俺起草个换届动员会上的讲话']) expect(ask(index, q, village).kind, q).toBe('abstain');
  });

  it('but writing a note to vote for someone is still a question of policy', () => {
    expect(ask(index, '投票那天能不能现场写个条子委托别人替我投', village).kind).toBe('item');
  });
});

describe('出来选, standing as a candidate', () => {
  it('is not read as the second round of voting (没选出来)', () => {
    for (const q of ['村霸能出来选吗', '他能出来选村主任吗', '外嫁的能出来选村委吗']) {
      const r = ask(index, q, village);
      expect(r.item?.n === 7 && r.topic?.id === 'cwh-election', q).toBe(false);
    }
  });
});

describe('schooling said as the school finished (中专毕业, 初中毕业)', () => {
  it('is answered by the rule on local thresholds of schooling', () => {
    const r = ask(index, '我初中毕业能不能当村委会主任', village);
    expect(r).toMatchObject({ kind: 'item', topic: { id: 'qualification' } });
    expect(r.item?.title).toMatch(/学历/);
  });
});
