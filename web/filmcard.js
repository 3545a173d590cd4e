// Filmcard: the one script a page loads. It starts the widget once per page, however many times
// the script tag appears, and finds its files next to itself, wherever it is served from.
//
// Before the wasm arrives it reserves each inline card's height, estimated from its data, so the
// post around the card does not jump when the card appears. The rest of the widget (the wasm and
// its glue) is downloaded only once a card is near the reader's viewport, so a card at the foot
// of a long post costs the readers who never get there nothing but this file.

function releaseSpace(host) {
  host.style.removeProperty('min-height');
  host.style.removeProperty('display');
}

/** The film in a host's inline JSON, or undefined; with `firstReviews`, big data is read only
 * up to that many reviews (see `headOf`). */
function inlineFilm(host, firstReviews) {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (!script) return undefined;
  const text = script.textContent.replace(/^\uFEFF/, '');
  try {
    const head = firstReviews !== undefined && text.length > BIG_DATA ? headOf(text, firstReviews) : undefined;
    const film = JSON.parse(head ?? text);
    return film && typeof film === 'object' ? film : undefined;
  } catch {
    return undefined;
  }
}

// Above this many characters, the height estimate reads only the start of the data: parsing all
// of a 5,000-review film (2.8 MB) takes the main thread about 60 ms, twice, as the widget parses
// it again.
const BIG_DATA = 100_000;

/**
 * The JSON text cut just after the first `count` items of the top-level "reviews" list and
 * closed again, so it parses to the film with those reviews only; undefined when the text is not
 * shaped that way (the whole text is parsed instead). A review past the cut is marked with an
 * extra item, so the estimate still knows there are more.
 */
function headOf(text, count) {
  let depth = 0;
  let key = '';
  let inReviews = false;
  let items = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (depth === 1) key = text.slice(i + 1, end);
      i = end;
    } else if (c === '{' || c === '[') {
      if (depth === 1 && c === '[' && key === 'reviews') inReviews = true;
      depth += 1;
    } else if (c === '}' || c === ']') {
      depth -= 1;
      if (inReviews && depth === 1) return undefined;
      if (inReviews && depth === 2 && c === '}') {
        items += 1;
        if (items === count) {
          const more = /^\s*,/.test(text.slice(i + 1, i + 64));
          return `${text.slice(0, i + 1)}${more ? ',{}' : ''}]}`;
        }
      }
    }
  }
  return undefined;
}

