// How the answering generalises beyond the tuned questions: the known misses of the first version, and
// the rules that keep a confident wrong answer (above all about election discipline) from going out.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeService } from '../../src/knowledge/service.js';
import { Tokenizer } from '../../src/knowledge/tokenize.js';
import { SHIPPED } from './helpers.js';

const service = new KnowledgeService(join(SHIPPED, 'knowledge'));
const village = { variantDefaults: { 十严禁: 'village' } };
const ask = (q: string) => service.ask(q, village);
const answered = (q: string) => {
  const r = ask(q);
  return [r.kind, r.topic?.id, r.item?.n];
};

beforeAll(() => {
  expect(service.reload().ok).toBe(true);
});

describe('questions the first version got wrong', () => {
  it('answers the term of the body the question names, not a look-alike body', () => {
    expect(answered('村委会任期几年')).toEqual(['item', 'cwh-basics', 2]);
    expect(answered('党组织任期是几年')).toEqual(['item', 'rural-party-org', 1]);
    expect(answered('社区居委会几年一届')).toEqual(['item', 'residents-committee', 2]);
  });

  it('reads a question set in an urban community, naming no body, as about the residents\' committee', () => {
    // The village law's rules are not the community's: declined, as when 居委会 is named.
    expect(answered('户口不在我们社区的租户，在这住了两年多了，能不能登记当选民')[0]).toBe('abstain');
    expect(answered('出差在外的居民能不能委托别人投票')[0]).toBe('abstain');
    expect(answered('我们小区选委会的人被提名了还能当选委会成员吗')[0]).toBe('abstain');
    // The village, or the village and the community together, keep the village rule.
    expect(answered('户口不在我们村的，在村里住了两年多了，能不能登记当选民')).toEqual(['item', 'cwh-election', 3]);
    expect(answered('户口不在本村（社区）的，住了两年多了，能不能登记当选民')).toEqual(['item', 'cwh-election', 3]);
    // A question outside the election that says 居民 is still outside it.
    expect(service.outOfScope('城乡居民医疗保险怎么缴费')).toBe(true);
  });

  it('finds the rule behind colloquial and compound wording', () => {
    expect(answered('帮邻居代投可以吗')).toEqual(['item', 'cwh-election', 9]);
    expect(answered('正在被纪委立案调查的能提名吗')).toEqual(['item', 'negative-list', 3]);
    expect(answered('长期在外打工的能当候选人吗')).toEqual(['item', 'negative-list', 7]);
  });

  it('asks back on a question that several bodies answer differently', () => {
    const r = ask('谁能投票');
    expect(r.kind).toBe('clarify');
    expect(r.suggestions.map((t) => t.id)).toEqual(expect.arrayContaining(['cwh-election', 'party-election']));
  });
});

