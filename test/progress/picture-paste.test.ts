// Text recognised from a screenshot or a photo of a form and pasted (tuning writer R147): the phone's status bar, a
// page footer and the filler's phone number are no figures; a label spaced out or broken over two lines is the label.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('picture-paste', 'wecom:hexi_wang', '2026-11-24T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });

describe('a form pasted from a picture', () => {
  it.each([
    ['20:05 ⚡ 5G 64%\n河西乡\n党组织 9\n村委会 7', { partyDone: 9, committeeDone: 7 }],
    ['第 1 页 共 2 页\n河西乡换届进度\n党组织换届 8\n监委会 6\n填表人：王海 电话：138****5521', { partyDone: 8, supervisionDone: 6 }],
    ['河西乡\n党 组 织：9\n村 委 会：7', { partyDone: 9, committeeDone: 7 }],
    ['河西乡进度表\n党组\n织换届完成 9 个\n监委会 5 个', { partyDone: 9, supervisionDone: 5 }],
  ])('%s', async (text, figures) => {
    expect((await run(text, records({ 河西乡: figures }))).problems).toEqual([]);
  });

  it('keeps shorthand names over a row of figures apart: one name a column', async () => {
    expect((await run('河西乡\n党 村 监\n9 7 5', records({ 河西乡: { partyDone: 9, committeeDone: 7, supervisionDone: 5 } }))).problems).toEqual([]);
  });

  it('still refuses a figure of no name among them', async () => {
    expect(stored((await run('河西乡\n党 组 织：9\n村 委 会：7\n15', { refuse: 'missing-indicator', mention: [], avoid: [] })).problems)).toEqual([]);
  });
});
