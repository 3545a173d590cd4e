// The on-demand module (crates/film/src/contract.rs: EXTRA_GLUE, EXTRA_WASM): what few cards need, the page's
// JSON-LD reader and why refused data was refused, fetched from beside the bundle only by a card
// that needs it. The requests are
// counted by the bundle's own server, so every engine checks them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { serve, serveBundle } from './harness.mjs';
import { launch, watchedPage, ENGINE, CANNOT } from './engines/index.mjs';
import { EXTRA_GLUE, EXTRA_WASM } from '../../web/src/contract.js';

const readsConsole = !CANNOT.console[ENGINE];
const ROOT = new URL('../../', import.meta.url).pathname;
const film = await readFile(`${ROOT}demo/the-red-shoes.json`, 'utf8');
const movie = JSON.stringify({ '@context': 'https://schema.org', '@type': 'Movie', name: 'Black Narcissus', review: { author: 'A reader', reviewBody: 'Vivid.' } });
const ON_DEMAND = [`/${EXTRA_GLUE}`, `/${EXTRA_WASM}`];
// What a card reading the page's JSON-LD shows when the on-demand module cannot be had.
const UNREACHABLE =
  `source: the page's JSON-LD could not be read: ${EXTRA_GLUE}, the part of the widget that reads it, could not be ` +
  "loaded. Upload it beside filmcard.js with the bundle's other files; if the page has a Content-Security-Policy, " +
  'its script-src must allow it';
// What a card with refused data shows when the on-demand module, which says why, cannot be had.
const refusedWithoutWhy = (what) =>
  `${what}; why is told by ${EXTRA_GLUE}, which could not be loaded: upload it beside filmcard.js with the bundle's other files`;
// Refused data, and the error each card shows, exactly as every build with the texts says it.
const BROKEN = '{ "title": "Broken", ';
const BROKEN_WHY = 'the film data is not valid JSON (line 1, column 21): it ends too early; is a closing }, ] or " missing?';
const WRONG = '{ "title": "Wrong", "reviews": [{ "author": "A", "text": "B", "rating": { "stars": 7 } }] }';
const WRONG_WHY = 'reviews[0].rating.stars: must be whole or half stars from 0 to 5, e.g. 4 or 3.5';
// Data over BIG_INLINE_DATA, which the widget reads in steps, refused at its last review.
const reviews = Array.from({ length: 1000 }, (_, at) => ({ author: `Reader ${at}`, text: 'A long and careful review. '.repeat(5) }));
reviews[999].rating = 'Z';
const BIG = JSON.stringify({ title: 'Big', reviews });
const BIG_WHY = 'reviews[999].rating: must be a number, a letter grade from A+ to F, or { "value": 9, "best": 10 }';

let cdn;
let cdnWithout;
let blog;
let browser;
const requested = [];

/** A post with `cards` in its body and the movie in its head's JSON-LD, loading `bundle`. */
const post = (bundle, cards) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>A post</title>
    <link rel="icon" href="data:," />
    <script type="application/ld+json">${movie}</script>
  </head>
  <body>
    ${cards}
    <script type="module" src="${bundle}/filmcard.js"></script>
  </body>
