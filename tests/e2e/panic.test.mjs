// A bug inside the widget, forced in a test build (the panic-probe feature, built into
// target/dist-probe by `make test`): the page and the other cards must survive it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, launch, watchedPage } from './harness.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const FIXTURES = `${ROOT}tests/e2e/fixtures`;
const film = await readFile(`${ROOT}demo/the-red-shoes.json`, 'utf8');

let cdn;
let site;
let browser;

before(async () => {
  cdn = await serve(`${ROOT}target/dist-probe`, { headers: () => ({ 'access-control-allow-origin': '*' }) });
  site = await serve(FIXTURES, { transform: (path, text) => text.replaceAll('{{CDN}}', cdn.url).replaceAll('{{FILM}}', film) });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await cdn?.close();
});

/** Appends a card with inline data at the end of the page. */
function addCard(page, title) {
  return page.evaluate((title) => {
    const card = document.createElement('film-card');
    const data = document.createElement('script');
    data.type = 'application/json';
    data.textContent = JSON.stringify({ title, reviews: [] });
    card.append(data);
    document.body.append(card);
  }, title);
}

test('a panic in one card leaves the page running, the cards readable and one message', async () => {
  const context = await browser.newContext();
  const { page, errors } = await watchedPage(context);
  try {
    await page.goto(`${site.url}/two-cards.html`);
    const titles = () =>
      page.evaluate(() => ['first', 'second'].map((id) => document.getElementById(id).shadowRoot?.querySelector('.fc-card__title')?.textContent));
    await page.waitForFunction(() => document.getElementById('second').shadowRoot?.querySelector('.fc-card__title'));
    assert.deepEqual(await titles(), ['The Red Shoes', 'The Tales of Hoffmann']);

    await page.evaluate(() => document.getElementById('first').dispatchEvent(new Event('filmcard-probe:panic')));
    // The page changes after the panic: the widget must not try to mount into it any more.
    await addCard(page, 'Black Narcissus');
    const ticks = await page.evaluate(() => window.hostTicks);
    await page.waitForFunction((before) => window.hostTicks > before + 3, ticks);

    assert.deepEqual(await titles(), ['The Red Shoes', 'The Tales of Hoffmann'], 'both cards are still readable');
    assert.equal(await page.evaluate(() => document.body.lastElementChild.shadowRoot), null, 'nothing more is mounted');
    const ours = errors.filter((e) => e.startsWith('filmcard:'));
    assert.equal(ours.length, 1, errors.join('\n'));
    // The bundle aborts at once on a panic, running no hook: the glue reports the wasm's trap
    // (src/embed/trap.js), which every engine names "unreachable" in its own words.
    assert.match(ours[0], /^filmcard: the widget stopped after an internal error; the cards already shown stay readable \(.*unreachable.*\)$/i);
  } finally {
    await context.close();
  }
});

test("another wasm's trap on the page does not stop the widget", async () => {
  const context = await browser.newContext();
  const { page, errors } = await watchedPage(context);
  try {
    await page.goto(`${site.url}/two-cards.html`);
    await page.waitForFunction(() => document.getElementById('second').shadowRoot?.querySelector('.fc-card__title'));

    // A module of the page's own whose one function is `unreachable`, called from a timer.
    await page.evaluate(() => {
      const bytes = new Uint8Array([
        0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00,
        0x07, 0x08, 0x01, 0x04, 0x74, 0x72, 0x61, 0x70, 0x00, 0x00, 0x0a, 0x05, 0x01, 0x03, 0x00, 0x00, 0x0b,
      ]);
      const { trap } = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports;
      setTimeout(trap);
    });
    const trapped = () => errors.some((e) => e.startsWith('uncaught: RuntimeError'));
    for (const deadline = Date.now() + 5000; !trapped() && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.ok(trapped(), `the page's own module trapped: ${errors.join('\n')}`);
    await addCard(page, 'Black Narcissus');
    await page.waitForFunction(() => document.body.lastElementChild.shadowRoot?.querySelector('.fc-card__title'));
    assert.equal(
      await page.evaluate(() => document.body.lastElementChild.shadowRoot.querySelector('.fc-card__title').textContent),
      'Black Narcissus',
      'a card added after the trap still mounts',
    );
    assert.deepEqual(errors.filter((e) => e.startsWith('filmcard:')), [], errors.join('\n'));
  } finally {
    await context.close();
  }
});
