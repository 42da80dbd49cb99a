// Search as you type over search-index.json (its shape: src/StaticSite/Rendering/RenderSearchIndex.cs).
// Every query word must match a whole word, case and accents aside; the last word, while it is still
// being typed (nothing after it), also matches the start of a longer word ("hir" finds "hired"), and a
// fragment inside a word never matches ("a" does not find "same"). Turns rank by how many times their
// words match. The rules are stated for editors in docs/format.md ("Search").
// All text goes into the page through textContent, never as HTML.
(() => {
  'use strict';
  const box = document.getElementById('search-results');
  const input = document.getElementById('search-q');
  if (!box || !input || !window.fetch) return;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-list');
  const all = document.getElementById('search-all');
  const base = box.dataset.base || '/';
  const MAX_TURNS = 50, MAX_OTHERS = 12, BEFORE = 60, LENGTH = 220;
  let index = null, loading = null, timer = 0;

  const foldChar = c => c < '\x80' ? c.toLowerCase() : c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const fold = s => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const wordsOf = q => [...new Set(fold(q).split(/[^\p{L}\p{N}]+/u).filter(Boolean))];
  // One pattern per query word: no letter or digit just before it, and, unless it is the open last word, none just after.
  const patternsOf = q => {
    const words = wordsOf(q), open = /[\p{L}\p{N}]$/u.test(fold(q)) ? words[words.length - 1] : null;
    return words.map(w => new RegExp('(?<![\\p{L}\\p{N}])' + w + (w === open ? '' : '(?![\\p{L}\\p{N}])'), 'gu'));
  };
  const has = (hay, pattern) => hay.search(pattern) >= 0;

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  function load() {
    loading = loading || fetch(box.dataset.index).then(r => {
      if (!r.ok) throw new Error(r.status);
      return r.json();
    }).then(d => {
      const topicTitles = ts => ts.map(t => d.topics[t][0]);
      const entry = (kind, title, url, extra) => ({ kind, title, url: base + url, hay: fold(title + ' ' + extra) });
      index = {
        others: [
          ...d.transcripts.map(([title, url]) => entry('Interview', title, url, '')),
          ...d.topics.map(([title, url]) => entry('Topic', title, url, '')),
          ...d.speakers.map(([name, role, url]) => entry('Speaker', name, url, role)),
          ...d.terms.map(([title, aliases, def, url]) => entry('Term', title, url, aliases.join(' ') + ' ' + def)),
        ],
        turns: d.turns.map(([t, s, anchor, topics, text]) => {
          const meta = [d.speakers[s][0], d.transcripts[t][0], ...topicTitles(topics)];
          return {
            speaker: d.speakers[s][0], transcript: d.transcripts[t][0], topics: topicTitles(topics),
            url: base + d.transcripts[t][1] + '#' + anchor, text, folded: fold(text), meta: fold(meta.join(' ')),
          };
        }),
      };
    });
    return loading;
  }

  const count = (hay, pattern) => (hay.match(pattern) || []).length;

  // The text folded one character at a time, with where each folded character came from.
  function foldMap(text) {
    let folded = '';
    const from = [];
    for (let i = 0; i < text.length;) {
      const c = String.fromCodePoint(text.codePointAt(i));
      const f = foldChar(c);
      for (let k = 0; k < f.length; k++) from.push(i);
      folded += f;
      i += c.length;
    }
    from.push(text.length);
    return { folded, from };
  }

  function snippet(text, patterns) {
    const { folded, from } = foldMap(text);
    const ranges = [];
    for (const pattern of patterns) {
      for (const m of folded.matchAll(pattern)) ranges.push([from[m.index], from[m.index + m[0].length]]);
    }
    ranges.sort((a, b) => a[0] - b[0]);
    let start = ranges.length ? Math.max(0, ranges[0][0] - BEFORE) : 0;
    if (start > 0) start = text.indexOf(' ', start) + 1 || start;
    let end = Math.min(text.length, start + LENGTH);
    if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
    const p = el('p', 'search-result__snippet', start > 0 ? '…' : '');
    let at = start;
    for (const [a, b] of ranges) {
      if (b <= at || a >= end) continue;
      p.append(text.slice(at, Math.max(a, at)));
      p.append(el('mark', '', text.slice(Math.max(a, at), Math.min(b, end))));
      at = Math.min(b, end);
    }
    p.append(text.slice(at, end) + (end < text.length ? '…' : ''));
    return p;
  }

  function show(q) {
    const words = patternsOf(q);
    all.hidden = words.length > 0 && index !== null;
    list.replaceChildren();
    if (!words.length) {
      status.textContent = '';
      return;
    }
    if (!index) {
      status.textContent = 'Loading…';
      return;
    }
    const others = index.others.filter(e => words.every(w => has(e.hay, w)));
    const turns = [];
    index.turns.forEach((t, i) => {
      if (!words.every(w => has(t.folded, w) || has(t.meta, w))) return;
      turns.push({ t, i, score: words.reduce((n, w) => n + count(t.folded, w), 0) });
    });
    turns.sort((a, b) => b.score - a.score || a.i - b.i);
    const total = others.length + turns.length;
    status.textContent = total === 0 ? `No results for “${q.trim()}”.`
      : `${total} ${total === 1 ? 'result' : 'results'} for “${q.trim()}”` + (turns.length > MAX_TURNS ? `; the first ${MAX_TURNS} passages are shown.` : '.');
    for (const e of others.slice(0, MAX_OTHERS)) {
      const li = el('li', 'search-result search-result--' + e.kind.toLowerCase());
      const a = el('a', 'search-result__link', e.title);
      a.href = e.url;
      li.append(el('span', 'search-result__kind', e.kind + ' '), a);
      list.append(li);
    }
    for (const { t } of turns.slice(0, MAX_TURNS)) {
      const li = el('li', 'search-result search-result--turn');
      const a = el('a', 'search-result__link', `${t.speaker} · ${t.transcript}`);
      a.href = t.url;
      li.append(a, snippet(t.text, words));
      if (t.topics.length) li.append(el('p', 'search-result__meta', t.topics.join(' · ')));
      list.append(li);
    }
  }

  function run(q, pushUrl) {
    if (pushUrl) {
      const url = new URL(location.href);
      if (q.trim()) url.searchParams.set('q', q); else url.searchParams.delete('q');
      history.replaceState(null, '', url);
    }
    show(q);
    if (!loading && wordsOf(q).length) {
      load().then(() => show(input.value), () => {
        status.textContent = 'Search could not load; every interview, topic, speaker and term is listed below.';
        all.hidden = false;
      });
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => run(input.value, true), 100);
  });
  input.form.addEventListener('submit', e => {
    e.preventDefault();
    clearTimeout(timer);
    run(input.value, true);
  });
  // A query from the address (the header's search box submits here), or one the browser restored.
  const q = new URLSearchParams(location.search).get('q');
  if (q) input.value = q;
  if (input.value) run(input.value, !q);
})();
