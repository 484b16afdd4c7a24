// Example questions per item (templates/knowledge/questions/): loaded onto their items, problems named,
// and used only where the rules abstain — from a discipline list only when the rules rank the same item first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actRule } from '../../src/knowledge/ask-acts.js';
import { ask, askByRules } from '../../src/knowledge/ask.js';
import { KnowledgeIndex } from '../../src/knowledge/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { KnowledgeService } from '../../src/knowledge/service.js';
import { copyTemplates, SHIPPED } from './helpers.js';

describe('example questions', () => {
  it('are attached to every item of the shipped base, at least five each', () => {
    const { base, issues } = loadKnowledge(join(SHIPPED, 'knowledge'));
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    const thin = base!.topics.flatMap((t) => t.items.filter((i) => i.examples.length < 5).map((i) => `${t.id}#${i.n}`));
    expect(thin).toEqual([]);
  });

  it('name an item that does not exist as an error, with the file', () => {
    const copy = copyTemplates();
    copy.write('questions/cwh-basics.yaml', 'topic: cwh-basics\nitems:\n  99: [村委会几年一届]\n');
    const { issues } = loadKnowledge(copy.knowledge);
    expect(issues).toEqual([expect.objectContaining({ file: 'questions/cwh-basics.yaml', code: 'examples-item', params: { id: 'cwh-basics', n: '99' } })]);
  });

  it('answer a question the rules decline when it is close to one item’s examples', () => {
    const copy = copyTemplates();
    const service = new KnowledgeService(copy.knowledge);
    expect(service.reload().ok).toBe(true);
    const q = '选民榜上找不着俺家老人，咋整';
    const before = service.ask(q);
    copy.write('questions/cwh-election.yaml', readFileSync(join(copy.knowledge, 'questions', 'cwh-election.yaml'), 'utf8').replace(/^  4:\n/m, `  4:\n    - ${q}\n`));
    expect(service.reload().ok).toBe(true);
    const after = service.ask(q);
    expect(after.kind).toBe('item');
    expect(`${after.topic?.id}#${after.item?.n}`).toBe('cwh-election#4');
    expect(before.kind).toBe('abstain');
  });

  it('answer from a discipline list only with the item an example was written for, when the rules agree', () => {
    const { base } = loadKnowledge(join(SHIPPED, 'knowledge'));
    const index = new KnowledgeIndex(base!);
    const wrong: string[] = [];
    let added = 0;
    for (const t of base!.topics.filter((x) => x.kind === 'list')) {
      for (const item of t.items) {
        for (const q of item.examples) {
          const rules = askByRules(index, q);
          const r = ask(index, q);
          // Where the rules answer, the answer stays theirs, or moves to the very item the example was written
          // for (an eligibility question about an act: the negative list's item, not the prohibition).
          if (rules.kind !== 'abstain') {
            if (r.topic?.id !== t.id || r.item?.n !== item.n) expect(r).toEqual(rules);
          }
          else if (r.kind !== 'abstain') {
            // An act the county's default list names (砸了票箱 → 十严禁 #6, asked of a 十不准 example) is the act
            // path's answer, tested in ask-acts; this test is about the examples.
            const act = actRule(index, index.tokenizer.clean(q), rules.confidence, {}, q);
            if (act && act.topic?.id === r.topic?.id && act.item?.n === r.item?.n) continue;
            added++;
            if (r.topic?.id !== t.id || r.item?.n !== item.n) wrong.push(`${q} → ${r.topic?.id}#${r.item?.n}`);
          }
        }
      }
    }
    expect(wrong.filter((a) => /→ (discipline-|ten-no-|negative-)/.test(a))).toEqual([]);
    expect(added).toBeGreaterThan(0);
  });
  it('settle a question the rules ask back only when one item\u2019s examples are clearly closest among the topics in doubt', () => {
    const index = new KnowledgeIndex(loadKnowledge(join(SHIPPED, 'knowledge')).base!);
    for (const [q, at] of [['选举委员会咋产生', 'cwh-election#1'], ['村民选举委员会的人是咋产生的', 'cwh-election#1']] as const) {
      expect(askByRules(index, q).kind, q).toBe('clarify');
      const r = ask(index, q);
      expect(`${r.kind} ${r.topic?.id}#${r.item?.n}`, q).toBe(`item ${at}`);
    }
    // One word, or no example close: still asked back.
    for (const q of ['任期', '换届']) expect(ask(index, q).kind, q).toBe('clarify');
    // A vote question naming no body is the villagers' committee's, with the party branch's rule beside it.
    const vote = ask(index, '得多少票才算当选');
    expect(`${vote.kind} ${vote.topic?.id}#${vote.item?.n}`).toBe('item cwh-election#6');
    expect(vote.related.map((r) => `${r.topic.id}#${r.item.n}`)).toEqual(['party-election#5']);
  });
  // The rules rank a discipline list first (不交公章 is 严禁拒不移交's matter), yet its rule does not hold; a
  // question after the lawful step itself is the step's rule's, by its examples — unless the question names a
  // list, asks which rule is broken, or asks whether a person may stand while the negative list is about as close.
  it('answer a lawful step the rules find closest to a list by its own rule, unless a list is named or standing asked', () => {
    const index = new KnowledgeIndex(loadKnowledge(join(SHIPPED, 'knowledge')).base!);
    const of = (q: string) => {
      const r = ask(index, q, { variantDefaults: { 十严禁: 'village' } });
      return r.kind === 'item' ? `${r.topic?.id}#${r.item?.n}` : r.kind;
    };
    expect(askByRules(index, '公章账本交接都要交些什么').kind).toBe('abstain');
    expect(of('公章账本交接都要交些什么')).toBe('cwh-after#4');
    expect(of('落选的不交公章，算违反十严禁哪一条')).toBe('discipline-village#10');
    expect(of('上届贿选被查过的，这次还能当候选人不')).not.toBe('cwh-election#10');
  });
  // The bot's own help (how to report progress) lists the bodies' names among its indicators; a question about a
  // body ("监委会几个人") is not a question about reporting. `requires` keeps such a topic to questions naming one of its words.
  it('answer from a topic that requires words only questions holding one of them', () => {
    const index = new KnowledgeIndex(loadKnowledge(join(SHIPPED, 'knowledge')).base!);
    expect(ask(index, '监委会几个人').topic?.id).not.toBe('progress-howto');
    expect(ask(index, '这次一下选了9个村委委员，是不是超编了').topic?.id).not.toBe('progress-howto');
    expect(ask(index, '怎么查哪些乡镇还没报')).toMatchObject({ kind: 'item', topic: { id: 'progress-howto' }, item: { n: 5 } });
    const copy = copyTemplates();
    const file = join(copy.knowledge, 'progress-howto.md');
    copy.write('progress-howto.md', readFileSync(file, 'utf8').replace(/^requires: .*\n/m, ''));
    const loose = new KnowledgeIndex(loadKnowledge(copy.knowledge).base!);
    expect(ask(loose, '监委会几个人').topic?.id).toBe('progress-howto');
  });
});
