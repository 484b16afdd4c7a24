// Words of a question or a knowledge text, as the index compares them: typos fixed, cut by jieba
// (with the domain words added to its dictionary), stopwords dropped, synonyms folded to one form.
import { unframe } from './frame.js';
import { toSimplified } from '../simplified.js';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { HomophoneFolder, plainReading } from '../homophones.js';
import type { Lexicon } from './types.js';
import { requiredText } from './required-text.js';

let shared: Jieba | undefined;
const added = new Set<string>();

/** The jieba dictionary takes ~200 ms to load: once per process, reused across reloads. */
export function sharedJieba(): Jieba {
  shared ??= Jieba.withDict(dict);
  return shared;
}

/** Teach jieba domain words so "一肩挑" or "送米送油" stay whole. Additive: words are never removed. */
function addWords(words: Iterable<string>): void {
  const fresh: string[] = [];
  for (const w of words) {
    if (w.length < 2 || w.length > 8 || /\s/.test(w) || added.has(w)) continue;
    added.add(w);
    fresh.push(`${w} 200000 n`);
  }
  if (fresh.length) sharedJieba().loadDict(Buffer.from(fresh.join('\n')));
}

/** Entries in the compound-parts cache before it is emptied (questions bring new words without end). */
const PARTS_CACHE = 20_000;
/** "十七岁", "60周岁": any age reads as 年龄 (the synonym table keeps 十八周岁 for the voting age). */
const AGE = /^[0-9〇零一二两三四五六七八九十百几]+周?岁(?:以上|以下|多|半)?$/;
/** The cutter splits "500块钱" into 500 / 块钱: an amount is one word again, so that MONEY reads it. */
const UNIT = /^(?:块|元|块钱|万元|万块|千块|百块)$/;
const AMOUNT = /^[0-9〇零一二两三四五六七八九十百千万几]+$/;
/** A number before a day or month ("10月17日", "10个月") is part of that date or span: alone, the "17" of a
 *  township's timetable would meet a question's "17周岁". (Years and ages keep their bare number: "60岁" is
 *  the rule asked about, "2011年" names a notice.) */
const WHEN = /^(?:月|日|号|天|日至|日起)$/;
const DATED = /^[0-9〇零一二两三四五六七八九十百千万几]+个?(?:月|日|号|天|日至|日起)$/;
function joinAmounts(cut: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < cut.length; i++) {
    const t = cut[i]!;
    const last = out[out.length - 1];
    if (last !== undefined && AMOUNT.test(last) && (UNIT.test(t) || WHEN.test(t))) out[out.length - 1] = last + t;
    // "650人" comes cut as 6 / 50人.
    else if (last !== undefined && /^\d+$/.test(last) && /^\d/.test(t)) out[out.length - 1] = last + t;
    // "10个月": the cutter gives 10 / 个 / 月.
    else if (last !== undefined && AMOUNT.test(last) && t === '个' && cut[i + 1] === '月') out[out.length - 1] = last + t + cut[++i];
    else out.push(t);
  }
  return out;
}

/** "两千块", "200元": an amount of money reads as 钱款 ("一块" alone is "together": 两口子能一块进村委会). */
const MONEY = /^(?!一块$)[0-9〇零一二两三四五六七八九十百千万几]+(?:块|元|块钱|万块|万元|千块|百块)$/;
/** Numbers ("一百二十个", "二十多个") are not cut into parts: their pieces are noise. */
const NUMERIC = /^[0-9〇零一二两三四五六七八九十百千万几多余]+[个名人位户条项次]?$/;
/** 帐 (a tent) written for 账 (an account), as people often do: 帐本, 帐目, 查帐, 交帐 — read as 账. */
const LEDGER = /帐(?=[本目簿务款户])|(?<=[查对记做算假烂交管])帐/g;
const PUNCT = /^[\s\p{P}\p{S}]+$/u;
const HAN = /\p{Script=Han}/u;
/** A token starting with a word of plain speech (那会, 一版, 不上) is speech, not a domain word misheard. */
const SPEECH = /^[那这哪一不没就还也都很太]/;

