// A quiz item put to the bot is a question in a frame: 判断题：…（ ）答案×, 选择题 with its options A–D, 填空 with
// ____, 我选的B. The frame says nothing of which rule is asked, and a choice's wrong options name neighbouring
// rules — read, they pull the answer toward one of them. The stem alone is the question.
const LABEL = /(?:^|(?<=[\n。；;]))\s*(?:[一二三四五六七八九十\d]+\s*[.、．]\s*)?(?:判断|选择|单选|多选|填空|问答|简答)题?\s*[:：]?/g;
const BLANK = /[（(]\s*[)）]|_{2,}|＿+/g;
/** The answer written beside it: 答案B, 我选的B, 我写的×, 答案写的√ — marks, or a letter after 选/答案. */
const ANSWER = /(?:我的?)?(?:答案(?:是|写的?|选的?|为)?|(?:我)?(?:选|写|填)(?:的|了)?(?:是)?)\s*[:：]?\s*[（(]?\s*(?:[A-Da-d]{1,4}(?=\s|$|[，,。；;！!？?吧吗呢啊对没])|[√×✓✗✔✘]|(?<=答案(?:是|为)?\s*)[对错])\s*[)）]?/g;
const MARK = /[（(]\s*[√×✓✗✔✘]\s*[)）]/g;
/** Options A–D: from the first to the end of the last (a line's end, a full stop, two spaces, the text's end). */
const OPTIONS = /[A-D]\s*[.．、:：)）][\s\S]*?[B-D]\s*[.．、:：)）][^\n。？?]*?(?=\s{2,}|\n|[。？?]|$)/;

export function unframe(question: string): string {
  if (!/题|[（(]\s*[)）]|_{2}|＿|答案|[选写填][的了]?\s*[A-D√×]|[A-D]\s*[.．、:：]/.test(question)) return question;
  let q = question.replace(LABEL, ' ').replace(ANSWER, ' ').replace(MARK, ' ').replace(BLANK, ' ');
  if ((q.match(/[A-D]\s*[.．、:：)）]/g) ?? []).length >= 2) q = q.replace(OPTIONS, ' ');
  return q;
}
