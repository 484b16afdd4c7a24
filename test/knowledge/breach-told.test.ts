// A breach told and asked about: rumours and false accusations (造谣, 诬告, 诽谤) are acts of misconduct, so the rule
// that names the act answers — not a rule naming only the verdict asked about (算不算干扰换届 is no 宗族势力), and not a
// rule outside the lists that mentions the act in passing (举报须知: 严禁借机造谣) when the question asks whether it
// breaks the discipline.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/knowledge/ask.js';
import { KnowledgeIndex } from '../../src/knowledge/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { SHIPPED } from './helpers.js';

const index = new KnowledgeIndex(loadKnowledge(join(SHIPPED, 'knowledge')).base!);
const village = { variantDefaults: { 十严禁: 'village' } };

describe('a rumour told, asked whether it breaks the discipline', () => {
  it.each([
    '邻村有人造谣说我们村选举被内定了，这算干扰换届吗',
    '有人到处造谣说我堂哥买票，其实根本没有，这算违纪吗',
  ])('%s', (q) => {
    const r = ask(index, q, village);
    expect(r.kind).toBe('item');
    expect(r.topic?.id).toBe('discipline-village');
    expect(r.item?.title).toMatch(/造谣/);
  });
});

describe('a gift told and asked about, the vote-buying rule answers', () => {
  it.each([
    // Fares paid to bring voters home are a gift like any other.
    '出钱给外地打工的报销路费让他们回来投票，这算不算贿选',
    // So is a show put on for the village (娱乐消费).
    '候选人自己掏钱请了个戏班子来村里唱两天，这算不算拉票',
    // Asked against the election discipline, the gift is told in the election.
    '在群里给大家发微信红包，这算不算违反换届纪律',
    // "这咋认定" asks how the act is judged, not some other fact.
    '有人给选民微信转了五百块 说是借给他的 这咋认定',
  ])('%s', (q) => {
    const r = ask(index, q, village);
    expect(r).toMatchObject({ kind: 'item', topic: { id: 'discipline-village' } });
    expect(r.item?.title).toMatch(/贿选/);
  });
});

describe('asked how an act is judged (怎么定, 这怎么定)', () => {
  it.each([
    ['有人冲进选举会场抢走了票箱，这个性质怎么定？', /票箱/],
    ['黑恶势力在背后操纵村里的选举，这怎么定', /黑恶势力/],
  ])('%s', (q, title) => {
    const r = ask(index, q, village);
    expect(r).toMatchObject({ kind: 'item', topic: { id: 'discipline-village' } });
    expect(r.item?.title).toMatch(title);
  });
});

describe('a case brought by a complaint (有人举报, 群众反映), asked what it is', () => {
  it('is answered by the rule the act breaks, not the rule on reporting', () => {
    const r = ask(index, '有人举报候选人在村民群里发微信红包 每个200 算贿选不', village);
    expect(r).toMatchObject({ kind: 'item', topic: { id: 'discipline-village' }, item: { n: 2 } });
  });

  it('keeps the rule on reporting when where to report is asked', () => {
    const r = ask(index, '有人举报候选人拉票，这种举报该向哪个部门反映，有举报电话吗', village);
    expect(r.topic?.id).toBe('reporting');
  });

  it('reads no 不准 in 拿不准 (I am not sure): no 十不准 is named', () => {
    expect(index.terms('这个事我也拿不准')).not.toContain('不准');
  });
});
