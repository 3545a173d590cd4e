// The trailer player (crates/film/src/contract.rs: PLAYER_SCRIPT, from web/src/player.js): a file
// of its own beside the bundle, fetched only when a reader points at, focuses or presses a card's
// "Play trailer", once for every card on the page; when it cannot be had, the button says so and
// the rest of the card works. The requests are counted by the bundle's own server, so every
// engine checks them. What the dialog does once open is features.test.mjs's and a11y.test.mjs's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, serveBundle } from './harness.mjs';
import { launch, watchedPage, ENGINE, CANNOT } from './engines/index.mjs';
import { PLAYER_SCRIPT } from '../../web/src/contract.js';

const readsConsole = !CANNOT.console[ENGINE];
const ROOT = new URL('../../', import.meta.url).pathname;
const narcissus = await readFile(`${ROOT}demo/black-narcissus.json`, 'utf8');
const PLAYER = `/${PLAYER_SCRIPT}`;
const UNAVAILABLE =
  `filmcard: the trailer player could not be loaded: upload ${PLAYER_SCRIPT} beside filmcard.js with the ` +
  "bundle's other files, and allow it where the page's Content-Security-Policy allows filmcard.js";

let cdn;
let cdnWithout;
let blog;
let browser;
const requested = [];

/** A post with two cards of the same film, each with a trailer to play, loading `bundle`. */
const post = (bundle) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>A post</title>
    <link rel="icon" href="data:," />
  </head>
  <body>
    <film-card id="first" collapse-at="100"><script type="application/json">${narcissus}</script></film-card>
    <p>Between the cards.</p>
    <film-card id="second" loading="eager"><script type="application/json">${narcissus}</script></film-card>
    <script type="module" src="${bundle}/filmcard.js"></script>
  </body>
</html>`;

before(async () => {
  cdn = await serveBundle({ log: requested });
  // A bundle uploaded without the player.
  cdnWithout = await serveBundle({ missing: [PLAYER], log: requested });
  blog = await serve(`${ROOT}tests/e2e/fixtures`, {
    files: {
      '/post.html': post(cdn.url),
      '/without.html': post(cdnWithout.url),
      // A policy that names the bundle's files one by one, from before the player was a file.
      '/policy.html': post(cdn.url),
    },
    headers: (path) =>
      path === '/policy.html'
        ? {
            'content-security-policy':
              `default-src 'none'; script-src ${cdn.url}/filmcard.js ${cdn.url}/filmcard-core.js 'wasm-unsafe-eval'; ` +
              `connect-src ${cdn.url}; style-src 'self'; frame-src https://www.youtube-nocookie.com`,
          }
        : {},
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await blog?.close();
  await cdnWithout?.close();
  await cdn?.close();
});

/** Opens `path` and waits until both cards are whole (their reviews in, nothing busy). */
async function open(path) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  // There is no internet here: the video host's player is refused, which the dialog does not mind.
  await context.route?.((url) => /youtube/.test(url.hostname), (route) => route.abort());
  const { page, errors } = await watchedPage(context);
  requested.length = 0;
  await page.goto(`${blog.url}${path}`);
  await page.waitForFunction(() =>
    ['first', 'second'].every((id) => {
      const root = document.getElementById(id)?.shadowRoot;
      return root?.querySelector('.fc-review') && !root.querySelector('[aria-busy="true"]');
    }),
  );
  return { context, page, errors };
}

const playerFetches = () => requested.filter((path) => path === PLAYER).length;

/** Waits until the player has been asked for, up to 5 s. */
async function untilFetched(page) {
  const end = Date.now() + 5000;
  while (playerFetches() === 0 && Date.now() < end) await page.waitForTimeout(50);
}

/** The dialog in card `id` now: open and modal, its heading naming it, its iframe. */
const dialogIn = (page, id) =>
  page.evaluate((hostId) => {
    const root = document.getElementById(hostId).shadowRoot;
    const dialog = root.querySelector('dialog.fc-player');
    return dialog && {
      open: dialog.open,
      modal: dialog.matches(':modal'),
      name: root.getElementById(dialog.getAttribute('aria-labelledby'))?.textContent ?? null,
      src: dialog.querySelector('iframe')?.getAttribute('src') ?? null,
      inCard: dialog.previousElementSibling?.matches('.fc-card__trailer') ?? false,
    };
  }, id);

/** Waits until card `id`'s focus is back on its Play trailer button. */
const focusBackOnPlay = (page, id) =>
  page.waitForFunction(
    (hostId) => document.getElementById(hostId).shadowRoot.activeElement?.matches('.fc-trailer--play'),
    id,
    { timeout: 5000 },
  );

