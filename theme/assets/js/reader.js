// Reader aids, progressive enhancement only: every page works without this file.
(() => {
  const d = document, root = d.documentElement, KEY = 'staticsite-theme', THEMES = ['system', 'light', 'dark'];

  // ----- Theme: first, so a stored choice applies as early as a deferred script can.
  const stored = () => { try { return localStorage.getItem(KEY) || 'system'; } catch { return 'system'; } };
  const applyTheme = t => { if (t === 'light' || t === 'dark') root.dataset.theme = t; else delete root.dataset.theme; };
  applyTheme(stored());
  addEventListener('storage', e => { if (e.key === KEY) applyTheme(stored()); });

  const el = (tag, props, text) => { const e = Object.assign(d.createElement(tag), props); if (text) e.textContent = text; return e; };

  const start = () => {
    const header = d.querySelector('.site-header__inner');
    if (header) {
      const select = el('select', { className: 'theme-switch' });
      select.setAttribute('aria-label', 'Colour theme');
      for (const t of THEMES) select.append(el('option', { value: t }, t[0].toUpperCase() + t.slice(1) + ' theme'));
      select.value = stored();
      select.addEventListener('change', () => {
        try { if (select.value === 'system') localStorage.removeItem(KEY); else localStorage.setItem(KEY, select.value); } catch { /* private mode: this page only */ }
        applyTheme(select.value);
      });
      header.append(select);
    }

    // ----- Status: one polite live region says what was copied; data-copied keeps the last URL.
    const status = el('p', { className: 'visually-hidden reader-status' });
    status.setAttribute('role', 'status');
    d.body.append(status);
    const say = text => { status.textContent = ''; requestAnimationFrame(() => { status.textContent = text; }); };

    const copy = async (url, near) => {
      status.dataset.copied = url;
      try {
        await navigator.clipboard.writeText(url);
        say('Copied');
        return;
      } catch { /* no clipboard (insecure origin, permission denied): fall back to a selected field */ }
      const field = el('input', { className: 'copy-field', readOnly: true, value: url });
      field.setAttribute('aria-label', 'Link');
      near.after(field);
      field.select();
      let copied = false;
      try { copied = d.execCommand('copy'); } catch { /* select and let the reader copy */ }
      say(copied ? 'Copied' : 'Link selected: press Ctrl+C to copy');
      field.addEventListener('blur', () => field.remove());
    };
    const here = () => location.origin + location.pathname;

    // ----- Quote links: a button beside each turn's permalink copies the turn's URL.
    for (const permalink of d.querySelectorAll('.turn[id] .permalink')) {
      const turn = permalink.closest('.turn');
      const button = el('button', { type: 'button', className: 'quote-link' }, 'Copy link');
      button.setAttribute('aria-label', 'Copy link to this passage');
      button.addEventListener('click', () => copy(here() + '#' + turn.id, button));
      permalink.after(button);
    }

    // Selected text inside one turn: a floating button copies a link to the quote (a text fragment).
    const quote = el('button', { type: 'button', className: 'quote-button', hidden: true }, 'Copy link to this quote');
    let picked = null;
    quote.addEventListener('pointerdown', e => e.preventDefault()); // keep the selection
    quote.addEventListener('click', () => {
      if (!picked) return;
      copy(here() + '#' + picked.turn.id + ':~:text=' + fragment(picked.text), quote);
    });
    const fragment = text => {
      const enc = s => encodeURIComponent(s).replace(/-/g, '%2D');
      const words = text.split(' ');
      // A long quote is named by its first and last words: shorter URLs, still one match.
      return words.length > 12 ? enc(words.slice(0, 5).join(' ')) + ',' + enc(words.slice(-5).join(' ')) : enc(text);
    };
    const turnOf = node => (node && (node.nodeType === 1 ? node : node.parentElement))?.closest('.turn[id]');
    let pending = 0;
    d.addEventListener('selectionchange', () => {
      cancelAnimationFrame(pending);
      pending = requestAnimationFrame(() => {
        const sel = getSelection();
        const text = sel && !sel.isCollapsed ? sel.toString().replace(/\s+/g, ' ').trim() : '';
        const turn = text && turnOf(sel.anchorNode);
        if (!turn || turn !== turnOf(sel.focusNode)) {
          if (d.activeElement !== quote) { quote.hidden = true; picked = null; }
          return;
        }
        picked = { turn, text };
        const r = sel.getRangeAt(0).getBoundingClientRect(), t = turn.getBoundingClientRect();
        if (quote.parentElement !== turn) turn.append(quote);
        quote.style.top = (r.bottom - t.top + 6) + 'px';
        quote.style.left = Math.max(0, Math.min(r.left - t.left, t.width - 220)) + 'px';
        quote.hidden = false;
      });
    });

    // ----- Term cards: the first tap opens the card, the second follows the link; Escape closes.
    const refs = () => d.querySelectorAll('.term-ref.is-open');
    const closeAll = except => { for (const r of refs()) if (r !== except) r.classList.remove('is-open'); };
    let pointer = '';
    d.addEventListener('pointerdown', e => {
      pointer = e.pointerType;
      const ref = e.target.closest?.('.term-ref');
      closeAll(ref);
    }, true);
    d.addEventListener('click', e => {
      const link = e.target.closest?.('a.term');
      const ref = link?.closest('.term-ref');
      // A mouse shows the card on hover and a keyboard on focus: only touch and pen need the extra tap.
      if (!ref || (pointer !== 'touch' && pointer !== 'pen') || ref.classList.contains('is-open')) return;
      e.preventDefault();
      closeAll(ref);
      ref.classList.remove('is-dismissed');
      ref.classList.add('is-open');
    });
    const undismiss = ref => {
      if (!ref.matches(':hover') && !ref.matches(':focus-within')) ref.classList.remove('is-dismissed');
    };
    d.addEventListener('keydown', e => {
      if (e.key !== 'Escape') return;
      for (const ref of d.querySelectorAll('.term-ref')) {
        if (ref.classList.contains('is-open') || ref.matches(':hover') || ref.matches(':focus-within')) {
          ref.classList.remove('is-open');
          ref.classList.add('is-dismissed');
        }
      }
      if (!quote.hidden) { quote.hidden = true; picked = null; }
    });
    d.addEventListener('mouseout', e => { const ref = e.target.closest?.('.term-ref.is-dismissed'); if (ref && !ref.contains(e.relatedTarget)) setTimeout(() => undismiss(ref)); });
    d.addEventListener('focusout', e => { const ref = e.target.closest?.('.term-ref.is-dismissed'); if (ref && !ref.contains(e.relatedTarget)) setTimeout(() => undismiss(ref)); });

    // ----- Contents: the section being read is marked in the table of contents.
    const toc = d.querySelector('.toc');
    const headings = [...d.querySelectorAll('.transcript__body h2[id]')];
    if (toc && headings.length && 'IntersectionObserver' in window) {
      const mark = () => {
        const line = innerHeight * 0.3;
        let current = null;
        for (const h of headings) if (h.getBoundingClientRect().top <= line) current = h;
        for (const a of toc.querySelectorAll('a[href^="#"]')) {
          if (current && a.getAttribute('href') === '#' + current.id) a.setAttribute('aria-current', 'true');
          else a.removeAttribute('aria-current');
        }
      };
      const observer = new IntersectionObserver(mark, { rootMargin: '0px 0px -70% 0px' });
      for (const h of headings) observer.observe(h);
    }

    // ----- Notes: folded by CSS on phones from the first paint, so nothing moves; here only toggled.
    const setOpen = (aside, open) => {
      aside.classList.toggle('is-open', open);
      aside.querySelector('.notes-toggle')?.setAttribute('aria-expanded', String(open));
    };
    for (const button of d.querySelectorAll('aside.margin-notes > .notes-toggle')) {
      button.addEventListener('click', () => setOpen(button.parentElement, !button.parentElement.classList.contains('is-open')));
    }
    // A note reference opens its folded note before the browser scrolls to it.
    // A fragment is untrusted text: an empty one (no #) or one that is not valid %-encoding names no note.
    const idOf = hash => { try { return decodeURIComponent(hash.slice(1)); } catch { return ''; } };
    const reveal = id => {
      const target = id ? d.getElementById(id) : null;
      const aside = target?.closest('.margin-notes:not(.is-open)');
      if (aside) { setOpen(aside, true); return target; }
      return null;
    };
    d.addEventListener('click', e => {
      const a = e.target.closest?.('a[href^="#"]');
      if (a) reveal(idOf(a.getAttribute('href')));
    });
    reveal(idOf(location.hash))?.scrollIntoView();

    // ----- Many questioners fold on phones; a wide screen shows them.
    if (matchMedia('(min-width: 48rem)').matches) {
      for (const details of d.querySelectorAll('details[data-open-wide]')) details.open = true;
    }
  };

  if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', start); else start();
})();
