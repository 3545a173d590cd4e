// Prerendered cards (`filmcard render`, the Node command of dist/cli/): the card in the page before
// any script, the widget taking it over without a visible change, readers without JavaScript,
// feed readers, a widget defined before the parser reaches the card, a stale snippet, and a
// strict CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import sanitizeHtml from 'sanitize-html';
import { serve, serveBundle, launch, watchedPage } from './harness.mjs';
import { assertQuoted, cardLook, watchTakeover } from './prerendered.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const FILM_FILE = `${ROOT}demo/the-red-shoes.json`;
const film = JSON.parse(await readFile(FILM_FILE, 'utf8'));

/** The snippet, as a blogger's build makes it: the npm package's command, run by Node. */
function render(...args) {
  return execFileSync(process.execPath, [`${ROOT}dist/cli/filmcard.js`, 'render', FILM_FILE, ...args], { encoding: 'utf8' });
}

/** A blog post with the card in its body, the script tag after it, and text below. */
function post(snippet, cdn) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>A post with a prerendered card</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/post.css" />
  </head>
  <body>
    <h1>My week in films</h1>
    <p>Before the card.</p>
    ${snippet}
    <script type="module" src="${cdn}/filmcard.js"></script>
    <p id="below">The paragraph below the card.</p>
  </body>
