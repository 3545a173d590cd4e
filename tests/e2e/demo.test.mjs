// The demo page, built in release mode, driven as a reader would, in the engine E2E_ENGINE names.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdir, copyFile } from 'node:fs/promises';
import { serve, everyCardShown } from './harness.mjs';
import { launch, openWidgetPage, runAxe, unless, cannot } from './engines/index.mjs';
import { EXTRA_GLUE, EXTRA_WASM } from '../../web/src/contract.js';
import { pngPixels, pngSize } from './png.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const SITE = `${ROOT}target/site`;
// The test writes its screenshot under target/; the README's copy in docs/ changes only when asked
// for, with UPDATE_SCREENSHOT=1 (`make screenshot`), so a test run never rewrites a tracked file.
const SCREENSHOT = `${ROOT}target/screenshot.png`;
const README_SCREENSHOT = `${ROOT}docs/screenshot.png`;

const film = JSON.parse(await readFile(`${ROOT}demo/the-red-shoes.json`, 'utf8'));
const narcissus = JSON.parse(await readFile(`${ROOT}demo/black-narcissus.json`, 'utf8'));
// The page's schema.org block, which its last card reads (source="ld+json").
const movie = JSON.parse((await readFile(`${ROOT}index.html`, 'utf8')).match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)[1]);
const longReviews = film.reviews.filter((review) => [...new Intl.Segmenter().segment(review.text)].length > 300);

let server;
let browser;

before(async () => {
  server = await serve(SITE);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens the demo page and waits until every card is shown: the second fetched with src=, the last
 * read from the page's JSON-LD by the on-demand module, each lazy one scrolled to in turn.
 */
async function demo(options) {
  const opened = await openWidgetPage(browser, `${server.url}/`, options);
  await everyCardShown(opened.page);
  return opened;
}

// The page has two cards; these tests are about the first, The Red Shoes.
const card = (page) => page.locator('film-card').first();
const toggles = (page) => card(page).locator('.fc-review__toggle');
const reviewText = (page, index) => card(page).locator('.fc-review__text').nth(index);

test('the inline demo data is the same film as demo/the-red-shoes.json', async () => {
  const html = await readFile(`${ROOT}index.html`, 'utf8');
  const inline = html.match(/<script type="application\/json">([\s\S]*?)<\/script>/)[1];
  assert.deepEqual(JSON.parse(inline), film);
});

test(...unless('the prerendered card, made by the build from demo/the-red-shoes.json, shows with JavaScript off', cannot('javascriptOff')), async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    const host = page.locator('film-card[theme="dark"]');
    // The declarative shadow root, with the card as the widget renders it; the fallback shows.
    assert.equal(await host.evaluate((element) => element.shadowRoot?.querySelector('.fc-card__title')?.textContent), film.title);
    assert.deepEqual(JSON.parse(await host.locator('script[type="application/json"]').textContent()), film);
    assert.equal(await host.locator('blockquote').count(), film.reviews.length);
    for (const review of film.reviews) {
      assert.ok(await host.locator(':scope > blockquote > p', { hasText: review.text }).isVisible(), `${review.author}'s review in full`);
    }
    assert.equal(await host.locator('.fc-root').isVisible(), false);
  } finally {
    await context.close();
  }
});

