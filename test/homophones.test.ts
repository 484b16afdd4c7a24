import { describe, expect, it } from 'vitest';
import { HomophoneFolder } from '../src/homophones.js';

const words = ['村委会', '党组织', '一肩挑', '河西乡', '罢免', '选举', '选民', '户籍', '另行选举', '十严禁', '十不准', '换届', '35岁以下', '大专以上', '县级联审'];

describe('folding homophones by pinyin', () => {
  const f = new HomophoneFolder(words);
  it.each([
    ['河东村为会完成九个', '河东村委会完成九个'],
    ['一件挑8人', '一肩挑8人'],
    ['合西乡', '河西乡'],
    ['罢勉', '罢免'],
    ['另型选举', '另行选举'],
    ['十言禁第三条', '十严禁第三条'],
    ['十步准', '十不准'],
    ['35岁一下12人', '35岁以下12人'],
    ['大专已上', '大专以上'],
  ])('reads %s as %s', (input, output) => {
    expect(f.fold(input).text).toBe(output);
  });

  it('says what it changed', () => {
    expect(f.fold('合西乡一件挑').changes).toEqual([
      { from: '合西乡', to: '河西乡' },
      { from: '一件挑', to: '一肩挑' },
    ]);
  });

  it('leaves two everyday characters alone even when they sound like a term', () => {
    const g = new HomophoneFolder(['撕碎', '得票']);
    expect(g.fold('是谁的票').text).toBe('是谁的票');
  });

  it('takes one character heard with another initial only in long words, and only when allowed', () => {
    expect(new HomophoneFolder(['党组织']).fold('党组持换届').text).toBe('党组织换届');
    expect(new HomophoneFolder(['党组织'], { nearFrom: Infinity }).fold('党组持换届').text).toBe('党组持换届');
    expect(new HomophoneFolder(words, { nearFrom: Infinity }).fold('县里联审结果').text).toBe('县里联审结果');
  });

  it('asks the caller about context', () => {
    const g = new HomophoneFolder(['联审'], { accept: (_w, _word, text, at) => /\d/.test(text[at + 2] ?? '') });
    expect(g.fold('连审58人').text).toBe('联审58人');
    expect(g.fold('连审查').text).toBe('连审查');
  });

  it('never folds shorter windows than asked', () => {
    expect(new HomophoneFolder(['罢免'], { minLength: 3 }).fold('罢勉').text).toBe('罢勉');
  });
});
