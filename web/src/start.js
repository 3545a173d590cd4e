// Filmcard: the one script a page loads. It starts the widget once per page, however many times
// the script tag appears, and finds its files next to itself, wherever it is served from.
//
// Before the wasm arrives it reserves each inline card's height, estimated from its data, so the
// post around the card does not jump when the card appears, and records what the reader presses
// on a prerendered card, for the widget to answer once it has taken the card over. The rest of the widget (the wasm and
// its glue) is downloaded only once a card is near the reader's viewport, so a card at the foot
// of a long post costs the readers who never get there nothing but this file.
//
// scripts/dist.sh bundles this entry and its modules into dist/filmcard.js.
import { ERROR_EVENT, HOSTS, LOADING, MAX_WIDTH, NEAR_PX, PREFIX, READY_EVENT, REVIEW_FRAGMENT } from './contract.js';
import { estimateHeight, options } from './estimate.js';
import { showFallback } from './fallback.js';
import { either } from './rules.js';
import { inlineFilm } from './scan.js';
import { recordTaps, refuseTaps } from './taps.js';

function releaseSpace(host) {
  host.style.removeProperty('min-height');
  host.style.removeProperty('display');
}

function contentWidth(element) {
  const style = getComputedStyle(element);
  return element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
}

let canvas;
function measure(text, font) {
  canvas ??= document.createElement('canvas').getContext('2d');
  canvas.font = font;
  return canvas.measureText(text).width;
}

/**
 * Sets a min-height on a host with inline data, until the widget says it has rendered.
 * `containerWidth` is the content width of the host's parent, measured beforehand.
 */
function reserveSpace(host, containerWidth) {
  const settings = options((name) => host.getAttribute(name));
  const film = inlineFilm(host, settings.maxReviews);
  if (!film || host.shadowRoot) return;
  // Until the widget styles it, the host is an empty inline element: the card will fill its
  // container's width, up to the --fc-max-width default.
  const width = Math.min(MAX_WIDTH, containerWidth);
  if (!(width > 0)) return;
  // A block, so the reservation applies before the widget's own stylesheet arrives.
  host.style.display = 'block';
  host.style.minHeight = `${Math.round(estimateHeight(film, width, settings, measure))}px`;
  const done = () => releaseSpace(host);
  host.addEventListener(READY_EVENT, done, { once: true });
  host.addEventListener(ERROR_EVENT, done, { once: true });
}

async function startWidget() {
  try {
    // The wasm downloads (and compiles, streaming) alongside its glue, not after it.
    const wasm = fetch(new URL('./filmcard-core_bg.wasm', import.meta.url));
    // Should the glue fail first, its error is the one reported, not an unhandled rejection.
    wasm.catch(() => {});
    const { default: init } = await import('./filmcard-core.js');
    await init(wasm);
  } catch (error) {
    for (const host of document.querySelectorAll(HOSTS)) {
      releaseSpace(host);
      showFallback(host);
      refuseTaps(host);
    }
    // Fails closed: one message, nothing else on the page is touched.
    console.error(
      `${PREFIX}the widget could not start (${error && error.message ? error.message : error}). ` +
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
  const needsNow = (host) => !either(host.getAttribute(LOADING[0]), LOADING);
  const linksReview = () => location.hash.startsWith(`#${REVIEW_FRAGMENT}`);
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

const started = Symbol.for('filmcard.started');
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
  // A card needed at once has its wasm and glue requested before the heights are estimated
  // (parsing the data and measuring its text: tens of ms on a phone), so the download, the
  // longest step of the chain, starts as soon as it can.
  let starting = false;
  const start = () => starting || ((starting = true), startWidget());
  whenNeeded(start, hosts, measured.some(({ near }) => near));
  // A tap on a card not yet near (a lazy one the page scrolled to at once) starts the widget.
  for (const { host } of measured) recordTaps(host, start);
  const reserveAll = () => measured.forEach(({ host, width }) => reserveSpace(host, width));
  // Where the page waits for this script before it first paints (blocking="render"), the heights
  // are reserved at once, so the post never moves. Elsewhere the estimate (reading the data, and
  // the browser loading the card's fonts to measure its text: tens of ms on a phone) waits for
  // the page's next frame and is a task of its own, so that no frame holds a long run of the
  // loader's script.
  const blocking = [...document.scripts].some(
    (script) => script.src === import.meta.url && script.blocking?.contains('render'),
  );
  if (blocking) reserveAll();
  else requestAnimationFrame(() => setTimeout(reserveAll));
}
