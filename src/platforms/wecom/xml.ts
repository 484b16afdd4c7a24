// XML of the self-built app callback, parsed defensively: a document type or entity declaration is refused
// outright (no entity expansion, so no "billion laughs"), values stay strings (MsgId exceeds 2^53), and only
// the five predefined entities and character references are decoded — outside CDATA, as XML says.
// Message format: https://developer.work.weixin.qq.com/document/path/96467
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { CallbackError } from './crypto.js';

const CDATA = '__cdata';
const parser = new XMLParser({
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreAttributes: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: CDATA,
  trimValues: true,
});

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, name: string) => {
    if (name[0] !== '#') return NAMED[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : whole;
  });
}

/** Flatten one element's value: CDATA sections verbatim, plain text entity-decoded, nested elements dropped. */
function text(value: unknown): string | undefined {
  if (typeof value === 'string') return decodeEntities(value);
  if (Array.isArray(value)) return text(value[0]);
  if (value && typeof value === 'object') {
    // Text and CDATA mixed in one element come apart in the parser; WeCom sends one or the other.
    const node = value as Record<string, unknown>;
    const cdata = [node[CDATA]].flat().filter((c): c is string => typeof c === 'string').join('');
    const plain = typeof node['#text'] === 'string' ? decodeEntities(node['#text']) : '';
    return cdata + plain;
  }
  return undefined;
}

/** Parse `<xml>…</xml>` into a flat map of its child elements' text. Throws CallbackError(400) on anything else. */
export function parseXml(body: string): Record<string, string> {
  if (/<!DOCTYPE|<!ENTITY/i.test(body)) throw new CallbackError(400, 'XML with a document type or entity declaration is refused');
  let doc: Record<string, unknown>;
  try {
    if (XMLValidator.validate(body) !== true) throw new Error('not well-formed');
    doc = parser.parse(body) as Record<string, unknown>;
  } catch {
    // The parser also refuses on its own (nesting depth, names such as __proto__): a client error either way.
    throw new CallbackError(400, 'XML is not well-formed or not acceptable');
  }
  const root = doc.xml;
  if (!root || typeof root !== 'object' || Array.isArray(root)) throw new CallbackError(400, 'XML root element <xml> missing');
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(root as Record<string, unknown>)) {
    const t = text(v);
    if (t !== undefined) out[k] = t;
  }
  return out;
}

/** A CDATA section that stays closed even when the text contains "]]>". */
export function cdata(value: string): string {
  return `<![CDATA[${value.split(']]>').join(']]]]><![CDATA[>')}]]>`;
}

/** The plaintext of a passive text reply (被动回复 text), before encryption. */
export function passiveTextXml(toUser: string, fromCorp: string, createTime: number, content: string): string {
  return (
    `<xml><ToUserName>${cdata(toUser)}</ToUserName><FromUserName>${cdata(fromCorp)}</FromUserName>` +
    `<CreateTime>${createTime}</CreateTime><MsgType>${cdata('text')}</MsgType><Content>${cdata(content)}</Content></xml>`
  );
}

/** The encrypted envelope of a passive reply (official AES_TEXT_RESPONSE_TEMPLATE). */
export function envelopeXml(s: { encrypt: string; signature: string; timestamp: string; nonce: string }): string {
  return (
    `<xml><Encrypt>${cdata(s.encrypt)}</Encrypt><MsgSignature>${cdata(s.signature)}</MsgSignature>` +
    `<TimeStamp>${s.timestamp}</TimeStamp><Nonce>${cdata(s.nonce)}</Nonce></xml>`
  );
}
