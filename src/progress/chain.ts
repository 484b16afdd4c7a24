// A WeCom/DingTalk 接龙 (chain): the county posts a heading, and each liaison copies the whole list and adds
// their own numbered line ("#接龙\n11月24日换届进度(党组织/村委会/监委会)\n1. 城关镇 17/14/10\n2. 河西乡 党12 村7 监6").
// The other townships' lines are their own liaisons' reports, sent already: a liaison's chain is read as its
// heading and the sender's own line, with any remark under it. A chain without the sender's line is read
// whole, and refused as before for the other townships in it.
import type { ReportSender } from './plan.js';
import type { TownshipMatcher } from './townships.js';

/** The chain's mark, at the start of the message ("#接龙", "接龙:", "【接龙】"). */
const CHAIN = /^\s*[#＃【[]?\s*接龙/;
/** A numbered line: "1. 城关镇 2个", "3、河西乡…", "5）柳林乡…". */
const NUMBERED = /^\s*\d{1,2}\s*[.．、)）]\s*/;

export function ownChainLines(text: string, sender: ReportSender, townships: TownshipMatcher): string | null {
  if (!CHAIN.test(text) || sender.isAdmin || sender.townships.length !== 1) return null;
  const own = sender.townships[0]!;
  const lines = text.split('\n');
  const first = lines.findIndex((l) => NUMBERED.test(l));
  if (first < 0) return null;
  const kept: string[] = lines.slice(0, first).map((l) => l.replace(CHAIN, ' '));
  let mine = false;
  let found = false;
  for (const line of lines.slice(first)) {
    if (NUMBERED.test(line)) {
      const body = line.replace(NUMBERED, '');
      mine = townshipAtStart(body, townships) === own;
      found ||= mine;
      if (mine) kept.push(body);
    } else if (mine) kept.push(line);
  }
  return found ? kept.join('\n') : null;
}

/** The township a line starts with, past spaces and marks. */
function townshipAtStart(line: string, townships: TownshipMatcher): string | null {
  const at = line.search(/[^\s*#·•]/);
  return at < 0 ? null : (townships.matchAt(line, at)?.name ?? null);
}
