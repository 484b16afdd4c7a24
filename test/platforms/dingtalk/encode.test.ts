import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyBytes, jsonBytes, MAX_BODY_BYTES, robotMessages, titleOf } from '../../../src/platforms/dingtalk/encode.js';

describe('robotMessages', () => {
  it('builds a text message with @-mentions in at.atUserIds and in the content', () => {
    const [m, ...rest] = robotMessages({ text: '河西乡今天还未报送进度，请在20:00前报送。', mention: ['hexi_wang', 'hexi_wang'] });
    expect(rest).toEqual([]);
    expect(m).toEqual({
      msgtype: 'text',
      text: { content: '河西乡今天还未报送进度，请在20:00前报送。\n@hexi_wang' },
      at: { atUserIds: ['hexi_wang'], isAtAll: false },
    });
  });

  it('does not repeat an @userId the text already carries', () => {
    const [m] = robotMessages({ text: '@hexi_wang 请报送', mention: ['hexi_wang'] });
    expect(m!.text!.content).toBe('@hexi_wang 请报送');
  });

  it('builds markdown with the required title, taken from the message or its first line', () => {
    expect(robotMessages({ text: '# 日通报\n1. 城关镇', format: 'markdown', title: '青山县换届日通报' })[0]).toEqual({
      msgtype: 'markdown',
      markdown: { title: '青山县换届日通报', text: '# 日通报\n1. 城关镇' },
    });
    expect(titleOf({ text: '\n## **3月1日 换届进度**\n- 城关镇' })).toBe('3月1日 换届进度');
  });

  it('splits a long bulletin so that every request body is at most 20000 bytes, at line ends', () => {
    const lines = Array.from({ length: 900 }, (_, i) => `${i + 1}. 某某乡镇 党组织完成${i}个 村委会完成${i}个`);
    const text = lines.join('\n');
    const parts = robotMessages({ text, format: 'markdown', title: '日通报', mention: ['zzb_liu'] });
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) {
      expect(bodyBytes(p)).toBeLessThanOrEqual(MAX_BODY_BYTES);
      expect(p.markdown!.title).toBe('日通报');
    }
    expect(parts[0]!.at?.atUserIds).toEqual(['zzb_liu']);
    expect(parts.slice(1).every((p) => p.at === undefined)).toBe(true);
    const rebuilt = parts.map((p) => p.markdown!.text).join('\n').replace(/\n@zzb_liu/, '');
    expect(rebuilt).toBe(text);
  });

  it('fills a text message up to exactly 20000 bytes and no further', () => {
    const overhead = bodyBytes({ msgtype: 'text', text: { content: '' } });
    const exact = 'a'.repeat(MAX_BODY_BYTES - overhead);
    expect(robotMessages({ text: exact }).map(bodyBytes)).toEqual([MAX_BODY_BYTES]);
    const [first, second] = robotMessages({ text: `${exact}\n中` });
    expect(bodyBytes(first!)).toBe(MAX_BODY_BYTES);
    expect(second!.text!.content).toBe('中');
  });

  it('sends nothing for an empty message', () => {
    expect(robotMessages({ text: '  \n ' })).toEqual([]);
  });
});
