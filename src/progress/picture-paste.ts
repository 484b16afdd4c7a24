// Text recognised from a screenshot or a photo of a paper form (OCR) and pasted: the phone's status bar, the page
// footer and the filler's phone number come with it, and a label is spaced out (党 组 织) or broken over two lines
// (党组\n织换届完成). Figures read off those had been refused as figures of no name, or read as the report's own.
import { longestAt, type Lexicon } from './lexicon.js';

/** "19:31 ⚡ 4G 78%": a line that holds a clock and a phone's signal or battery. */
const STATUS_BAR = /^[ \t]*\d{1,2}:\d{2}(?![\d:])[^\n]*?(?:\b[2345]G\b|WiFi|wifi|\d{1,3}%)[^\n]*$/gm;
/** "第 1 页 共 1 页", "第1页/共2页". */
const PAGE = /第\s*\d+\s*页\s*[,/，]?\s*共\s*\d+\s*页/g;
/** "电话：139****2617": a mobile number, whole or masked. */
const PHONE = /(?:联系)?(?:电话|手机)?\s*[:：]?\s*1[3-9]\d[\d*]{4}\d{4}(?!\d)/g;
/** Single Han characters parted by single spaces: "党 组 织", "全 部 完 成". */
const SPACED = /(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?:[ \t][\u4e00-\u9fff])+(?![\u4e00-\u9fff])/g;

const known = (lexicon: Lexicon, s: string) => longestAt(lexicon.nameIndex, s, 0) === s || longestAt(lexicon.wordIndex, s, 0) === s;

export function fromPicture(t: string, lexicon: Lexicon): string {
  if (/\d:\d\d/.test(t)) t = t.replace(STATUS_BAR, '');
  if (t.includes('页')) t = t.replace(PAGE, '');
  if (/1[3-9]\d/.test(t)) t = t.replace(PHONE, '');
  // Joined only when the characters spell a name or a word of the report: "党 村 监" over a row of figures is
  // shorthand, one name a column.
  if (/[\u4e00-\u9fff][ \t][\u4e00-\u9fff]/.test(t)) t = t.replace(SPACED, (m) => (known(lexicon, m.replace(/[ \t]/g, '')) ? m.replace(/[ \t]/g, '') : m));
  // "党组\n织换届完成 6 个": a line ending in the start of a name the next line finishes, the second half no name.
  if (t.includes('\n')) t = t.replace(/\n(?=[\u4e00-\u9fff])/g, (m, at: number, all: string) => {
    for (let k = 1; k <= 3 && /[\u4e00-\u9fff]/.test(all[at - k] ?? ''); k++) {
      const a = all.slice(at - k, at);
      const joined = longestAt(lexicon.nameIndex, a + all.slice(at + 1, at + 8), 0);
      // The first half may be a short name itself (党组): the longer name the two spell wins.
      if (joined && joined.length > a.length && !longestAt(lexicon.nameIndex, all, at + 1)) return '';
    }
    return m;
  });
  return t;
}
