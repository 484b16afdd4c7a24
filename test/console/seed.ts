// A small campaign: three days of reports from a few townships, one correction, one silent township.
import type { Figures, Store } from '../../src/store/types.js';

export const SEED_DAY = '2026-11-22';
/** 21:00 in Beijing on SEED_DAY: "now" for the console. */
export const SEED_NOW = new Date('2026-11-22T13:00:00Z');

interface Row {
  township: string;
  date: string;
  figures: Figures;
  by: string;
  at: string;
  kind?: 'report' | 'correction';
  messageId: string;
  text?: string;
}

export const SEED: Row[] = [
  { township: '河西乡', date: '2026-11-20', figures: { due: 12, partyDone: 4, committeeDone: 2, supervisionDone: 1 }, by: 'wecom:hexi_wang', at: '2026-11-20T10:00:00Z', messageId: 'msg-hx-20' },
  { township: '城关镇', date: '2026-11-20', figures: { due: 18, partyDone: 6, committeeDone: 5, supervisionDone: 2 }, by: 'wecom:chengguan_li', at: '2026-11-20T11:00:00Z', messageId: 'msg-cg-20' },
  { township: '河西乡', date: '2026-11-21', figures: { due: 12, partyDone: 7, committeeDone: 5, supervisionDone: 3, oneShoulder: 4 }, by: 'wecom:hexi_wang', at: '2026-11-21T10:00:00Z', messageId: 'msg-hx-21' },
  { township: '柳林乡', date: '2026-11-21', figures: { due: 9, partyDone: 2, committeeDone: 1 }, by: 'wecom:liulin_zhou', at: '2026-11-21T11:30:00Z', messageId: 'msg-ll-21' },
  { township: '河西乡', date: SEED_DAY, figures: { due: 12, partyDone: 10, committeeDone: 9, supervisionDone: 6, oneShoulder: 7, under35: 11, female: 9, avgAge: 42.5 }, by: 'wecom:hexi_wang', at: '2026-11-22T09:00:00Z', messageId: 'msg-hx-22' },
  { township: '城关镇', date: SEED_DAY, figures: { due: 18, partyDone: 9, committeeDone: 8, supervisionDone: 4, oneShoulder: 6 }, by: 'wecom:chengguan_li', at: '2026-11-22T10:00:00Z', messageId: 'msg-cg-22' },
  // 城关镇's liaison typed 8 but meant 12: an admin corrects it (one field changes, history keeps 9 → 12).
  { township: '城关镇', date: SEED_DAY, figures: { due: 18, partyDone: 12, committeeDone: 8, supervisionDone: 4, oneShoulder: 6 }, by: 'wecom:zzb_liu', at: '2026-11-22T11:15:00Z', kind: 'correction', messageId: 'msg-fix-1', text: '更正：城关镇今天党组织换届完成12个' },
  { township: '马坊乡', date: SEED_DAY, figures: { due: 8, partyDone: 8, committeeDone: 8, supervisionDone: 8, oneShoulder: 8 }, by: 'dingtalk:mafang_zheng', at: '2026-11-22T08:00:00Z', messageId: 'msg-mf-22' },
];

export async function seed(store: Store): Promise<void> {
  for (const r of SEED) {
    await store.writeRecord({ township: r.township, date: r.date, figures: r.figures, by: r.by, at: new Date(r.at), kind: r.kind ?? 'report', messageId: r.messageId, ...(r.text ? { text: r.text } : {}) });
  }
}
