// A prerendered card (`filmcard render`) before the widget has taken it over, with the wasm held
// back: what the reader presses there is heard at once, answered once the widget is there, each
// once, with the focus where the reader left it; nothing moves meanwhile.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, serveBundle } from './harness.mjs';
import { launch, watchedPage, ENGINE, CANNOT } from './engines/index.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const WASM = '/filmcard-core_bg.wasm';
const long = (n) => `Review ${n}: ${'a long thought about the ballet, the colour and the music, '.repeat(8)}and the end.`;
const SPOILER = 'The ending: she dances off the balcony.';
const film = {
  title: 'The Red Shoes',
  trailer: { url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', label: 'The Red Shoes trailer' },
  reviews: [
    { id: 'r1', author: 'Ada', text: long(1) },
    { id: 'r2', author: 'Ben', text: long(2) },
    { id: 'r3', author: 'Cleo', text: SPOILER, spoiler: true },
    ...Array.from({ length: 9 }, (_, i) => ({ id: `r${i + 4}`, author: `Reader ${i + 4}`, text: `Short review ${i + 4}.` })),
  ],
};

/** A blog post with the prerendered card in its body and the script tag after it. */
function post(cdn) {
  const file = join(dir, 'film.json');
  const snippet = execFileSync(process.execPath, [`${ROOT}dist/cli/filmcard.js`, 'render', file, '--css', `${cdn}/filmcard.css`], { encoding: 'utf8' });
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>A post with a prerendered card</title><link rel="icon" href="data:," /></head>
  <body style="margin: 0 auto; max-width: 700px; font: 16px/1.5 serif">
    <h1>My week in films</h1>
    ${snippet}
    <script type="module" src="${cdn}/filmcard.js"></script>
    <p id="below">The paragraph below the card.</p>
  </body>
</html>`;
}

let dir;
let cdn;
let noWasmCdn;
let blog;
let browser;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'filmcard-taps-'));
  await writeFile(join(dir, 'film.json'), JSON.stringify(film));
  cdn = await serveBundle({ held: [WASM] });
  noWasmCdn = await serveBundle({ missing: [WASM] });
  blog = await serve(`${ROOT}tests/e2e/fixtures`, { files: { '/post.html': post(cdn.url), '/no-wasm.html': post(noWasmCdn.url) } });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  for (const server of [blog, cdn, noWasmCdn]) await server?.close();
});

/** The loader has run: it listens to the prerendered card. Counts the widget's events from now. */
const LISTENING = () => {
  const host = document.querySelector('film-card');
  if (typeof host?.[Symbol.for('filmcard.taps')] !== 'string') return false;
  window.ready = 0;
  window.toggles = [];
  host.addEventListener('filmcard:ready', () => window.ready++);
  host.addEventListener('filmcard:toggle', ({ detail }) => window.toggles.push(`${detail.id} ${detail.expanded}`));
  return true;
};

/** The card's text and the box of each of its elements in the page (wherever it is scrolled to). */
const LOOK = () => {
  const root = document.querySelector('film-card').shadowRoot.querySelector('.fc-root');
  const boxes = [...root.querySelectorAll('*')].map((element) => {
    const { x, y, width, height } = element.getBoundingClientRect();
    return [`${element.localName}.${element.className}`, x + scrollX, y + scrollY, width, height];
  });
  boxes.push(['#below', 0, document.getElementById('below').getBoundingClientRect().top + scrollY, 0, 0]);
  return { text: root.innerText, boxes };
};

/** Whether nothing moved between two LOOKs (a scrolled page's boxes may differ by a rounding error). */
function assertSameLook(later, before) {
  assert.equal(later.text, before.text);
  assert.deepEqual(later.boxes.map(([name]) => name), before.boxes.map(([name]) => name));
  later.boxes.forEach(([name, ...box], index) => {
    const moved = box.some((value, side) => Math.abs(value - before.boxes[index][side + 1]) > 0.01);
    assert.ok(!moved, `${name} moved: ${before.boxes[index].slice(1)} → ${box}`);
  });
}

/** The control with the focus in the card, as `review-id class`. */
const FOCUSED = () => {
  const active = document.querySelector('film-card').shadowRoot.activeElement;
  return active && `${active.closest('li')?.id ?? '-'} ${active.className}`;
};

/** What each control of the card says of itself: `class aria-busy aria-disabled`, for those marked. */
const MARKED = () =>
  [...document.querySelector('film-card').shadowRoot.querySelectorAll('button[aria-busy], button[aria-disabled]')].map(
    (button) => `${button.closest('li')?.id ?? '-'} ${button.className} ${button.getAttribute('aria-busy')} ${button.getAttribute('aria-disabled')}`,
  );

test('a click and a key press on View More, Show all and a spoiler before the takeover are each answered once after it, the focus kept', async () => {
  const release = cdn.hold();
  const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  const { page, errors } = await watchedPage(context);
  try {
    await page.goto(`${blog.url}/post.html`);
    await page.waitForFunction(LISTENING);
    const host = page.locator('film-card');
    const toggle = (id) => host.locator(`#review-${id} .fc-review__toggle`);
    const before = await page.evaluate(LOOK);
    // A click on the first View More, twice (a reader who saw nothing happen), on Show all and
    // on the spoiler; then a key press on the second View More.
    await toggle('r1').click();
    // (A driver will not click what says it is disabled: the second press is the element's own.)
    await toggle('r1').evaluate((button) => button.click());
    await host.locator('.fc-reviews__more').click();
    await host.locator('#review-r3 .fc-review__spoiler').click();
    await toggle('r2').focus();
    await page.keyboard.press('Enter');
    // Heard, and saying so; nothing done yet, nothing moved.
    assert.deepEqual((await page.evaluate(MARKED)).sort(), [
      '- fc-reviews__more true true',
      'review-r1 fc-review__toggle true true',
      'review-r2 fc-review__toggle true true',
      'review-r3 fc-review__spoiler true true',
    ]);
    assert.equal(await toggle('r1').getAttribute('aria-expanded'), 'false');
    assertSameLook(await page.evaluate(LOOK), before);
    assert.equal(await page.evaluate(FOCUSED), 'review-r2 fc-review__toggle');
    assert.equal(await page.evaluate(() => window.ready), 0);

    release();
    await page.waitForFunction(() => window.ready === 1);
    await page.waitForFunction(() => document.querySelector('film-card').shadowRoot.querySelectorAll('.fc-review').length === 12);
    for (const id of ['r1', 'r2']) {
      assert.equal(await toggle(id).getAttribute('aria-expanded'), 'true');
      assert.match(await host.locator(`#review-${id} .fc-review__text`).innerText(), /and the end\.$/);
    }
    assert.equal(await host.locator('.fc-reviews__more').getAttribute('aria-expanded'), 'true');
    assert.equal(await host.locator('#review-r3 .fc-review__spoiler').count(), 0);
    assert.equal(await host.locator('#review-r3 .fc-review__text').innerText(), SPOILER);
    assert.equal(await page.evaluate(FOCUSED), 'review-r2 fc-review__toggle');
    assert.deepEqual(await page.evaluate(() => window.toggles), ['r1 true', 'r2 true']);
    assert.deepEqual(await page.evaluate(MARKED), []);
    // The widget answers for itself now: one tap, one change.
    await toggle('r1').click();
    assert.equal(await toggle('r1').getAttribute('aria-expanded'), 'false');
    assert.deepEqual(await page.evaluate(() => window.toggles), ['r1 true', 'r2 true', 'r1 false']);
    assert.deepEqual(await page.evaluate(MARKED), []);
    assert.deepEqual(errors, []);
  } finally {
    release();
    await context.close();
  }
});

