// Contract cases for the feedback ports (refused reports, unanswered questions); run inside
// storeContract, so every store implementation is held to them.
import { expect, it } from 'vitest';
import type { RefusalEntry, Store, UnansweredEntry } from '../../src/store/types.js';

const refusal = (over: Partial<RefusalEntry>): RefusalEntry => ({
  at: new Date('2026-11-22T02:00:00Z'),
  date: '2026-11-22',
  platform: 'wecom',
  sender: 'wecom:hexi_wang',
  townships: ['河西乡'],
  text: '河西乡党组织完成十几个',
  reasons: ['vague'],
  ...over,
});

const question = (over: Partial<UnansweredEntry>): UnansweredEntry => ({
  at: new Date('2026-11-22T03:00:00Z'),
  date: '2026-11-22',
  platform: 'dingtalk',
  sender: 'dingtalk:someone',
  text: '村里的路灯谁来修',
  kind: 'abstain',
  suggestions: [],
  ...over,
});

export function feedbackContract(store: () => Store) {
  it('keeps refused reports with every field and lists them oldest first', async () => {
    const s = store();
    await s.logRefusal(refusal({ at: new Date('2026-11-22T05:00:00Z'), text: '党组织 村委会11个', reasons: ['missing-figure', 'vague'], messageId: 'm-late' }));
    await s.logRefusal(refusal({ at: new Date('2026-11-22T01:00:00Z'), platform: 'dingtalk', sender: 'dingtalk:manager4021', townships: [], text: '', reasons: ['attachment-only'] }));
    const list = await s.listRefusals();
    expect(list).toEqual([
      { at: new Date('2026-11-22T01:00:00Z'), date: '2026-11-22', platform: 'dingtalk', sender: 'dingtalk:manager4021', townships: [], text: '', reasons: ['attachment-only'] },
      { at: new Date('2026-11-22T05:00:00Z'), date: '2026-11-22', platform: 'wecom', sender: 'wecom:hexi_wang', townships: ['河西乡'], text: '党组织 村委会11个', reasons: ['missing-figure', 'vague'], messageId: 'm-late' },
    ]);
    expect(list[0]!.at).toBeInstanceOf(Date);
  });

  it('lists refusals by an inclusive range of county dates, either end open', async () => {
    const s = store();
    for (const date of ['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23']) {
      await s.logRefusal(refusal({ date, at: new Date(`${date}T02:00:00Z`), text: date }));
    }
    // 00:30 county time on the 22nd, still the 21st in UTC: ranges go by the county date it was kept with.
    await s.logRefusal(refusal({ date: '2026-11-22', at: new Date('2026-11-21T16:30:00Z'), text: 'after midnight' }));
    expect((await s.listRefusals({ from: '2026-11-21', to: '2026-11-22' })).map((r) => r.text)).toEqual(['2026-11-21', 'after midnight', '2026-11-22']);
    expect((await s.listRefusals({ from: '2026-11-23' })).map((r) => r.text)).toEqual(['2026-11-23']);
    expect((await s.listRefusals({ to: '2026-11-21' })).map((r) => r.text)).toEqual(['2026-11-20', '2026-11-21']);
    expect(await s.listRefusals({ from: '2026-12-01', to: '2026-12-31' })).toEqual([]);
  });

  it('cuts a refused text to the kept length', async () => {
    const s = store();
    await s.logRefusal(refusal({ text: '党'.repeat(5000) }));
    expect((await s.listRefusals())[0]!.text).toHaveLength(2000);
  });

  it('keeps unanswered questions with their kind and suggestions, by range, oldest first', async () => {
    const s = store();
    await s.logUnanswered(question({ at: new Date('2026-11-22T04:00:00Z'), kind: 'clarify', text: '第几条', suggestions: ['十严禁', '负面清单'], messageId: 'q-2' }));
    await s.logUnanswered(question({}));
    await s.logUnanswered(question({ date: '2026-11-19', at: new Date('2026-11-19T04:00:00Z'), text: '旧问题' }));
    expect(await s.listUnanswered({ from: '2026-11-22', to: '2026-11-22' })).toEqual([
      { at: new Date('2026-11-22T03:00:00Z'), date: '2026-11-22', platform: 'dingtalk', sender: 'dingtalk:someone', text: '村里的路灯谁来修', kind: 'abstain', suggestions: [] },
      { at: new Date('2026-11-22T04:00:00Z'), date: '2026-11-22', platform: 'dingtalk', sender: 'dingtalk:someone', text: '第几条', kind: 'clarify', suggestions: ['十严禁', '负面清单'], messageId: 'q-2' },
    ]);
    expect((await s.listUnanswered()).map((q) => q.text)).toEqual(['旧问题', '村里的路灯谁来修', '第几条']);
    // The two logs are separate: a question is not a refused report.
    expect(await s.listRefusals()).toEqual([]);
  });
}
