// What the loader records of the taps on a prerendered card before the widget takes it over.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CONTROLS, COPY_LINK, PRERENDERED, REVIEW_FRAGMENT, TAPS } from '../src/contract.js';
import { recordTaps, refuseTaps } from '../src/taps.js';

/** A button in a review (`review` its id) or in the card, with the class `className`. */
function button(className, review = null) {
  const item = review && { id: review };
  return {
    className,
    ariaBusy: null,
    ariaDisabled: null,
    removed: [],
    closest: (selector) => (selector === `[id^="${REVIEW_FRAGMENT}"]` ? item : null),
    matches: (selector) => selector === COPY_LINK && `.${className}` === COPY_LINK,
    removeAttribute(name) {
      this.removed.push(name);
      if (name === 'aria-busy') this.ariaBusy = null;
    },
  };
}

/** A host with a prerendered card holding `buttons`, and a way to click them. */
function prerendered(buttons) {
  for (const control of buttons) control.closest = ((closest) => (selector) => (selector === 'button' ? control : closest(selector)))(control.closest);
  const card = { isConnected: true, contains: (node) => buttons.includes(node), querySelectorAll: () => buttons };
  let listener;
  const shadow = {
    querySelector: (selector) => (selector === PRERENDERED ? card : null),
    querySelectorAll: (selector) => (selector === CONTROLS ? [{ className: 'fc-trailer' }, ...buttons] : []),
    addEventListener: (type, fn) => type === 'click' && (listener = fn),
  };
  return { host: { shadowRoot: shadow }, card, click: (target) => listener({ target }) };
}

/** The taps recorded on `host`, each as [position, copied, class]. */
const taps = (host) => host[Symbol.for(TAPS)]?.split('\n').filter(Boolean).map((line) => line.split('\t'));

test('each control pressed is recorded once, by its position among the controls and its class, and marked busy', () => {
  const [more, showAll] = [button('fc-review__toggle', `${REVIEW_FRAGMENT}r1`), button('fc-reviews__more')];
  const { host, click } = prerendered([more, showAll]);
  let heard = 0;
  recordTaps(host, () => heard++);
  assert.deepEqual(taps(host), []);
  click(more);
  click(more);
  click(showAll);
  assert.deepEqual(taps(host), [
    ['1', '0', 'fc-review__toggle'],
    ['2', '0', 'fc-reviews__more'],
  ]);
  assert.equal(heard, 2);
  for (const control of [more, showAll]) assert.deepEqual([control.ariaBusy, control.ariaDisabled], ['true', 'true']);
});

test('once the widget has rendered over the card, nothing is recorded', () => {
  const more = button('fc-review__toggle', `${REVIEW_FRAGMENT}r1`);
  const { host, card, click } = prerendered([more]);
  recordTaps(host, () => {});
  card.isConnected = false;
  click(more);
  click({ closest: () => null });
  assert.deepEqual(taps(host), []);
  assert.equal(more.ariaBusy, null);
});

test('"Copy link" copies the address of the page with the review\'s fragment at once', async () => {
  const copy = button(COPY_LINK.slice(1), `${REVIEW_FRAGMENT}r5`);
  const { host, click } = prerendered([copy]);
  const written = [];
  globalThis.location = { href: 'https://blog.example/post?x=1#top' };
  Object.defineProperty(globalThis, 'navigator', { value: { clipboard: { writeText: async (text) => written.push(text) } }, configurable: true });
  try {
    recordTaps(host, () => {});
    click(copy);
    assert.deepEqual(written, [`https://blog.example/post?x=1#${REVIEW_FRAGMENT}r5`]);
    assert.deepEqual(taps(host), [['1', '1', COPY_LINK.slice(1)]]);
  } finally {
    delete globalThis.location;
    delete globalThis.navigator;
  }
});

test('a host without a prerendered card is left alone; a card the widget could not start says no control can answer', () => {
  const plain = { shadowRoot: null };
  recordTaps(plain, () => {});
  assert.equal(taps(plain), undefined);
  const [more, showAll] = [button('fc-review__toggle'), button('fc-reviews__more')];
  const { host, click } = prerendered([more, showAll]);
  recordTaps(host, () => {});
  click(more);
  refuseTaps(host);
  for (const control of [more, showAll]) assert.equal(control.ariaDisabled, 'true');
  assert.equal(more.ariaBusy, null);
  click(showAll);
  assert.equal(taps(host).length, 1);
});