test('the demo card shows every field of the film', async () => {
  const { context, page, consoleErrors } = await demo();
  try {
    const first = card(page);
    assert.equal(await first.locator('.fc-card__title').textContent(), 'The Red Shoes');
    assert.equal((await first.locator('h2.fc-card__title').count()), 1);
    assert.equal(await first.locator('.fc-badge [dir=auto]').textContent(), 'NR');
    assert.equal(await first.locator('.fc-badge').textContent(), 'Rated NR');
    assert.equal(await first.locator('.fc-release').textContent(), '22 October 1948 (USA)');
    assert.equal(await first.locator('.fc-release time').getAttribute('datetime'), '1948-10-22');
    assert.equal(await first.locator('.fc-card__synopsis').textContent(), film.synopsis);
    const trailer = first.locator('a.fc-trailer');
    assert.equal(await trailer.locator('[dir=auto]').textContent(), 'The Red Shoes Trailers');
    assert.equal(await trailer.textContent(), 'The Red Shoes Trailers (opens in a new tab)');
    assert.equal(await trailer.getAttribute('href'), film.trailer.url);
    assert.equal(await trailer.getAttribute('target'), '_blank');
    assert.equal(await trailer.getAttribute('rel'), 'noopener noreferrer');
    assert.equal(await first.locator('.fc-reviews__heading').textContent(), 'Reviews');
    assert.deepEqual(await first.locator('.fc-review__author').allTextContents(), film.reviews.map((r) => r.author));
    assert.equal(await reviewText(page, 0).textContent(), film.reviews[0].text);
    assert.equal(await toggles(page).count(), longReviews.length);
    assert.equal(longReviews.length, 3);
    assert.equal(await first.locator('.fc-review__link').count(), film.reviews.length, 'a Copy link button per review');
    assert.equal(await page.locator('film-card').count(), 4, 'the demo page has a second card, a prerendered one and one from its JSON-LD');
    assert.deepEqual(consoleErrors, []);
  } finally {
    await context.close();
  }
});

/** A review's rating in the data format as schema.org writes it: a value and the best there is. */
function schemaRating(rating) {
  if (typeof rating === 'number') return { '@type': 'Rating', ratingValue: rating, bestRating: 10 };
  if ('stars' in rating) return { '@type': 'Rating', ratingValue: rating.stars, bestRating: 5 };
  return { '@type': 'Rating', ratingValue: rating.value, bestRating: rating.best };
}

test("the demo's JSON-LD block is Black Narcissus as demo/black-narcissus.json has it, with three of its reviews", () => {
  assert.equal(movie['@type'], 'Movie');
  assert.equal(movie.name, narcissus.title);
  assert.equal(movie.contentRating, narcissus.certificate);
  assert.equal(movie.datePublished, narcissus.release.date);
  assert.equal(movie.description, narcissus.synopsis);
  assert.deepEqual(movie.trailer, { '@type': 'VideoObject', name: narcissus.trailer.label, url: narcissus.trailer.url });
  assert.equal(movie.review.length, 3);
  for (const review of movie.review) {
    const same = narcissus.reviews.find((candidate) => candidate.author === review.author.name);
    assert.ok(same, `${review.author.name} reviews Black Narcissus in demo/black-narcissus.json`);
    assert.deepEqual(review, {
      '@type': 'Review',
      author: { '@type': 'Person', name: same.author },
      datePublished: same.date,
      reviewRating: schemaRating(same.rating),
      reviewBody: same.text,
    });
  }
});

