// Words that a figure is still to come: not counted yet, or to be sent later. Shared by the rules that read them
// after a name or a day ("村委会的数还没汇总", "今天的情况晚点再报"), so a phrase added here reaches all of them.
export const STILL_TO_COME =
  /(?:晚点|晚些|稍后|随后|待会|等会|回头|明天)儿?(?:再|单独|另行|一起|一并|统一)?(?:报|发)|再报|还在(?:汇总|统计|核|整理)|待报|还没(?:统计|汇总|报|上报|出来|算)/;