describe('no confident wrong answer', () => {
  it('answers the one who received money or gifts and asks what to do with the rule on reporting, never the rule against giving', () => {
    // The giver's rule (discipline-village item 2) had answered it: a neighbouring rule.
    expect(ask('候选人往俺家送了两桶油，俺该咋办')).toMatchObject({ kind: 'item', topic: { id: 'reporting' } });
    // Asked whether giving is a breach, the list answers as before.
    expect(answered('候选人给村民送油，这算贿选吗')).toEqual(['item', 'discipline-village', 2]);
  });

  it('does not quote a discipline item that explains only part of the question', () => {
    // 宣布无效 is in 严禁违规用人 (2021), but the question is about a bought election: the law's rule that
    // an election won by bribery is void answers it (its examples and its keyword 贿选), never that list item.
    const r = ask('贿选当上的能宣布无效吗');
    expect(r.topic?.id).not.toMatch(/^(discipline-|ten-no-)/);
    expect(r.kind === 'abstain' || `${r.topic?.id}#${r.item?.n}` === 'cwh-election#10').toBe(true);
    // 补贴 is in 严禁滥发补贴, but a pay scale is not a discipline matter.
    expect(ask('换届后村干部补贴标准是多少').kind).toBe('abstain');
    // Pay asked as an amount is an amount: the law's 给予适当补贴 states none.
    expect(ask('村委会成员的报酬是多少').kind).toBe('abstain');
    // A former cadre's pay after leaving office is no serving member's 补贴 (the law's 给予适当补贴).
    expect(ask('老村干部退下来有没有补贴').kind).toBe('abstain');
    expect(ask('老主任卸任以后还有没有生活补助').kind).toBe('abstain');
    expect(answered('村干部的补贴法律上有没有规定')).toEqual(['item', 'cwh-basics', 1]);
    // 抢红包 in a chat group is taking a red packet, never the 抢夺 of a ballot box (十严禁 #6).
    expect(answered('微信群里候选人发红包 抢了红包的人算不算受贿')).toEqual(['item', 'discipline-village', 2]);
    expect(answered('选举那天有人冲进来抢了票箱')).toEqual(['item', 'discipline-village', 6]);
    // A cadre's own leave is no matter of the base (组织部 is a word of the 12380 rule).
    expect(ask('换届期间组织部干部能不能请年假').kind).toBe('abstain');
    // A family's chat group (家族群) is where something was posted, not the clan force of 十严禁 #1 — which a clan
    // elder's orders still are.
    expect(ask('有人投完票拍照发到家族群里，说明自己投给谁了，违不违规').kind).toBe('abstain');
    expect(answered('族长在家族群里要求全族都投他侄子')).toEqual(['item', 'discipline-village', 1]);
    // A resignation pledge (辞职承诺) is in no rule of the base: declined, never the 十不准 on campaign promises.
    expect(ask('听说选之前要签什么辞职承诺，这是啥意思，不签行不行').kind).toBe('abstain');
    expect(answered('竞职承诺有什么要求')).toEqual(['item', 'ten-no-village', 1]);
    // 跟谁打招呼 asks whom to tell — never the rule against lobbying (托关系、打招呼).
    expect(ask('明儿下大雪路不好走，党员大会能不能临时改期，要跟谁打招呼').kind).toBe('abstain');
    // A list one makes oneself (列个清单) asks for no list of the base.
    expect(answered('移交要交哪些东西，我列个清单给村里')).toEqual(['item', 'cwh-after', 4]);
    expect(answered('移交清单法律上列了哪些东西？')).toEqual(['item', 'cwh-after', 4]);
    // Shaking hands and greeting voters is no 托关系、打招呼 either.
    expect(ask('候选人站在投票点门口跟每个人握手打招呼 算拉票吗').kind).toBe('abstain');
  });

  it('answers a list’s rule asked by number and words with the version whose rule of that number it is', () => {
    // 严禁个人说了算 is the fifth rule of 2021 and the sixth of 2026: never 2026's fifth (违规干预、说情打招呼).
    expect(answered('十严禁第五条个人说了算，书记提前跟党员说要选谁，这算不算')).toEqual(['item', 'discipline-national-2021', 5]);
    expect(answered('中央十严禁第六条个人说了算')).toEqual(['item', 'discipline-national-2026', 6]);
    // A number alone keeps the county's version.
    expect(answered('十严禁第五条是什么')).toEqual(['item', 'discipline-village', 5]);
  });

  it('answers from a discipline list only a situation, a rule or a version — not a question after another fact', () => {
    // 工作人员 is a word of 严禁…工作人员回乡干扰, but the question asks whether they are paid.
    expect(ask('选举工作人员有没有补贴').kind).toBe('abstain');
    // A version named by two of its markers names its list for 第N条.
    expect(answered('中央2021版第三条')).toEqual(['item', 'discipline-national-2021', 3]);
    // One marker alone ("村里") does not say which list.
    expect(ask('村里第二条').kind).toBe('clarify');
  });

  it('quotes a list item only when the question names something of that item, not just the list (December 2026)', () => {
    // 当选 and 违反换届纪律 match 严禁…许诺选后利益…拉票贿选 and the list's name, but nothing in the rule is
    // about celebrating; the honest answer is the list to look in.
    for (const q of ['当选以后去庙里烧香还愿，这个违反换届纪律不', '选上以后在自家门口放了一挂鞭炮，这个违反换届纪律不']) {
      const r = ask(q);
      expect(r.kind, q).toBe('abstain');
      expect(r.suggestions[0]?.id, q).toBe('discipline-village');
    }
    expect(answered('候选人请村民吃饭喝酒违反换届纪律吗')).toEqual(['item', 'discipline-village', 2]);
    expect(answered('换届前给村民发购物卡违反换届纪律吗')).toEqual(['item', 'discipline-village', 2]);
  });

  it('does not answer a story of a breach with the lawful procedure it abuses (December 2026 review)', () => {
    // 打招呼 is a breach; the 联审 procedure that shares 组织部 and 党委书记 does not speak to it.
    expect(ask('候选人托组织部的熟人给镇党委书记打招呼').kind).toBe('abstain');
    // 委托投票 is lawful; impersonating an absent voter is not, and the proxy rule says nothing of it.
    expect(ask('有人冒充外出村民的身份来投票').kind).toBe('abstain');
    expect(answered('外出打工的能委托家里人投票吗')).toEqual(['item', 'cwh-election', 9]);
  });

  it('does not take 工作人员 alone for 严禁…工作人员回乡干扰, nor a request for a phone number for a discipline rule', () => {
    expect(answered('在镇上上班的工作人员能回村投票吗')).not.toEqual(['item', 'discipline-village', 8]);
    expect(answered('国家机关工作人员回乡干扰换届怎么处理')).toEqual(['item', 'discipline-village', 8]);
    const phone = ask('看到有人发钱买票，打哪个电话');
    expect(phone.topic?.kind === 'list' && phone.kind === 'item').toBe(false);
    expect(answered('发现贿选打哪个电话')).toEqual(['item', 'reporting', 1]);
  });

  it('reads 怎么办 as the question word it is, like 咋办', () => {
    expect(answered('有人威胁选民怎么办')).toEqual(['item', 'discipline-village', 3]);
  });

  it('answers "which item of the list says so" with that item, not the whole list', () => {
    expect(answered('拉票贿选是十严禁第几条')).toEqual(['item', 'discipline-village', 2]);
    expect(answered('造谣中伤别人是十不准第几条')).toEqual(['item', 'ten-no-village', 6]);
  });

  it('declines questions about matters the base leaves out, however many words match', () => {
    for (const q of ['人大代表换届选民登记怎么搞', '换届后工资怎么发', '党费交多少', '村里修路的钱怎么报销', '入党要什么条件']) {
      expect(ask(q).kind, q).toBe('abstain');
    }
  });

  it('does not take a matter left out for one inside a word of its own (刚入党 is a 预备党员, not joining the party)', () => {
    expect(ask('我闺女刚入党，支部选举她能投票不')).toMatchObject({ kind: 'item', topic: { id: 'party-election' }, item: { n: 3 } });
  });

  it('answers 多久/什么时候 only with a rule that states a time', () => {
    expect(ask('村务公开栏多久更新一次').kind).toBe('abstain');
    expect(answered('监委会什么时候选')).toEqual(['item', 'supervision-audit', 3]);
    expect(answered('选民名单啥时候公布')).toEqual(['item', 'cwh-election', 4]);
  });

  it('does not answer a question about one body with the rule of another (found in the November 2026 review)', () => {
    // The 1/5-of-voters recall is for 村委会 members; a party secretary is a party matter.
    for (const q of ['怎么罢免村党支部书记', '罢免村支书要啥程序']) expect(ask(q).kind, q).toBe('abstain');
    expect(answered('村委会主任怎么罢免')).toEqual(['item', 'cwh-after', 1]);
    // 预备党员 cannot stand for the party committee; a 村委会 candidate is any villager of 18 and over.
    expect(ask('预备党员能当村委会主任候选人吗').kind).toBe('abstain');
  });

  it('does not answer a named subject with a rule that never mentions it', () => {
    // 比例 matches the 交叉任职 ratio; the question is about 一肩挑. Since the writers' example questions joined
    // (一间挑比例是不是要达到百分之百 labelled with the requirement that the secretary stand for director), the rule of
    // 一肩挑 itself may answer it — never one that does not name 一肩挑.
    const r = ask('一肩挑比例要达到多少');
    if (r.kind === 'item') expect(`${r.item?.title}${r.topic?.title}`).toContain('一肩挑');
    else expect(r.kind).toBe('abstain');
    expect(ask('交叉任职比例要达到多少').item?.title ?? '').not.toContain('一肩挑');
  });

  it('answers 几年 only with a rule that states a number of years', () => {
    // 任期审计 shares 任期, and 审计结果在选举之前公布 states a time, but no term of office.
    for (const q of ['监委会任期几年', '村务监督委员会几年一届']) expect(ask(q).kind, q).toBe('abstain');
    expect(answered('村民代表多少户推选一个')).toEqual(['item', 'cwh-basics', 5]);
    expect(answered('村民代表会议多久开一次')).toEqual(['item', 'cwh-basics', 5]);
  });

  it('keeps a whole message in view but ignores its courtesy and story clauses', () => {
    const r = ask('领导您好，麻烦问一下，我们这边情况比较复杂。选委会的人自己想参选咋办？');
    expect([r.kind, r.topic?.id, r.item?.n]).toEqual(['item', 'cwh-election', 1]);
  });
});

