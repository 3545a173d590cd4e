// The card builder (dist/builder/) end to end: a card made from nothing through the form, its
// snippet pasted into a fresh page with the bundle; every case of the bad-data corpus imported,
// each error landing on a field; the real JSON-LD corpus imported; the JSON-LD export read back by
// a card; the draft and undo; axe in both themes. Every request is recorded: none may leave the
// page's origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readFile, readdir } from 'node:fs/promises';
import { serve, launch, watchedPage } from './harness.mjs';
import { runAxe } from './axe.mjs';
import { pngPixels, pngSize } from './png.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const DIST = `${ROOT}dist`;
const CORPUS = `${ROOT}tests/corpus/real-jsonld`;
// The test writes its screenshot under target/; the README's copy in docs/ changes only when asked
// for, with UPDATE_SCREENSHOT=1 (`make screenshot`).
const SCREENSHOT = `${ROOT}target/builder.png`;
const README_SCREENSHOT = `${ROOT}docs/builder.png`;
const demoText = await readFile(`${ROOT}demo/the-red-shoes.json`, 'utf8');
const demo = JSON.parse(demoText);

/** The bad-data corpus: each case's name, input and the error the card shows ('ok' when none). */
function corpusCases(text) {
  const cases = [];
  let current = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('=== ')) {
      current = { name: line.slice(4), lines: [] };
    } else if (current && line.startsWith('--> ')) {
      cases.push({ name: current.name, input: current.lines.join('\n'), expected: line.slice(4) });
      current = null;
    } else if (current) {
      current.lines.push(line);
    }
  }
  return cases;
}
const cases = corpusCases(await readFile(`${ROOT}tests/corpus/cases.txt`, 'utf8'));

let server;
let browser;
const files = {};

before(async () => {
  server = await serve(DIST, { files });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens the builder in a fresh context; `requests` collects every request the page makes that
 * leaves the server's origin (there must be none).
 */
async function openBuilder(contextOptions = {}) {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'], ...contextOptions });
  const { page, errors } = await watchedPage(context);
  // Requests for other origins, until the page's own Content-Security-Policy refuses them (which
  // it does before anything is sent: Chromium reports them, then fails them as `csp`).
  const outside = new Map();
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${server.url}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.set(request, url);
  });
  page.on('requestfailed', (request) => request.failure()?.errorText === 'csp' && outside.delete(request));
  await page.goto(`${server.url}/builder/`);
  await page.getByRole('heading', { name: 'Filmcard builder' }).waitFor();
  return { context, page, errors, outside };
}

/**
 * The console errors other than the page's own policy refusing an image of another origin (a
 * poster the data links to), which the preview then leaves out before any request is made.
 */