export class Tokenizer {
  private readonly canon = new Map<string, string>();
  private readonly stop: Set<string>;
  private readonly typos = new Map<string, string>();
  /** All typos in one alternation, longest first, so a question is scanned once. */
  private readonly typoPattern: RegExp | undefined;
  /** Phrases read as one word (synonyms.yaml phrases). */
  private readonly phrases: { re: RegExp; word: string; needs: string[] | null }[];
  /** Known multi-character words (domain words, then every word of the corpus), found inside longer tokens. */
  private readonly vocab = new Set<string>();
  /** Words the knowledge base names on purpose (aliases, keywords, synonyms, terms): never dropped as filler. */
  private readonly domain = new Set<string>();
  /** Words of the base heard or typed as another word that sounds the same (十言禁 → 十严禁). */
  private readonly homophones: HomophoneFolder;
  /** Two-character domain words by their plain reading (see twoCharSlip). */
  private readonly byReading = new Map<string, Set<string>>();
  /** jieba's dictionary words inside a long token ("立案审查" → 立案, 审查), cached: the same words recur. */
  private readonly partsCache = new Map<string, string[]>();

  constructor(lexicon: Lexicon, domainWords: Iterable<string>) {
    for (const group of lexicon.groups) for (const w of group) this.canon.set(w.toLowerCase(), group[0]!.toLowerCase());
    this.stop = new Set(lexicon.stopwords.map((w) => w.toLowerCase()));
    const typos = Object.entries(lexicon.typos).map(([wrong, right]) => [wrong.normalize('NFKC').toLowerCase(), right] as const);
    for (const [wrong, right] of typos) this.typos.set(wrong, right);
    const alternatives = [...this.typos.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    this.typoPattern = alternatives.length ? new RegExp(alternatives.join('|'), 'g') : undefined;
    this.phrases = (lexicon.phrases ?? []).map((p) => ({ re: new RegExp(p.pattern, 'gu'), word: p.word.toLowerCase(), needs: requiredText(p.pattern, 'gu') }));
    const words = [...lexicon.groups.flat(), ...lexicon.terms, ...domainWords].map((w) => w.trim()).filter((w) => w.length >= 2);
    for (const w of words) this.vocab.add(w.toLowerCase());
    for (const w of words) this.domain.add(w.toLowerCase());
    // Phrases that say what kind of question it is ("怎么操作", "什么时候") are not what it is about:
    // kept whole by jieba, then dropped like stopwords.
    const asking = lexicon.intents.flatMap((i) => i.ask).map((x) => x.trim().toLowerCase()).filter((w) => !this.domain.has(w));
    for (const w of asking) this.stop.add(w);
    addWords(asking);
    // Story words (who, when) likewise: whole, so their characters do not glue to the question's words.
    const story = (lexicon.story ?? []).map((w) => w.trim().toLowerCase()).filter((w) => !this.domain.has(w));
    for (const w of story) this.stop.add(w);
    addWords(story);
    // Dialect question forms ("中不中", "行不行") stay whole too, or jieba glues their halves to the
    // words around them ("这中", "不中") and the question reads as about something unknown.
    addWords([...this.stop].filter((w) => w.length >= 3 && !this.domain.has(w)));
    addWords(words);
    // A window that is itself an everyday word ("时间" sounds like 实践) is left alone: only what jieba's
    // dictionary cannot read as one word is taken for a mishearing of a domain word (its guesses at an
    // unknown run, "十布准" or "监卫会" as one word, are no word of speech).
    this.hear(this.domain);
    // A window that is itself a word of the lexicon (迁走了) is never heard as another that sounds like it (抢走了).
    this.homophones = new HomophoneFolder(words, { nearFrom: Infinity, minLength: 3, keep: this.domain, accept: (window) => sharedJieba().cut(window, false).length > 1 });
  }

  /**
   * "记票" for 计票, "公张" for 公章, "漂箱" for 票箱: a two-character token that is no word — not the base's, not
   * jieba's dictionary's — read as the one domain word (aliases, keywords, synonyms, terms) that sounds the
   * same, toneless, by each character's usual reading. Words of the texts at large are not offered: "人带"
   * would be heard as 人大.
   */
  private twoCharSlip(t: string): string | undefined {
    if (t.length !== 2 || this.vocab.has(t) || this.canon.has(t) || this.stop.has(t) || !HAN.test(t[0]!) || !HAN.test(t[1]!) || SPEECH.test(t)) return undefined;
    const r = plainReading(t);
    const found = r ? this.byReading.get(r) : undefined;
    if (!found || found.size !== 1) return undefined;
    if (sharedJieba().cut(t, false).length === 1) return undefined;
    return [...found][0];
  }

  /** The form a word is compared in: the first word of its synonym group, or the word itself. */
  canonical(word: string): string {
    const w = word.trim().toLowerCase();
    return this.canon.get(w) ?? w;
  }

  /** Words seen in the corpus: a question's "身份证明" then also matches "伪造身份证明" in a text. */
  learn(words: Iterable<string>): void {
    for (const w of words) if (w.length >= 2) this.vocab.add(w);
  }

  /** Two-character words the base names on purpose, by how they sound, for twoCharSlip. */
  private hear(words: Iterable<string>): void {
    for (const w of words) {
      // Only a word standing for itself: a colloquial member of a synonym group (每届 → 任期, 补上 → 补选)
      // sounds like too much everyday speech ("没结", "选不上").
      const r = w.length === 2 && (this.canon.get(w) ?? w) === w ? plainReading(w) : undefined;
      if (!r) continue;
      let set = this.byReading.get(r);
      if (!set) this.byReading.set(r, (set = new Set()));
      set.add(this.canon.get(w) ?? w);
    }
  }

  /** Fix known typos, fold full-width forms and read split phrases (替她投) before cutting. */
  clean(text: string): string {
    const out = unframe(toSimplified(text)).normalize('NFKC').toLowerCase().replace(LEDGER, '账');
    let folded = this.homophones.fold(this.typoPattern ? out.replace(this.typoPattern, (wrong) => this.typos.get(wrong) ?? wrong) : out).text;
    // Read as the word alone: the person inside (她, 俺娘) and the rest (一票) would only dilute it.
    for (const { re, word, needs } of this.phrases) {
      if (needs && !needs.some((s) => folded.includes(s))) continue;
      folded = folded.replace(re, ` ${word} `);
    }
    return folded;
  }

  /** jieba's words for a text, before filtering: the costly step, so the index caches it. */
  cut(text: string, cleaned = false): string[] {
    return sharedJieba().cut(cleaned ? text : this.clean(text), true);
  }

  private parts(tok: string): string[] {
    let parts = this.partsCache.get(tok);
    if (!parts) {
      if (this.partsCache.size > PARTS_CACHE) this.partsCache.clear();
      parts = sharedJieba()
        .cutForSearch(tok, false)
        .filter((p) => p.length >= 2 && p !== tok);
      this.partsCache.set(tok, parts);
    }
    return parts;
  }

  /** `asked`: the words of a question, where a two-character slip is read as the word it sounds like (never in the base's own texts). */
  tokens(text: string, cut: string[] = this.cut(text), asked = false): string[] {
    const out: string[] = [];
    const push = (raw: string) => {
      const t = raw.trim();
      if (!t || PUNCT.test(t) || this.stop.has(t)) return;
      const read = AGE.test(t) ? '年龄' : MONEY.test(t) ? '钱款' : (asked ? this.twoCharSlip(t) : undefined) ?? t;
      const c = this.canon.get(t) ?? this.canon.get(read) ?? read;
      if (this.stop.has(c)) return;
      // A count in words ("二十多个") is story detail; figures in digits ("500名") may be the rule itself.
      // In a question, a bare figure of hundreds the base never uses ("选民860 投了431") is the story's own too.
      if (c === t && NUMERIC.test(t) && (!/\d/.test(t) || (asked && /^\d{3,}$/.test(t))) && !this.vocab.has(t)) return;
      // A lone Han character carries little meaning unless the synonym table names it.
      if (c.length === 1 && HAN.test(c) && !this.canon.has(t)) return;
      out.push(c);
    };
    for (const raw of joinAmounts(cut)) {
      const tok = raw.trim();
      if (this.stop.has(tok)) continue;
      const whole = !this.canon.has(tok) && !NUMERIC.test(tok) && !MONEY.test(tok) && !AGE.test(tok) && !DATED.test(tok);
      // A compound of four or more characters also counts as its dictionary parts, on both sides: the
      // knowledge base's "立案审查" then meets a question's "立案", and "长期外出" meets "长期…外出".
      // A compound made only of stopwords ("昨天晚上") is filler itself.
      const parts = tok.length >= 4 && whole ? this.parts(tok) : [];
      if (parts.length && !this.domain.has(tok) && parts.every((p) => this.stop.has(p))) continue;
      push(tok);
      for (const part of parts) push(part);
      // Known words inside a longer one ("村委会" in "村委会主任"), but not every fragment ("委会", "会主");
      // a word the synonym table knows already says what it means, and a number has no words inside.
      if (tok.length >= 3 && whole) {
        for (let len = 2; len < tok.length; len++) {
          for (let i = 0; i + len <= tok.length; i++) {
            const part = tok.slice(i, i + len);
            if (this.vocab.has(part)) push(part);
          }
        }
      }
    }
    return out;
  }
}
