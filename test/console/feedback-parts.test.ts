// The review lists' pure parts: question folding and grouping, reason counts, the CSV files, the
// labels check, and the sink that keeps entries without ever failing the reply.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feedbackSink } from '../../src/conversation/feedback.js';
import type { Turn } from '../../src/conversation/types.js';
import { countReasons, groupQuestions, normaliseQuestion } from '../../src/http/console/feedback-data.js';
import { reasonLabel, refusalsCsv } from '../../src/http/console/feedback-files.js';
import { loadLabels } from '../../src/http/console/views.js';
import type { RefusalEntry, UnansweredEntry } from '../../src/store/types.js';

const labels = loadLabels(join('templates', 'console'));

const q = (text: string, at: string, kind: UnansweredEntry['kind'] = 'abstain'): UnansweredEntry => ({
  at: new Date(at),
  date: at.slice(0, 10),
  platform: 'wecom',
  sender: 'wecom:a',
  text,
  kind,
  suggestions: [],
});

describe('normaliseQuestion', () => {
  it('trims, folds full-width forms and drops trailing punctuation', () => {
    expect(normaliseQuestion('  十严禁是什么？ ')).toBe('十严禁是什么');
    expect(normaliseQuestion('\u3000ＡＢＣ　党员可以吗？！。')).toBe('ABC 党员可以吗');
    expect(normaliseQuestion('第３条是啥...')).toBe('第3条是啥');
    // Punctuation inside the question is part of it.
    expect(normaliseQuestion('任期，几年？')).toBe('任期,几年');
  });
});

describe('groupQuestions', () => {
  it('puts identical questions together, the most asked first, then the latest', () => {
    const groups = groupQuestions([
      q('路灯谁修', '2026-11-20T01:00:00Z'),
      q('任期？', '2026-11-20T02:00:00Z', 'clarify'),
      q('任期', '2026-11-21T02:00:00Z', 'abstain'),
      q('补贴多少', '2026-11-22T01:00:00Z'),
    ]);
    expect(groups.map((g) => [g.text, g.count, g.kinds, g.lastAt.toISOString()])).toEqual([
      ['任期', 2, ['abstain', 'clarify'], '2026-11-21T02:00:00.000Z'],
      ['补贴多少', 1, ['abstain'], '2026-11-22T01:00:00.000Z'],
      ['路灯谁修', 1, ['abstain'], '2026-11-20T01:00:00.000Z'],
    ]);
  });
});

const refusal = (reasons: string[], text = '完成8个'): RefusalEntry => ({
  at: new Date('2026-11-22T02:00:00Z'),
  date: '2026-11-22',
  platform: 'dingtalk',
  sender: 'dingtalk:x',
  townships: ['河西乡', '河东镇'],
  text,
  reasons,
});

describe('countReasons', () => {
  it('counts each message once per reason, most frequent first', () => {
    expect(countReasons([refusal(['vague', 'conflict']), refusal(['vague']), refusal(['plan', 'plan'])])).toEqual([
      { code: 'vague', count: 2 },
      { code: 'conflict', count: 1 },
      { code: 'plan', count: 1 },
    ]);
  });
});

describe('refusalsCsv', () => {
  it('writes reasons in words, the codes beside them, and defuses formula-like text', () => {
    const csv = refusalsCsv([refusal(['vague', 'over-due'], '=HYPERLINK("x")')], labels, 'Asia/Shanghai');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')[1]).toBe(`2026-11-22 10:00,钉钉,dingtalk:x,河西乡、河东镇,数字不确切；完成数超过应换届数,vague over-due,"'=HYPERLINK(""x"")"`);
  });

  it('shows a reason code it has no words for as the code', () => {
    expect(reasonLabel(labels, 'from-a-later-version')).toBe('from-a-later-version');
  });
});

describe('labels.yaml', () => {
  it('must give words for every refusal reason, or the console does not start', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hj-labels-'));
    try {
      for (const f of readdirSync(join('templates', 'console'))) copyFileSync(join('templates', 'console', f), join(dir, f));
      const yaml = readFileSync(join(dir, 'labels.yaml'), 'utf8');
      expect(yaml).toContain('\n  vague: ');
      writeFileSync(join(dir, 'labels.yaml'), yaml.replace(/\n {2}vague: [^\n]*/, ''));
      expect(() => loadLabels(dir)).toThrow(/refusalReasons\.vague/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('feedbackSink', () => {
  const turn = {
    msg: { platform: 'dingtalk', messageId: 'm1', userId: 'liu', chatType: 'group', text: '河西乡十几个', at: new Date('2026-11-22T02:00:00Z') },
    sender: { platform: 'dingtalk', userId: 'liu', role: 'liaison', isAdmin: false, townships: ['河西乡'] },
    today: '2026-11-22',
  } as Turn;

  it('keeps what the turn says: sender as platform:userid, the township, the county date', async () => {
    const kept: unknown[] = [];
    const sink = feedbackSink(
      { logRefusal: async (e) => void kept.push(e), logUnanswered: async (e) => void kept.push(e) },
      () => {
        throw new Error('not called');
      },
    );
    await sink.refusal(turn, ['vague']);
    await sink.unanswered(turn, 'clarify', ['十严禁']);
    expect(kept).toEqual([
      { at: turn.msg.at, date: '2026-11-22', platform: 'dingtalk', sender: 'dingtalk:liu', text: '河西乡十几个', messageId: 'm1', townships: ['河西乡'], reasons: ['vague'] },
      { at: turn.msg.at, date: '2026-11-22', platform: 'dingtalk', sender: 'dingtalk:liu', text: '河西乡十几个', messageId: 'm1', kind: 'clarify', suggestions: ['十严禁'] },
    ]);
  });

  it('never rejects: a failing store is reported, and even a failing report is swallowed', async () => {
    const failures: string[] = [];
    const broken = { logRefusal: () => Promise.reject(new Error('disk full')), logUnanswered: () => Promise.reject(new Error('disk full')) };
    const sink = feedbackSink(broken, (err, what) => failures.push(`${what}: ${(err as Error).message}`));
    await expect(sink.refusal(turn, ['vague'])).resolves.toBeUndefined();
    await expect(sink.unanswered(turn, 'abstain', [])).resolves.toBeUndefined();
    expect(failures).toEqual(['refusal: disk full', 'unanswered: disk full']);
    const worse = feedbackSink(broken, () => {
      throw new Error('logger down');
    });
    await expect(worse.refusal(turn, ['vague'])).resolves.toBeUndefined();
  });
});
