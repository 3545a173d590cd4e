// What the static-site tests (tests/hugo/, tests/eleventy/) share: the package installed from the
// tarball `make dist` packs, and the checks a reader's view of a prerendered card must pass, in
// Chromium, with JavaScript off, and in a feed through sanitize-html's defaults.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sanitizeHtml from 'sanitize-html';
import { launch, serve, watchedPage } from '../e2e/harness.mjs';
import { assertQuoted, cardLook, watchTakeover } from '../e2e/prerendered.mjs';

export const ROOT = new URL('../..', import.meta.url).pathname;
export const run = promisify(execFile);

/** The Red Shoes, with a review that Markdown, templates and the HTML parser would each break. */
export async function nastyFilm() {
  const film = JSON.parse(await readFile(join(ROOT, 'demo/the-red-shoes.json'), 'utf8'));
  film.reviews.push({
    author: "O'Brien & Sons <b>",
    text: 'He said "don\'t" -- twice... 1 < 2 && 3 > 2; </script><script>document.title = \'broken\'</script> {{ .Title }} {% raw %} `tick` end.',
  });
  return film;
}

/** The packed package in dist/ (filmcard-<version>.tgz). */
export async function tarball() {
  const { version } = JSON.parse(await readFile(join(ROOT, 'dist/package.json'), 'utf8'));
  return join(ROOT, 'dist', `filmcard-${version}.tgz`);
}

/**
 * Installs the package into `folder` from its tarball, as a site would, with nothing fetched
 * (it has no dependencies), and copies its bundle into `folder/<bundleDir>/` for the site to
 * serve. Resolves to the installed package's folder.
 */
export async function installPackage(folder, bundleDir) {
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'package.json'), '{ "private": true }\n');
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', await tarball()], { cwd: folder });
  const installed = join(folder, 'node_modules/filmcard');
  await mkdir(join(folder, bundleDir), { recursive: true });
  for (const name of await readdir(installed)) {
    if (/\.(js|wasm|css)$/.test(name)) await cp(join(installed, name), join(folder, bundleDir, name));
  }
  return installed;
}

/**
 * Builds the Hugo site in `folder` with Debian's `hugo` into its `public/`, serves that on
 * 127.0.0.1 and launches Chromium: `{ server, browser }`.
 */
export async function buildHugoSite(folder) {
  await run('hugo', ['--quiet', '--source', folder, '--destination', join(folder, 'public')]);
  return { server: await serve(join(folder, 'public')), browser: await launch() };
}

/** A site test's after(): closes the browser and the servers, whichever were made, and removes the site. */
export async function closeSite({ browser, servers = [], folder }) {
  await browser?.close();
  for (const server of servers) await server?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
}

/** Runs the installed command in `folder` as a site's build does: `npx --no -- filmcard …`. */
export function npxFilmcard(folder, args) {
  return run('npx', ['--no', '--', 'filmcard', ...args], { cwd: folder, encoding: 'utf8' });
}

/**
 * The page at `url` as the server sends it holds the prerendered card; in Chromium it shows
 * before any wasm, the widget takes it over without a layout shift, and "View More" expands.
 */
export async function checkTakeover(browser, url, film) {
  const sent = await (await fetch(url)).text();
  assert.match(sent, /<film-card[^>]*>\n<template shadowrootmode="open">/, 'the prerendered card is in the HTML sent');
  assert.ok(sent.includes('class="fc-card__title"'), 'with the card itself');
  const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  await context.addInitScript(watchTakeover);
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await context.route('**/filmcard-core_bg.wasm', async (route) => {
    await released;
    await route.continue();
  });
  const { page, errors } = await watchedPage(context);
  try {
    await page.goto(url, { waitUntil: 'load' });
    const host = page.locator('film-card').first();
    assert.equal(await page.evaluate(() => window.ready), 0);
    assert.equal(await host.locator('.fc-card__title').innerText(), film.title);
    assert.equal(await host.locator('.fc-card__title').evaluate((title) => getComputedStyle(title).fontWeight), '700');
    const before = await page.evaluate(cardLook);
    release();
    const cards = await page.locator('film-card').count();
    await page.waitForFunction((count) => window.ready === count, cards);
    const later = await page.evaluate(cardLook);
    assert.equal(later.text, before.text);
    assert.deepEqual(later.boxes, before.boxes);
    assert.equal(later.below, before.below);
    assert.deepEqual(await page.evaluate(() => window.shifts), []);
    const index = await host.evaluate((element) =>
      [...element.shadowRoot.querySelectorAll('.fc-review')].findIndex((review) => review.querySelector('.fc-review__toggle')),
    );
    assert.ok(index >= 0, 'a review is cut');
    const review = host.locator('.fc-review').nth(index);
    const toggle = review.locator('.fc-review__toggle');
    const text = review.locator('.fc-review__text');
    const cut = await text.innerText();
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    const full = await text.innerText();
    assert.ok(full.length > cut.length, 'the review opens');
    const words = (text) => text.replace(/\s+/g, ' ').trim();
    assert.ok(film.reviews.some((review) => words(review.text) === words(full)), 'to its full text');
    assert.deepEqual(errors.filter((error) => !error.startsWith('Failed to load resource')), []);
    assert.notEqual(await page.title(), 'broken');
  } finally {
    await context.close();
  }
}

/** The film as the page at `url` (or the HTML `content`) shows it in a context: each part. */
async function assertWholeFilm(page, scope, film) {
  const text = await page.locator(scope).first().evaluate((element) => element.innerText);
  for (const part of [film.title, film.synopsis, film.trailer.label]) assert.ok(text.includes(part), `"${part.slice(0, 40)}" shows`);
  const links = await page.locator(`${scope} a`).evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
  assert.ok(links.includes(film.trailer.url), 'the trailer address');
  await assertQuoted(page.locator(`${scope} blockquote`), film.reviews);
}

/** With JavaScript off, the page at `url` shows the whole film: every review in full. */
export async function checkNoScript(browser, url, film) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await assertWholeFilm(page, 'film-card', film);
  } finally {
    await context.close();
  }
}

/** XML text as it was before escaping. */
export function unescapeXml(text) {
  return text.replace(/&(lt|gt|quot|apos|#34|#39|#x27|amp);/g, (_, name) => ({ lt: '<', gt: '>', quot: '"', apos: "'", '#34': '"', '#39': "'", '#x27': "'", amp: '&' })[name]);
}

/**
 * An entry's HTML as a feed reader shows it, through sanitize-html's default allow-list: the
 * title, synopsis, trailer address and every review's author and full text, each once.
 */
export async function checkFeed(browser, entryHtml, film) {
  const clean = sanitizeHtml(entryHtml);
  assert.doesNotMatch(clean, /<script|<template|<link|<slot/);
  assert.equal(clean.split(film.synopsis.slice(0, 60)).length - 1, 1, 'the synopsis once');
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await page.setContent(`<!doctype html><meta charset="utf-8"><article>${clean}</article>`);
    await assertWholeFilm(page, 'article', film);
  } finally {
    await context.close();
  }
}
