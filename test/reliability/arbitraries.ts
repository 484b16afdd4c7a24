// fast-check generators shared by the fuzz tests: junk that looks like what the handlers parse, so the
// random inputs reach past the first check instead of all failing the same way.
import fc from 'fast-check';

/** Strings with the characters parsers trip on: quotes, brackets, entities, CJK, odd spaces, NUL. */
export const nasty = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('', ' ', '\u0000', '\u3000', '\u2005', '"', "'", '<', '>', '&amp;', '&#0;', '&#x110000;', ']]>', '%', '%zz', '%E6%B2', '\\u0000', '{}', '[]', 'null', 'NaN', '1e309', '-0', '9007199254740993'),
  fc.stringMatching(/^[A-Za-z0-9+/=]{0,64}$/),
);

const CHAT_WORDS = [
  '河西乡', '河西', '城关镇', '河东镇', '马坊乡', '不存在乡', '全县', '党组织换届完成', '党组织', '村委会换届完成', '监委会完成', '一肩挑', '交叉任职',
  '35岁以下', '大专及以上', '女性', '平均年龄', '资格联审', '不通过', '应换届', '新增', '今天又完成', '累计', '截至', '更正', '撤回', '进度', '未报送',
  '乡镇进度', '帮助', '通报', '十严禁', '资格条件', '负面清单', '个', '人', '岁', '%', '：', ':', '，', '。', '；', '\n', ' ', '昨天', '今天', '明天',
  '11月21日', '2026-11-22', '2026-13-45', '二〇二六年', '十二', '一百', '零', '两', '半', '-3', '0', '12', '999999999999', '3.5', '1e3', '９', '@换届助手',
] as const;

/** Chat texts built from report, command and question vocabulary mixed with numbers and junk. */
export const chatText = fc.oneof(
  fc.array(fc.oneof(fc.constantFrom(...CHAT_WORDS), fc.integer({ min: -5, max: 40 }).map(String), nasty), { maxLength: 14 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);

/** Liaisons of the example county, other users, and ids that look like ids from elsewhere. */
export const userId = fc.oneof(
  fc.constantFrom('hexi_wang', 'chengguan_li', 'manager4021', 'mafang_zheng', 'baisha_wu', 'someone', 'wecom:hexi_wang', 'dingtalk:hexi_wang'),
  fc.stringMatching(/^[a-z_0-9]{1,12}$/),
);

/** Replace one character with a different one from `alphabet` (never a case variant of it). */
export function mutateChar(s: string, index: number, pick: number, alphabet: string): string {
  const i = index % s.length;
  const options = [...alphabet].filter((c) => c.toLowerCase() !== s[i]!.toLowerCase());
  return s.slice(0, i) + options[pick % options.length] + s.slice(i + 1);
}

/** A JSON value with object keys drawn from `keys`, so decoders meet their own field names holding junk. */
export function jsonWithKeys(keys: string[]) {
  const { tree } = fc.letrec((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small' },
      nasty,
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('tree'), { maxLength: 4 }),
      fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 8 })), tie('tree'), { maxKeys: 6 }),
    ),
  }));
  return tree;
}

/** Take a valid object and overwrite some of its fields (at any depth 1) with random JSON. */
export function mutatedObject(base: Record<string, unknown>) {
  const keys = Object.keys(base);
  return fc
    .array(fc.tuple(fc.constantFrom(...keys, '__proto__', 'constructor', 'extra'), fc.oneof(jsonWithKeys(keys), fc.constant(undefined))), { minLength: 1, maxLength: 4 })
    .map((changes) => {
      const copy: Record<string, unknown> = JSON.parse(JSON.stringify(base));
      for (const [k, v] of changes) {
        if (v === undefined) delete copy[k];
        else Object.defineProperty(copy, k, { value: v, enumerable: true, configurable: true, writable: true });
      }
      return copy;
    });
}

/** XML-ish text: well-formed trees, broken ones, DOCTYPE/ENTITY declarations, CDATA, comments. */
export const xmlish = fc.oneof(
  fc
    .array(fc.tuple(fc.constantFrom('ToUserName', 'FromUserName', 'CreateTime', 'MsgType', 'Content', 'MsgId', 'Encrypt', 'AgentID', 'Event', 'x'), nasty, fc.boolean()), { maxLength: 8 })
    .map((els) => `<xml>${els.map(([n, v, cd]) => `<${n}>${cd ? `<![CDATA[${v}]]>` : v}</${n}>`).join('')}</xml>`),
  fc.constantFrom(
    '<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><xml><Content>&b;</Content></xml>',
    '<!DOCTYPE xml SYSTEM "file:///etc/passwd"><xml><Content>&xxe;</Content></xml>',
    '<xml><Content><![CDATA[unterminated</Content></xml>',
    '<xml><xml><xml></xml></xml></xml>',
    '<xml/>',
    '<notxml><a>1</a></notxml>',
    '<xml><!-- comment --><Content>&#x1F600;&#0;&bogus;</Content></xml>',
    `<xml>${'<a>'.repeat(2000)}${'</a>'.repeat(2000)}</xml>`,
  ),
  nasty,
);

const clip = (s: string, n = 600) => (s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s);

/** fc.assert with a short report: counterexamples here can be megabytes of XML. */
export async function holds<T extends unknown[]>(prop: fc.IAsyncProperty<T> | fc.IProperty<T>, numRuns: number): Promise<void> {
  const out = await fc.check(prop as fc.IAsyncProperty<T>, { numRuns });
  if (!out.failed) return;
  const why = out.errorInstance instanceof Error ? out.errorInstance.message : String(out.errorInstance);
  throw new Error(`property failed after ${out.numRuns} runs (seed ${out.seed}, path "${out.counterexamplePath}")\ncounterexample: ${clip(fc.stringify(out.counterexample))}\n${clip(why, 2000)}`);
}
