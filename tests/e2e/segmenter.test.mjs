// The browser's grapheme segmenter (Intl.Segmenter) is made only for text that needs it: making
// one loads the browser's break rules, about 100 ms of a phone's main thread in the task that
// renders the card. Text whose characters each stand alone (crates/film/src/text.rs,
// `lone_starts`) is cut without one; text with joined characters still gets the browser's.
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
  fixtures = await serve(`${ROOT}tests/e2e/fixtures`, { files });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await fixtures?.close();
  await cdn?.close();
});

/** Counts the segmenters the page makes, in `window.segmenters`. */
function countSegmenters() {
  const Original = Intl.Segmenter;
  window.segmenters = 0;
  Intl.Segmenter = class extends Original {
    constructor(...args) {
      super(...args);
      window.segmenters += 1;
    }
  };
}

/** Opens a page of cards, one per film, and waits for them; the segmenters are counted. */
async function open(path, films, lang = 'en') {
  files[path] = template
    .replaceAll('{{CDN}}', cdn.url)
    .replace('{{LANG}}', lang)
    .replace('{{CARDS}}', () => films.map((film) => `<film-card><script type="application/json">${JSON.stringify(film).replaceAll('<', '\\u003c')}</script></film-card>`).join('\n'));
  const context = await browser.newContext();
  await context.addInitScript(countSegmenters);
  const { page, errors } = await watchedPage(context);
  await page.goto(`${fixtures.url}${path}`);
  await everyCardShown(page);
  return { context, page, errors };
}

/** The visible text of each review of the first card. */
const texts = (page) => page.locator('film-card .fc-review__text').allTextContents();

const words = 'Moira Shearer dances the ballet within the film, seventeen minutes without a word, and the camera goes where no stage could. ';
const japanese = '映画の中のバレエは十七分間、言葉なしで続き、カメラは舞台では行けない所へ行く。';
const family = '\u{1F469}\u200D\u{1F469}\u200D\u{1F467}';

test(...unless('long reviews in Latin and Japanese script are cut and opened without a segmenter', cannot('initScript')), async () => {
  const film = {
    title: 'The Red Shoes',
    reviews: [
      { author: 'A', text: words.repeat(4) },
      { author: 'B', text: japanese.repeat(10) },
      { author: 'C', text: `Café — “naïve” … ${words.repeat(3)}` },
    ],
  };
  const { context, page, errors } = await open('/segmenter-lone.html', [film]);
  try {
    const [latin, kana, marks] = await texts(page);
    assert.ok(latin.endsWith('…') && latin.length <= 301, latin);
    assert.ok(kana.endsWith('…') && [...kana].length === 301, `cut at 300 characters: ${kana}`);
    assert.ok(marks.endsWith('…'), marks);
    await page.locator('film-card .fc-review__toggle').first().click();
    await page.waitForFunction(() => !document.querySelector('film-card').shadowRoot.querySelector('.fc-review__text').textContent.endsWith('…'));
    assert.equal(await page.evaluate(() => window.segmenters), 0, 'no segmenter made');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test(...unless('a review of joined characters gets the browser segmenter, once, and is cut between clusters', cannot('initScript')), async () => {
  const film = {
    title: 'The Red Shoes',
    reviews: [
      { author: 'A', text: family.repeat(400) },
      { author: 'B', text: `e\u0301`.repeat(400) },
      { author: 'C', text: words.repeat(4) },
    ],
  };
  const { context, page, errors } = await open('/segmenter-joined.html', [film]);
  try {
    const [emoji, accents, latin] = await texts(page);
    assert.equal(emoji, `${family.repeat(300)}…`, 'three hundred whole families');
    assert.equal(accents, `${'e\u0301'.repeat(300)}…`, 'no accent parted from its letter');
    assert.ok(latin.endsWith('…'), latin);
    assert.equal(await page.evaluate(() => window.segmenters), 1, 'one segmenter for the page');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
