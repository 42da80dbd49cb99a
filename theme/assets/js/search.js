// Search as you type over the sharded index (Rendering/RenderSearchIndex.cs; rules: docs/format.md "Search").
// All text goes into the page through textContent, never as HTML.
(() => {
  'use strict';
  const $ = id => document.getElementById('search-' + id);
  const box = $('results'), input = $('q');
  if (!box || !input || !window.fetch) return;
  const status = $('status'), list = $('list'), all = $('all'), more = $('more'), scope = $('scope');
  const form = input.form;
  // The topic list, and a box for a speaker or transcript named in the address.
  const filters = [form.elements.namedItem('topic')].filter(Boolean);
  const chosen = f => f.type === 'checkbox' ? (f.checked ? f.value : '') : f.value;
  const base = box.dataset.base || '/';
  const folder = box.dataset.index.slice(0, box.dataset.index.lastIndexOf('/') + 1);
  // A word being typed matches in PREFIX_SHARDS shards at most: one letter would fetch most of the index.
  const MAX_OTHERS = 12, PAGE = 10, BEFORE = 60, LENGTH = 220, PREFIX_SHARDS = 2;
  const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const digit = new Map([...DIGITS].map((c, i) => [c, i]));
  const files = new Map();
  let timer = 0, generation = 0;

  // Folded as the build folds (Search/SearchWords.cs): marks dropped, Latin letters by the manifest's table, lower case.
  let latin = new Map();
  const foldChar = c => c < '\x80' ? c.toLowerCase() : latin.get(c) ?? (/\p{Mn}/u.test(c) ? '' : c.toLowerCase());
  const fold = s => {
    let folded = '';
    for (const c of s) folded += foldChar(c);
    return folded;
  };
  const wordsOf = q => [...new Set(fold(q).split(/[^\p{L}\p{N}]+/u).filter(Boolean))];
  const openWordOf = q => /[\p{L}\p{N}]$/u.test(fold(q)) ? wordsOf(q).pop() : null;
  // A query word: no letter or digit just before it, nor just after unless it is the open last word.
  const patternsOf = q => {
    const open = openWordOf(q);
    return wordsOf(q).map(w => new RegExp('(?<![\\p{L}\\p{N}])' + w + (w === open ? '' : '(?![\\p{L}\\p{N}])'), 'gu'));
  };

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  // Each index file is fetched once, and again only if it failed.
  function json(path) {
    if (!files.has(path)) {
      files.set(path, fetch(folder + path).then(r => r.ok ? r.json() : Promise.reject(r.status)).catch(e => {
        files.delete(path);
        throw e;
      }));
    }
    return files.get(path);
  }

  // Adds one list's postings (Search/PostingCode.cs) to hits: record id → summed count.
  function decode(text, hits) {
    let id = -1;
    for (let i = 0; i < text.length;) {
      let value = 0, scale = 1, d;
      do {
        d = digit.get(text[i++]);
        value += (d & 31) * scale;
        scale *= 32;
      } while (d & 32);
      id += Math.floor(value / 8);
      hits.set(id, (hits.get(id) || 0) + value % 8);
    }
  }

  // A list is a string, or the numbers of the part files that hold it.
  async function addPostings(value, hits) {
    if (typeof value === 'string') decode(value, hits);
    else for (const text of await Promise.all(value.map(n => json(`p/${n}.json`)))) decode(text, hits);
  }

  // The last shard whose first word sorts (ordinal, as the build sorts) at or before the word.
  function shardOf(manifest, word) {
    let lo = 0, hi = manifest.shards.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (manifest.shards[mid] <= word) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  async function wordHits(manifest, word, open) {
    const first = shardOf(manifest, word);
    let last = first;
    while (open && last + 1 < Math.min(manifest.shards.length, first + PREFIX_SHARDS) && manifest.shards[last + 1].startsWith(word)) last++;
    const shards = await Promise.all(Array.from({ length: last - first + 1 }, (_, k) => json(`w/${first + k}.json`)));
    const lists = [];
    for (const shard of shards) {
      if (!open) {
        if (Object.hasOwn(shard, word)) lists.push(shard[word]);
        continue;
      }
      for (const [w, value] of Object.entries(shard)) if (w.startsWith(word)) lists.push(value);
    }
    const hits = new Map();
    await Promise.all(lists.map(value => addPostings(value, hits)));
    return hits;
  }

  const filterFile = (name, value) => json(`${name}/${encodeURIComponent(value)}.json`);

  async function filterHits(filter) {
    const hits = new Map();
    await addPostings((await filterFile(filter.name, filter.value)).postings, hits);
    return hits;
  }

  // Records matching every word and filter: entries in index order, passages best first.
  async function search(q) {
    const manifest = await json('manifest.json');
    if (!latin.size) latin = new Map(Object.entries(manifest.fold));
    const open = openWordOf(q);
    const [words, only] = await Promise.all([
      Promise.all(wordsOf(q).map(w => wordHits(manifest, w, w === open))),
      Promise.all(filters.filter(chosen).map(filterHits)),
    ]);
    words.sort((a, b) => a.size - b.size);
    const hits = [];
    for (const id of words[0].keys()) {
      if (words.every(w => w.has(id)) && only.every(f => f.has(id))) hits.push({ id, score: words.reduce((n, w) => n + w.get(id), 0) });
    }
    return {
      manifest,
      entries: hits.filter(h => h.id < manifest.entries).sort((a, b) => a.id - b.id),
      passages: hits.filter(h => h.id >= manifest.entries).sort((a, b) => b.score - a.score || a.id - b.id),
    };
  }

  const record = (manifest, id) => json(`r/${Math.floor(id / manifest.chunk)}.json`).then(chunk => chunk[id % manifest.chunk]);

  // The text folded, with where each folded character came from.
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

  function entryItem([kind, title, url]) {
    const li = el('li', 'search-result search-result--entry');
    const a = el('a', 'search-result__link', title);
    a.href = base + url;
    li.append(el('span', 'search-result__kind', kind + ' '), a);
    return li;
  }

  function passageItem([speaker, interview, url, topics, text], patterns) {
    const li = el('li', 'search-result search-result--turn');
    const a = el('a', 'search-result__link', `${speaker} · ${interview}`);
    a.href = base + url;
    li.append(a, snippet(text, patterns));
    if (topics.length) li.append(el('p', 'search-result__meta', topics.join(' · ')));
    return li;
  }

  // The next page of passages; false once a newer search has begun.
  async function showPassages(found, patterns, from, gen) {
    const records = await Promise.all(found.passages.slice(from, from + PAGE).map(h => record(found.manifest, h.id)));
    if (gen !== generation) return false;
    list.append(...records.map(r => passageItem(r, patterns)));
    more.hidden = from + PAGE >= found.passages.length;
    more.onclick = () => showPassages(found, patterns, from + PAGE, gen).catch(failed);
    return true;
  }

  function failed() {
    status.textContent = 'Search could not load; browse the sections below.';
    all.hidden = false;
  }

  async function show(q) {
    const gen = ++generation;
    more.hidden = true;
    if (!wordsOf(q).length) {
      list.replaceChildren();
      status.textContent = '';
      all.hidden = false;
      return;
    }
    if (!list.childElementCount) status.textContent = 'Searching…';
    const found = await search(q);
    const patterns = patternsOf(q);
    const entries = await Promise.all(found.entries.slice(0, MAX_OTHERS).map(h => record(found.manifest, h.id)));
    if (gen !== generation) return;
    list.replaceChildren(...entries.map(entryItem));
    if (!await showPassages(found, patterns, 0, gen)) return;
    all.hidden = true;
    const total = found.entries.length + found.passages.length;
    status.textContent = total === 0 ? `No results for “${q.trim()}”.` : `${total} ${total === 1 ? 'result' : 'results'} for “${q.trim()}”.`;
  }

  function run(pushUrl) {
    const q = input.value;
    if (pushUrl) {
      const url = new URL(location.href);
      for (const [name, value] of [['q', q.trim() ? q : ''], ...filters.map(f => [f.name, chosen(f)])]) {
        if (value) url.searchParams.set(name, value); else url.searchParams.delete(name);
      }
      history.replaceState(null, '', url);
    }
    const gen = generation + 1;
    show(q).catch(() => {
      if (gen === generation) failed();
    });
  }

  input.addEventListener('focus', () => json('manifest.json').catch(() => {}), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => run(true), 100);
  });
  form.addEventListener('change', e => {
    if (filters.includes(e.target)) run(true);
  });
  form.addEventListener('submit', e => {
    e.preventDefault();
    clearTimeout(timer);
    run(true);
  });
  // A query from the address (the header's box submits here), or one the browser restored.
  const params = new URLSearchParams(location.search);
  const q = params.get('q');
  if (q) input.value = q;
  for (const select of filters) if (params.get(select.name)) select.value = params.get(select.name);
  // A speaker or transcript named in the address becomes a ticked box named by its filter file; an unknown one is dropped.
  const scoped = ['speaker', 'interview'].filter(name => scope && params.get(name)).map(name =>
    filterFile(name, params.get(name)).then(file => {
      const box = el('input'), label = el('label', '', name === 'speaker' ? ' by ' : ' in ');
      Object.assign(box, { type: 'checkbox', name, value: params.get(name), checked: true });
      label.prepend(box);
      label.append(file.label);
      scope.append(label);
      scope.hidden = false;
      filters.push(box);
    }, () => {}));
  Promise.all(scoped).then(() => {
    if (input.value) run(!q);
  });
})();
