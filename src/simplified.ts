// People type in traditional characters too — a phone set to 繁體, an older cadre (監委會今天選完了, 能不能參選).
// Every word list here is in simplified characters, so a message is folded to them once, where it is read.
// OpenCC's tables (opencc-js), not a hand-made list: https://github.com/nk2028/opencc-js
import { Converter } from 'opencc-js/t2cn';

const convert = Converter({ from: 'tw', to: 'cn' });

/** The characters the tables change, found once, as a bitmap: most messages have none and skip the conversion. */
const FROM = 0x4e00;
const TRADITIONAL = (() => {
  const chars: string[] = [];
  for (let c = FROM; c <= 0x9fff; c++) chars.push(String.fromCharCode(c));
  // One character a line, so a character the tables turn into two still lines up with its own.
  const folded = convert(chars.join('\n')).split('\n');
  const changed = new Uint8Array(chars.length);
  chars.forEach((c, i) => (changed[i] = folded[i] !== c ? 1 : 0));
  return changed;
})();

export function toSimplified(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const at = text.charCodeAt(i) - FROM;
    if (at >= 0 && at < TRADITIONAL.length && TRADITIONAL[at]) return convert(text);
  }
  return text;
}
