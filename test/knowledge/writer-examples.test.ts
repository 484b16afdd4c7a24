// The independent writers' questions as example questions (templates/knowledge/questions/from-writers/,
// npm run examples:writers): which questions become examples, that the shipped files are what the
// generator makes, and the guards the example path keeps with a bank this size.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ask, askByRules } from '../../src/knowledge/ask.js';
import { loadCases, type QaCase } from '../../src/knowledge/evaluate.js';
import { examplesFromCases, writeExamples, WRITERS_DIR } from '../../src/knowledge/example-bank.js';
import { KnowledgeIndex } from '../../src/knowledge/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { copyTemplates, SHIPPED } from './helpers.js';

const WRITERS = join(import.meta.dirname, '..', 'fixtures', 'qa-writers');
const village = { variantDefaults: { 十严禁: 'village' } };
const LISTS = new Set(loadKnowledge(join(SHIPPED, 'knowledge')).base!.topics.filter((t) => t.kind === 'list').map((t) => t.id));
const kase = (c: Partial<QaCase>): QaCase => ({ q: '问', file: 'Q1.yaml', ...c }) as QaCase;

describe('writers’ questions as example questions', () => {
  it('take only questions one item answers, never a discipline list’s, a list asked whole, a decline or a held-out set', () => {
    const bank = examplesFromCases(
      [
        kase({ q: '村委会几年一届', topic: ['cwh-basics'], item: [2] }),
        kase({ q: '村委会几年一届', topic: ['cwh-basics'], item: [2] }),
        kase({ q: '发红包拉票算不算', topic: ['discipline-village'], item: [2] }),
        kase({ q: '预备党员能投票不', accept: ['party-election#3', 'qualification#3'] }),
        kase({ q: '十严禁有哪些', topic: ['discipline-village'], kind: 'list' }),
        kase({ q: '低保咋申请', expect: 'abstain' }),
      ],
      new Set(['discipline-village']),
    );
    expect([...bank.keys()]).toEqual(['cwh-basics']);
    expect(bank.get('cwh-basics')!.get(2)).toEqual(['村委会几年一届']);
    expect(loadCases(WRITERS).some((c) => c.file.startsWith('heldout'))).toBe(false);
  });

  it('ship exactly what the generator makes from the tuning sets', () => {
    const lists = LISTS;
    const dir = mkdtempSync(join(tmpdir(), 'hj-writers-'));
    mkdirSync(dir, { recursive: true });
    writeExamples(dir, examplesFromCases(loadCases(WRITERS), lists), '# header');
    const shipped = join(SHIPPED, 'knowledge', 'questions', WRITERS_DIR);
    const body = (f: string) => readFileSync(f, 'utf8').replace(/^#.*\n/, '');
    expect(readdirSync(shipped).sort()).toEqual(readdirSync(dir).sort());
    for (const f of readdirSync(dir)) expect(body(join(shipped, f)), f).toBe(body(join(dir, f)));
    for (const f of readdirSync(shipped)) expect(lists.has(f.replace(/\.yaml$/, '')), f).toBe(false);
  });

  it('load from the sub-folder, a broken file named with its path', () => {
    const copy = copyTemplates();
    copy.write(`questions/${WRITERS_DIR}/cwh-basics.yaml`, 'topic: cwh-basics\nitems:\n  99: [村委会几年一届]\n');
    const { issues } = loadKnowledge(copy.knowledge);
    expect(issues).toEqual([expect.objectContaining({ file: `questions/${WRITERS_DIR}/cwh-basics.yaml`, code: 'examples-item' })]);
  });

  const index = new KnowledgeIndex(loadKnowledge(join(SHIPPED, 'knowledge')).base!);

  it('do not answer a scene told without asking anything', () => {
    // A disturbance at the count is a breach for the lists; no example of the counting rule answers it.
    for (const q of ['计票的时候一伙人冲进来，把还没唱完的选票扬了一地', '有个候选人到处跟人说另外一个候选人家里有人信邪教，其实是瞎编的']) {
      const r = ask(index, q, village);
      expect(r.kind === 'item' && !/discipline|ten-no/.test(r.topic!.id), q).toBe(false);
    }
  });

  it('leave whether an act breaks the rules to the lists', () => {
    expect(askByRules(index, '老主任落选了不交公章 算违纪不', village).kind).toBe('abstain');
    expect(ask(index, '老主任落选了不交公章 算违纪不', village).topic?.id).toBe('discipline-village');
    expect(ask(index, '有个候选人说选上了给每户分一千块，有村民问这种承诺算数不、违规不', village).topic?.id).not.toBe('cwh-election');
  });

  it('still ask back one word; a question naming no body is the villagers’ committee’s, the other body’s rule beside', () => {
    for (const q of ['委托', '任期']) expect(ask(index, q, village).kind, q).toBe('clarify');
    expect(ask(index, '当选要多少票', village)).toMatchObject({ kind: 'item', topic: { id: 'cwh-election' }, related: [{ topic: { id: 'party-election' } }] });
    expect(ask(index, '这个一肩挑是啥意思', village)).toMatchObject({ kind: 'item', topic: { id: 'yijiantiao' } });
  });

  it('reach a writer’s question through the other writers’ questions', () => {
    // Each question is answered by a base whose bank holds every tuning writer but the one who wrote it.
    const all = loadCases(WRITERS);
    for (const [q, file, at] of [
      ['急！17岁半的高中娃能投飘不', 'Q19.yaml', 'cwh-election#2'],
      ['俺小舅子在外地打工，他打个电话说让隔壁邻居替他投，行不行', 'Q27.yaml', 'cwh-election#9'],
      ['村民想让审计查某件事，得多少人提出来', 'Q9.yaml', 'supervision-audit#4'],
    ] as const) {
      const copy = copyTemplates();
      const bank = join(copy.knowledge, 'questions', WRITERS_DIR);
      rmSync(bank, { recursive: true });
      const without = new KnowledgeIndex(loadKnowledge(copy.knowledge).base!);
      writeExamples(bank, examplesFromCases(all.filter((c) => c.file !== file), LISTS), '# others');
      const other = new KnowledgeIndex(loadKnowledge(copy.knowledge).base!);
      expect(ask(without, q, village).kind, q).not.toBe('item');
      const r = ask(other, q, village);
      expect(`${r.kind} ${r.topic?.id}#${r.item?.n}`, q).toBe(`item ${at}`);
    }
  });
});