test("the card with source=\"ld+json\" shows the page's JSON-LD Movie, read by the on-demand module built beside the demo's glue", async () => {
  const { context, page, consoleErrors } = await demo();
  try {
    const host = page.locator('film-card[source="ld+json"]');
    assert.equal(await host.locator('.fc-error').count(), 0, 'no error box: the on-demand module was found');
    assert.equal(await host.locator('.fc-card__title').textContent(), movie.name);
    assert.equal(await host.locator('.fc-badge').textContent(), `Rated ${movie.contentRating}`);
    assert.equal(await host.locator('.fc-release time').getAttribute('datetime'), movie.datePublished);
    assert.equal(await host.locator('.fc-release').textContent(), '24 April 1947');
    assert.equal(await host.locator('.fc-card__synopsis').textContent(), movie.description);
    assert.equal(await host.locator('.fc-trailer').getAttribute('aria-label'), `Play trailer: ${movie.trailer.name}`);
    assert.deepEqual(await host.locator('.fc-review__author').allTextContents(), movie.review.map((review) => review.author.name));
    assert.deepEqual(await host.locator('.fc-review__text').allTextContents(), movie.review.map((review) => review.reviewBody));
    // Fetched once, from beside src/embed/extra.js, the wasm-bindgen snippet that imports it.
    const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
    for (const name of [EXTRA_GLUE, EXTRA_WASM]) {
      assert.deepEqual(
        fetched.filter((path) => path.endsWith(`/${name}`)).map((path) => path.replace(/^\/snippets\/[^/]+\//, '/snippets/…/')),
        [`/snippets/…/src/embed/${name}`],
      );
    }
    assert.deepEqual(consoleErrors, []);
  } finally {
    await context.close();
  }
});

test('each long review expands and collapses with the mouse', async () => {
  const { context, page } = await demo();
  try {
    for (let index = 1; index <= 3; index += 1) {
      const full = film.reviews[index].text;
      const button = card(page).locator('.fc-review').nth(index).locator('.fc-review__toggle');
      const text = reviewText(page, index);
      const collapsed = await text.textContent();
      assert.ok(collapsed.endsWith('…') && full.startsWith(collapsed.slice(0, -1)), collapsed);
      assert.equal(await button.getAttribute('aria-controls'), await text.getAttribute('id'));
      await button.click();
      assert.equal(await button.getAttribute('aria-expanded'), 'true');
      assert.equal(await text.textContent(), full);
      assert.match(await button.innerText(), /^View Less/);
      await button.click();
      assert.equal(await button.getAttribute('aria-expanded'), 'false');
      assert.equal(await text.textContent(), collapsed);
      assert.match(await button.innerText(), /^View More/);
    }
  } finally {
    await context.close();
  }
});

/**
 * The element focused inside the first widget's shadow root, described by its class and what it
 * acts on: the text it controls (a toggle) or its name (a Copy link button).
 */
function focusedInWidget(page) {
  return page.evaluate(() => {
    const focused = document.querySelector('film-card').shadowRoot.activeElement;
    if (!focused) return null;
    const target = focused.getAttribute('aria-controls') ?? (focused.matches('.fc-review__link') ? focused.getAttribute('aria-label') : '');
    return `${focused.className}:${target}`;
  });
}

test('each long review expands and collapses from the keyboard, focus staying on its button', async () => {
  const { context, page } = await demo();
  try {
    // The last of the language links comes just before the first card.
    await page.locator('nav.languages a').last().focus();
    const reached = [];
    for (let step = 0; step < 9; step += 1) {
      await page.keyboard.press('Tab');
      reached.push(await focusedInWidget(page));
    }
    // Within each review: Copy link, then View More when the review is long.
    assert.deepEqual(reached, [
      'fc-trailer:',
      'fc-review__link:Copy link: review by cokiable',
      'fc-review__link:Copy link: review by ib011f9545i',
      'fc-review__toggle:fc1-review-1',
      'fc-review__link:Copy link: review by Maria Trim',
      'fc-review__toggle:fc1-review-2',
      'fc-review__link:Copy link: review by katyhun',
      'fc-review__toggle:fc1-review-3',
      null,
    ]);
    assert.equal(
      await page.evaluate(() => document.querySelectorAll('film-card')[1].shadowRoot.activeElement?.className),
      'fc-trailer fc-trailer--play',
      'after the first card, the focus moves on to the second card',
    );
    for (const [index, key] of [[1, 'Enter'], [2, 'Space'], [3, 'Enter']]) {
      const button = card(page).locator('.fc-review').nth(index).locator('.fc-review__toggle');
      await button.focus();
      await page.keyboard.press(key);
      assert.equal(await button.getAttribute('aria-expanded'), 'true', `${key} expands review ${index}`);
      assert.equal(await reviewText(page, index).textContent(), film.reviews[index].text);
      assert.equal(await focusedInWidget(page), `fc-review__toggle:fc1-review-${index}`);
      await page.keyboard.press(key === 'Enter' ? 'Space' : 'Enter');
      assert.equal(await button.getAttribute('aria-expanded'), 'false', `review ${index} collapses again`);
      assert.equal(await focusedInWidget(page), `fc-review__toggle:fc1-review-${index}`);
    }
  } finally {
    await context.close();
  }
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe finds no WCAG 2.2 AA violations in the ${colorScheme} scheme, collapsed and expanded`, async () => {
    const { context, page } = await demo({ colorScheme });
    try {
      for (const state of ['collapsed', 'expanded']) {
        if (state === 'expanded') {
          for (const button of await toggles(page).all()) await button.click();
        }
        const results = await runAxe(page);
        assert.deepEqual(results.violations, [], `${colorScheme}, ${state}`);
        assert.ok(results.passes > 10, 'axe ran its checks');
      }
    } finally {
      await context.close();
    }
  });
}

test(...unless('the card fits a 320 px wide phone screen without scrolling sideways', cannot('narrowViewport')), async () => {
  const { context, page } = await demo({ viewport: { width: 320, height: 640 } });
  try {
    for (const button of await toggles(page).all()) await button.click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
    const box = await card(page).locator('.fc-card').boundingBox();
    assert.ok(box.width <= 320 && box.width > 250, `card is ${box.width}px wide`);
  } finally {
    await context.close();
  }
});

test('light and dark schemes follow prefers-color-scheme', async () => {
  const background = async (colorScheme) => {
    const { context, page } = await demo({ colorScheme });
    const color = await card(page).locator('.fc-card').evaluate((card) => getComputedStyle(card).backgroundColor);
    await context.close();
    return color;
  };
  assert.equal(await background('light'), 'rgb(255, 255, 255)');
  assert.equal(await background('dark'), 'rgb(23, 24, 27)');
});

test(...unless('a screenshot of the expanded card shows the card (UPDATE_SCREENSHOT=1 puts it in the README)', cannot('tallScreenshot')), async () => {
  const { context, page } = await demo({ viewport: { width: 800, height: 900 }, deviceScaleFactor: 1 });
  try {
    for (const button of await toggles(page).all()) await button.click();
    await page.waitForFunction(() =>
      [...document.querySelector('film-card').shadowRoot.querySelectorAll('.fc-review__toggle')].every((button) => button.getAttribute('aria-expanded') === 'true'),
    );
    const box = await card(page).boundingBox();
    await mkdir(`${ROOT}target`, { recursive: true });
    await card(page).screenshot({ path: SCREENSHOT });
    const png = await readFile(SCREENSHOT);
    const size = pngSize(png);
    // The whole card and only it: its box, its edges rounded out to whole pixels.
    assert.ok(Math.abs(size.width - box.width) <= 2 && Math.abs(size.height - box.height) <= 2, `${size.width}×${size.height} for a card of ${box.width}×${box.height}`);
    assert.ok(size.width > 300 && size.width <= 800, `${size.width} px wide`);
    // Four reviews, three of them long and expanded, under the title, synopsis and trailer.
    assert.ok(size.height > 900, `${size.height} px high: the expanded reviews are in it`);
    const pixels = await pngPixels(context, png);
    assert.deepEqual([pixels.width, pixels.height], [size.width, size.height], 'the PNG decodes to its stated size');
    // Text, borders and the badge: anti-aliased glyphs alone give dozens of shades.
    assert.ok(pixels.colours >= 20, `${pixels.colours} colours: not a blank image`);
    assert.ok(pixels.inked > 0.02 && pixels.inked < 0.6, `${(pixels.inked * 100).toFixed(1)}% of the pixels differ from the background`);
    if (process.env.UPDATE_SCREENSHOT === '1') {
      await copyFile(SCREENSHOT, README_SCREENSHOT);
      console.log(`screenshot: ${README_SCREENSHOT} updated`);
    }
  } finally {
    await context.close();
  }
});
