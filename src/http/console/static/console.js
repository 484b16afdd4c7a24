// The console's only script: fills the knowledge browser and the chat simulator from /api/*. Every word a
// person reads comes from <template> elements in the page, and data is inserted as text, never as HTML.
'use strict';

const $ = (sel, root = document) => root.querySelector(sel);

function word(key) {
  const tpl = document.getElementById('tpl-words');
  return tpl?.content.querySelector(`[data-word="${key}"]`)?.textContent ?? key;
}

const isEmpty = (v) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/** Clone a <template>, put each value into its [data-slot] element, drop [data-optional] parts left empty. */
function fill(id, values) {
  const node = document.getElementById(id).content.firstElementChild.cloneNode(true);
  const slots = [...node.querySelectorAll('[data-slot]')];
  if (node.dataset.slot) slots.push(node);
  for (const el of slots) {
    const v = values[el.dataset.slot];
    if (isEmpty(v)) el.dataset.empty = '1';
    else if (v instanceof Node) el.append(v);
    else if (Array.isArray(v)) for (const x of v) el.append(x instanceof Node ? x : listItem(String(x)));
    else el.textContent = String(v);
  }
  for (const opt of [...node.querySelectorAll('[data-optional]')]) {
    const inner = opt.matches('[data-slot]') ? [opt] : [...opt.querySelectorAll('[data-slot]')];
    if (inner.every((el) => el.dataset.empty)) opt.remove();
  }
  return node;
}

function listItem(text) {
  const li = document.createElement('li');
  li.textContent = text;
  return li;
}

function note(text) {
  const p = document.createElement('p');
  p.className = 'hint';
  p.textContent = text;
  return p;
}

function showError(target, err) {
  const details = Array.isArray(err.details) ? `(${err.details.join(';')})` : '';
  target.replaceChildren(fill('tpl-error', { message: `${err.message}${details}` }));
}

async function api(method, url, body) {
  const res = await fetch(url, {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (res.status === 401) {
    location.href = `/login?next=${encodeURIComponent(location.pathname)}`;
    throw new Error(res.statusText);
  }
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw Object.assign(new Error(data.error || `HTTP ${res.status}`), { details: data.details });
  return data;
}

const asList = (v) => (isEmpty(v) ? [] : Array.isArray(v) ? v : [v]);
const textOf = (v) => (typeof v === 'string' ? v : v && typeof v === 'object' ? v.text ?? v.title ?? v.source ?? JSON.stringify(v) : String(v));

// ---- dashboard: a picked date opens at once (the 查看 button stays for browsers without date inputs)
function dashboard() {
  const input = $('#date');
  input?.addEventListener('change', () => input.value && input.form.submit());
}

// ---- knowledge browser
function renderTopics(data) {
  const topics = Array.isArray(data) ? data : data.topics ?? [];
  const box = $('#topics');
  if (!topics.length) return box.replaceChildren(note(word('empty')));
  box.replaceChildren(
    ...topics.map((t) => {
      const items = asList(t.items).map((it, i) =>
        fill('tpl-item', { title: it.title ?? '', text: typeof it === 'string' ? it : it.text ?? it.body ?? '', source: it.source ?? '', n: it.n ?? i + 1 }),
      );
      return fill('tpl-topic', {
        title: t.title ?? t.id,
        id: t.id,
        count: items.length || (t.itemCount ?? 0),
        source: asList(t.source ?? t.sources).map(textOf).join(';'),
        aliases: asList(t.aliases).join('、'),
        questions: asList(t.questions ?? t.samples).join(' / '),
        items,
      });
    }),
  );
}

async function loadTopics() {
  try {
    renderTopics(await api('GET', '/api/knowledge/topics'));
  } catch (err) {
    showError($('#topics'), err);
  }
}

function knowledge() {
  loadTopics();
  $('#ask-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const out = $('#ask-result');
    try {
      const a = await api('GET', `/api/knowledge/ask?q=${encodeURIComponent($('#ask-q').value)}`);
      const topic = a.topic && typeof a.topic === 'object' ? `${a.topic.title ?? ''} ${a.topic.id ?? ''}`.trim() : a.topic;
      const item = a.item && typeof a.item === 'object' ? [a.item.n ?? a.item.index, a.item.title ?? a.item.text].filter((x) => x !== undefined).join('. ') : a.item;
      const confidence = typeof a.confidence === 'number' ? a.confidence.toFixed(2) : a.confidence;
      out.replaceChildren(
        fill('tpl-answer', {
          topic: topic ?? word('none'),
          item: item ?? word('none'),
          confidence: confidence ?? word('none'),
          decision: word(a.abstained ? 'abstained' : 'answered'),
          citations: asList(a.citations).map((c) => listItem(textOf(c))),
          text: a.text ?? a.answer ?? a.reply ?? '',
          suggestions: asList(a.suggestions).map((s) => listItem(textOf(s))),
        }),
      );
    } catch (err) {
      showError(out, err);
    }
  });
  $('#reload-knowledge').addEventListener('click', async () => {
    const out = $('#reload-result');
    try {
      await api('POST', '/api/knowledge/reload');
      out.textContent = word('reloaded');
      await loadTopics();
    } catch (err) {
      showError(out, err);
    }
  });
}

// ---- chat simulator
function simulator() {
  const log = $('#chat-log');
  for (const chip of document.querySelectorAll('.chip[data-text]')) {
    chip.addEventListener('click', () => {
      $('#sim-text').value = chip.dataset.text;
      $('#sim-text').focus();
    });
  }
  $('#sim-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const [platform, ...rest] = $('#sim-persona').value.split(':');
    const text = $('#sim-text').value;
    const atInput = $('#sim-at');
    // datetime-local gives "2026-11-22T20:30": county wall time, completed with the county's offset.
    const at = atInput.value ? `${atInput.value.length === 16 ? `${atInput.value}:00` : atInput.value}${atInput.dataset.offset}` : '';
    const body = { platform, userId: rest.join(':'), text };
    if ($('#sim-chat').value === 'group') body.chatId = 'console-simulator';
    if (at) body.at = at;
    log.append(fill('tpl-user', { who: $('#sim-persona').selectedOptions[0].textContent, text }));
    const send = $('#sim-send');
    send.disabled = true;
    try {
      const res = await api('POST', '/api/simulate', body);
      const citations = asList(res.answer?.citations).map(textOf).join(';');
      const replies = res.replies.length ? res.replies : [{ text: word('noReply') }];
      for (const r of replies) {
        log.append(fill('tpl-bot', { intent: word(res.intent), text: r.text, private: r.private ? ' ' : '', mention: asList(r.mention).join(' @'), citations }));
      }
      $('#sim-text').value = '';
    } catch (err) {
      const li = document.createElement('li');
      showError(li, err);
      log.append(li);
    } finally {
      send.disabled = false;
      log.lastElementChild?.scrollIntoView({ block: 'nearest' });
    }
  });
  $('#bulletin-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const out = $('#bulletin');
    try {
      const res = await api('POST', `/api/bulletins/daily?date=${encodeURIComponent($('#bulletin-date').value)}&dryRun=1`);
      const messages = asList(res.messages);
      if (!messages.length) return out.replaceChildren(note(word('noBulletin')));
      out.replaceChildren(...messages.map((m) => fill('tpl-bulletin', { platform: word(m.platform), target: m.target ?? m.group ?? '', text: m.text })));
    } catch (err) {
      showError(out, err);
    }
  });
}

const pages = { dashboard, knowledge, simulator };
pages[document.body.dataset.page]?.();
