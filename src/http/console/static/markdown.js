// Shows a bulletin the way the group will see it: the small markdown subset that WeCom and DingTalk
// group robots render (# headings, **bold**, > quotes, WeCom <font color="info|comment|warning">).
// Built from DOM nodes with textContent only, so nothing in a message can become markup.
'use strict';

const INLINE = /(\*\*[^*\n]+\*\*|<font color="(?:info|comment|warning)">[\s\S]*?<\/font>)/;

function inline(parent, text) {
  for (const part of text.split(INLINE)) {
    if (!part) continue;
    const bold = /^\*\*([^*\n]+)\*\*$/.exec(part);
    const font = /^<font color="(info|comment|warning)">([\s\S]*?)<\/font>$/.exec(part);
    if (bold) {
      const b = document.createElement('b');
      b.textContent = bold[1];
      parent.append(b);
    } else if (font) {
      const span = document.createElement('span');
      span.className = `font-${font[1]}`;
      inline(span, font[2]);
      parent.append(span);
    } else parent.append(document.createTextNode(part));
  }
}

window.renderMarkdown = function renderMarkdown(text) {
  const root = document.createElement('div');
  root.className = 'md';
  for (const line of String(text).split('\n')) {
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const quote = /^>\s?(.*)$/.exec(line);
    const el = document.createElement(heading ? 'h4' : 'div');
    if (quote) el.className = 'quote';
    if (!line.trim()) el.className = 'gap';
    inline(el, heading ? heading[2] : quote ? quote[1] : line);
    root.append(el);
  }
  return root;
};
