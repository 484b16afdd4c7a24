// Debug helper: print how the reader sees a message (tokens, items, errors).
import { join } from 'node:path';
import { loadCounty } from '../src/county.js';
import { loadLexicon } from '../src/progress/lexicon.js';
import { parseReport, prepare } from '../src/progress/parse.js';
import { scan } from '../src/progress/scan.js';
import { TownshipMatcher } from '../src/progress/townships.js';
const root = join(import.meta.dirname, '..');
const lexicon = loadLexicon(join(root, 'templates', 'indicators.yaml'));
const townships = new TownshipMatcher(loadCounty(join(root, 'templates', 'county.example.yaml')).townships);
const ctx = { lexicon, townships, today: process.env.TODAY ?? '2026-11-22' };
for (const text of process.argv.slice(2)) {
  const t = prepare(text, lexicon, { townships });
  if (process.env.PREP) console.log(t);
  console.log(scan(t, ctx).map((k) => `${k.t}${'flag' in k ? ':' + k.flag : ''}[${k.raw}]`).join(' '));
  const r = parseReport(text, ctx);
  console.log(JSON.stringify({ items: r.items.map((i) => `${i.township ?? '-'} ${i.date} ${i.key}=${JSON.stringify(i.value)}`), errors: r.errors, asides: r.asides }));
}
