// Conversation and API tests through the real bot (/api/simulate), on a private copy of templates/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/bot.js';
import { copyTemplates, eventually, SHIPPED } from './helpers.js';

const ADMIN = 'zzb_liu';
const countyWith = (def: string) => readFileSync(join(SHIPPED, 'county.example.yaml'), 'utf8').replace(/^disciplineDefault: .*$/m, `disciplineDefault: ${def}`);

describe('policy Q&A in chat', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(() => bot.close());

  it('answers a question with its topic, item, citation and source line', async () => {
    const r = await bot.say('anyone', '负面清单第三条说的啥');
    expect(r.intent).toBe('question');
    expect(r.answer).toEqual({ topic: 'negative-list', item: 3, abstained: false, citations: [expect.stringContaining('第三条')] });
    expect(r.replies[0].text).toMatch(/影响期[\s\S]*出处：.*第三条/);
    expect(Buffer.byteLength(r.replies[0].text)).toBeLessThan(1800);
  });

  it('says what to check with an item that carries a 核实 line, even for a plain question', async () => {
    const r = await bot.say('anyone', '外地户口的能参加选民登记吗');
    expect(r.answer).toMatchObject({ topic: 'cwh-election', item: 3 });
    expect(r.replies[0].text).toMatch(/还需要在本地核实：.*2025年10月修改/);
    // The topic's general check is kept for questions that describe a local situation.
    const plain = await bot.say('anyone', '村委会一届几年');
    expect(plain.answer).toMatchObject({ topic: 'cwh-basics', item: 2 });
    expect(plain.replies[0].text).not.toContain('还需要在本地核实');
  });

  it('lists the whole 十严禁 under 4000 bytes, naming the list and the other versions', async () => {
    const r = await bot.say('anyone', '换届纪律十严禁都包括啥');
    const text: string = r.replies[0].text;
    expect(r.answer).toMatchObject({ topic: 'discipline-village', abstained: false });
    expect(text).toContain('村级换届纪律“十严禁”');
    expect(text).toContain('2021年版');
    expect(text.match(/^\d+\. /gm)).toHaveLength(10);
    expect(Buffer.byteLength(text)).toBeLessThan(4000);
  });

  it('declines an out-of-scope question by saying so and what it can do', async () => {
    const r = await bot.say('anyone', '今天天气咋样');
    expect(r).toMatchObject({ intent: 'question', answer: { topic: '', abstained: true, outOfScope: true, citations: [] } });
    expect(r.replies[0].text).toContain('这不是换届政策方面的问题');
    expect(r.replies[0].text).not.toContain('没有能准确回答');
  });

  it('abstains plainly on an in-scope question it cannot answer and suggests three topics', async () => {
    const r = await bot.say('anyone', '选举那天下雨了怎么办');
    expect(r).toMatchObject({ intent: 'question', answer: { topic: '', abstained: true, citations: [] } });
    expect(r.answer.outOfScope).toBeUndefined();
    expect(r.replies[0].text).toContain('没有能准确回答');
    expect(r.replies[0].text.match(/^· /gm)).toHaveLength(3);
  });

  it('asks back when a 第N条 names no list', async () => {
    const r = await bot.say('anyone', '第3条是啥');
    expect(r.answer.abstained).toBe(true);
    expect(r.replies[0].text).toContain('哪份清单的第3条');
  });

  it('lists the topics on 政策目录 and keeps 重新加载知识库 for admins', async () => {
    const catalog = await bot.say('anyone', '政策目录');
    expect(catalog.intent).toBe('command');
    expect(catalog.replies[0].text).toContain('负面清单');
    expect((await bot.say('anyone', '重新加载知识库')).replies[0].text).toContain('仅限');
    expect((await bot.say(ADMIN, '重新加载知识库')).replies[0].text).toMatch(/已重新加载：20个主题/);
  });

  it('answers GET /api/knowledge/ask with topic, item, confidence and citations', async () => {
    const r = await bot.get(`/api/knowledge/ask?q=${encodeURIComponent('村委会几年一换')}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ topic: 'cwh-basics', item: 2, abstained: false, kind: 'item', citations: [expect.stringContaining('第十一条')] });
    expect(r.body.confidence).toBeGreaterThan(0.5);
    expect((await bot.get('/api/knowledge/ask')).status).toBe(400);
    const topics = await bot.get('/api/knowledge/topics');
    expect(topics.body.topics.find((t: { id: string }) => t.id === 'negative-list').items).toHaveLength(10);
  });
});

describe('the county default list', () => {
  it('answers a bare 十严禁 with the list the county chose', async () => {
    const bot = await startTestBot({ countyYaml: countyWith('national-2026') });
    try {
      const r = await bot.say('anyone', '十严禁');
      expect(r.answer.topic).toBe('discipline-national-2026');
      expect(r.replies[0].text).toContain('村级换届纪律');
    } finally {
      await bot.close();
    }
  });
});

describe('reloading without a restart', () => {
  it('picks up an edited file, keeps the old base when a file breaks, and says exactly what is wrong', async () => {
    const copy = copyTemplates();
    const bot = await startTestBot({ env: { TEMPLATES_DIR: copy.dir } });
    try {
      const ask = async () => (await bot.say('anyone', '十不准第一条')).replies[0].text as string;
      expect(await ask()).toContain('竞职承诺');

      // 1. a saved edit is picked up by the folder watcher
      copy.edit('ten-no-village.md', (t) => t.replace('## 1. 不准做违背法律、法规和政策的竞职承诺', '## 1. 不准做本县禁止的竞职承诺'));
      await eventually(async () => expect(await ask()).toContain('本县禁止'));

      // 2. a broken file: the API refuses with file, line and reason; answers still come from the old base
      copy.edit('negative-list.md', (t) => t.replace('出处：村（社区）“两委”人选“十不选”第三条（2020年版本）\n', ''));
      const res = await bot.post('/api/knowledge/reload', {});
      expect(res.status).toBe(422);
      expect(res.body.details).toEqual([expect.objectContaining({ file: 'negative-list.md', code: 'item-no-source', message: expect.stringMatching(/negative-list\.md 第\d+行：第3条缺少“出处：”一行/) })]);
      expect((await bot.say('anyone', '负面清单第三条')).answer).toMatchObject({ topic: 'negative-list', item: 3 });
      const admin = await bot.say(ADMIN, '重新加载知识库');
      expect(admin.replies[0].text).toMatch(/未重新加载[\s\S]*negative-list\.md 第\d+行/);

      // 3. fixed again: the API reloads
      copy.edit('negative-list.md', (t) => t.replace('## 4.', '出处：本县负面清单第三条\n\n## 4.'));
      const ok = await bot.post('/api/knowledge/reload', {});
      expect(ok).toMatchObject({ status: 200, body: { ok: true, topics: 20 } });
      expect((await bot.say('anyone', '负面清单第三条')).answer.citations).toEqual(['本县负面清单第三条']);
    } finally {
      await bot.close();
    }
  });
});
