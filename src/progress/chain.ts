// A WeCom/DingTalk 接龙 (chain): the county posts a heading, and each liaison copies the whole list and adds
// their own numbered line ("#接龙\n11月24日换届进度(党组织/村委会/监委会)\n1. 城关镇 17/14/10\n2. 河西乡 党12 村7 监6").
// The other townships' lines are their own liaisons' reports, sent already: a liaison's chain is read as its
// heading and the sender's own line, with any remark under it. A chain without the sender's line is read
// whole, and refused as before for the other townships in it.
// The heading often names what the lines count ("党组织换届完成情况", "(党组织/村委会/监委会 完成数)") and the
// line gives bare figures ("河西乡 9/7/5", "东城街道 1个(东关社区)"): the names are put before them, in order,
// when the figures are exactly as many as the names.
import type { ReportSender } from './plan.js';
import type { TownshipMatcher } from './townships.js';

/** The chain's mark, at the start of the message ("#接龙", "接龙:", "【接龙】"). */
const CHAIN = /^\s*[#＃【[]?\s*接龙/;
/** A numbered line: "1. 城关镇 2个", "3、河西乡…", "5）柳林乡…". */
const NUMBERED = /^\s*\d{1,2}\s*[.．、)）]\s*/;
/** Figures in a row: "9/7/5", "9/21/11/43.6", "212/5". */
const ROW = /^[\s—–\-:：]*(\d+(?:\.\d+)?(?:\s*[/／|]\s*\d+(?:\.\d+)?)+)/;
/** One figure, perhaps after 已完成: "2个", "5", "已完成6个". */
const ONE = /^[\s—–\-:：]*(?:已完成|完成了?|累计)?\s*(\d+\s*[个人]?)/;
/** A bracket listing names apart (党组织/村委会/监委会): the heading's columns. */
const COLUMNS = /[(（]([^()（）]*[/／、|][^()（）]*)[)）]/;

export interface ChainReader {
  townships: TownshipMatcher;
  /** The indicator names in a text, in order, as the report reader finds them. */
  names: (text: string) => string[];
}

export function ownChainLines(text: string, sender: ReportSender, reader: ChainReader): string | null {
  if (!CHAIN.test(text) || sender.isAdmin || sender.townships.length !== 1) return null;
  const own = sender.townships[0]!;
  const lines = text.split('\n');
  const first = lines.findIndex((l) => NUMBERED.test(l));
  if (first < 0) return null;
  const heading = lines.slice(0, first).map((l) => l.replace(CHAIN, ' '));
  const kept: string[] = [...heading];
  let mine = false;
  let found = false;
  for (const line of lines.slice(first)) {
    if (NUMBERED.test(line)) {
      const body = line.replace(NUMBERED, '');
      const town = townshipAt(body, reader.townships);
      mine = town?.name === own;
      found ||= mine;
      if (mine) kept.push(named(body, town!.end, heading.join(' '), reader));
    } else if (mine) kept.push(line);
  }
  return found ? kept.join('\n') : null;
}

/** The own line with the heading's names before its bare figures, when they match one to one. */
function named(body: string, end: number, heading: string, reader: ChainReader): string {
  const rest = body.slice(end);
  if (reader.names(rest).length) return body;
  const columns = COLUMNS.exec(heading);
  const names = reader.names(columns ? columns[1]! : heading);
  const row = ROW.exec(rest);
  const figures = row ? row[1]!.split(/\s*[/／|]\s*/) : ONE.exec(rest) ? [ONE.exec(rest)![1]!] : [];
  if (!figures.length || figures.length !== names.length) return body;
  const matched = (row ?? ONE.exec(rest))![0];
  return `${body.slice(0, end)} ${names.map((n, i) => `${n}${figures[i]}`).join(' ')}${rest.slice(matched.length)}`;
}

/** The township a line starts with, past spaces and marks, and where its name ends. */
function townshipAt(line: string, townships: TownshipMatcher): { name: string; end: number } | null {
  const at = line.search(/[^\s*#·•]/);
  const hit = at < 0 ? null : townships.matchAt(line, at);
  return hit ? { name: hit.name, end: at + hit.length } : null;
}
