// The height estimate, with a text measure of 8 px a character.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LINE, MAX_REVIEWS, PLAY_BUTTON, SHOW_ALL, SHOW_ALL_GAP, TOGGLE_GAP, TRAILER_LINK, VIEW_MORE } from '../src/contract.js';
import { estimateHeight, options } from '../src/estimate.js';

const measure = (text) => text.length * 8;
const defaults = options(() => null);
const estimate = (film, settings = {}) => estimateHeight(film, 400, { ...defaults, ...settings }, measure);
const review = (text, more = {}) => ({ author: 'a', text, ...more });

test('the defaults are the card\'s', () => {
  assert.deepEqual(defaults, { collapseAt: 300, maxReviews: MAX_REVIEWS[1], trailerPlayer: true });
});

test('a playable trailer reserves the play button, any other address a link', () => {
  const base = estimate({ title: 'x' });
  const youtube = { url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' };
  assert.equal(estimate({ title: 'x', trailer: youtube }) - base, PLAY_BUTTON);
  assert.equal(estimate({ title: 'x', trailer: youtube }, { trailerPlayer: false }) - base, TRAILER_LINK);
  // The card plays only a valid video id: `v=short` stays a link.
  assert.equal(estimate({ title: 'x', trailer: { url: 'https://www.youtube.com/watch?v=short' } }) - base, TRAILER_LINK);
  assert.equal(estimate({ title: 'x', trailer: { url: 42 } }) - base, TRAILER_LINK);
});

test('long reviews are cut at collapse-at, with a View More button', () => {
  const long = 'word '.repeat(100);
  const cut = estimate({ title: 'x', reviews: [review(long)] });
  const whole = estimate({ title: 'x', reviews: [review(long)] }, { collapseAt: 1000 });
  const width = 400 - 2 - 32;
  const linesOf = (chars) => Math.ceil((chars * 8 * 1.06) / width);
  assert.equal(whole - cut, (linesOf(500) - linesOf(300)) * LINE - TOGGLE_GAP - VIEW_MORE);
});

test('max-reviews: the rest behind Show all', () => {
  const reviews = Array.from({ length: 12 }, (_, i) => review(`r${i}`));
  const ten = estimate({ title: 'x', reviews: reviews.slice(0, 10) });
  assert.equal(estimate({ title: 'x', reviews }) - ten, SHOW_ALL_GAP + SHOW_ALL);
  assert.ok(estimate({ title: 'x', reviews }, { maxReviews: 3 }) < ten);
});

test('odd data never throws', () => {
  for (const film of [{}, { reviews: 'no' }, { reviews: [null, 3, { text: 5 }] }, { title: 7, trailer: {} }]) {
    assert.ok(Number.isFinite(estimate(film)), JSON.stringify(film));
  }
});
