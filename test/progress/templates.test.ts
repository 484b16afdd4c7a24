// Every refusal and warning the ledger can produce has its sentence in templates/messages/, and the
// confirmation renders every kind of figure without leftover placeholders.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderIssue, renderSubmit, type ReplyContext } from '../../src/conversation/progress-reply.js';
import { loadLexicon } from '../../src/progress/lexicon.js';
import { REASON_CODES, WARNING_CODES, type Issue } from '../../src/progress/types.js';
import { Templates } from '../../src/templates.js';
import { ROOT } from './eval-runner.js';

const dir = join(ROOT, 'templates', 'messages');
const templates = new Templates(dir);
const lexicon = loadLexicon(join(ROOT, 'templates', 'indicators.yaml'));
const ctx: ReplyContext = { templates, lexicon, platform: 'wecom', today: '2026-11-22', townshipNames: ['城关镇', '河西乡'], own: ['河西乡'] };
const full: Omit<Issue<string>, 'code'> = { township: '河西乡', date: '2026-11-23', field: 'partyDone', raw: '13个', value: 13, limit: 12, suggestions: ['河西乡'] };

describe('progress templates', () => {
  it.each(REASON_CODES)('refusal %s has a template that names the problem', (code) => {
    expect(templates.has(`report-error-${code}`)).toBe(true);
    const text = renderIssue(ctx, 'error', { ...full, code });
    expect(text).not.toMatch(/\{\{|\}\}/);
    expect(text.length).toBeGreaterThan(8);
  });

  it.each(WARNING_CODES)('warning %s has a template', (code) => {
    expect(templates.has(`report-warning-${code}`)).toBe(true);
    expect(renderIssue(ctx, 'warning', { ...full, code })).toContain('河西乡');
  });

  it('has no template for a code that does not exist', () => {
    const codes = readdirSync(dir).flatMap((f) => /^report-(error|warning)-(.+)\.md$/.exec(f)?.slice(2, 3) ?? []);
    expect(codes.filter((c) => !(REASON_CODES as readonly string[]).includes(c) && !(WARNING_CODES as readonly string[]).includes(c))).toEqual([]);
  });

  it('confirms every kind of value: literal, increment, percentage, 全部完成, correction, carried fields, warnings', () => {
    const text = renderSubmit(ctx, {
      accepted: true,
      asides: [],
      heard: [],
      asked: [],
      correction: false,
      errors: [],
      warnings: [{ code: 'committee-ahead', township: '河西乡', field: 'committeeDone', value: 12, limit: 11 }],
      records: [
        {
          township: '河西乡',
          date: '2026-11-22',
          set: { partyDone: 11, committeeDone: 12, supervisionDone: 6, oneShoulder: 4 },
          changes: [
            { key: 'partyDone', value: 11, spec: { kind: 'increment', n: 2, raw: '2个' }, last: 9 },
            { key: 'committeeDone', value: 12, spec: { kind: 'all', raw: '全部完成' }, last: 10 },
            { key: 'supervisionDone', value: 6, spec: { kind: 'percent', p: 50, raw: '50%' } },
            { key: 'oneShoulder', value: 4, spec: { kind: 'number', n: 4, raw: '4人' }, last: 5 },
          ],
          figures: { partyDone: 11, committeeDone: 12, supervisionDone: 6, oneShoulder: 4, female: 3 },
          previous: { partyDone: 9, committeeDone: 10, oneShoulder: 4 },
          previousDate: '2026-11-21',
          current: { oneShoulder: 5 },
          due: 12,
          stored: null,
        },
      ],
    });
    expect(text).not.toMatch(/\{\{|\}\}/);
    expect(text).toContain('11/12个，完成率91.7%（在9的基础上新增2），较前日+2');
    expect(text).toContain('12/12个，完成率100%（全部完成），较前日+2');
    expect(text).toContain('6/12个，完成率50%（按50%折算）');
    expect(text).toContain('4人（原为5），与前日持平');
    expect(text).toContain('女性成员');
    expect(text).toContain('⚠️');
  });

  it('names the date of the previous record when it is not the day before', () => {
    const text = renderSubmit(ctx, {
      accepted: true,
      asides: [],
      heard: [],
      asked: [],
      correction: false,
      errors: [],
      warnings: [],
      records: [
        {
          township: '河西乡',
          date: '2026-11-22',
          set: { partyDone: 11 },
          changes: [{ key: 'partyDone', value: 11, spec: { kind: 'number', n: 11, raw: '11个' }, last: 9 }],
          figures: { partyDone: 11 },
          previous: { partyDone: 9 },
          previousDate: '2026-11-19',
          current: null,
          due: 12,
          stored: null,
        },
      ],
    });
    expect(text).toContain('较11月19日+2');
    expect(text).not.toContain('前日');
  });

  it('keeps reply sentences out of the progress code', () => {
    const files = ['conversation/progress.ts', 'conversation/progress-reply.ts', 'conversation/progress-commands.ts', 'http/api-progress.ts', 'wiring/progress.ts'];
    for (const f of files) {
      const code = readFileSync(join(ROOT, 'src', f), 'utf8').replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
      // Command words (撤回, 未报送) are fine; a sentence has Chinese punctuation or runs long.
      expect(code, f).not.toMatch(/['"`][^'"`\n]*[\u4e00-\u9fff][^'"`\n]*[，。！？；：][^'"`\n]*['"`]/);
      expect(code, f).not.toMatch(/['"`][^'"`\n]*[\u4e00-\u9fff]{8,}[^'"`\n]*['"`]/);
    }
  });
});
