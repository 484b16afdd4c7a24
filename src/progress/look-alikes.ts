// Letters typed for digits on a phone: read as the digits, and said so in the reply.
/**
 * "l0个", "1O人", "ll月2O号": the letters l, I, o and O typed for 1 and 0. Only a run of them with digits or
 * alone that no other letter touches ("yijiantiao" and "OK" are words), and that has a digit in it, stands
 * straight before a unit, or fills a figure's place — a figure a careful reader reads, where dropping the
 * letter stored 0 for l0, or dropped the figure.
 */
const LOOK_ALIKE = /(?<![A-Za-z.])[lIoO0-9]*[lIoO][lIoO0-9]*(?![A-Za-z])(?=(\s*[个人名位月日号岁%])?)/g;
const LOOK_ALIKE_DIGIT: Record<string, string> = { l: '1', I: '1', o: '0', O: '0' };

/**
 * "村委会已完成 l" pasted from a picture: a lone letter after Chinese words (and a colon or space) that ends
 * its line or clause stands where the figure goes.
 */
const FIGURE_PLACE_BEFORE = /[\u4e00-\u9fff][:：]?[ \t]*$/;
const FIGURE_PLACE_AFTER = /^[ \t]*(?:$|[\n，,。；;、）)])/;

export function lookAlikes(t: string, heard: { from: string; to: string }[] | undefined): string {
  return t.replace(LOOK_ALIKE, (run: string, unit: string | undefined, at: number) => {
    const inPlace = () => FIGURE_PLACE_BEFORE.test(t.slice(Math.max(0, at - 4), at)) && FIGURE_PLACE_AFTER.test(t.slice(at + run.length));
    if (!unit && !/[0-9]/.test(run) && !inPlace()) return run;
    const digits = [...run].map((c) => LOOK_ALIKE_DIGIT[c] ?? c).join('');
    heard?.push({ from: run, to: digits });
    return digits;
  });
}

