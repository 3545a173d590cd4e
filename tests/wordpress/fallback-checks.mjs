// What the plugin writes for those who do not run the card: readers without JavaScript, crawlers
// (the HTML as the server sends it) and feed readers (the RSS feed through sanitize-html's
// defaults), and the hints in the head of a page with a card. Called by wordpress.test.mjs with
// its running site and the posts it wrote.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { checkFeed, checkNoScript } from '../sites/sites.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const { run } = createRequire(import.meta.url)(join(ROOT, 'dist/cli/filmcard-render.js'));

/** The page's HTML as the server sends it. */
async function source(url) {
  const response = await fetch(url);
  assert.equal(response.status, 200, url);
  return response.text();
}

/** Each HTML fragment as Chromium's parser reads it, serialised again. */
async function parsed(browser, fragments) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    return await page.evaluate((list) => list.map((html) => {
      const template = document.createElement('template');
      template.innerHTML = html;
      return template.innerHTML;
    }), fragments);
  } finally {
    await context.close();
  }
}

/** Each item of an RSS feed: its title and its content:encoded HTML. */
function feedItems(xml) {
  return [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map(([, item]) => ({
    title: item.match(/<title>([\s\S]*?)<\/title>/)?.[1],
    html: item.match(/<content:encoded><!\[CDATA\[([\s\S]*?)\]\]><\/content:encoded>/)?.[1],
  }));
}

/** The hint tags in a page's head for the plugin's files (not WordPress's own). */
function hints(html) {
  const head = html.slice(0, html.indexOf('</head>'));
  return [...head.matchAll(/<link rel="(modulepreload|preload)" href="([^"]*)"[^>]*>/g)]
    .map(([tag, rel, href]) => ({ rel, href: new URL(href).pathname, tag }))
    .filter(({ href }) => href.includes('/filmcard/'));
}

export async function checkFallbacks({ wp, browser, posts, version = '6.1' }) {
  const { redShoes } = posts.films;

  // Crawlers: each inline card's fallback is in the HTML sent, in a <noscript>, exactly the
  // command's for the film the card holds, with the card's language and heading level: no
  // filter of the post (wptexturize, wpautop, shortcodes) changed it.
  for (const [name, options] of [['classic', []], ['block', ['--heading-level', '3']], ['series', ['--lang', 'fr']], ['block-open', []]]) {
    const html = await source(posts[name].url);
    const card = html.match(/<film-card[^>]*><script type="application\/json">(.*?)<\/script><noscript>(.*?)<\/noscript><\/film-card>/s);
    assert.ok(card, `${name}: the first card holds its JSON, then its fallback`);
    const expected = run(['render', '-', '--fallback-only', ...options], () => card[1]);
    const [ours, theirs] = await parsed(browser, [card[2], expected]);
    assert.equal(ours, theirs, `${name}: the fallback is the command's`);
    assert.match(ours, /^<h[23]>/);
  }

  // Without JavaScript the card is the fallback: the whole film, every review in full.
  await checkNoScript(browser, posts.classic.url, redShoes);
  await checkNoScript(browser, posts.block.url, redShoes);

  // With JavaScript nothing of it shows: the card alone.
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(posts.classic.url, { waitUntil: 'load' });
    await page.locator('film-card').first().evaluate((host) => new Promise((resolve) => {
      if (host.shadowRoot?.querySelector('.fc-card')) resolve();
      else host.addEventListener('filmcard:ready', resolve, { once: true });
    }));
    const light = await page.evaluate(() => document.body.innerText);
    assert.ok(!light.includes(redShoes.synopsis.slice(0, 60)), 'no synopsis outside the card');
    assert.equal(await page.locator('film-card noscript').count(), 1);
  } finally {
    await context.close();
  }

  // Feeds: the whole film for inline cards, a link to the post for a `src=` card; no script.
  const items = feedItems(await source(`${wp.url}/?feed=rss2`));
  for (const name of ['classic', 'shortcode-block', 'block', 'src']) {
    const item = items.find((entry) => entry.title === `Filmcard: ${name}`);
    assert.ok(item?.html, `${name} is in the feed with its content`);
    assert.doesNotMatch(item.html, /<film-card|<script|<noscript|filmcard-fallback/, name);
    await checkFeed(browser, item.html, redShoes);
    if (name === 'block' || name === 'src') {
      assert.ok(item.html.includes(`<a href="${posts[name].url}">`), `${name}: the src= card links to the post`);
    }
  }

  // The hints: on a page with a card, the bundle's files are asked for from the head.
  const base = '/wp-content/plugins/filmcard/bundle/';
  const expected = [
    ...(version === '6.1' ? [['modulepreload', `${base}filmcard.js`]] : []),
    ['modulepreload', `${base}filmcard-core.js`],
    ['preload', `${base}filmcard-core_bg.wasm`],
  ];
  for (const name of ['classic', 'block', 'shortcode-block']) {
    const found = hints(await source(posts[name].url));
    assert.deepEqual(found.map(({ rel, href }) => [rel, href]), expected, name);
    assert.match(found.at(-1).tag, /as="fetch" type="application\/wasm" crossorigin/);
  }
  assert.deepEqual(hints(await source(posts.plain.url)), [], 'a post without a card has none');
}
