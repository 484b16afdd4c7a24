// "村委会就剩马家庄没选了", "党组织、村委会、监委会都只剩王家沟没选了": the villages left named, with no count of them.
// Counted, the way a count after the names is read ("还剩王庄村、后河村两个没选"): what is left of the body.
import { NOT_A_PLACE, NOT_IN_NAME } from './named-after.js';

const LEFT_NAMED = /(就剩|只剩|还剩|就差|只差)(下)?([\u4e00-\u9fff]{2,6}?(?:(?:、|和|跟|与)[\u4e00-\u9fff]{2,6}?)*)(还)?(没|未)(有)?(?=选|推选|完成|换届|开始|弄)/g;

/** How a village's or community's name ends (马家庄, 王家沟, 后山村, 和平社区): "最后一步" is no place. */
const PLACE_END = /(?:村|庄|沟|湾|河|坪|岭|屯|寨|社区|堡|营|店|铺|洼|坡|塬|峁|台|园|口|桥|街|院|集|滩|井|嘴|窑|山|峪|梁|坝|墩|埠|塘|垭|坳|坊)$/;

export function leftNamedCounted(text: string): string {
  if (!/剩|差/.test(text)) return text;
  return text.replace(LEFT_NAMED, (m, word: string, down: string | undefined, list: string, still: string | undefined, not: string, have: string | undefined, at: number) => {
    // After a figure of its sentence ("支部19个，就剩柳树湾村没完成") the villages left only say which one: as before.
    const sentence = text.slice(0, at).split(/[。!?\n]/).pop()!;
    if (/[\d零一二两三四五六七八九十]\s*[个人名]/.test(sentence) || /\d/.test(sentence)) return m;
    // 和 starts many a place's name (和平社区): split on it only where what follows is a place of its own.
    const names = list.split(/、|(?<=[村庄沟湾河坪岭屯寨社区])(?:和|跟|与)/);
    if (!names.every((n) => n.length >= 2 && PLACE_END.test(n) && !NOT_IN_NAME.test(n) && !NOT_A_PLACE.test(n))) return m;
    return `${word}${down ?? ''}${list}${names.length}个${still ?? ''}${not}${have ?? ''}`;
  });
}
