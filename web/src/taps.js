// A prerendered card is on screen long before the wasm arrives. Until the widget takes it over,
// this records each control the reader presses (a click, or Enter or Space on a focused button),
// once, and marks it as heard but not answered yet; the widget renders the same card over it and
// presses each again (src/embed/taps.rs). Links work as they are. "Copy link" copies at once,
// while the reader's tap still lets the page write to the clipboard.
import { CONTROLS, COPY_LINK, PRERENDERED, REVIEW_FRAGMENT, TAPS } from './contract.js';

const key = Symbol.for(TAPS);

/** Records the taps on `host`'s prerendered card, if it has one; calls `heard` on each. */
export function recordTaps(host, heard) {
  const shadow = host.shadowRoot;
  const card = shadow?.querySelector(PRERENDERED);
  if (!card || host[key] != null) return;
  host[key] = '';
  shadow.addEventListener('click', ({ target }) => {
    const control = target.closest?.('button');
    // Once the widget has rendered over the card, the card is no longer in the page: the
    // widget's own controls answer for themselves.
    if (!control || !card.contains(control) || !card.isConnected || control.ariaDisabled) return;
    // One line a tap, fields apart by tabs, as src/embed/taps.rs reads them.
    host[key] += `${[...shadow.querySelectorAll(CONTROLS)].indexOf(control)}\t${copy(control) ? 1 : 0}\t${control.className}\n`;
    control.ariaDisabled = control.ariaBusy = 'true';
    heard();
  });
}

/** Puts the review's address on the clipboard, when `control` is its "Copy link"; whether it did. */
function copy(control) {
  const review = control.closest(`[id^="${REVIEW_FRAGMENT}"]`);
  if (!review || !control.matches(COPY_LINK) || !navigator.clipboard) return false;
  navigator.clipboard.writeText(`${location.href.split('#')[0]}#${review.id}`).catch(() => {});
  return true;
}

/** When the widget cannot start: every control of the card says it cannot answer. */
export function refuseTaps(host) {
  for (const control of host.shadowRoot?.querySelector(PRERENDERED)?.querySelectorAll('button') ?? []) {
    control.ariaDisabled = 'true';
    control.removeAttribute('aria-busy');
  }
}