describe('typing as cadres type', () => {
  it('reads 弟N条 as 第N条 and fixes typos in one pass without rewriting correct words', () => {
    expect(answered('十严禁弟三条')).toEqual(['item', 'discipline-village', 3]);
    // "村委会选举" contains the letters of an old typo rule (会选举 → 贿选举) and must stay as it is.
    const r = ask('村委会选举谁主持');
    expect([r.topic?.id, r.item?.n]).toEqual(['cwh-election', 1]);
  });

  it('reads ages and money amounts as what they are', () => {
    expect(answered('十七岁的能投票吗')).toEqual(['item', 'cwh-election', 2]);
    const r = ask('有人放话选上了给每户分两千块钱，这算拉票吗');
    // "这算…吗" asks whether a situation breaks a rule: the answer says what to check locally.
    expect([r.kind, r.topic?.id, r.item?.n, r.situational]).toEqual(['item', 'discipline-village', 2, true]);
  });
});

describe('the tokenizer', () => {
  const lexicon = {
    groups: [['送礼', '钱款', '红包'], ['年龄', '岁数']],
    typos: { 一键挑: '一肩挑', 十言禁: '十严禁', 肩挑: '肩担' },
    stopwords: ['的', '了', '昨天', '晚上', '吗'],
    context: [],
    terms: [],
    bodies: [],
    places: [],
    outside: [],
    misconduct: [],
    means: {},
    intents: [],
  };
  const tok = new Tokenizer(lexicon, ['一肩挑', '长期外出', '村委会']);
  const words = (text: string) => tok.tokens(tok.clean(text));

  it('fixes each typo where it stands, in one pass, longest first', () => {
    expect(tok.clean('十言禁和一键挑')).toBe('十严禁和一肩挑');
    // The output of one fix ("一肩挑") is not fixed again by another rule ("肩挑").
    expect(tok.clean('一键挑')).toBe('一肩挑');
  });

  it('folds ages and amounts into the words the base uses, and drops counts and filler', () => {
    expect(words('发了两千块')).toContain('送礼');
    expect(words('六十岁')).toContain('年龄');
    expect(words('二十多个村民')).not.toContain('二十多个');
    expect(words('昨天晚上')).toEqual([]);
  });

  it('counts a long compound as its parts too', () => {
    expect(words('长期外出')).toEqual(expect.arrayContaining(['长期外出', '长期', '外出']));
  });
});

