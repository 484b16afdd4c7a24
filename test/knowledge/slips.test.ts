// Two-character slips of the pinyin keyboard or voice input in a question (记票, 公张, 人期) are read as the
// one domain word that sounds the same; plain speech (没结, 选不上) and the base's own texts are left alone.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/knowledge/ask.js';
import { KnowledgeIndex } from '../../src/knowledge/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { SHIPPED } from './helpers.js';

const index = new KnowledgeIndex(loadKnowledge(join(SHIPPED, 'knowledge')).base!);
const village = { variantDefaults: { 十严禁: 'village' } };
const terms = (q: string) => index.terms(index.tokenizer.clean(q));

describe('two-character slips in a question', () => {
  it('are read as the domain word they sound like', () => {
    expect(terms('记票能不能关起门来数')).toContain('计票');
    expect(terms('村委会人期几年')).toContain('任期');
    expect(ask(index, '村委会人期几年', village)).toMatchObject({ kind: 'item', topic: { id: 'cwh-basics' }, item: { n: 2 } });
  });

  it('leave plain speech and words standing for a synonym group alone', () => {
    // 没结 sounds like 每届 (→ 任期), 选不上 holds 补上 (→ 补选): everyday speech, not slips.
    expect(terms('案子还没结，他的选举权利咋处理')).not.toContain('任期');
    expect(terms('他要是选不上咋办')).not.toContain('补选');
  });

  it('never change the base’s own words', () => {
    // The texts are cut as written: a rule's "时止" stays, and no text word turns into 失职.
    expect(index.tokenizer.tokens('至届满时止')).not.toContain('失职');
  });
});

describe('numbers in a question', () => {
  it('meet a date in the base only as that date', () => {
    // "10月17日" in a township's timetable is one date, not a 10 and a 17 that an age or a count could meet.
    expect(index.tokenizer.tokens('准备阶段为2025年10月17日至10月23日')).not.toContain('17');
    expect(terms('孙子今年17周岁零10个月，能投票不')).not.toContain('10');
    expect(terms('选民名单要提前20日公布')).toContain('二十日');
  });

  it('leave out a story’s own figures of hundreds, and keep a figure the cutter split', () => {
    expect(terms('选民860 投了431 有效不')).not.toContain('860');
    expect(terms('650人投票 能当选不')).toContain('650人');
    expect(ask(index, '投票的一共900人 张三正好450票 算当选了没', village)).toMatchObject({ kind: 'item', topic: { id: 'cwh-election' }, item: { n: 6 } });
  });
});
