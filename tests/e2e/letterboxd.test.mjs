// The card builder (dist/builder/) fed a blogger's Letterboxd files: the export's reviews.csv, a
// saved RSS feed and the export's .zip each fill the form with the film picked, and the preview
// shows it; a file of another kind, or a malformed one, gets its message at the file field and
// leaves the form as it was. The files come from tests/corpus/letterboxd/; the .zip is made from
// them by Debian's zip under target/. Nothing leaves the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { serve, launch, watchedPage } from './harness.mjs';
import { runAxe } from './axe.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const CORPUS = `${ROOT}tests/corpus/letterboxd`;
const FILE_LABEL = "Letterboxd file: reviews.csv or diary.csv from your export, the export's .zip, or your saved RSS feed";

let server;
let browser;

before(async () => {
  server = await serve(`${ROOT}dist`);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openBuilder() {
  const context = await browser.newContext();
  const { page, errors } = await watchedPage(context);
  const outside = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${server.url}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
  });
  await page.goto(`${server.url}/builder/`);
  await page.getByRole('heading', { name: 'Filmcard builder' }).waitFor();
  await page.locator('details.fc-b-letterboxd summary').click();
  return { context, page, errors, outside };
}

/** Opens a file in the Letterboxd field, as a blogger picks one. */
async function open(page, name, buffer) {
  await page.getByLabel(FILE_LABEL).setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
}

async function status(page, text) {
  await page.locator('.fc-b-status__done').filter({ hasText: text }).waitFor();
}

const review = (page, number) => page.getByRole('group', { name: `Review ${number}` });

test("reviews.csv: the film picked fills the form with its reviews, stars and dates, under the blogger's name", async () => {
  const { context, page, errors, outside } = await openBuilder();
  try {
    await open(page, 'reviews.csv', await readFile(`${CORPUS}/reviews.csv`));
    await status(page, 'The Letterboxd reviews holds 4 films: pick one.');
    const films = await page.getByLabel('Film', { exact: true }).locator('option').allTextContents();
    assert.deepEqual(films, [
      'The Red Shoes (1948), 2 reviews',
      'Amélie (2001), 1 review',
      '千と千尋の神隠し (2001), 1 review',
      'Heat (1995), 1 review',
    ]);
    await page.getByLabel("Your name, as the reviews' author").fill('Mira Okafor');
    await page.getByRole('button', { name: 'Fill in the form with this film' }).click();
    await status(page, 'The Letterboxd reviews filled in the form; 1 note at the fields named.');
    assert.equal(await page.getByLabel('Title').first().inputValue(), 'The Red Shoes');
    assert.equal(await page.getByLabel('Release date').inputValue(), '1948');
    assert.equal(await review(page, 1).getByLabel('Author').inputValue(), 'Mira Okafor');
    assert.equal(await review(page, 1).getByLabel('Date').inputValue(), '2024-03-01');
    assert.equal(await review(page, 1).getByLabel('Stars', { exact: true }).inputValue(), '4.5');
    assert.equal(
      await review(page, 2).getByLabel('Text').inputValue(),
      'Second time, on the big screen.\n\nIt only grows: Lermontov\'s "cruel" speech, Vicky on the stairs, the red shoes themselves.',
    );
    await page.locator('.fc-b-status__verdict').filter({ hasText: 'The card shows the film.' }).waitFor();
    await page.waitForFunction(() => document.querySelector('.fc-b-preview__card')?.shadowRoot?.querySelector('.fc-card__title')?.textContent === 'The Red Shoes');

    // Another film of the same file: a title in another script.
    await page.getByLabel('Film', { exact: true }).selectOption({ label: '千と千尋の神隠し (2001), 1 review' });
    await page.getByRole('button', { name: 'Fill in the form with this film' }).click();
    await status(page, 'The Letterboxd reviews filled in the form.');
    assert.equal(await page.getByLabel('Title').first().inputValue(), '千と千尋の神隠し');
    assert.equal(await review(page, 1).getByLabel('Rating', { exact: true }).inputValue(), 'none');
    assert.deepEqual(errors, []);
    assert.deepEqual(outside, []);
  } finally {
    await context.close();
  }
});

