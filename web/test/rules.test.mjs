// The loader's copies of the card's rules against the card's own verdicts on the same inputs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { samples } from '../test-helpers.mjs';
import { COLLAPSE_AT, LOADING, MAX_REVIEWS, TRAILER } from '../src/contract.js';
import { either, isWebUrl, playsOnCard, trim, whole } from '../src/rules.js';
import { options } from '../src/estimate.js';

const show = (text) => JSON.stringify(text).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

test('every sample address gets the card\'s verdict: a web link, and playable on the card', () => {
  assert.ok(samples.urls.length > 60, `${samples.urls.length} samples`);
  const wrong = samples.urls
    .filter(([url, web, video]) => isWebUrl(url) !== web || playsOnCard(url) !== video)
    .map(([url, web, video]) => `${show(url)}: card says web ${web}, video ${video}; loader ${isWebUrl(url)}, ${playsOnCard(url)}`);
  assert.deepEqual(wrong, []);
});

test('every sample attribute value reads as the card reads it', () => {
  const specs = { 'collapse-at': COLLAPSE_AT, 'max-reviews': MAX_REVIEWS, trailer: TRAILER, loading: LOADING };
  const wrong = samples.attributes
    .map(([name, value, card]) => {
      const spec = specs[name];
      const loader = typeof card === 'boolean' ? either(value, spec) : whole(value, spec);
      return loader === card ? undefined : `${name}=${show(value)}: card ${card}, loader ${loader}`;
    })
    .filter(Boolean);
  assert.deepEqual(wrong, []);
});

test('the drifts once found between the loader and the card', () => {
  const read = (attributes) => options((name) => attributes[name] ?? null);
  // max-reviews="-5" and collapse-at="5" are invalid: the card keeps 10 and 300.
  assert.deepEqual(read({ 'max-reviews': '-5', 'collapse-at': '5' }), { collapseAt: 300, maxReviews: 10, trailerPlayer: true });
  assert.deepEqual(read({ 'max-reviews': ' 3 ', 'collapse-at': '+20', trailer: ' link ' }), { collapseAt: 20, maxReviews: 3, trailerPlayer: false });
  // A byte order mark or a zero-width space hidden in an address: refused by both.
  assert.equal(isWebUrl('https://example.com/\uFEFF'), false);
  assert.equal(isWebUrl('https://exa\u200Bmple.com/'), false);
  // A watch page without a valid video id is a plain link on the card, not a player.
  assert.equal(playsOnCard('https://www.youtube.com/watch?v=short'), false);
  assert.equal(playsOnCard('https://www.youtube.com/watch?v=dQw4w9WgXcQ'), true);
});

test('trim takes off what Rust\'s str::trim does, not what JavaScript\'s does', () => {
  assert.equal(trim('\u0085 4\u3000'), '4');
  assert.equal(trim('\uFEFF4'), '\uFEFF4');
  assert.equal(whole(null, MAX_REVIEWS), 10);
  assert.equal(either(null, LOADING), true);
  assert.equal(either('eager', LOADING), false);
});
