// A timed transcript's recording, progressive enhancement only, loaded by the pages that have a player:
// a turn's time (a link to the turn) also plays the player from there, and the turn being played is
// marked (a class for the eye, aria-current="time" on its time for the ear). Deferred, so the page is parsed.
(() => {
  const d = document;
  const player = d.querySelector('[data-media-player]');
  const times = [...d.querySelectorAll('a[data-seek]')];
  if (!player || !times.length) return;
  d.addEventListener('click', e => {
    const a = e.target.closest?.('a[data-seek]');
    if (!a || e.button || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    player.currentTime = Number(a.dataset.seek);
    player.play()?.catch(() => { /* no sound allowed or none to play: the position is set */ });
  });
  let playing = null;
  const follow = () => {
    const now = player.currentTime;
    let at = null;
    for (const a of times) if (Number(a.dataset.seek) <= now) at = a; // in reading order, times only go forward
    if (at === playing) return;
    if (playing) { playing.removeAttribute('aria-current'); playing.closest('.turn')?.classList.remove('turn--playing'); }
    playing = at;
    if (at) { at.setAttribute('aria-current', 'time'); at.closest('.turn')?.classList.add('turn--playing'); }
  };
  player.addEventListener('timeupdate', follow);
  player.addEventListener('seeked', follow);

  // A media-fragment address (#t=754, #t=12:34 or #t=1:02:03) starts the recording there and shows the turn
  // being played then, so a moment can be shared as a link.
  const fromHash = () => {
    const m = /^#t=(?:(\d+):)?(?:(\d+):)?(\d+(?:\.\d+)?)$/.exec(location.hash);
    if (!m) return;
    const [h, mi] = m[2] === undefined ? [0, Number(m[1] || 0)] : [Number(m[1]), Number(m[2])];
    player.currentTime = h * 3600 + mi * 60 + Number(m[3]);
    follow();
    playing?.closest('.turn')?.scrollIntoView();
  };
  addEventListener('hashchange', fromHash);
  fromHash();
})();
