// The partial JSON scanner that lets the estimate read only the start of a big film.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { host } from '../test-helpers.mjs';
import { BIG_DATA } from '../src/contract.js';
import { headOf, inlineFilm } from '../src/scan.js';

const film = (count, extra = {}) => ({
  title: 'The Red Shoes',
  ...extra,
  reviews: Array.from({ length: count }, (_, i) => ({ author: `a${i}`, text: `review ${i}` })),
});

test('cuts after the first reviews and marks that there are more', () => {
  const head = headOf(JSON.stringify(film(5)), 2);
  assert.deepEqual(JSON.parse(head), { title: 'The Red Shoes', reviews: [{ author: 'a0', text: 'review 0' }, { author: 'a1', text: 'review 1' }, {}] });
});

test('exactly as many reviews as asked: no marker', () => {
  assert.deepEqual(JSON.parse(headOf(JSON.stringify(film(2)), 2)).reviews.length, 2);
});

test('fewer reviews than asked, or none: the whole text is parsed instead', () => {
  assert.equal(headOf(JSON.stringify(film(1)), 2), undefined);
  assert.equal(headOf(JSON.stringify({ title: 'x', reviews: [] }), 2), undefined);
  assert.equal(headOf(JSON.stringify({ title: 'x' }), 2), undefined);
});

test('keys and brackets inside strings, escapes and nesting do not confuse it', () => {
  const tricky = {
    title: 'A "reviews" [film] {with} \\ escapes',
    synopsis: '"reviews": [{}, {}]',
    meta: { reviews: [{ nested: true }], list: [[{}]] },
    reviews: [
      { author: 'x"}]', text: '{"reviews": [1, 2]}', rating: { value: 4, best: 5 } },
      { author: 'y', text: '\\"', labels: [{}] },
      { author: 'z', text: 'third' },
    ],
  };
  const head = JSON.parse(headOf(JSON.stringify(tricky, null, 2), 2));
  assert.deepEqual(head, { ...tricky, reviews: [...tricky.reviews.slice(0, 2), {}] });
});

test('text that is not JSON of that shape never throws', () => {
  for (const text of ['', '{', '{"reviews": [', '{"reviews": [{}', '"unterminated', '[{"reviews": [{}, {}]}]', '{"reviews": {"a": {}}}']) {
    const head = headOf(text, 1);
    assert.ok(head === undefined || typeof head === 'string', text);
  }
});

test('inlineFilm reads the head only of big data, and only when asked', () => {
  const big = film(2000, { synopsis: 'x'.repeat(BIG_DATA) });
  const text = JSON.stringify(big);
  assert.ok(text.length > BIG_DATA);
  assert.equal(inlineFilm(host(text), 10).reviews.length, 11);
  assert.equal(inlineFilm(host(text)).reviews.length, 2000);
  assert.equal(inlineFilm(host(JSON.stringify(film(20))), 10).reviews.length, 20, 'small data is parsed whole');
});

test('inlineFilm: a byte order mark is fine; bad JSON, no script or no object gives nothing', () => {
  assert.equal(inlineFilm(host('\uFEFF{"title":"x"}')).title, 'x');
  assert.equal(inlineFilm(host('{"title":')), undefined);
  assert.equal(inlineFilm(host('"a string"')), undefined);
  assert.equal(inlineFilm(host('null')), undefined);
  assert.equal(inlineFilm(host(undefined)), undefined);
});
