import { describe, expect, it } from 'vitest';
import { findOrdinal, parseNumeral } from '../../src/knowledge/numerals.js';
import { parseTopicFile, TopicFileError } from '../../src/knowledge/parse.js';

const good = `---
id: sample
title: 示例清单
kind: list
aliases: [示例]
source: { issuer: 县委组织部, document: 示例文件, date: 2026 }
scope: 本县
---
简介一句。

## 1. 第一条标题
关键词：甲、乙
出处：示例文件第一条

正文一。

## 2. 第二条标题
关键词：丙
出处：示例文件第二条
条款：第十五条
`;

function issuesOf(text: string) {
  try {
    parseTopicFile(text, 'sample.md');
  } catch (err) {
    if (err instanceof TopicFileError) return err.issues;
    throw err;
  }
  return [];
}

describe('topic file format', () => {
  it('reads front matter, intro, items with keywords, source and article', () => {
    const t = parseTopicFile(good, 'sample.md');
    expect(t).toMatchObject({ id: 'sample', kind: 'list', intro: '简介一句。', source: { date: '2026' } });
    expect(t.items.map((i) => [i.n, i.title, i.keywords, i.source, i.article ?? null])).toEqual([
      [1, '第一条标题', ['甲', '乙'], '示例文件第一条', null],
      [2, '第二条标题', ['丙'], '示例文件第二条', 15],
    ]);
    expect(t.items[0]!.body).toBe('正文一。');
    expect(t.items[1]!.line).toBe(17);
  });

  it('names the file, line and problem of a missing source line', () => {
    expect(issuesOf(good.replace('出处：示例文件第二条\n', ''))).toEqual([{ file: 'sample.md', line: 17, severity: 'error', code: 'item-no-source', params: { n: 2 } }]);
  });

  it('reports a wrong item number, missing keywords and an unknown front-matter key', () => {
    expect(issuesOf(good.replace('## 2.', '## 3.')).map((i) => i.code)).toEqual(['item-number']);
    expect(issuesOf(good.replace('关键词：丙\n', '')).map((i) => i.code)).toEqual(['item-no-keywords']);
    expect(issuesOf(good.replace('scope: 本县', 'scope: 本县\nscop: x'))).toEqual([expect.objectContaining({ code: 'field-unknown', line: 8, params: { field: 'scop' } })]);
  });

  it('reports missing fields, broken YAML and a file without front matter', () => {
    expect(issuesOf(good.replace('kind: list\n', ''))).toEqual([expect.objectContaining({ code: 'field-missing', params: { field: 'kind' } })]);
    expect(issuesOf(good.replace('aliases: [示例]', 'aliases: [示例'))[0]).toMatchObject({ code: 'yaml' });
    expect(issuesOf('## 1. x')).toEqual([expect.objectContaining({ code: 'no-front-matter', line: 1 })]);
  });
});

describe('numerals', () => {
  it('reads Chinese and Arabic numerals', () => {
    expect([parseNumeral('三'), parseNumeral('十'), parseNumeral('十五'), parseNumeral('二十二'), parseNumeral('３'), parseNumeral('12')]).toEqual([3, 10, 15, 22, 3, 12]);
    expect(parseNumeral('一百零五')).toBe(105);
  });
  it('reads no article from a vague range or zero', () => {
    expect([parseNumeral('七八'), parseNumeral('零'), parseNumeral('0'), parseNumeral('十十')]).toEqual([undefined, undefined, undefined, undefined]);
    expect(findOrdinal('第七八条')).toBeUndefined();
  });
  it('finds 第N条/项/点 and the rest of the question', () => {
    expect(findOrdinal('负面清单第三条说的啥')).toEqual({ n: 3, rest: '负面清单 说的啥' });
    expect(findOrdinal('十不准第8项')?.n).toBe(8);
    expect(findOrdinal('村委会几年一届')).toBeUndefined();
  });
});