</html>`;

const inline = (id, text) => `<film-card id="${id}"><script type="application/json">${text}</script></film-card>`;
const fromPage = (id) => `<film-card id="${id}" source="ld+json"></film-card>`;

// The page's JSON-LD block, which a policy without 'unsafe-inline' must allow by its hash to
// let nothing else differ from the other pages (a data block is not run, but stays allowed).
const inlineHash = createHash('sha256').update(movie).digest('base64');

before(async () => {
  cdn = await serveBundle({ log: requested });
  // A bundle uploaded without the on-demand module.
  cdnWithout = await serveBundle({ missing: ON_DEMAND });
  blog = await serve(`${ROOT}tests/e2e/fixtures`, {
    files: {
      '/plain.html': post(cdn.url, inline('plain', film)),
      '/broken.html': post(cdn.url, `${inline('broken', BROKEN)}${inline('wrong', WRONG)}${inline('big', BIG)}${inline('plain', film)}`),
      '/broken-alone.html': post(cdnWithout.url, `${inline('broken', BROKEN)}${inline('wrong', WRONG)}${inline('big', BIG)}${inline('plain', film)}`),
      '/ld.html': post(cdn.url, `${fromPage('ld')}${fromPage('ld-again')}${inline('plain', film)}`),
      '/unreachable.html': post(cdnWithout.url, `${fromPage('ld')}${inline('plain', film)}`),
      // A policy that names the bundle's files one by one, from before the on-demand module.
      '/policy.html': post(cdn.url, `${fromPage('ld')}${inline('plain', film)}`),
    },
    headers: (path) =>
      path === '/policy.html'
        ? {
            'content-security-policy':
              `default-src 'none'; script-src 'sha256-${inlineHash}' ${cdn.url}/filmcard.js ${cdn.url}/filmcard-core.js 'wasm-unsafe-eval'; ` +
              `connect-src ${cdn.url}; style-src 'self'`,
          }
        : {},
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await blog?.close();
  await cdnWithout?.close();
  await cdn?.close();
});

/** Opens `path`, waits until every card shows its title or error box; what each shows. */
async function open(path, ids) {
  const context = await browser.newContext();
  const { page, errors } = await watchedPage(context);
  requested.length = 0;
  await page.goto(`${blog.url}${path}`);
  const shown = await page.waitForFunction((hostIds) => {
    const cards = hostIds.map((id) => document.getElementById(id)?.shadowRoot?.querySelector('.fc-card__title, .fc-error'));
    return cards.every(Boolean) && Object.fromEntries(hostIds.map((id, at) => [id, cards[at].textContent]));
  }, ids);
  return { context, page, errors, shown: await shown.jsonValue() };
}

const fetchedOnDemand = () => requested.filter((path) => ON_DEMAND.includes(path)).sort();

test('a card of good JSON never fetches the on-demand module', async () => {
  const { context, page, shown } = await open('/plain.html', ['plain']);
  try {
    assert.equal(shown.plain, 'The Red Shoes');
    // Anything the widget would still fetch has had its chance by now.
    await page.waitForTimeout(300);
    assert.ok(requested.includes('/filmcard-core_bg.wasm'), "the bundle's wasm was fetched");
    assert.deepEqual(fetchedOnDemand(), [], 'no on-demand file fetched');
  } finally {
    await context.close();
  }
});

/** The detail line of the error box in each of `ids`. */
const details = (page, ids) =>
  page.evaluate(
    (hostIds) => hostIds.map((id) => document.getElementById(id).shadowRoot.querySelector('.fc-error__detail').textContent),
    ids,
  );

// The bundle leaves the validator's texts out; the on-demand module's validator says why.
test('cards with refused data fetch the on-demand module once, and show the full error', async () => {
  const { context, page, errors, shown } = await open('/broken.html', ['broken', 'wrong', 'big', 'plain']);
  try {
    assert.equal(shown.plain, 'The Red Shoes');
    assert.deepEqual(await details(page, ['broken', 'wrong', 'big']), [BROKEN_WHY, WRONG_WHY, BIG_WHY]);
    assert.deepEqual(fetchedOnDemand(), ON_DEMAND.slice().sort(), 'glue and wasm, once each for every card');
    if (readsConsole) {
      const expected = [BROKEN_WHY, WRONG_WHY, BIG_WHY].map((text) => `filmcard: ${text}`).sort();
      assert.deepEqual(errors.filter((text) => text.startsWith('filmcard:')).sort(), expected);
    }
  } finally {
    await context.close();
  }
});

test('when the on-demand module cannot be fetched, refused data still names its place, and says what is missing', async () => {
  const { context, page, errors, shown } = await open('/broken-alone.html', ['broken', 'wrong', 'big', 'plain']);
  try {
    assert.equal(shown.plain, 'The Red Shoes');
    const expected = [
      refusedWithoutWhy('the film data is not valid JSON (line 1, column 21)'),
      `reviews[0].rating.stars: ${refusedWithoutWhy('the film data was refused')}`,
      `reviews[999].rating: ${refusedWithoutWhy('the film data was refused')}`,
    ];
    assert.deepEqual(await details(page, ['broken', 'wrong', 'big']), expected);
    if (readsConsole) {
      assert.deepEqual(errors.filter((text) => text.startsWith('filmcard:')).sort(), expected.map((text) => `filmcard: ${text}`).sort());
    }
  } finally {
    await context.close();
  }
});

test('cards reading the JSON-LD fetch the on-demand module once, and show the film', async () => {
  const { context, errors, shown } = await open('/ld.html', ['ld', 'ld-again', 'plain']);
  try {
    assert.deepEqual(shown, { ld: 'Black Narcissus', 'ld-again': 'Black Narcissus', plain: 'The Red Shoes' });
    assert.deepEqual(fetchedOnDemand(), ON_DEMAND.slice().sort(), 'glue and wasm, once each for both cards');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

for (const [why, path] of [
  ['it is missing', '/unreachable.html'],
  ["the page's Content-Security-Policy does not allow it", '/policy.html'],
]) {
  test(`when the on-demand module cannot be fetched (${why}), the card says so and the others show`, async () => {
    const { context, page, errors, shown } = await open(path, ['ld', 'plain']);
    try {
      assert.equal(shown.plain, 'The Red Shoes');
      const detail = await page.evaluate(() => document.getElementById('ld').shadowRoot.querySelector('.fc-error__detail').textContent);
      assert.equal(detail, UNREACHABLE);
      if (readsConsole) assert.deepEqual(errors.filter((text) => text.startsWith('filmcard:')), [`filmcard: ${UNREACHABLE}`]);
    } finally {
      await context.close();
    }
  });
}