describe('declining well', () => {
  it('offers three different topics, never two versions of one list', () => {
    for (const q of ['村务公开栏多久更新一次', '候选人的亲戚在微信群里发红包让大家投他咋处理']) {
      const r = ask(q);
      expect(r.kind, q).toBe('abstain');
      expect(r.suggestions, q).toHaveLength(3);
      const lists = r.suggestions.map((t) => t.family ?? t.id);
      expect(new Set(lists).size, q).toBe(3);
    }
  });
});

describe('a list named in the question', () => {
  it('never answers a 十不准 question with an item of another list, whichever path found it', () => {
    const r = ask('有人冲进会场把票箱抢了 算十不准第几条');
    expect(r.kind === 'abstain' || r.topic?.family === '十不准').toBe(true);
    if (r.kind === 'abstain') expect(r.suggestions.map((t) => t.family)).toContain('十不准');
  });

  it('still answers from the list named', () => {
    const r = ask('十不准第八条是啥');
    expect([r.kind, r.topic?.family, r.item?.n]).toEqual(['item', '十不准', 8]);
  });
});

describe('a list named, not asked for', () => {
  it('does not give the whole negative list for a question about how it stands with the law', () => {
    for (const q of ['负面清单跟组织法是不是矛盾', '这个负面清单有法律依据吗，凭什么不让人选']) {
      expect(ask(q).kind, q).not.toBe('list');
    }
  });

  it('still gives the list when it is asked for', () => {
    expect(ask('负面清单有哪些').kind).toBe('list');
  });

  it('does not answer another place\'s list with the one the base holds', () => {
    expect(ask('内蒙古那个十不准第三条是什么').kind).not.toBe('item');
    expect(answered('十不准第三条是什么')).toEqual(['item', 'ten-no-village', 3]);
  });

  it('answers the rule a list question names by its keyword, unless the whole list is asked for', () => {
    for (const q of ['十不准里讲委托投票的是第几条，原话大概是什么意思', '十不准里面对委托投票有啥规定']) {
      const r = ask(q);
      expect([r.kind, r.topic?.id, r.item?.n], q).toEqual(['item', 'ten-no-village', 8]);
    }
    expect(ask('十不准有哪些，委托投票那条也在里面吧').kind).toBe('list');
  });

  it('gives a list asked for whole by its name, whatever the message adds', () => {
    expect(answered('村委会选举的十不准都有哪些')).toEqual(['list', 'ten-no-village', undefined]);
    expect(answered('十不准都有哪几条，我想让村里大喇叭每天念一遍')).toEqual(['list', 'ten-no-village', undefined]);
    expect(answered('负面清单一共几条，能不能给我列一下，我转到村干部群里')).toEqual(['list', 'negative-list', undefined]);
  });

  it('reads whether someone passes the review (能过吗, 要卡掉吗, 还能再选吗) as whether they may stand', () => {
    expect(answered('村里有个人上了法院的失信被执行人名单，他报名参选了，能过吗')).toEqual(['item', 'negative-list', 9]);
    expect(answered('参加过非法宗教活动被处理过的人，资格联审要卡掉吗')).toEqual(['item', 'negative-list', 4]);
    expect(answered('上届被评为不称职的村委委员这次还能再选吗')).toEqual(['item', 'negative-list', 7]);
  });

  it('declines to judge a particular person or case, and gives no document number it does not hold', () => {
    for (const q of ['我们村上一届监委会主任干得咋样，你给评价一下', '王家村那个候选人到底要不要取消资格，你直接给个结论', '咱省这次换届通知的文号是多少']) {
      expect(ask(q).kind, q).toBe('abstain');
    }
  });

  it('declines a rule asked by its place in a list of another count, and still answers the list\'s own', () => {
    expect(ask('省里负面清单16条，第12条是啥内容').kind).toBe('abstain');
    expect(answered('十严禁第三条是什么')).toEqual(['item', 'discipline-village', 3]);
    expect(ask('十不选最后一条是啥').kind).toBe('item');
  });

  it('gives no list to a question about someone untold that reaches a list only through 不能选 inside 能不能', () => {
    for (const q of ['这个人能不能选', '他这种情况能不能选']) expect(['abstain', 'clarify'], q).toContain(ask(q).kind);
    expect(ask('负面清单').kind).not.toBe('abstain');
  });

  it('gives no list for another count of rules, the document, or how two lists differ', () => {
    for (const q of ['我们这边文件说的16条负面清单，具体是哪16条能发一下吗', '十严禁和十不准有啥区别，都有哪几条', '新的十严禁是哪个文件，发文机关和全称发一下']) {
      expect(ask(q).kind, q).not.toBe('list');
    }
  });
});

