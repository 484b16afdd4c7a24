// Which strings a pattern cannot match without: a text holding none of them is passed over without running
// the pattern. The phrases of the synonym table are long look-around patterns ("…(?<=(?:换届|选举)[^。]{0,30})…")
// that V8 tries at every position of every text; most texts of the base and most questions hold none of
// their words, and one substring test is far cheaper than the scan. The reading is conservative: wherever it
// cannot be sure (a negated look-around, an optional part, a wide character class), it asks for nothing.
import { RegExpParser } from '@eslint-community/regexpp';
import type { Alternative, Element, Node } from '@eslint-community/regexpp/ast';

/** A set of strings one of which every match needs; null when nothing is needed for certain. */
type Needs = Set<string> | null;

/** A character class small enough to be worth testing character by character. */
const SMALL_CLASS = 8;

const parser = new RegExpParser({ ecmaVersion: 2025 });

/** The strings a text must hold (one of them) for `pattern` to match anywhere in it; null if none are certain. */
export function requiredText(pattern: string, flags: string): string[] | null {
  // Case folding would let a match hold other characters than the pattern's.
  if (flags.includes('i')) return null;
  const ast = parser.parsePattern(pattern, 0, pattern.length, { unicode: flags.includes('u') || flags.includes('v') });
  const needs = anyOf(ast.alternatives);
  return needs && needs.size ? [...needs] : null;
}

/** A disjunction needs one of what each branch needs; one branch needing nothing makes the whole need nothing. */
function anyOf(branches: readonly Alternative[]): Needs {
  const all = new Set<string>();
  for (const branch of branches) {
    const needs = sequence(branch.elements);
    if (!needs) return null;
    for (const s of needs) all.add(s);
  }
  return all;
}

/** A sequence needs whatever any one of its parts needs: the part whose shortest string is longest is kept. */
function sequence(elements: readonly Element[]): Needs {
  let best: Needs = null;
  const offer = (needs: Needs) => {
    if (needs && needs.size && (!best || better(needs, best))) best = needs;
  };
  let run = '';
  for (const element of elements) {
    if (element.type === 'Character') {
      run += String.fromCodePoint(element.value);
      continue;
    }
    if (run) offer(new Set([run]));
    run = '';
    offer(needed(element));
  }
  if (run) offer(new Set([run]));
  return best;
}

function better(a: Set<string>, b: Set<string>): boolean {
  const shortest = (s: Set<string>) => Math.min(...[...s].map((x) => x.length));
  const [la, lb] = [shortest(a), shortest(b)];
  return la > lb || (la === lb && a.size < b.size);
}

function needed(node: Node): Needs {
  switch (node.type) {
    case 'Character':
      return new Set([String.fromCodePoint(node.value)]);
    case 'CharacterClass': {
      if (node.negate || node.elements.length > SMALL_CLASS || !node.elements.every((e) => e.type === 'Character')) return null;
      return new Set(node.elements.map((e) => String.fromCodePoint((e as { value: number }).value)));
    }
    case 'Quantifier':
      return node.min >= 1 ? needed(node.element) : null;
    case 'Group':
    case 'CapturingGroup':
      return anyOf(node.alternatives);
    case 'Assertion':
      return (node.kind === 'lookahead' || node.kind === 'lookbehind') && !node.negate ? anyOf(node.alternatives) : null;
    default:
      return null;
  }
}
