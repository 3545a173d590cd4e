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
    await page.evaluate(() => document.body.append(document.createElement('film-card')));
    const ticks = await page.evaluate(() => window.hostTicks);
    await page.waitForFunction((before) => window.hostTicks > before + 3, ticks);

    assert.deepEqual(await titles(), ['The Red Shoes', 'The Tales of Hoffmann'], 'both cards are still readable');
    const ours = errors.filter((e) => e.startsWith('filmcard:'));
    assert.equal(ours.length, 1, errors.join('\n'));
    assert.match(ours[0], /stopped after an internal error[\s\S]*panic probe/);
  } finally {
    await context.close();
  }
});
