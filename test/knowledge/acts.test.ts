// A long scene asked which rule it breaks: the one act told decides (src/knowledge/ask-acts.ts).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/knowledge/ask.js';
import { actRule } from '../../src/knowledge/ask-acts.js';
import { KnowledgeIndex } from '../../src/knowledge/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { SHIPPED } from './helpers.js';

const index = new KnowledgeIndex(loadKnowledge(join(SHIPPED, 'knowledge')).base!);
const village = { variantDefaults: { 十严禁: 'village' } };
const clean = (q: string) => index.tokenizer.clean(q);
const answer = (q: string) => {
  const r = actRule(index, clean(q), 0.5, village);
  return r ? `${r.topic!.id}#${r.item!.n}` : undefined;
};

describe('a scene asked which rule it breaks', () => {
  it('is answered by the one rule its act names, in the list asked or the county default', () => {
    expect(answer('投票头天晚上候选人在镇上饭店请了二十来个村民代表喝酒，饭钱他掏的，违反第几条')).toBe('discipline-village#2');
    expect(answer('候选人在镇上饭店请了二十来个村民代表喝酒，这违反十不准哪一条')).toBe('ten-no-village#4');
    const r = ask(index, '投票头天晚上候选人在镇上饭店请了二十来个村民代表喝酒，饭钱他掏的，违反第几条', village);
    expect(r.kind).toBe('item');
    expect(r.citations[0]).toContain('第二条');
  });

  it('is answered when asked whether the story is the breach it names', () => {
    expect(answer('候选人托乡里的熟人给选委会打招呼，想把名字排前面，这算不算托关系打招呼')).toBe('discipline-village#4');
    // Or which of two it is, the breach one of them.
    expect(answer('投票前候选人给村民代表每人送了两桶油，这算人情往来还是算贿选')).toBe('discipline-village#2');
    // Whether an outcome stands is no breach asked.
    expect(answer('主任被判刑了还算主任吗')).toBeUndefined();
  });

  it('is answered when asked whether an act of misconduct is allowed, the act named by the discipline alone', () => {
    expect(answer('我外甥要选村委委员，叫我去各组替他说说好话，这中不中？')).toBe('discipline-village#4');
    expect(answer('我能不能托人在组里帮我说几句好话')).toBe('discipline-village#4');
    // The vote's own tools are no misconduct; a remedy against the act is not the act.
    expect(answer('我们村山高路远，能不能用流动票箱上门收票？')).toBeUndefined();
    expect(answer('有人在群里造谣说我拉票，我能不能告他诽谤')).toBeUndefined();
    // Asked after a long clause of another doing, 行不 is not of the act.
    expect(answer('我被人举报说打招呼，你帮我写个情况说明行不')).toBeUndefined();
  });

  it('is declined when nothing asks for a breach, no vote is sought, the meal thanks, or two rules’ acts are told', () => {
    // Whether something is allowed is no breach asked: 委托 is lawful in its own way.
    expect(answer('候选人在外地打工回不来，能委托他媳妇投票不')).toBeUndefined();
    expect(answer('公司年会抽奖发红包算不算违规')).toBeUndefined();
    expect(answer('候选人选上以后请帮他跑腿的几个人吃了顿饭表示感谢，违纪吗')).toBeUndefined();
    expect(answer('候选人请人喝酒，还威胁不投他的人，这违反哪条')).toBeUndefined();
    // 承诺 and 钱 name the rules on promises and bribes; 竞选 (in 不正当竞选) cannot make it a third.
    expect(answer('候选人竞选时承诺当选后每户发500块钱，这个违反十不准哪条')).not.toBe('ten-no-village#3');
    // A gift with no vote sought stays declined though the act alone would now need no scene.
    expect(answer('公司年会请客违反哪条')).toBeUndefined();
  });

  it('needs no vote sought for an act no one does but in an election, and hears 管不管 as asking for the rule', () => {
    expect(answer('煽动一帮人去县里闹访，这个属于哪条')).toBe('discipline-village#7');
    expect(answer('落选的老委员不肯交公章和账本，这个犯的是十严禁哪一条')).toBe('discipline-village#10');
    expect(answer('几个人晚上偷偷串联 拉帮结派一块儿选谁 这个管不管')).toBe('discipline-village#4');
    expect(answer('俺们村有个大姓 族长挨家说让投他本家 管不管')).toBe('discipline-village#1');
  });
});

describe('acts told in plain words (synonyms.yaml phrases and groups)', () => {
  const item = (q: string) => {
    const r = ask(index, q, village);
    return r.kind === 'item' ? `${r.topic!.id}#${r.item!.n}` : r.kind;
  };

  it('tells a proxy made up at the polls from one arranged before, and a phone call to entrust from one to canvass', () => {
    expect(item('投票现场能不能临时找个人帮我代投')).toBe('ten-no-village#8');
    expect(item('外出的能委托邻居投票不')).toBe('cwh-election#9');
    // 打电话 is in 十严禁's "打电话拉票"; said of entrusting a vote it is the law's proxy rule.
    expect(item('委托投票能委托谁，打电话口头委托算不算')).toBe('cwh-election#9');
  });

  it('reads someone else’s ID card used, and the clan told by 族里/本家/祠堂', () => {
    expect(item('俺们这有人拿别人身份证去登记当选民 算啥问题')).toBe('ten-no-village#2');
    expect(item('族里老辈挨家挨户让都投他们本家 这算违纪不')).toBe('discipline-village#1');
  });
});

describe('asked whether a scene is, or may be held to be, the breach it names', () => {
  it('answers with the rule the breach’s own words name', () => {
    expect(answer('候选人私下召集本族的人开会，说要统一投某某，这是不是利用宗族干扰选举')).toBe('discipline-village#1');
    expect(answer('老主任换届前把村集体的一块地签了二十年承包合同，这个能认定擅自处置集体资产吗')).toBe('discipline-village#9');
    expect(answer('煽动村民去县里上访闹换届，这个有没有对应的禁止条款')).toBe('discipline-village#7');
  });

  it('passes over a gift given with no votes sought, and names the act beside it the rule’s title names', () => {
    expect(answer('换届前村里突然给全体村民发了过节慰问品，钱是集体出的，这属不属于突击花钱')).toBe('discipline-village#9');
    // A scene word in a title (会场) beside the gift decides nothing.
    expect(answer('选村长那天有人在会场门口发烟发糖，这个算不算违反那个什么严禁')).not.toBe('discipline-village#6');
  });
});