/** The same rule as the widget's: absolute http(s) with a host, no credentials, no white space. */
function isWebUrl(url) {
  return typeof url === 'string' && /^https?:\/\/[^\s\\/?#@:][^\s\\/?#@]*(?:[/?#][^\s\\]*)?$/i.test(url) && !/[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/.test(url);
}

/**
 * When the wasm cannot run (missing, corrupt, blocked), a plain line in the card's place: the
 * film's title and its trailer link, built with textContent so data stays text.
 */
function showFallback(host) {
  const film = inlineFilm(host);
  if (host.shadowRoot || !film || typeof film.title !== 'string') return;
  const line = document.createElement('p');
  const title = document.createElement('strong');
  title.textContent = film.title;
  line.append(title);
  const trailer = film.trailer;
  if (trailer && isWebUrl(trailer.url)) {
    const link = document.createElement('a');
    link.href = trailer.url;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.textContent = typeof trailer.label === 'string' && trailer.label.trim() ? trailer.label : `${film.title} trailer`;
    line.append(' ', link);
  }
  host.attachShadow({ mode: 'open' }).append(line);
}

function contentWidth(element) {
  const style = getComputedStyle(element);
  return element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
}

/**
 * Sets a min-height on a host with inline data, until the widget says it has rendered.
 * `containerWidth` is the content width of the host's parent, measured beforehand.
 */
function reserveSpace(host, containerWidth) {
  const maxReviews = Number(host.getAttribute('max-reviews')) || 10;
  const film = inlineFilm(host, maxReviews);
  if (!film || host.shadowRoot) return;
  // Until the widget styles it, the host is an empty inline element: the card will fill its
  // container's width, up to the --fc-max-width default.
  const width = Math.min(MAX_WIDTH, containerWidth);
  if (!(width > 0)) return;
  // A block, so the reservation applies before the widget's own stylesheet arrives.
  host.style.display = 'block';
  const height = estimateHeight(film, width, {
    collapseAt: Number(host.getAttribute('collapse-at')) || 300,
    maxReviews,
    trailerPlayer: host.getAttribute('trailer') !== 'link',
  });
  host.style.minHeight = `${Math.round(height)}px`;
  const done = () => releaseSpace(host);
  host.addEventListener('filmcard:ready', done, { once: true });
  host.addEventListener('filmcard:error', done, { once: true });
}

// Line boxes and spacing of the collapsed card, in px, as styles/card.css lays it out at the
// default 16px font size; the layout-shift test keeps these honest.
const LINE = 24;
const MAX_WIDTH = 704;
const PADDING = 16;
const TITLE_LINE = 28.8;

let measure;
function textWidth(text, font) {
  measure ??= document.createElement('canvas').getContext('2d');
  measure.font = font;
  return measure.measureText(text).width;
}

/** How many lines `text` wraps to in `width` px; word wrapping leaves some of each line empty. */
function lines(text, width, font = '16px system-ui, sans-serif') {
  return String(text)
    .split('\n')
    .reduce((sum, paragraph) => sum + Math.max(1, Math.ceil((textWidth(paragraph, font) * 1.06) / width)), 0);
}

// The trailer addresses the widget plays in its own dialog (a taller button than a link).
const VIDEO_PAGE = /^https?:\/\/(?:www\.|m\.)?(?:youtube\.com\/(?:watch|embed\/)|youtu\.be\/|(?:player\.)?vimeo\.com\/)/i;

function estimateHeight(film, outerWidth, { collapseAt, maxReviews, trailerPlayer }) {
  const width = outerWidth - 2 - 2 * PADDING;
  let height = 2 + 2 * PADDING;
  height += lines(film.title ?? '', width, '700 24px system-ui, sans-serif') * TITLE_LINE + 4;
  if (film.certificate || film.release) height += LINE + 12;
  if (film.synopsis) height += lines(film.synopsis, width) * LINE + 12;
  if (film.trailer) height += trailerPlayer && VIDEO_PAGE.test(String(film.trailer.url)) ? 44 : LINE;
  const all = Array.isArray(film.reviews) ? film.reviews : [];
  const reviews = all.slice(0, maxReviews);
  height += 1 + 2 * PADDING + 24 + 8;
  if (all.some((review) => review?.rating != null)) height += LINE + 8;
  reviews.forEach((review, index) => {
    const text = String(review?.text ?? '');
    height += (index === 0 ? 0 : 25) + 12 + LINE + 4;
    if (review?.spoiler === true) {
      height += 44;
      return;
    }
    // Code units, not grapheme clusters: close enough for an estimate, and no segmenter to load.
    const long = text.length > collapseAt;
    height += lines(long ? text.slice(0, collapseAt) : text, width) * LINE;
    if (long) height += 4 + 28;
  });
  if (Array.isArray(film.reviews) && film.reviews.length > maxReviews) height += 8 + 44;
  return height;
}

const started = Symbol.for('filmcard.started');
const HOSTS = 'film-card, [data-filmcard]';
// The distance the widget starts rendering a lazy card at (NEAR_VIEWPORT in src/embed.rs).
const NEAR_PX = 1250;

async function startWidget() {
  try {
    // The wasm downloads (and compiles, streaming) alongside its glue, not after it.
    const wasm = fetch(new URL('./filmcard-core_bg.wasm', import.meta.url));
    // Should the glue fail first, its error is the one reported, not an unhandled rejection.
    wasm.catch(() => {});
    const { default: init } = await import('./filmcard-core.js');
    await init({ module_or_path: wasm });
  } catch (error) {
    for (const host of document.querySelectorAll(HOSTS)) {
      releaseSpace(host);
      showFallback(host);
    }
    // Fails closed: one message, nothing else on the page is touched.
    console.error(
      `filmcard: the widget could not start (${error && error.message ? error.message : error}). ` +
        "If the page has a Content-Security-Policy, its script-src needs 'wasm-unsafe-eval'.",
    );
  }
}

function isNear(host) {
  const box = host.getBoundingClientRect();
  return box.bottom >= -NEAR_PX && box.top <= innerHeight + NEAR_PX;
}

/**
 * Calls `start` once: at once when one of the page's `hosts` is near the viewport already
 * (`nearNow`), is `loading="eager"`, or the URL links to a review (which may be on any card);
 * else when the first card comes near, whether it was on the page from the start or added later.
 */
function whenNeeded(start, hosts, nearNow) {
  const needsNow = (host) => host.getAttribute('loading') === 'eager';
  const linksReview = () => location.hash.startsWith('#review-');
  if (nearNow || linksReview() || hosts.some(needsNow) || !('IntersectionObserver' in window)) {
    start();
    return;
  }
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    near.disconnect();
    added.disconnect();
    removeEventListener('hashchange', onHash);
    start();
  };
  // A host with no box (a theme's display: none) never comes near; the widget decides for it.
  const near = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting || entry.target.getClientRects().length === 0)) once();
  }, { rootMargin: `${NEAR_PX}px 0px` });
  const watch = (host) => (needsNow(host) ? once() : near.observe(host));
  hosts.forEach(watch);
  const added = new MutationObserver(() => {
    for (const host of document.querySelectorAll(HOSTS)) if (!done) watch(host);
  });
  added.observe(document.documentElement, { childList: true, subtree: true });
  const onHash = () => linksReview() && once();
  addEventListener('hashchange', onHash);
}

if (!globalThis[started]) {
  globalThis[started] = true;
  const hosts = [...document.querySelectorAll(HOSTS)];
  // Every measurement first, then every reservation, so the page is laid out once however many
  // cards it holds. A card's distance is read before the cards above it reserve their space, so
  // it can only seem nearer than it is: the widget then loads a little early, never late.
  const measured = hosts.map((host) => ({
    host,
    width: host.parentElement ? contentWidth(host.parentElement) : 0,
    near: isNear(host),
  }));
  for (const { host, width } of measured) reserveSpace(host, width);
  whenNeeded(startWidget, hosts, measured.some(({ near }) => near));
}