test('Copy link before the takeover copies at once, and Play trailer opens the player once the widget is there', async () => {
  const release = cdn.hold();
  const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  const clipboard = !CANNOT.clipboard[ENGINE];
  if (clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: blog.url });
  // The player's page is off this machine: refused at once.
  await context.route(/youtube/, (route) => route.abort());
  const { page } = await watchedPage(context);
  try {
    await page.goto(`${blog.url}/post.html`);
    await page.waitForFunction(LISTENING);
    const host = page.locator('film-card');
    const copy = host.locator('#review-r5 .fc-review__link');
    const label = await copy.textContent();
    await copy.click();
    if (clipboard) {
      await page.waitForFunction((url) => navigator.clipboard.readText().then((text) => text === url), `${blog.url}/post.html#review-r5`);
      // The reader copies something else meanwhile: the widget must not copy the link again.
      await page.evaluate(() => navigator.clipboard.writeText('something else'));
    }
    await host.locator('.fc-trailer--play').click();
    assert.deepEqual((await page.evaluate(MARKED)).sort(), ['- fc-trailer fc-trailer--play true true', 'review-r5 fc-review__link true true']);
    assert.equal(await copy.textContent(), label);
    assert.equal(await host.locator('dialog').count(), 0);

    release();
    await page.waitForFunction(() => window.ready === 1);
    await page.waitForFunction(() => document.querySelector('film-card').shadowRoot.querySelector('dialog.fc-player')?.open);
    assert.equal(await host.locator('dialog.fc-player').evaluate((dialog) => dialog.matches(':modal')), true);
    assert.equal(await page.evaluate(() => document.querySelector('film-card').shadowRoot.querySelectorAll('dialog').length), 1);
    assert.equal(await page.evaluate(() => Boolean(document.querySelector('film-card').shadowRoot.activeElement?.closest('dialog'))), true);
    assert.notEqual(await copy.textContent(), label);
    if (clipboard) assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'something else');
  } finally {
    release();
    await context.close();
  }
});

test('when the widget cannot start, no control of the prerendered card stays busy or looks ready', async () => {
  const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  const { page } = await watchedPage(context);
  try {
    await page.goto(`${blog.url}/no-wasm.html`);
    const host = page.locator('film-card');
    const buttons = await host.locator('button').count();
    assert.ok(buttons > 3);
    await page.waitForFunction((count) => document.querySelector('film-card').shadowRoot.querySelectorAll('button[aria-disabled="true"]').length === count, buttons);
    const toggle = host.locator('#review-r1 .fc-review__toggle');
    await toggle.evaluate((button) => button.click());
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await host.locator('button[aria-busy]').count(), 0);
  } finally {
    await context.close();
  }
});
