// A liaison back after days away: "和20号报的比,党组织又完成了4个,村委会又完成3个" counts every figure of the sentence
// up from that day's record, and dates them today — a day said in a sentence before ("周末两天值班没报。") is not theirs.
import { describe, expect, it } from 'vitest';
import { reportRunner } from './eval-runner.js';

const run = reportRunner('catch-up', 'wecom:hexi_wang', '2026-11-23T20:00:00+08:00');
const on = (date: string, figures: Record<string, number>) => ({ before: [{ township: '河西乡', date, figures }] });

describe('new ones since a day compared with', () => {
  it('adds every figure of the sentence to that day’s record, as today’s', async () => {
    const r = await run('河西乡:周末两天值班没报。和20号报的比,党组织又完成了4个,村委会又完成3个,这是截至今天的。', { records: { 河西乡: { partyDone: 9, committeeDone: 7 } }, warnings: [] }, on('2026-11-20', { partyDone: 5, committeeDone: 4 }));
    expect(r.problems).toEqual([]);
  });

  it('refuses when a record lies between that day and today', async () => {
    const r = await run('跟20号报的比,党组织又完成了4个,村委会又完成3个', { refuse: 'no-base', mention: [], avoid: [] }, {
      before: [
        { township: '河西乡', date: '2026-11-20', figures: { partyDone: 5, committeeDone: 4 } },
        { township: '河西乡', date: '2026-11-21', figures: { partyDone: 6, committeeDone: 4 } },
      ],
    });
    expect(r.problems).toEqual([]);
  });
});

describe('new ones after days nobody followed', () => {
  it('refuses today’s new ones counted from a record days old when the days between are said unknown', async () => {
    const r = await run('河西乡:我20号到22号请假了,那几天的进展不清楚。今天村委会又完成1个。', { refuse: 'no-base', mention: [], avoid: [] }, on('2026-11-19', { committeeDone: 4 }));
    expect(r.problems).toEqual([]);
  });

  it('still counts them up from yesterday’s record', async () => {
    const r = await run('河西乡:前几天请假了,那几天的进展不清楚。今天村委会又完成1个。', { records: { 河西乡: { committeeDone: 5 } }, warnings: [] }, on('2026-11-22', { committeeDone: 4 }));
    expect(r.problems).toEqual([]);
  });
});

describe('a day whose figures are still to come', () => {
  it('does not make the figures said unclear (今天的情况晚点再报, 今天的数还在汇总)', async () => {
    for (const tail of ['今天的情况晚点再报。', '今天的数还在汇总。']) {
      const r = await run(`河西乡补报：前天党组织完成6个。${tail}`, { records: { '河西乡 2026-11-21': { partyDone: 6 } }, warnings: [] });
      expect(r.problems, tail).toEqual([]);
    }
  });
});