</html>`;
}

const CSP = "default-src 'none'; img-src data:; script-src {{CDN}} 'wasm-unsafe-eval'; connect-src {{CDN}}; style-src 'self' {{CDN}}";

let cdn;
let noWasmCdn;
let blog;
let browser;
let snippet;

before(async () => {
  cdn = await serveBundle();
  noWasmCdn = await serveBundle({ missing: ['/filmcard-core_bg.wasm'] });
  snippet = render('--css', `${cdn.url}/filmcard.css`);
  const staleSnippet = render('--css', `${cdn.url}/filmcard.css`)
    // Markup from an older bundle: another title, a review gone…
    .replace('>The Red Shoes</h2>', '>An Older Title</h2>')
    .replace(/<li id="review-[^"]*"[^]*?<\/li>/, '')
    // …and the JSON edited by hand since.
    .replace('"title": "The Red Shoes"', '"title": "The Red Shoes (restored)"');
  assert.notEqual(staleSnippet, render('--css', `${cdn.url}/filmcard.css`));
  const cspSnippet = render('--css', `${cdn.url}/filmcard.css`);
  blog = await serve(`${ROOT}tests/e2e/fixtures`, {
    files: {
      '/post.css': 'body { margin: 0 auto; max-width: 700px; font: 16px/1.5 serif; }',
      '/post.html': post(snippet, cdn.url),
      '/stale.html': post(staleSnippet, cdn.url),
      '/csp.html': post(cspSnippet, cdn.url),
      '/no-wasm.html': post(render('--css', `${noWasmCdn.url}/filmcard.css`), noWasmCdn.url),
    },
    headers: (path) => (path === '/csp.html' ? { 'content-security-policy': CSP.replaceAll('{{CDN}}', cdn.url) } : {}),
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  for (const server of [blog, cdn, noWasmCdn]) await server?.close();
});

/**
 * Holds back the wasm of every page in `context` until the returned function is called, so a
 * page can be looked at before the widget takes its card over, however busy the machine.
 */
async function holdWasm(context) {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await context.route('**/filmcard-core_bg.wasm', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test('the prerendered card shows before any wasm, and the widget takes it over without a visible change', async () => {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
  await context.addInitScript(watchTakeover);
  const releaseWasm = await holdWasm(context);
  const { page, errors } = await watchedPage(context);
  try {
    await page.goto(`${blog.url}/post.html`, { waitUntil: 'load' });
    // Styled by the linked stylesheet, no script of the card's has run.
    assert.equal(await page.evaluate(() => window.ready), 0);
    const host = page.locator('film-card');
    assert.equal(await host.locator('.fc-card__title').innerText(), 'The Red Shoes');
    assert.equal(await host.locator('.fc-card__title').evaluate((title) => getComputedStyle(title).fontWeight), '700');
    // The fallback never shows beside the card.
    assert.equal(await page.locator('film-card > blockquote').first().isVisible(), false);
    // A reader scrolls a little and tabs to the trailer link before the widget arrives.
    await page.evaluate(() => scrollTo(0, 40));
    await host.locator('a.fc-trailer').focus();
    const before = await page.evaluate(cardLook);
    const prerendered = await page.evaluateHandle(() => document.querySelector('film-card').shadowRoot.querySelector('.fc-root'));
    assert.equal(await page.evaluate(() => window.ready), 0);
    releaseWasm();
    await page.waitForFunction(() => window.ready === 1);
    const taken = await page.evaluate((old) => document.querySelector('film-card').shadowRoot.querySelector('.fc-root') !== old, prerendered);
    assert.ok(taken, 'the widget rendered its own card');
    const later = await page.evaluate(cardLook);
    assert.equal(later.text, before.text);
    assert.deepEqual(later.boxes, before.boxes);
    assert.equal(later.below, before.below);
    assert.equal(later.scrollY, 40);
    assert.equal(await page.evaluate(() => document.querySelector('film-card').shadowRoot.activeElement?.className), 'fc-trailer');
    assert.deepEqual(await page.evaluate(() => window.shifts), []);
    // Interactive: "View More" opens the second review.
    const toggle = host.locator('.fc-review__toggle').first();
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.match(await host.locator('.fc-review__text').nth(1).innerText(), /great films in this period I think\.$/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('with JavaScript off, the whole card is there, every review in full, and the card itself is not shown twice', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await page.goto(`${blog.url}/post.html`, { waitUntil: 'load' });
    const host = page.locator('film-card');
    await host.getByRole('heading', { name: 'The Red Shoes', level: 2 }).waitFor();
    assert.equal(await host.locator('.fc-root').isVisible(), false);
    const text = await host.evaluate((element) => element.innerText);
    for (const part of [film.title, 'Rated NR', '22 October 1948', film.synopsis, film.trailer.label]) {
      assert.ok(text.includes(part), `${part} shows`);
    }
    assert.equal(await host.locator(':scope > p > a').getAttribute('href'), film.trailer.url);
    await assertQuoted(host.locator('blockquote'), film.reviews);
  } finally {
    await context.close();
  }
});

test("through a feed sanitizer's default allow-list, the title, synopsis, trailer link and every review survive", async () => {
  const feed = sanitizeHtml(snippet);
  assert.doesNotMatch(feed, /<script|<template|<link|<slot/);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await page.setContent(`<!doctype html><meta charset="utf-8"><article>${feed}</article>`);
    // The fallback is the part of the entry after the card's own markup.
    const fallback = page.locator('article > h2');
    assert.equal(await fallback.innerText(), film.title);
    assert.ok((await page.locator('article > p').allInnerTexts()).includes(film.synopsis));
    assert.equal(await page.locator('article > p > a', { hasText: film.trailer.label }).getAttribute('href'), film.trailer.url);
    const quotes = page.locator('article > blockquote');
    assert.equal(await quotes.count(), film.reviews.length);
    for (const [index, review] of film.reviews.entries()) {
      assert.equal(await quotes.nth(index).locator('p').innerText(), review.text);
      assert.equal(await quotes.nth(index).locator('cite').innerText(), review.author);
    }
  } finally {
    await context.close();
  }
  // For a feed, --fallback-only leaves the card out: each text once.
  const plain = sanitizeHtml(render('--fallback-only'));
  assert.equal(plain.split(`<h2>${film.title}</h2>`).length - 1, 1);
  for (const review of film.reviews) assert.equal(plain.split(review.text.slice(0, 60)).length - 1, 1);
});

test('a widget defined before the parser reaches a prerendered card still gets its shadow root and data', async () => {
  // A page sent in two parts: the widget (an async module, with an eager card) runs and defines
  // <film-card> while the rest, the prerendered card, is still on its way.
  let release;
  const defined = new Promise((resolve) => (release = resolve));
  const eager = `<film-card loading="eager"><script type="application/json">${JSON.stringify({ title: 'First card' })}</script></film-card>`;
  const server = createServer((request, response) => {
    if (request.url === '/defined') {
      release();
      response.writeHead(204).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.write(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Streamed</title><link rel="icon" href="data:,">
      <script type="module" async src="${cdn.url}/filmcard.js"></script></head><body>${eager}
      <script>customElements.whenDefined('film-card').then(() => { window.definedAt = performance.now(); fetch('/defined'); });</script>
      ${' '.repeat(2048)}`);
    defined.then(() =>
      response.end(`<script>window.cardAt = performance.now();</script>
        <div>${render('--css', `${cdn.url}/filmcard.css`, '--loading', 'eager')}</div><p>After.</p></body></html>`),
    );
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const context = await browser.newContext();
  const { page, errors } = await watchedPage(context);
  try {
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const host = page.locator('div > film-card');
    await host.locator('.fc-card__title').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('film-card').length === 2 && document.readyState === 'complete');
    const { definedAt, cardAt } = await page.evaluate(() => ({ definedAt: window.definedAt, cardAt: window.cardAt }));
    assert.ok(definedAt < cardAt, 'the element was defined before the card was parsed');
    // The declarative shadow root was not dropped: no <template> left in the page.
    assert.equal(await host.evaluate((element) => element.querySelector('template')), null);
    await page.waitForFunction(() => document.querySelector('div > film-card').shadowRoot.querySelector('.fc-review__toggle[aria-label]') && window.definedAt);
    await host.locator('.fc-review__toggle').first().click();
    assert.equal(await host.locator('.fc-review__toggle').first().getAttribute('aria-expanded'), 'true');
    assert.equal(await host.locator('.fc-error').count(), 0);
    assert.equal(await host.locator('.fc-card__title').innerText(), 'The Red Shoes');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await new Promise((resolve) => server.close(resolve));
  }
});