describe('a list named by its own name beside another list’s alias', () => {
  it('answers 换届纪律十不准是哪十条 with 十不准, never 十严禁 (换届纪律 is 十严禁’s alias)', () => {
    const r = ask('换届纪律十不准是哪十条');
    expect(r.topic?.id).not.toMatch(/^discipline-/);
    expect(r.kind === 'abstain' || r.topic?.id === 'ten-no-village').toBe(true);
    expect(ask('村两委换届纪律十不准具体是哪十条').topic?.id ?? 'declined').not.toMatch(/^discipline-/);
  });

  it('reads 头一条 as the first item', () => {
    const r = ask('十严禁头一条是啥');
    expect([r.kind, r.item?.n]).toEqual(['item', 1]);
  });
});

describe('the thirty-fourth session’s writers (Q181–Q184)', () => {
  it('gives the list the asking clause names when two lists are named', () => {
    expect(answered('通知上说要牢记十严禁十不准 十不准都哪十条 能全发一下不').slice(0, 2)).toEqual(['list', 'ten-no-village']);
    expect(answered('大家要牢记十不准和十严禁，十严禁具体是哪十条').slice(0, 2)).toEqual(['list', 'discipline-village']);
  });

  it('declines small talk about the assistant itself, whatever rule its words touch', () => {
    for (const q of ['你几岁了 机器人', '你是男的女的', '小助手你叫啥名字']) expect(answered(q)[0]).toBe('abstain');
    expect(answered('你说候选人年龄有啥要求')[0]).toBe('item');
  });

  it('declines where a benefit card is issued, though a rule names the same people', () => {
    expect(answered('退役军人优待证在哪儿领')[0]).toBe('abstain');
    expect(answered('候选人是退役军人 能优先吗')[0]).toBe('item');
  });
});

