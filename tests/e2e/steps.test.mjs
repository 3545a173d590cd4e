// A card that was not prerendered comes in steps, each a task of its own, so that no step holds
// a slow phone's page for long: its frame (the "Loading" words hidden unless loading takes a
// moment), then the data read, then the card's head, then its first page of reviews, batch by
// batch. The host hears `filmcard:ready` once the card is whole. How long each step takes is for
// the benchmark (`make bench`); these tests check the order a reader's page sees.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, everyCardShown, serveBundle } from './harness.mjs';
import { launch, watchedPage, unless, cannot } from './engines/index.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const template = await readFile(`${ROOT}tests/e2e/fixtures/features-page.html`, 'utf8');

let cdn;
let fixtures;
let browser;
const files = {};

before(async () => {
  cdn = await serveBundle();
  fixtures = await serve(`${ROOT}tests/e2e/fixtures`, { files, held: ['/held-film.json'] });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await fixtures?.close();
  await cdn?.close();
});

/**
 * Records what each card's shadow root holds after every change (`window.steps`, one entry per
 * mutation callback) and when its host hears `filmcard:ready` (`window.readyWith`).
 */
function recordSteps() {
  window.steps = [];
  window.readyWith = [];
  const look = (root) => {
    const words = root.querySelector('.fc-card--loading > .fc-card__body');
    return {
      loading: Boolean(root.querySelector('.fc-card--loading')),
      wordsHidden: words ? getComputedStyle(words).visibility === 'hidden' : null,
      title: Boolean(root.querySelector('.fc-card__title')),
      reviews: root.querySelectorAll('.fc-review').length,
    };
  };
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function attachShadow(init) {
    const root = attach.call(this, init);
    new MutationObserver(() => window.steps.push(look(root))).observe(root, { childList: true, subtree: true });
    return root;
  };
  addEventListener('filmcard:ready', (event) => window.readyWith.push(look(event.target.shadowRoot)), true);
}

const review = (i) => ({ author: `Reader ${i}`, text: `Review number ${i}: the ballet within the film. `.repeat(8) });
const film = (count) => ({ title: 'The Red Shoes', synopsis: 'A ballerina between love and art.', reviews: Array.from({ length: count }, (_, i) => review(i + 1)) });

/** Opens a page with one card of `attributes` and `data`, and waits for it. */
async function open(path, attributes, data, contextOptions = {}) {
  files[path] = template
    .replaceAll('{{CDN}}', cdn.url)
    .replace('{{LANG}}', 'en')
    .replace('{{CARDS}}', () => `<film-card ${attributes}><script type="application/json">${JSON.stringify(data)}</script></film-card>`);
  const context = await browser.newContext(contextOptions);
  await context.addInitScript(recordSteps);
  const { page, errors } = await watchedPage(context);
  await page.goto(`${fixtures.url}${path}`);
  await everyCardShown(page);
  await page.waitForFunction(() => window.readyWith.length > 0);
  return { context, page, errors };
}

test(...unless('a card comes as its frame, then its head, then its reviews, and is ready once whole', cannot('initScript')), async () => {
  const { context, page, errors } = await open('/steps-card.html', '', film(12));
  try {
    const { steps, readyWith } = await page.evaluate(() => ({
      // From the first change that shows something (the empty root the card renders into comes first).
      steps: window.steps.filter((step, i, all) => all.slice(0, i + 1).some((seen) => seen.loading || seen.title)),
      readyWith: window.readyWith,
    }));
    assert.deepEqual(steps[0], { loading: true, wordsHidden: true, title: false, reviews: 0 }, 'first the frame, its words hidden');
    const head = steps.findIndex((step) => step.title);
    assert.ok(head > 0, JSON.stringify(steps));
    assert.equal(steps[head].reviews, 0, 'the head comes before the reviews');
    assert.equal(steps.at(-1).reviews, 10, 'then the first page');
    assert.deepEqual(readyWith, [{ loading: false, wordsHidden: null, title: true, reviews: 10 }], 'ready once, when whole');
    assert.equal(await page.locator('film-card .fc-reviews__more').textContent(), 'Show all 12 reviews');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test(...unless('a first page longer than a batch comes batch by batch', cannot('initScript')), async () => {
  const { context, page, errors } = await open('/steps-long.html', 'max-reviews="120"', film(130));
  try {
    const { steps, readyWith } = await page.evaluate(() => ({ steps: window.steps, readyWith: window.readyWith }));
    const counts = [...new Set(steps.map((step) => step.reviews))];
    assert.deepEqual(counts, [0, 50, 100, 120], JSON.stringify(steps));
    assert.deepEqual(readyWith.map((step) => step.reviews), [120]);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test(...unless('the "Loading" words wait a moment for a reader who asked for no motion too', cannot('initScript', 'reducedMotion')), async () => {
  const { context, page, errors } = await open('/steps-still.html', '', film(3), { reducedMotion: 'reduce' });
  try {
    const steps = await page.evaluate(() => window.steps.filter((step) => step.loading));
    assert.ok(steps.length > 0 && steps.every((step) => step.wordsHidden), JSON.stringify(steps));
    assert.equal(await page.locator('film-card .fc-review').count(), 3);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the "Loading" words show when loading takes a moment', async () => {
  files['/steps-held.html'] = template
    .replaceAll('{{CDN}}', cdn.url)
    .replace('{{LANG}}', 'en')
    .replace('{{CARDS}}', () => `<film-card src="${fixtures.url}/held-film.json"></film-card>`);
  files['/held-film.json'] = JSON.stringify(film(2));
  const release = fixtures.hold();
  const context = await browser.newContext();
  const { page, errors } = await watchedPage(context);
  try {
    await page.goto(`${fixtures.url}/steps-held.html`);
    await page.waitForFunction(() => {
      const words = document.querySelector('film-card')?.shadowRoot?.querySelector('.fc-card--loading > .fc-card__body');
      return words && getComputedStyle(words).visibility === 'visible' && words.textContent.trim() !== '';
    });
    release();
    await everyCardShown(page);
    assert.equal(await page.locator('film-card .fc-review').count(), 2);
    assert.deepEqual(errors, []);
  } finally {
    release();
    await context.close();
  }
});
