// The plain line shown when the wasm cannot run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { host } from '../test-helpers.mjs';
import { showFallback } from '../src/fallback.js';

const line = (node) => node.shadowRoot?.children[0];

test('the title and the trailer link, as text', () => {
  const node = host({ title: '<b>The Red Shoes</b>', trailer: { url: 'https://example.com/t', label: 'Trailer' } });
  showFallback(node);
  const [title, space, link] = line(node).children;
  assert.equal(title.textContent, '<b>The Red Shoes</b>');
  assert.equal(space, ' ');
  assert.deepEqual([link.href, link.target, link.rel, link.textContent], ['https://example.com/t', '_blank', 'noopener noreferrer', 'Trailer']);
});

test('a refused address (here a hidden byte order mark) is left out; the label defaults', () => {
  const refused = host({ title: 'x', trailer: { url: 'https://example.com/\uFEFF' } });
  showFallback(refused);
  assert.equal(line(refused).children.length, 1);
  const unlabelled = host({ title: 'x', trailer: { url: 'https://example.com/', label: ' ' } });
  showFallback(unlabelled);
  assert.equal(line(unlabelled).children[2].textContent, 'x trailer');
});

test('nothing without inline data or a title, nor over a card already shown', () => {
  for (const node of [host(undefined), host({ synopsis: 'no title' }), host('not json')]) {
    showFallback(node);
    assert.equal(node.shadowRoot, null);
  }
  const shown = host({ title: 'x' });
  shown.shadowRoot = { existing: true };
  showFallback(shown);
  assert.deepEqual(shown.shadowRoot, { existing: true });
});
