// 数据更正 in the bulletin: every change leaders have not yet seen to a day before the bulletin's own —
// a 更正 after last night's bulletin, a late report for an earlier day, and nothing for a 更正 that was
// withdrawn. Written through the real ledger, so the revisions are the ones the bot stores.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDaily } from '../../src/bulletins/load.js';
import { loadLexicon } from '../../src/progress/lexicon.js';
import { ProgressLedger } from '../../src/progress/ledger.js';
import { TownshipMatcher } from '../../src/progress/townships.js';
import { county, localAt, tempStore, type TempStore } from './fixtures.js';

let db: TempStore;
let ledger: ProgressLedger;
let n = 0;

beforeEach(() => {
  db = tempStore();
  ledger = new ProgressLedger({ store: db.store, lexicon: loadLexicon(join(import.meta.dirname, '../../templates/indicators.yaml')), townships: new TownshipMatcher(county().townships) });
});
afterEach(() => db.close());

async function say(by: string, date: string, time: string, text: string) {
  const res = await ledger.submit({ text, by, sender: { isAdmin: true, townships: [] }, today: date, at: localAt(date, time), messageId: `m${n++}` });
  expect(res?.accepted, text).toBe(true);
}

const corrections = async (date: string) => (await loadDaily(db.store, county(), date)).corrections;

describe('数据更正 in the daily bulletin', () => {
  it('lists a 更正 sent after the previous bulletin went out, once, in the next one', async () => {
    await say('wecom:hd_zhao', '2026-11-25', '18:20', '河东镇：党组织8个，村委会6个');
    await say('wecom:hd_zhao', '2026-11-25', '22:30', '更正：河东镇党组织7个');
    await say('wecom:hd_zhao', '2026-11-26', '18:20', '河东镇：党组织9个，村委会7个');
    expect(await corrections('2026-11-26')).toEqual([{ township: '河东镇', date: '2026-11-25', field: 'partyDone', old: 8, new: 7 }]);
    // The 11-25 bulletin had gone out at 21:00 with 8; the one for 11-27 has nothing new to say.
    expect(await corrections('2026-11-27')).toEqual([]);
  });

  it('lists nothing for a 更正 that was withdrawn before the bulletin', async () => {
    await say('wecom:bs_wu', '2026-11-24', '18:50', '白沙镇：党组织8个，村委会7个');
    await say('wecom:bs_wu', '2026-11-26', '20:40', '更正：11月24日白沙镇党组织7个');
    const undone = await ledger.withdraw('wecom:bs_wu', localAt('2026-11-26', '20:42'), `m${n++}`);
    expect(undone.ok).toBe(true);
    expect(await corrections('2026-11-26')).toEqual([]);
  });

  it('lists a late report for an earlier day against the figures that day showed, not against nothing', async () => {
    await say('yjl_chen', '2026-11-21', '18:00', '杨家岭乡：党组织3个，村委会2个，监委会1个');
    await say('yjl_chen', '2026-11-26', '19:15', '11月24日杨家岭乡：党组织5个，村委会4个');
    await say('yjl_chen', '2026-11-26', '19:20', '杨家岭乡：党组织7个，村委会6个');
    // 监委会 was carried into the new 11-24 record unchanged (1 → 1), so it is not a change.
    expect(await corrections('2026-11-26')).toEqual([
      { township: '杨家岭乡', date: '2026-11-24', field: 'partyDone', old: 3, new: 5 },
      { township: '杨家岭乡', date: '2026-11-24', field: 'committeeDone', old: 2, new: 4 },
    ]);
  });

  it('keeps a 更正 made before a bulletin in that bulletin, not the next', async () => {
    await say('wecom:cg_li', '2026-11-24', '18:00', '城关镇：党组织8个');
    await say('wecom:cg_li', '2026-11-25', '20:00', '更正：11月24日城关镇党组织7个');
    expect(await corrections('2026-11-25')).toEqual([{ township: '城关镇', date: '2026-11-24', field: 'partyDone', old: 8, new: 7 }]);
    expect(await corrections('2026-11-26')).toEqual([]);
  });
});
