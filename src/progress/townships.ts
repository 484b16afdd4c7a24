// Township names as typed: full name, the county file's aliases, or the name without 乡/镇/街道.
import { distance } from 'fastest-levenshtein';
import { foldText } from './lexicon.js';

export interface TownshipInfo {
  name: string;
  aliases: string[];
  due: number;
}

interface Form {
  text: string;
  name: string;
  /** The full official name; short forms followed by 村/社区 name a village, not the township. */
  full: boolean;
}

/** A township named as the sender's own (我乡, 本镇): its figures are the sender's, like those with no township. */
export const SELF_TOWN = '';
/** The sender's own township in words; not 我乡镇 (the townships in general), 乡里/镇上 (in it), 乡长/镇长 (a post). */
const SELF = /(?:我们|咱们|俺们|我|咱|俺|本)(?:街道|乡|镇)(?!镇|里|上|长)/y;
const SELF_FIRST = new Set(['我', '咱', '俺', '本']);

/** 我乡, 本镇, 我们街道 at `pos`, as typed; null when none starts there. */
export function ownTownshipAt(text: string, pos: number): string | null {
  if (!SELF_FIRST.has(text[pos]!)) return null;
  SELF.lastIndex = pos;
  return SELF.exec(text)?.[0] ?? null;
}

const SUFFIX = /(街道办事处|街道办|街道|街办|乡|镇)$/;
const CANDIDATE = /[\u4e00-\u9fff]{1,5}?(街道|镇|乡)/y;
const ESCAPE = /[.*+?^${}()|[\]\\]/g;
/** Shapes that end like a township but are generic words. */
// 我们乡/咱们镇/我街道 mean the sender's own township, like 我乡: no township name at all.
// "现将我乡…": a pronoun straight before 乡/镇 ends any such shape.
// "两个街道的党组织都选完了": a count of townships names none.
// "以下是镇联审小组报上来的", "褚明在街道群里报过": a word that is no part of a name (是, 在, 的 …) ends it.
// "上午街道纪工委…": a time of day before 街道/乡/镇 is when, not a name.
const GENERIC = /乡镇|县乡|^(?:今天|今日|昨天|前天|明天|上午|下午|中午|晚上|早上|当天)(?:乡|镇|街道)$|[是在的了和与给从向往把被对将]|个(乡|镇|街道)$|^(以上|上述|全县|各)(乡|镇|街道)|^(全|本|我|该|各|每|城|下|到|在|赴|去|回|农|市|村)(乡|镇)$|(我们|咱们|咱|俺们|俺|我|本|全|该)(乡|镇|街道)$/;

export class TownshipMatcher {
  private readonly forms: Form[];
  private readonly re: RegExp;
  private readonly byForm = new Map<string, string>();
  /** First characters of every form that can appear in free text. */
  readonly firstChars: Set<string>;
  /** The same by UTF-16 code unit: the scanner asks at every position, where a Chinese character is a new string. */
  private readonly firstCodes = new Uint8Array(0x10000);
  private texts: readonly string[] | undefined;

  constructor(readonly townships: TownshipInfo[]) {
    const forms: Form[] = [];
    const add = (text: string, name: string, full: boolean) => {
      const t = foldText(text);
      if (!t || this.byForm.has(t)) return;
      this.byForm.set(t, name);
      // One character ("甲") is a fine command argument but far too common to spot inside free text.
      if (t.length >= 2) forms.push({ text: t, name, full });
    };
    for (const t of townships) add(t.name, t.name, true);
    for (const t of townships) for (const a of t.aliases) add(a, t.name, false);
    for (const t of townships) add(t.name.replace(SUFFIX, ''), t.name, false);
    this.forms = forms.sort((a, b) => b.text.length - a.text.length);
    this.firstChars = new Set(this.forms.map((f) => f.text[0]!));
    for (const f of this.forms) this.firstCodes[f.text.charCodeAt(0)] = 1;
    this.re = new RegExp(this.forms.map((f) => f.text.replace(ESCAPE, '\\$&')).join('|') || '(?!)', 'y');
  }

  /** Every form a township may be written in (full name, aliases, without 乡/镇/街道). */
  formTexts(): readonly string[] {
    // Asked on the reader's hot path (shorthand.ts): one list, made once, never changed by callers.
    return (this.texts ??= this.forms.map((f) => f.text));
  }

  due(name: string): number | undefined {
    return this.townships.find((t) => t.name === name)?.due;
  }

  /** Whether some form starts with the character at `pos`. */
  startsAt(text: string, pos: number): boolean {
    return this.firstCodes[text.charCodeAt(pos)] === 1;
  }

  /** A known township at `pos`, longest form first. */
  matchAt(text: string, pos: number): { name: string; length: number } | null {
    this.re.lastIndex = pos;
    const m = this.re.exec(text);
    if (!m) return null;
    const form = this.forms.find((f) => f.text === m[0])!;
    const next = text.slice(pos + m[0].length, pos + m[0].length + 2);
    // "马坊村" may be a village of that name, but "马坊村委7" is the township and an indicator.
    if (!form.full && /^(村(?![委党务]|民委|居委)|社区|组|路|街(?!道|办))/.test(next)) return null;
    return { name: form.name, length: m[0].length };
  }

  /**
   * Text at `pos` shaped like a township (二–五 characters + 乡/镇/街道) that is not one of ours:
   * "东山镇：党组织9个" must be refused with a suggestion, not filed under the sender's township.
   */
  candidateAt(text: string, pos: number): { raw: string; length: number } | null {
    CANDIDATE.lastIndex = pos;
    const hit = CANDIDATE.exec(text);
    if (!hit) return null;
    const raw = hit[0];
    if (raw.length < 3 && !raw.endsWith('街道')) return null;
    if (GENERIC.test(raw) || this.forms.some((f) => raw.includes(f.text))) return null;
    // "补充乡镇名称": 乡 before 镇 is the word 乡镇, no township's name; "县里乡里一起查": 乡里/镇里 is "in the township".
    if ((raw.endsWith('乡') && text[pos + raw.length] === '镇') || /[乡镇]$/.test(raw) && text[pos + raw.length] === '里') return null;
    // "吴镇长", "以下为镇群原文": 镇长/乡长 is a person's title, 镇群/乡群 the township's chat group — no names.
    if (/[乡镇]$/.test(raw) && /[长群]/.test(text[pos + raw.length] ?? '')) return null;
    return { raw, length: raw.length };
  }

  /** Exact name, alias or short form (commands, API parameters). */
  resolve(text: string): string | null {
    return this.byForm.get(foldText(text).trim()) ?? null;
  }

  /** Closest official names to a mistyped one; all names when nothing is close. */
  suggest(raw: string, limit = 3): string[] {
    const stem = raw.replace(SUFFIX, '');
    const scored = this.townships
      .map((t) => {
        const forms = [t.name, t.name.replace(SUFFIX, ''), ...t.aliases];
        const d = Math.min(...forms.map((f) => Math.min(distance(raw, f), distance(stem, f.replace(SUFFIX, '')))));
        return { name: t.name, d };
      })
      .filter((s) => s.d <= Math.max(1, Math.floor(stem.length / 2)))
      .sort((a, b) => a.d - b.d);
    return scored.slice(0, limit).map((s) => s.name);
  }

  names(): string[] {
    return this.townships.map((t) => t.name);
  }
}