describe('what the asker remembers, said after the question', () => {
  it('answers the question without the recollection’s words', () => {
    expect(answered('现在村委会任期是五年还是三年啊，我记得以前是三年')).toEqual(['item', 'cwh-basics', 2]);
  });
});

describe('a breach told as past, with whether the person may stand now asked', () => {
  it('answers from the list of who may not be chosen, not the rule that forbids the act', () => {
    for (const q of ['去年因为拉票被处理过 今年还让不让选', '他上届拉过票 这次还能当候选人吗', '上次他请客吃饭拉票 这次还能当候选人吗']) {
      expect(answered(q).slice(0, 2)).toEqual(['item', 'negative-list']);
    }
  });

  it('leaves the act’s rule for a question about the act itself', () => {
    expect(answered('候选人请客吃饭 算违纪吗')[1]).toBe('discipline-village');
    expect(answered('收了候选人红包的村民，自己会不会也被处理？')[1]).not.toBe('negative-list');
  });
});

describe('a person’s past told, whether he may stay or stand asked', () => {
  it('answers from the list of who may not be chosen', () => {
    expect(answered('现任主任前几年挪用过一笔扶贫资金 后来补上了 还能留任吗').slice(0, 2)).toEqual(['item', 'negative-list']);
    expect(answered('贿选被查实过的人 下一届还能选吗').slice(0, 2)).toEqual(['item', 'negative-list']);
    expect(answered('正在被纪委调查的村支书能不能先报名 查完再说').slice(0, 2)).toEqual(['item', 'negative-list']);
  });

  it('leaves a condition supposed to the law on office ending', () => {
    expect(answered('如果以后他被判了刑，主任还能接着干吗？')[1]).not.toBe('negative-list');
  });

});

describe('a proxy vote asked about', () => {
  it('answers a proxy asked about as lawful with the law’s rule, the list’s ban beside it', () => {
    const r = ask('十不准 临时委托 不准 那正常委托呢');
    expect([r.kind, r.topic?.id, r.item?.n]).toEqual(['item', 'cwh-election', 9]);
    expect(r.related.map((x) => `${x.topic.id}#${x.item.n}`)).toContain('ten-no-village#8');
    expect(answered('委托投票能委托给邻居不？村里有人说关系好的邻家也行')).toEqual(['item', 'cwh-election', 9]);
    // A proxy told as made on the spot stays the list's ban.
    expect(answered('选举现场临时委托投票行不行')).toEqual(['item', 'ten-no-village', 8]);
    expect(answered('十不准第八条是什么')).toEqual(['item', 'ten-no-village', 8]);
  });
});