function unexpected(errors) {
  return errors.filter((error) => !/^Loading the image 'https?:.*Content Security Policy/.test(error));
}

/** Asserts that every request for another origin was refused before it was sent. */
async function nothingLeft(outside, message = 'no request leaves the page') {
  for (let waited = 0; outside.size > 0 && waited < 3000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
  assert.deepEqual([...outside.values()], [], message);
}

/** The status line once the preview has caught up with the form. */
async function settledStatus(page, expected) {
  await page.locator('.fc-b-status__verdict').filter({ hasText: expected }).waitFor();
}

async function importText(page, text) {
  const details = page.locator('details.fc-b-import');
  if (!(await details.evaluate((element) => element.open))) await details.locator('summary').click();
  await page.getByLabel("Film JSON, or a page's JSON-LD Movie block").fill(text);
  await page.getByRole('button', { name: 'Fill in the form' }).click();
}

/** A page holding `body`, served by the test server. */
function addPage(path, body, head = '') {
  files[path] = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>A post</title><link rel="icon" href="data:," />${head}</head>
  <body><main><h1>A post</h1>${body}</main></body>
</html>`;
  return `${server.url}${path}`;
}

/**
 * The card's shadow DOM on a page, once rendered (a card reading the page's JSON-LD says it is
 * loading until the on-demand module has read it).
 */
async function cardHtml(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('film-card')?.shadowRoot?.querySelector('.fc-card:not(.fc-card--loading), .fc-error'));
  const html = await page.evaluate(() => document.querySelector('film-card').shadowRoot.innerHTML);
  await page.close();
  return html;
}

test('The Red Shoes built from nothing through the form: its snippet renders the same card as the demo data, and its JSON-LD is read back', async () => {
  const { context, page, errors, outside } = await openBuilder();
  try {
    await page.getByLabel('Title').first().fill(demo.title);
    await page.getByLabel('Certificate').fill(demo.certificate);
    await page.getByLabel('Release date').fill(demo.release.date);
    await page.getByLabel('Region').fill(demo.release.region);
    await page.getByLabel('Synopsis').fill(demo.synopsis);
    await page.getByLabel('Trailer address').fill(demo.trailer.url);
    await page.getByLabel('Trailer link text').fill(demo.trailer.label);
    for (const [index, review] of demo.reviews.entries()) {
      await page.getByRole('button', { name: 'Add a review' }).click();
      const group = page.getByRole('group', { name: `Review ${index + 1}` });
      // A new review's author is missing: the card's error lands on that field, and the focus is there.
      await settledStatus(page, `reviews[${index}].author: missing`);
      const author = group.getByLabel('Author');
      assert.equal(await author.evaluate((element) => element === document.activeElement), true, 'the new review takes the focus');
      assert.equal(await author.getAttribute('aria-invalid'), 'true');
      await author.fill(review.author);
      await group.getByLabel('Text').fill(review.text);
    }
    await settledStatus(page, 'The card shows the film.');
    // The preview is the real card, in each theme.
    const titles = await page.evaluate(() => [...document.querySelectorAll('.fc-b-preview__card')].map((host) => [host.getAttribute('theme'), host.shadowRoot.querySelector('.fc-card__title')?.textContent]));
    assert.deepEqual(titles, [['light', demo.title], ['dark', demo.title]]);

    await page.getByRole('button', { name: 'Copy the snippet' }).click();
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(snippet, await page.locator('#fc-b-snippet').inputValue());
    const json = snippet.match(/<script type="application\/json">\n([\s\S]*?)\n<\/script>/)[1];
    assert.deepEqual(JSON.parse(json), demo, 'the snippet holds the demo data');
    assert.match(snippet, new RegExp(`<script type="module" src="${server.url}/filmcard.js"></script>\\n$`));

    const built = await cardHtml(context, addPage('/built.html', snippet));
    const reference = await cardHtml(
      context,
      addPage('/reference.html', `<film-card><script type="application/json">${demoText}</script></film-card><script type="module" src="/filmcard.js"></script>`),
    );
    assert.equal(built, reference, 'the pasted snippet renders the same card as demo/the-red-shoes.json');

    // The JSON-LD for the page's head: the command's block for the same film, byte for byte, and
    // a card with source="ld+json" reads the film back. The demo's reviews have no rating and its
    // trailer is no video: left out, and each says so in the form.
    await page.getByRole('button', { name: 'Copy the JSON-LD' }).click();
    const ld = await page.evaluate(() => navigator.clipboard.readText());
    const command = execFileSync(process.execPath, [`${ROOT}dist/cli/filmcard.js`, 'render', '-', '--json-ld'], { input: json, encoding: 'utf8' });
    assert.equal(ld, command, "the builder's JSON-LD is the command's");
    const notes = await page.evaluate(() => [...document.querySelectorAll('[data-note="json-ld"]')].map((note) => note.closest('[data-path]')?.dataset.path));
    assert.deepEqual(notes, ['trailer', ...demo.reviews.map((_, index) => `reviews[${index}]`)]);
    const fromLd = await cardHtml(context, addPage('/ld.html', '<film-card source="ld+json"></film-card><script type="module" src="/filmcard.js"></script>', ld));
    const read = await context.newPage();
    await read.setContent(`<div>${fromLd}</div>`);
    assert.equal(await read.locator('.fc-card__title').textContent(), demo.title);
    assert.deepEqual(await read.locator('.fc-review__author').allTextContents(), []);
    await read.close();
    // Rated, a review goes into the JSON-LD, and its note goes.
    const first = page.getByRole('group', { name: 'Review 1' });
    await first.getByLabel('Rating', { exact: true }).selectOption('out-of-ten');
    await first.getByLabel('Score out of 10').fill('9');
    await settledStatus(page, 'The card shows the film.');
    await page.waitForFunction(() => document.querySelectorAll('[data-note="json-ld"]').length === 4);
    const rated = JSON.parse((await page.locator('#fc-b-json-ld').inputValue()).split('\n').slice(1, -2).join('\n'));
    assert.deepEqual(rated.review.map((review) => review.author.name), [demo.reviews[0].author]);
    assert.equal(rated.aggregateRating.ratingValue, 9);
    assert.deepEqual(unexpected(errors), []);
    await nothingLeft(outside, 'no request leaves the page');
  } finally {
    await context.close();
  }
});

test('every case of the bad-data corpus, imported, has its error on a field', async () => {
  const { context, page, errors, outside } = await openBuilder();
  try {
    let checked = 0;
    for (const { name, input, expected } of cases) {
      await importText(page, input);
      const status = page.locator('.fc-b-status__done');
      await page.waitForFunction((count) => document.querySelector('.fc-b-status__done').dataset.imports === String(count), checked + 1);
      const placed = await page.evaluate(() =>
        [...document.querySelectorAll('.fc-b-error')].map((error) => ({
          field: error.closest('[data-path]')?.dataset.path ?? null,
          text: error.querySelector('.fc-b-error__text').textContent,
          imported: error.classList.contains('fc-b-error--import'),
        })),
      );
      for (const message of placed) assert.notEqual(message.field, null, `${name}: "${message.text}" sits on a field`);
      if (expected === 'ok') {
        assert.ok(!placed.some((message) => message.imported && !/leaves it out|left out|cannot hold/.test(message.text)), `${name}: accepted, ${JSON.stringify(placed)}`);
      } else {
        const colon = expected.match(/^([A-Za-z0-9_.[\]-]+): /);
        const path = colon && !expected.startsWith('the film data') ? colon[1] : '';
        const at = placed.find((message) => message.imported && message.text === expected);
        assert.ok(at, `${name}: "${expected}" is shown (${await status.textContent()}; ${JSON.stringify(placed)})`);
        const within = path === '' ? at.field === 'import' : path === at.field || path.startsWith(`${at.field}.`) || path.startsWith(`${at.field}[`);
        assert.ok(within, `${name}: "${expected}" lands on ${at.field}`);
      }
      checked += 1;
    }
    assert.ok(checked > 60, `${checked} cases`);
    assert.deepEqual(unexpected(errors), []);
    await nothingLeft(outside);
  } finally {
    await context.close();
  }
});

test('every block of the real JSON-LD corpus fills in the form, and the card shows it', async () => {
  const names = (await readdir(CORPUS)).filter((file) => file.endsWith('.jsonld')).sort();
  assert.equal(names.length, 15);
  const { context, page, errors, outside } = await openBuilder();
  try {
    for (const [at, name] of names.entries()) {
      await importText(page, await readFile(`${CORPUS}/${name}`, 'utf8'));
      await page.waitForFunction((count) => document.querySelector('.fc-b-status__done').dataset.imports === String(count), at + 1);
      assert.match(await page.locator('.fc-b-status__done').textContent(), /^The JSON-LD Movie filled in the form/, name);
      const title = await page.getByLabel('Title').first().inputValue();
      if (title === '') {
        // The one block without a name: the card's refusal sits on the title, for the blogger to type.
        assert.match(await page.locator('[data-path="title"] .fc-b-error').first().textContent(), /title/, name);
      } else {
        await page.waitForFunction(
          (expected) => document.querySelector('.fc-b-preview__card').shadowRoot.querySelector('.fc-card__title')?.textContent === expected,
          title,
        );
      }
    }
    assert.deepEqual(unexpected(errors), []);
    await nothingLeft(outside, 'the posters and trailers they link to are never fetched');
  } finally {
    await context.close();
  }
});

test('a .json file opens into the form, the JSON downloads, a removed review comes back with Undo, and the draft survives a reload', async () => {
  const { context, page, errors, outside } = await openBuilder();
  try {
    await page.locator('details.fc-b-import summary').click();
    await page.getByLabel('Or open a .json file').setInputFiles(`${ROOT}demo/the-red-shoes.json`);
    await settledStatus(page, 'The card shows the film.');
    assert.equal(await page.getByLabel('Title').first().inputValue(), demo.title);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the JSON' }).click()]);
    assert.equal(download.suggestedFilename(), 'the-red-shoes.json');
    const saved = await readFile(await download.path(), 'utf8');
    assert.deepEqual(JSON.parse(saved), demo);
    const reviews = (count) => page.waitForFunction((n) => document.querySelectorAll('fieldset.fc-b-review').length === n, count);
    const author = (number) => page.getByRole('group', { name: `Review ${number}` }).getByLabel('Author');
    await page.getByRole('button', { name: 'Remove review 2' }).click();
    await reviews(3);
    await page.locator('.fc-b-status__done').filter({ hasText: 'Review 2 removed. Undo puts it back.' }).waitFor();
    await page.getByRole('button', { name: 'Undo: bring back review 2' }).click();
    await reviews(4);
    assert.equal(await author(2).inputValue(), demo.reviews[1].author);
    await page.getByRole('button', { name: 'Move down review 1' }).click();
    await page.locator('.fc-b-status__done').filter({ hasText: 'Review 1 is now review 2.' }).waitFor();
    assert.equal(await author(2).inputValue(), demo.reviews[0].author);
    await page.getByLabel('Title').first().fill('The Red Shoes (restored)');
    // The draft is kept once typing pauses.
    await page.waitForFunction(() => localStorage.getItem('filmcard-builder-draft')?.includes('(restored)'));
    await page.reload();
    await page.getByRole('heading', { name: 'Filmcard builder' }).waitFor();
    assert.equal(await page.getByLabel('Title').first().inputValue(), 'The Red Shoes (restored)');
    assert.equal(await page.getByRole('group', { name: 'Review 1' }).getByLabel('Author').inputValue(), demo.reviews[1].author);
    assert.deepEqual(unexpected(errors), []);
    await nothingLeft(outside);
  } finally {
    await context.close();
  }
});

for (const scheme of ['light', 'dark']) {
  test(`axe finds no WCAG 2.2 AA violations in the builder, ${scheme} scheme, with a card and with errors`, async () => {
    const { context, page, errors, outside } = await openBuilder({ colorScheme: scheme });
    try {
      await importText(page, demoText);
      await settledStatus(page, 'The card shows the film.');
      await page.locator('details.fc-b-labels summary').click();
      const check = async (state) => {
        const results = await runAxe(page);
        assert.ok(results.passes > 10, 'axe ran its checks');
        assert.deepEqual(results.violations, [], `${scheme}, ${state}`);
      };
      await check('the demo film');
      await page.getByRole('group', { name: 'Review 3' }).getByLabel('Author').fill('');
      await page.getByLabel('Cut reviews longer than (characters)').fill('5');
      await settledStatus(page, 'reviews[2].author: missing');
      await importText(page, '{ "title": "X", "director": "Powell" }');
      await page.getByText('From the import:').first().waitFor();
      await check('errors at their fields');
      assert.deepEqual(unexpected(errors), []);
      await nothingLeft(outside);
    } finally {
      await context.close();
    }
  });
}

test('a TV episode built through the form: its kind and fields reach the preview, with the synopsis and a review in paragraphs', async () => {
  const { context, page, errors, outside } = await openBuilder();
  try {
    await page.getByLabel('Title').first().fill('The Long Night');
    // A film's form has none of a series' fields; choosing the kind brings its own.
    assert.equal(await page.getByLabel('Episode number').count(), 0);
    await page.getByLabel('What it is').selectOption('episode');
    await page.getByLabel('Series', { exact: true }).fill('The Lighthouse Keepers');
    await page.getByLabel('Season number').fill('2');
    await page.getByLabel('Episode number').fill('3');
    await page.getByLabel('Synopsis').fill('The storm comes in.\n\nThe lamp goes out.');
    await page.getByRole('button', { name: 'Add a review' }).click();
    const review = page.getByRole('group', { name: 'Review 1' });
    await review.getByLabel('Author').fill('Mara');
    await review.getByLabel('Text').fill('Short opening.\n\nA second paragraph.');
    await settledStatus(page, 'The card shows the film.');
    const preview = () =>
      page.evaluate(() => {
        const root = document.querySelector('.fc-b-preview__card').shadowRoot;
        return {
          work: root.querySelector('.fc-card__work')?.textContent ?? null,
          synopsis: [...root.querySelectorAll('.fc-card__synopsis > p')].map((p) => p.textContent),
          review: [...root.querySelectorAll('.fc-review__text > p')].map((p) => p.textContent),
        };
      });
    // The preview card renders after the status line changes: on a busy machine, a moment later.
    const settledPreview = async (expected, part = (seen) => seen) => {
      const deadline = Date.now() + 15000;
      let seen = part(await preview());
      while (!isDeepStrictEqual(seen, expected) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        seen = part(await preview());
      }
      return seen;
    };
    const episode = {
      work: 'The Lighthouse Keepers, Season 2, Episode 3',
      synopsis: ['The storm comes in.', 'The lamp goes out.'],
      review: ['Short opening.', 'A second paragraph.'],
    };
    assert.deepEqual(await settledPreview(episode), episode);
    const snippet = await page.locator('#fc-b-snippet').inputValue();
    const json = JSON.parse(snippet.match(/<script type="application\/json">\n([\s\S]*?)\n<\/script>/)[1]);
    assert.deepEqual([json.kind, json.series, json.season, json.episode], ['episode', 'The Lighthouse Keepers', 2, 3]);
    // A number the data refuses: its error lands on its field.
    await page.getByLabel('Season number').fill('1.5');
    await settledStatus(page, 'season: must be a whole number from 0 to 99999, found 1.5');
    assert.equal(await page.getByLabel('Season number').getAttribute('aria-invalid'), 'true');
    // A series asks when it ended instead.
    await page.getByLabel('Season number').fill('');
    await page.getByLabel('Episode number').fill('');
    await page.getByLabel('Series', { exact: true }).fill('');
    await page.getByLabel('What it is').selectOption('series');
    await page.getByLabel('Release date').fill('2018-09-23');
    await page.getByLabel('Ended').fill('2021');
    await settledStatus(page, 'The card shows the film.');
    assert.equal(await settledPreview('TV series, 2018–2021', (seen) => seen.work), 'TV series, 2018–2021');
    assert.equal(await page.getByLabel('Episode number').count(), 0);
    assert.deepEqual(unexpected(errors), []);
    await nothingLeft(outside);
  } finally {
    await context.close();
  }
});

test("a screenshot of the builder shows the README's picture: the form on the left, the live card on the right (UPDATE_SCREENSHOT=1 puts it in the README)", async () => {
  const viewport = { width: 1280, height: 900 };
  const { context, page } = await openBuilder({ viewport, deviceScaleFactor: 1 });
  try {
    await importText(page, demoText);
    await settledStatus(page, 'The card shows the film.');
    await page.locator('details.fc-b-import').evaluate((element) => { element.open = false; });
    await page.evaluate(() => window.scrollTo(0, 0));
    // What the picture is for: the form and the card beside it, both in the frame, the card
    // showing the film.
    const form = await page.locator('.fc-b-form').boundingBox();
    const preview = await page.locator('.fc-b-preview__card').first().boundingBox();
    assert.ok(form && preview, 'the form and the preview are on the page');
    assert.ok(form.x + form.width <= preview.x, `the form (${form.x}–${form.x + form.width}) is left of the card (from ${preview.x})`);
    for (const [name, box] of [['form', form], ['card', preview]]) {
      assert.ok(box.x >= 0 && box.x + box.width <= viewport.width, `the ${name} fits the width`);
      assert.ok(box.y >= 0 && box.y + Math.min(box.height, 300) <= viewport.height, `the ${name}'s top 300 px are in the frame`);
    }
    const title = await page.evaluate(() => document.querySelector('.fc-b-preview__card').shadowRoot.querySelector('.fc-card__title')?.textContent);
    assert.equal(title, demo.title, 'the card shows the film');
    await mkdir(`${ROOT}target`, { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    const png = await readFile(SCREENSHOT);
    assert.deepEqual(pngSize(png), viewport, 'the picture is the window');
    const pixels = await pngPixels(context, png);
    assert.ok(pixels.colours >= 20, `${pixels.colours} colours: not a blank image`);
    assert.ok(pixels.inked > 0.02 && pixels.inked < 0.8, `${(pixels.inked * 100).toFixed(1)}% of the pixels differ from the background`);
    if (process.env.UPDATE_SCREENSHOT) await copyFile(SCREENSHOT, README_SCREENSHOT);
  } finally {
    await context.close();
  }
});