test('a stale snippet is rendered over with its current JSON', async () => {
  const context = await browser.newContext();
  const { page, errors } = await watchedPage(context);
  await context.addInitScript(watchTakeover);
  try {
    await page.goto(`${blog.url}/stale.html`);
    const host = page.locator('film-card');
    await page.waitForFunction(() => window.ready === 1);
    assert.equal(await host.locator('.fc-card__title').innerText(), 'The Red Shoes (restored)');
    assert.equal(await host.locator('.fc-review').count(), film.reviews.length);
    assert.equal(await host.locator('.fc-root').count(), 1);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('under a CSP without inline styles, the prerendered card is styled from the bundle, before and after the widget', async () => {
  const context = await browser.newContext();
  await context.addInitScript(watchTakeover);
  const releaseWasm = await holdWasm(context);
  const { page, errors } = await watchedPage(context);
  try {
    await page.goto(`${blog.url}/csp.html`, { waitUntil: 'load' });
    const host = page.locator('film-card');
    const styled = () =>
      host.locator('.fc-card').evaluate((card) => {
        const style = getComputedStyle(card);
        return `${style.display} ${style.borderTopStyle} ${getComputedStyle(card.querySelector('.fc-card__title')).fontWeight}`;
      });
    assert.equal(await page.evaluate(() => window.ready), 0);
    assert.equal(await styled(), 'grid solid 700');
    releaseWasm();
    await page.waitForFunction(() => window.ready === 1);
    assert.equal(await styled(), 'grid solid 700');
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.deepEqual(await page.evaluate(() => window.shifts), []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('when the widget cannot start, the prerendered card stays as it is', async () => {
  const context = await browser.newContext();
  const { page, errors } = await watchedPage(context);
  try {
    await page.goto(`${blog.url}/no-wasm.html`);
    const failed = () => errors.some((error) => error.startsWith('filmcard: the widget could not start'));
    for (let waited = 0; !failed() && waited < 20_000; waited += 100) await page.waitForTimeout(100);
    const host = page.locator('film-card');
    assert.equal(await host.locator('.fc-card__title').innerText(), film.title);
    assert.equal(await host.locator('.fc-review').count(), film.reviews.length);
    assert.equal(await host.locator('.fc-card__title').evaluate((title) => getComputedStyle(title).fontWeight), '700');
    // Not the plain line a card without a prerendered one gets.
    assert.equal(await host.locator('strong').count(), 0);
    assert.ok(failed(), errors.join('\n'));
  } finally {
    await context.close();
  }
});