test("a saved RSS feed and the export's .zip give the blogger's name themselves", async () => {
  const { context, page, errors, outside } = await openBuilder();
  const folder = `${ROOT}target/e2e-letterboxd`;
  try {
    await open(page, 'miraokafor.rss', await readFile(`${CORPUS}/feed.rss`));
    await status(page, 'The Letterboxd feed holds 3 films: pick one.');
    assert.equal(await page.getByLabel("Your name, as the reviews' author").inputValue(), 'Mira Okafor');
    await page.getByLabel('Film', { exact: true }).selectOption({ label: 'Heat (1995), 1 review' });
    await page.getByRole('button', { name: 'Fill in the form with this film' }).click();
    await status(page, 'The Letterboxd feed filled in the form; 1 note at the fields named.');
    assert.equal(await page.getByLabel('Title').first().inputValue(), 'Heat');
    assert.equal(await review(page, 1).getByLabel('Text').inputValue(), 'The coffee shop scene still works; the ending, less so.');
    assert.equal(await review(page, 1).getByRole('checkbox').isChecked(), true, 'the spoiler flag comes along');
    assert.match(await page.locator('[data-path="reviews[0].id"] .fc-b-error__text').textContent(), /a rewatch on Letterboxd/);

    await rm(folder, { recursive: true, force: true });
    await mkdir(folder, { recursive: true });
    await writeProfile(folder);
    execFileSync('zip', ['-q', '-j', `${folder}/letterboxd-export.zip`, `${CORPUS}/reviews.csv`, `${CORPUS}/diary.csv`, `${folder}/profile.csv`]);
    // The name comes from the export's profile.csv, not from the feed opened before.
    await page.getByLabel("Your name, as the reviews' author").fill('');
    await open(page, 'letterboxd-export.zip', await readFile(`${folder}/letterboxd-export.zip`));
    await status(page, 'The Letterboxd reviews holds 4 films: pick one.');
    assert.equal(await page.getByLabel("Your name, as the reviews' author").inputValue(), 'Mira Okafor');
    await page.getByRole('button', { name: 'Fill in the form with this film' }).click();
    await status(page, 'The Letterboxd reviews filled in the form; 1 note at the fields named.');
    assert.equal(await page.getByLabel('Title').first().inputValue(), 'The Red Shoes');
    assert.equal(await review(page, 2).getByLabel('Author').inputValue(), 'Mira Okafor');
    assert.deepEqual(errors, []);
    assert.deepEqual(outside, []);
  } finally {
    await context.close();
    await rm(folder, { recursive: true, force: true });
  }
});

/** The export's profile.csv, as Letterboxd writes it. */
async function writeProfile(folder) {
  await writeFile(`${folder}/profile.csv`, 'Date Joined,Username,Given Name,Family Name,Email Address,Location,Website,Bio,Pronoun,Favorite Films\n2019-01-01,miraokafor,Mira,Okafor,,,,,,\n');
}

test('a file of another kind, or a malformed one, is refused at the file field and changes nothing; axe finds nothing in the panel', async () => {
  const { context, page, errors, outside } = await openBuilder();
  try {
    await open(page, 'reviews.csv', await readFile(`${CORPUS}/reviews.csv`));
    await page.getByLabel("Your name, as the reviews' author").fill('Mira Okafor');
    await page.getByRole('button', { name: 'Fill in the form with this film' }).click();
    await status(page, 'The Letterboxd reviews filled in the form');
    const before = await page.evaluate(() => [...document.querySelectorAll('.fc-b-form input:not([type=file]), .fc-b-form textarea')].map((field) => field.value));
    const cases = [
      ['goodreads_library_export.csv', await readFile(`${CORPUS}/goodreads.csv`), 'this CSV file is not from Letterboxd'],
      ['watched.csv', await readFile(`${CORPUS}/watched.csv`), 'lists films without reviews or ratings'],
      ['blog.rss', await readFile(`${CORPUS}/blog.rss`), 'this RSS feed has no Letterboxd films'],
      ['poster.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff]), 'the file is neither text nor a .zip'],
      ['reviews.csv', Buffer.from('Date,Name,Year,Letterboxd URI,Rating,Rewatch,Review,Tags,Watched Date\n2024-01-01,Heat,1995,x,6,,Fine,,2024-01-01\n'), 'line 2, Rating: “6” is not a Letterboxd rating'],
    ];
    for (const [at, [name, bytes, expected]] of cases.entries()) {
      await open(page, name, bytes);
      await page.waitForFunction((count) => document.querySelector('.fc-b-status__done').dataset.imports === String(count), at + 2);
      const message = page.locator('[data-path="letterboxd"] .fc-b-error__text');
      assert.match(await message.textContent(), new RegExp(expected.replace(/[.*+?()[\]]/g, '\\$&')), name);
      assert.equal(await page.getByLabel(FILE_LABEL).getAttribute('aria-invalid'), 'true', name);
      const after = await page.evaluate(() => [...document.querySelectorAll('.fc-b-form input:not([type=file]), .fc-b-form textarea')].map((field) => field.value));
      assert.deepEqual(after, before, `${name} changes nothing`);
    }
    // The panel open, with its picker and a message at the file field.
    const axe = await runAxe(page, undefined, '.fc-b-letterboxd');
    assert.ok(axe.passes > 5, 'axe ran its checks in the panel');
    assert.deepEqual(axe.violations, [], 'axe finds no WCAG 2.2 AA violation in the panel');
    assert.deepEqual(errors, []);
    assert.deepEqual(outside, []);
  } finally {
    await context.close();
  }
});
