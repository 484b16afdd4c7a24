// The bulletin picture for a 30-township county (the picture shows at most 30 rows, so this is its
// largest drawing): SVG from the composed bulletin, then PNG with resvg and the CJK font.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchResult } from '../run.js';
import { composeDaily } from '../../src/bulletins/compose.js';
import { BulletinPicture } from '../../src/bulletins/picture.js';
import type { ProgressRecord } from '../../src/store/types.js';
import { Templates } from '../../src/templates.js';
import { zonedInstant } from '../../src/time.js';

const TOWNSHIPS = 30;
const DATE = '2026-11-22';

export async function run(): Promise<BenchResult[]> {
  const templates = new Templates(join(import.meta.dirname, '../../templates/messages'));
  const townships = Array.from({ length: TOWNSHIPS }, (_, i) => ({ name: `第${i + 1}镇`, due: 6 + (i % 15) }));
  const record = (date: string, i: number, shift: number): ProgressRecord => {
    const n = townships[i]!.due;
    const at = zonedInstant(date, '18:00', 'Asia/Shanghai');
    const figures = { partyDone: Math.min(n, 2 + ((i + shift) % n)), committeeDone: Math.min(n, 1 + ((i + shift) % n)), supervisionDone: (i + shift) % 4, oneShoulder: 1 };
    return { township: townships[i]!.name, date, figures, firstReportedAt: at, updatedAt: at, updatedBy: 'bench' };
  };
  const yesterday = townships.map((_, i) => record('2026-11-21', i, 0));
  const data = composeDaily({
    county: '基准县',
    date: DATE,
    townships,
    weights: { partyDone: 0.4, committeeDone: 0.4, supervisionDone: 0.2 },
    today: townships.map((_, i) => record(DATE, i, 1)),
    yesterday,
    before: yesterday,
  });
  const picture = new BulletinPicture(templates, { info: () => undefined, warn: (_o, m) => console.warn(m) });
  if (!picture.fontChoice()) return [];
  let bytes = 0;
  await picture.render(data);
  const times: number[] = [];
  for (let i = 0; i < 9; i++) {
    const t = performance.now();
    bytes = (await picture.render(data))!.png.length;
    times.push(performance.now() - t);
  }
  const ms = times.sort((a, b) => a - b)[4]!;
  return [{ suite: 'bulletin-picture', name: `render the picture (SVG + PNG, ${TOWNSHIPS} townships, ${Math.round(bytes / 1024)} KiB)`, value: ms, unit: 'ms' }];
}
