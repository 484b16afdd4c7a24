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
const textOf = (v) => (typeof v === 'string' ? v : v && typeof v === 'object' ? v.text ?? v.title ?? [v.document, v.issuer, v.date].filter(Boolean).join(' ') : String(v));

// ---- dashboard: a picked date opens at once (the 查看 button stays for browsers without date inputs)
function dashboard() {
  const input = $('#date');
  input?.addEventListener('change', () => input.value && input.form.submit());
}

// ---- knowledge browser
/** id → topic, from the last topic list: the test box names topics and items by their titles. */
const topicsById = new Map();

function renderTopics(data) {
  const topics = Array.isArray(data) ? data : data.topics ?? [];
  topicsById.clear();
  for (const t of topics) topicsById.set(t.id, t);
  const box = $('#topics');
  const problems = asList(data.problems).map((p) => fill('tpl-problem', { where: `${p.file}${p.line ? `:${p.line}` : ''}`, message: p.message }));
  if (!topics.length) return box.replaceChildren(...problems, note(word('empty')));
  box.replaceChildren(
    ...problems,
    ...topics.map((t) => {
      const items = asList(t.items).map((it) => fill('tpl-item', { title: it.title ?? '', text: it.text ?? it.body ?? '', source: it.source ?? '' }));
      return fill('tpl-topic', {
        title: t.title ?? t.id,
        id: t.id,
        count: items.length,
        source: t.citation ?? asList(t.source).map(textOf).join(';'),
        scope: t.scope ?? '',
        aliases: asList(t.aliases).join('、'),
        questions: asList(t.questions).join(' / '),
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

function describeAnswer(a) {
  const topic = topicsById.get(a.topic);
  const item = topic && a.item !== undefined ? asList(topic.items).find((i) => i.n === a.item) : undefined;
  return {
    topic: a.topic ? `${topic?.title ?? ''} (${a.topic})`.trim() : word('none'),
    item: a.item === undefined ? word('none') : `${word('itemPrefix')}${a.item}${word('itemSuffix')} ${item?.title ?? ''}`.trim(),
    confidence: typeof a.confidence === 'number' ? a.confidence.toFixed(2) : word('none'),
    decision: word(a.abstained ? 'abstained' : 'answered'),
    citations: asList(a.citations).map((c) => listItem(textOf(c))),
    text: typeof a.reply === 'object' && a.reply ? a.reply.text : a.reply ?? '',
    suggestions: asList(a.suggestions).map((s) => listItem(s.title ?? textOf(s))),
  };
}

function knowledge() {
  const loaded = loadTopics();
  $('#ask-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const out = $('#ask-result');
    try {
      const [a] = await Promise.all([api('GET', `/api/knowledge/ask?q=${encodeURIComponent($('#ask-q').value)}`), loaded]);
      out.replaceChildren(fill('tpl-answer', describeAnswer(a)));
    } catch (err) {
      showError(out, err);
    }
  });
  $('#reload-knowledge').addEventListener('click', async () => {
    const out = $('#reload-result');
    try {
      const r = await api('POST', '/api/knowledge/reload');
      out.textContent = `${word('reloaded')} ${r.topics ?? ''}/${r.items ?? ''}`;
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
      out.replaceChildren(...messages.map((m) => fill('tpl-bulletin', { platform: word(m.platform), target: m.target ?? '', missingWebhook: m.missingWebhook ?? '', text: m.text, rendered: window.renderMarkdown(m.text) })));
    } catch (err) {
      showError(out, err);
    }
  });
}

const pages = { dashboard, knowledge, simulator };
pages[document.body.dataset.page]?.();