test('the player is fetched only when a reader reaches for Play trailer, once for every card, and opens on first use by mouse and by keyboard', async () => {
  const { context, page, errors } = await open('/post.html');
  try {
    // Anything the widget would fetch on its own has had its chance by now.
    await page.waitForTimeout(500);
    assert.ok(requested.includes('/filmcard-core_bg.wasm'), "the bundle's wasm was fetched");
    assert.equal(playerFetches(), 0, 'no player before a reader reaches for it');

    // The mouse: pointing at the button fetches the player, pressing it opens it.
    const first = page.locator('#first .fc-trailer--play');
    await first.scrollIntoViewIfNeeded();
    await first.hover();
    await untilFetched(page);
    assert.equal(playerFetches(), 1, 'pointing at Play trailer fetches the player');
    await first.click();
    await page.locator('#first dialog.fc-player[open]').waitFor();
    assert.deepEqual(await dialogIn(page, 'first'), {
      open: true,
      modal: true,
      name: 'Black Narcissus trailer',
      src: 'https://www.youtube-nocookie.com/embed/ZpA4JjStM5E?autoplay=1',
      inCard: true,
    });
    await page.locator('#first .fc-player__close').click();
    await page.locator('#first dialog').waitFor({ state: 'detached', timeout: 5000 });
    await focusBackOnPlay(page, 'first');

    // The keyboard, on the other card: focus and Enter open it; Escape closes it.
    await page.locator('#second .fc-trailer--play').focus();
    await page.keyboard.press('Enter');
    await page.locator('#second dialog.fc-player[open]').waitFor();
    assert.equal((await dialogIn(page, 'second')).modal, true);
    await page.keyboard.press('Escape');
    await page.locator('#second dialog').waitFor({ state: 'detached', timeout: 5000 });
    await focusBackOnPlay(page, 'second');

    assert.equal(playerFetches(), 1, 'one fetch for both cards and both openings');
    assert.equal(await page.locator('#first .fc-trailer--play[aria-disabled]').count(), 0);
    // The refused video page may log its failed load; nothing else may.
    assert.deepEqual(errors.filter((error) => error.startsWith('filmcard:') || error.startsWith('uncaught')), []);
  } finally {
    await context.close();
  }
});

test('a first press, with nothing fetched before it, opens the player', async () => {
  const { context, page } = await open('/post.html');
  try {
    // Pressed from the page by script: no pointer over it, no focus first.
    await page.evaluate(() => document.getElementById('second').shadowRoot.querySelector('.fc-trailer--play').click());
    await page.locator('#second dialog.fc-player[open]').waitFor();
    assert.equal((await dialogIn(page, 'second')).modal, true);
    assert.equal(playerFetches(), 1);
  } finally {
    await context.close();
  }
});

for (const [why, path] of [
  ['it is missing', '/without.html'],
  ["the page's Content-Security-Policy does not allow it", '/policy.html'],
]) {
  test(`when the player cannot be had (${why}), Play trailer says so and the rest of the card works`, async () => {
    const { context, page, errors } = await open(path);
    try {
      const play = page.locator('#first .fc-trailer--play');
      await play.scrollIntoViewIfNeeded();
      await play.click();
      await page.waitForFunction(
        () => document.getElementById('first').shadowRoot.querySelector('.fc-trailer--play').getAttribute('aria-disabled') === 'true',
        null,
        { timeout: 5000 },
      );
      assert.equal(await page.locator('#first dialog').count(), 0, 'no dialog');
      // Pointing at the button again asks for nothing more: only a press tries again.
      const asked = playerFetches();
      await page.mouse.move(0, 0);
      await play.hover();
      await page.waitForTimeout(300);
      assert.equal(playerFetches(), asked, 'no request on pointing after a failure');
      if (readsConsole) assert.deepEqual(errors.filter((text) => text.startsWith('filmcard:')), [UNAVAILABLE]);
      // The rest of the card is as it was: its title, and a review that still opens.
      assert.equal(await page.locator('#first .fc-card__title').textContent(), 'Black Narcissus');
      const more = page.locator('#first .fc-review__toggle');
      assert.ok((await more.count()) > 0, 'a collapsed review');
      await more.first().click();
      await page.waitForFunction(
        () => document.getElementById('first').shadowRoot.querySelector('.fc-review__toggle')?.getAttribute('aria-expanded') === 'true',
        null,
        { timeout: 5000 },
      );
      assert.equal(await page.evaluate(() => document.documentElement.style.overflow), '', "the page's scrolling is untouched");
    } finally {
      await context.close();
    }
  });
}
