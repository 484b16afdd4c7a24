import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ITEM_BYTES, LIST_BYTES } from '../../src/knowledge/load.js';
import { KnowledgeService } from '../../src/knowledge/service.js';
import { SHIPPED } from './helpers.js';

const service = new KnowledgeService(join(SHIPPED, 'knowledge'));
const village = { variantDefaults: { 十严禁: 'village' } };
beforeAll(() => {
  expect(service.reload().ok).toBe(true);
});

describe('answering from the shipped knowledge base', () => {
  it('answers a bare 十严禁 with the county default and names the other versions', () => {
    const r = service.ask('十严禁有哪些', village);
    expect([r.kind, r.topic?.id]).toEqual(['list', 'discipline-village']);
    expect(r.others.map((t) => t.variant).sort()).toEqual(['national-2021', 'national-2026']);
    expect(service.ask('十严禁有哪些', { variantDefaults: { 十严禁: 'national-2026' } }).topic?.id).toBe('discipline-national-2026');
  });

  it('follows a version named in the question over the default', () => {
    expect(service.ask('2021年十严禁第五条', village)).toMatchObject({ kind: 'item', topic: { id: 'discipline-national-2021' }, item: { n: 5 } });
    expect(service.ask('带病提拔是哪个版本的十严禁', village).topic?.id).toBe('discipline-national-2026');
  });

  it('addresses 第N条 and says when a list has no such item', () => {
    expect(service.ask('负面清单第三条说的啥', village)).toMatchObject({ kind: 'item', topic: { id: 'negative-list' }, item: { n: 3 } });
    expect(service.ask('十不准第八条', village).item?.title).toContain('虚假委托');
    expect(service.ask('负面清单第11条', village)).toMatchObject({ kind: 'missing-item', asked: 11 });
  });

  it('looks up a law article by its number', () => {
    const r = service.ask('组织法第十六条', village);
    expect([r.kind, r.topic?.id, r.item?.article]).toEqual(['item', 'cwh-after', 16]);
  });

  it('looks up a law article named in a longer question, whatever else it says', () => {
    const r = service.ask('组织法第六条是不是说村委会由三到七人组成，原话咋写的', village);
    expect([r.kind, r.topic?.id, r.item?.article]).toEqual(['item', 'cwh-basics', 6]);
  });

  it('picks, among the rules of one article, the one whose words the question shares (第十五条: the vote, the booth)', () => {
    for (const [q, n] of [['村委会组织法第十五条 当选需要得票多少', 6], ['组织法第15条是不是还规定了要设秘密写票处', 8]] as const) {
      const r = service.ask(q, village);
      expect([r.kind, r.topic?.id, r.item?.n], q).toEqual(['item', 'cwh-election', n]);
    }
    // Nothing but the number: the article's first rule, the others beside it.
    expect(service.ask('村委会组织法第十五条说的什么', village).item?.n).toBe(5);
  });

  it('asks back when a question fits several topics or names no list', () => {
    for (const q of ['换届', '任期', '第3条是啥', '清单第二条']) expect(service.ask(q, village).kind, q).toBe('clarify');
    expect(service.ask('第3条是啥', village).suggestions.map((t) => t.id)).toContain('negative-list');
  });

  it('abstains on questions outside the knowledge base and still offers three topics', () => {
    for (const q of ['今天天气咋样', '低保怎么申请', '党费怎么交']) {
      const r = service.ask(q, village);
      expect(r.kind, q).toBe('abstain');
      expect(r.suggestions).toHaveLength(3);
    }
  });

  it('fixes typos and folds colloquial synonyms', () => {
    expect(service.ask('十言禁第二条', village)).toMatchObject({ topic: { id: 'discipline-village' }, item: { n: 2 } });
    expect(service.ask('一键挑怎么操作', village)).toMatchObject({ topic: { id: 'yijiantiao' }, item: { n: 2 } });
    const r = service.ask('给选民送米送油算不算拉票', village);
    expect([r.kind, r.topic?.id, r.item?.n, r.situational]).toEqual(['item', 'discipline-village', 2, true]);
  });

  it('ships content that fits chat limits and cites a source on every item', () => {
    for (const t of service.topics()) {
      for (const item of t.items) {
        expect(item.source, `${t.file} #${item.n}`).not.toBe('');
        expect(Buffer.byteLength(item.title + item.body + item.source + (item.check ?? t.check ?? '')), `${t.file} #${item.n}`).toBeLessThan(ITEM_BYTES - 300);
      }
      if (t.kind === 'list') expect(Buffer.byteLength(t.intro + t.items.map((i) => i.title).join('\n')), t.file).toBeLessThan(LIST_BYTES - 400);
    }
  });
});

describe('whether an outcome stands', () => {
  it.each([
    ['有人给选民发红包请吃饭拉票 选上了算数不', 'cwh-election#10'],
    ['刚选上的委员被判刑了，他这个委员还算不算', 'cwh-after#2'],
    ['贿选当选的算数吗', 'cwh-election#10'],
  ])('"%s" is answered by the rule that says whether it stands, not by the prohibition', (q, at) => {
    const r = service.ask(q, village);
    expect(`${r.kind} ${r.topic?.id}#${r.item?.n}`).toBe(`item ${at}`);
  });

  it('leaves "算不算" about an act, a rule in force and a forbidden proxy with the rule that forbids or states it', () => {
    expect(service.ask('送米送油算不算拉票', village).topic?.id).toMatch(/^(discipline-village|ten-no-village)$/);
    expect(service.ask('投票当天在会场临时找个人委托代投算不算数', village)).toMatchObject({ kind: 'item', topic: { id: 'ten-no-village' }, item: { n: 8 } });
    expect(service.ask('刑满未满5年那个规定还有效吗', village).topic?.id).toBe('time-limited-bars');
  });
});

describe('whether someone who did a forbidden act may stand', () => {
  it.each([
    ['有人在村里靠家族里人多搞宗族那一套拉人，这种能当候选人不', 4],
    ['候选人发红包拉票，还能当候选人吗', 5],
  ])('"%s" is answered by the negative list item for that act', (q, n) => {
    expect(service.ask(q, village)).toMatchObject({ kind: 'item', topic: { id: 'negative-list' }, item: { n } });
  });

  it('leaves a question about the act itself with the discipline list', () => {
    expect(service.ask('候选人发红包拉票算不算违纪', village).topic?.id).toMatch(/^(discipline-village|ten-no-village)$/);
  });
});

describe('clan words and threats', () => {
  it('reads a clan elder ordering his clan to vote as clan interference, not as vote-buying', () => {
    const r = service.ask('村里一个姓的族长放话全族都得投他侄子，不投就别想好过，这算啥问题', village);
    expect(r.kind === 'abstain' || (r.topic?.id === 'discipline-village' && [1, 3].includes(r.item?.n ?? 0))).toBe(true);
    expect(r.item?.n).not.toBe(2);
  });
});
