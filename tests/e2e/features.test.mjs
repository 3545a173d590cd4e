// The reader-facing features of the card, on the demo page (target/site) and on fixture pages
// that embed the dist/ bundle: the trailer player, links to reviews, spoilers, copying a link,
// Show all, sorting, languages and label overrides.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, everyCardShown, serveBundle } from './harness.mjs';
import { launch, watchedPage, runAxe, unless, cannot, ENGINE, CANNOT } from './engines/index.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const SITE = `${ROOT}target/site`;
const FIXTURES = `${ROOT}tests/e2e/fixtures`;
const template = await readFile(`${FIXTURES}/features-page.html`, 'utf8');
const redShoes = JSON.parse(await readFile(`${ROOT}demo/the-red-shoes.json`, 'utf8'));
const narcissusText = await readFile(`${ROOT}demo/black-narcissus.json`, 'utf8');
const narcissus = JSON.parse(narcissusText);
const byId = Object.fromEntries(narcissus.reviews.map((review) => [review.id, review]));
// The video sites' hosts, and those their players load from.
const VIDEO_HOST = /youtube|vimeo|ytimg|googlevideo/;

let site;
let cdn;
let fixtures;
let browser;
const files = { '/black-narcissus.json': narcissusText };

before(async () => {
  site = await serve(SITE);
  cdn = await serveBundle();
  fixtures = await serve(FIXTURES, { files });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await fixtures?.close();
  await cdn?.close();
  await site?.close();
});

// ---------------------------------------------------------------------------------------------
// Helpers

const cardsShown = (page) => everyCardShown(page);

/** Waits up to `timeout` ms for `predicate` without failing: the assertion after it says what is wrong. */
async function settle(page, predicate, arg, timeout = 3000) {
  await page.waitForFunction(predicate, arg, { timeout }).catch(() => {});
}

/** Opens `path` on the demo site in a fresh context and waits for every card. */
async function openDemo(path = '/', contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  try {
    const { page, errors } = await watchedPage(context);
    await page.goto(`${site.url}${path}`);
    await cardsShown(page);
    return { context, page, errors };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** Serves a fixture page of hosts on the dist bundle, the page's `<html lang>` set to `lang`. */
function addPage(path, hosts, lang = 'en') {
  files[path] = template
    .replaceAll('{{CDN}}', cdn.url)
    .replace('{{LANG}}', lang)
    .replace('{{CARDS}}', () => hosts.join('\n'));
  return path;
}

/** A host with its film inline. */
function inline(id, film, attributes = '') {
  const json = JSON.stringify(film).replaceAll('<', '\\u003c');
  return `<film-card id="${id}" ${attributes}><script type="application/json">${json}</script></film-card>`;
}

/** Opens a fixture page in a fresh context and waits for every host. */
async function openFixture(path, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  try {
    const { page, errors } = await watchedPage(context);
    await page.goto(`${fixtures.url}${path}`);
    await cardsShown(page);
    return { context, page, errors };
  } catch (error) {
    await context.close();
    throw error;
  }
}

const hostAt = (page, index) => page.locator('film-card').nth(index);

/** The ids (`review-…`) of the reviews a host lists, in order. */
function reviewIds(page, index) {
  return page.evaluate((i) => [...document.querySelectorAll('film-card')[i].shadowRoot.querySelectorAll('.fc-review')].map((li) => li.id), index);
}

/** The id and class of the element focused in a host's shadow root, and whether the host has the page's focus. */
function focusIn(page, index) {
  return page.evaluate((i) => {
    const element = document.querySelectorAll('film-card')[i];
    const focused = element.shadowRoot.activeElement;
    return { hostFocused: document.activeElement === element, id: focused?.id ?? null, className: focused?.className ?? null };
  }, index);
}

/** Whether the element with `id` in a host's shadow root lies wholly inside the viewport. */
function inViewport(page, index, id) {
  return page.evaluate(
    ([i, elementId]) => {
      const box = document.querySelectorAll('film-card')[i].shadowRoot.getElementById(elementId).getBoundingClientRect();
      const inside = box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth;
      return inside || `not in view: top ${box.top}, bottom ${box.bottom}, view ${window.innerWidth}×${window.innerHeight}, scrollY ${window.scrollY}`;
    },
    [index, id],
  );
}

const GRADES = ['F', 'D-', 'D', 'D+', 'C-', 'C', 'C+', 'B-', 'B', 'B+', 'A-', 'A', 'A+'];

/**
 * A rating as thousandths of its best, rounded as the widget rounds: a score is value/best (a bare
 * number is out of 10), stars are halves/(2 × best, 5 by default), grades index/12. Null when unrated.
 */
function perMille(rating) {
  const share = (value, best) => Math.floor((value * 1000 + Math.floor(best / 2)) / best);
  if (rating === undefined || rating === null) return null;
  if (typeof rating === 'number') return share(Math.round(rating * 10), 100);
  if (typeof rating === 'string') return share(GRADES.indexOf(rating), GRADES.length - 1);
  if ('stars' in rating) return share(Math.round(rating.stars * 2), (rating.best ?? 5) * 2);
  return share(Math.round(rating.value * 10), Math.round((rating.best ?? 10) * 10));
}

/** The reviews ordered by `key` (smaller first); reviews without a key go last; ties keep data order. */
function orderBy(reviews, key) {
  return reviews
    .map((review, index) => ({ review, index, key: key(review) }))
    .sort((a, b) => (a.key === null) - (b.key === null) || (a.key ?? 0) - (b.key ?? 0) || a.index - b.index)
    .map(({ review }) => review);
}

const newest = (reviews) => orderBy(reviews, (r) => (r.date ? -Number(r.date.replaceAll('-', '')) : null));
const highest = (reviews) => orderBy(reviews, (r) => (perMille(r.rating) === null ? null : -perMille(r.rating)));
const lowest = (reviews) => orderBy(reviews, (r) => perMille(r.rating));

// ---------------------------------------------------------------------------------------------
// a. The trailer player

/** What the second demo card's trailer dialog and the page around it look like now. */
function playerState(page) {
  return page.evaluate(() => {
    const element = document.querySelectorAll('film-card')[1];
    const root = element.shadowRoot;
    const dialog = root.querySelector('dialog.fc-player');
    const iframe = root.querySelector('iframe');
    const focused = root.activeElement;
    return {
      dialogs: root.querySelectorAll('dialog').length,
      iframes: root.querySelectorAll('iframe').length,
      open: dialog?.open ?? null,
      modal: dialog?.matches(':modal') ?? null,
      closeButton: dialog?.querySelector('.fc-player__close')?.textContent ?? null,
      iframe: iframe && {
        src: iframe.getAttribute('src'),
        title: iframe.getAttribute('title'),
        allow: iframe.getAttribute('allow'),
        referrerpolicy: iframe.getAttribute('referrerpolicy'),
      },
      overflow: document.documentElement.style.overflow,
      scrollY: window.scrollY,
      focusOnPlay: document.activeElement === element && Boolean(focused?.matches('.fc-trailer--play')),
    };
  });
}

test(...unless('the trailer plays in a modal dialog only when asked, and closing it gives the page back', cannot('requests')), async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  const requests = [];
  // There is no internet here: requests to the video site are recorded, then refused.
  await context.route((url) => VIDEO_HOST.test(url.hostname), (route) => route.abort());
  try {
    const { page, errors } = await watchedPage(context);
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${site.url}/`);
    await cardsShown(page);
    await page.waitForLoadState('networkidle');
    const videoRequests = () => requests.filter((url) => VIDEO_HOST.test(new URL(url).hostname));
    assert.deepEqual(videoRequests(), [], 'nothing is requested from a video site before Play');

    const card = hostAt(page, 1);
    const play = card.locator('.fc-trailer--play');
    assert.equal(await play.count(), 1, 'a YouTube trailer is a Play button');
    assert.equal(await play.evaluate((button) => button.localName), 'button');
    assert.equal(await play.getAttribute('aria-haspopup'), 'dialog');
    assert.equal(await play.getAttribute('aria-label'), `Play trailer: ${narcissus.trailer.label}`);
    assert.match(await play.textContent(), /^▶\s*Play trailer$/);
    assert.equal(await card.locator('dialog, iframe').count(), 0, 'no dialog and no player before Play');

    await play.scrollIntoViewIfNeeded();
    let before = await playerState(page);
    const expectedIframe = {
      src: 'https://www.youtube-nocookie.com/embed/ZpA4JjStM5E?autoplay=1',
      title: narcissus.trailer.label,
      allow: 'autoplay; fullscreen; picture-in-picture',
      referrerpolicy: 'strict-origin-when-cross-origin',
    };

    /** Opens the dialog with the Play button and checks everything about it. */
    const openAndCheck = async (round) => {
      const requested = page.waitForRequest((request) => VIDEO_HOST.test(new URL(request.url()).hostname), { timeout: 5000 });
      await play.click();
      await card.locator('dialog.fc-player[open]').waitFor();
      await requested;
      const open = await playerState(page);
      assert.equal(open.dialogs, 1, round);
      assert.equal(open.open, true, `${round}: the dialog is open`);
      assert.equal(open.modal, true, `${round}: the dialog is modal (:modal)`);
      assert.equal(open.closeButton, 'Close', round);
      assert.deepEqual(open.iframe, expectedIframe, `${round}: the player's iframe`);
      assert.equal(open.overflow, 'hidden', `${round}: the page's overflow is hidden`);
      assert.deepEqual(videoRequests(), [expectedIframe.src], `${round}: the player's page, and only it, is asked for`);
      // The wheel over the backdrop does not move the page behind, towards whichever end it
      // could move to.
      const room = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight - window.scrollY);
      await page.mouse.move(10, 10);
      await page.mouse.wheel(0, room > 100 ? 600 : -600);
      await page.waitForTimeout(400);
      assert.equal(await page.evaluate(() => window.scrollY), open.scrollY, `${round}: the page behind the dialog does not scroll`);
      return open;
    };

    /** Checks the dialog is gone and the page is as it was, focus on Play. */
    const checkClosed = async (round) => {
      await card.locator('dialog').waitFor({ state: 'detached', timeout: 5000 });
      await settle(page, () => document.querySelectorAll('film-card')[1].shadowRoot.activeElement?.matches('.fc-trailer--play'));
      const closed = await playerState(page);
      assert.equal(closed.dialogs, 0, `${round}: the dialog is removed`);
      assert.equal(closed.iframes, 0, `${round}: the player is removed`);
      assert.equal(closed.overflow, before.overflow, `${round}: the page's overflow is restored`);
      assert.equal(closed.focusOnPlay, true, `${round}: the focus is back on Play trailer`);
      // And the page scrolls again.
      const scrollY = closed.scrollY;
      await page.mouse.wheel(0, scrollY > 0 ? -300 : 300);
      await settle(page, (y) => window.scrollY !== y, scrollY, 2000);
      assert.notEqual(await page.evaluate(() => window.scrollY), scrollY, `${round}: the page scrolls again`);
    };

    await openAndCheck('first opening');
    const results = await runAxe(page);
    assert.deepEqual(results.violations, [], 'axe, with the dialog open');
    assert.ok(results.passes > 10, 'axe ran its checks');
    await page.keyboard.press('Escape');
    await checkClosed('closed with Escape');

    // A page with an overflow style of its own gets it back.
    requests.length = 0;
    await page.evaluate(() => {
      document.documentElement.style.overflow = 'auto';
    });
    await play.scrollIntoViewIfNeeded();
    before = await playerState(page);
    assert.equal(before.overflow, 'auto');
    await openAndCheck('second opening');
    await card.locator('.fc-player__close').click();
    await checkClosed('closed with the Close button');
    // The refused player page may log its failed load (Firefox's error page in the frame, whose
    // origin is null, refuses a message posted to it); nothing else may.
    assert.deepEqual(errors.filter((error) => !/ERR_FAILED|Failed to load resource|recipient window’s origin \(‘null’\)/.test(error)), []);
  } finally {
    await context.close();
  }
});

// ---------------------------------------------------------------------------------------------
// b. trailer="link"

test(...unless('trailer="link" keeps a YouTube trailer a plain link: no Play button, no dialog, no request', cannot('requests')), async () => {
  const path = addPage('/features-trailer-link.html', [
    '<film-card id="link" src="black-narcissus.json" trailer="link"></film-card>',
    '<film-card id="player" src="black-narcissus.json"></film-card>',
  ]);
  const context = await browser.newContext();
  const requests = [];
  await context.route((url) => VIDEO_HOST.test(url.hostname), (route) => route.abort());
  try {
    const { page, errors } = await watchedPage(context);
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${fixtures.url}${path}`);
    await cardsShown(page);
    const link = page.locator('#link .fc-trailer');
    assert.equal(await link.count(), 1);
    assert.equal(await link.evaluate((element) => element.localName), 'a');
    assert.equal(await link.getAttribute('href'), narcissus.trailer.url);
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
    assert.equal(await link.getAttribute('aria-haspopup'), null);
    assert.equal(await page.locator('#link .fc-trailer--play, #link button[aria-haspopup]').count(), 0, 'no Play button');
    assert.equal(await page.locator('#player .fc-trailer--play').count(), 1, 'without the attribute the same film has one');
    // Hovering and focusing the link loads nothing either.
    await link.hover();
    await link.focus();
    await page.waitForLoadState('networkidle');
    assert.equal(await page.locator('#link dialog, #link iframe').count(), 0, 'no dialog');
    assert.deepEqual(requests.filter((url) => VIDEO_HOST.test(new URL(url).hostname)), []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

// ---------------------------------------------------------------------------------------------
// c. Links to a review

test('a link to a review opens it, scrolls it into view and focuses it; so does a later hashchange', async () => {
  const { context, page, errors } = await openDemo('/#review-r24');
  try {
    await settle(page, () => document.querySelectorAll('film-card')[1].shadowRoot.activeElement?.id === 'review-r24');
    assert.deepEqual(await focusIn(page, 1), { hostFocused: true, id: 'review-r24', className: 'fc-review' }, '#review-r24 is focused');
    assert.equal(await inViewport(page, 1, 'review-r24'), true, 'and within the viewport');
    const r24 = page.locator('film-card').nth(1).locator('#review-r24');
    assert.equal(await r24.locator('.fc-review__text').textContent(), byId.r24.text, 'and shown whole');
    assert.equal(await r24.getAttribute('tabindex'), '-1');

    // A link followed later: the spoiler, r6, which is also long enough to collapse.
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      location.hash = '#review-r6';
    });
    await settle(page, () => document.querySelectorAll('film-card')[1].shadowRoot.activeElement?.id === 'review-r6');
    assert.deepEqual(await focusIn(page, 1), { hostFocused: true, id: 'review-r6', className: 'fc-review' }, '#review-r6 is focused');
    assert.equal(await inViewport(page, 1, 'review-r6'), true, 'and within the viewport');
    const r6 = page.locator('film-card').nth(1).locator('#review-r6');
    assert.equal(await r6.locator('.fc-review__spoiler').count(), 0, 'the spoiler warning is gone');
    assert.equal(await r6.locator('.fc-review__text').textContent(), byId.r6.text, 'its text shows, whole');
    assert.equal(await r6.locator('.fc-review__toggle').getAttribute('aria-expanded'), 'true', 'not collapsed');

    // A link to the last review in the newest-first order, beyond the first ten: all are shown.
    const last = newest(narcissus.reviews).at(-1).id;
    await page.evaluate((id) => {
      location.hash = `#review-${id}`;
    }, last);
    await settle(page, (id) => document.querySelectorAll('film-card')[1].shadowRoot.activeElement?.id === `review-${id}`, last);
    assert.equal((await reviewIds(page, 1)).length, narcissus.reviews.length, 'every review is listed');
    assert.deepEqual(await focusIn(page, 1), { hostFocused: true, id: `review-${last}`, className: 'fc-review' });
    assert.equal(await inViewport(page, 1, `review-${last}`), true);
    assert.equal(await hostAt(page, 1).locator('.fc-reviews__more').getAttribute('aria-expanded'), 'true');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a link on load to a review beyond the first ten shows every review, in order, and focuses it', async () => {
  const order = newest(narcissus.reviews).map((review) => `review-${review.id}`);
  const target = order[20];
  const { context, page, errors } = await openDemo(`/#${target}`);
  try {
    await settle(page, (id) => document.querySelectorAll('film-card')[1].shadowRoot.activeElement?.id === id, target);
    assert.deepEqual(await reviewIds(page, 1), order, 'all 24, newest first');
    assert.deepEqual(await focusIn(page, 1), { hostFocused: true, id: target, className: 'fc-review' });
    assert.equal(await inViewport(page, 1, target), true);
    assert.equal(await page.evaluate(() => window.scrollY > 0), true, 'the page scrolled to it');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

// ---------------------------------------------------------------------------------------------
// d. Spoilers

test("a spoiler review shows a warning instead of its text until asked, then the focus moves to the review", async () => {
  const { context, page, errors } = await openDemo();
  try {
    const review = hostAt(page, 1).locator('.fc-review').filter({ has: page.locator('.fc-review__author', { hasText: 'harriet_b' }) });
    assert.equal(await review.getAttribute('id'), 'review-r6');
    const warning = review.locator('.fc-review__spoiler');
    assert.equal(await warning.textContent(), 'Contains spoilers — show review');
    assert.equal(await warning.getAttribute('aria-label'), 'Contains spoilers — show review: review by harriet_b');
    assert.equal(await review.locator('.fc-review__text').count(), 0, 'no text element');
    const shown = await review.textContent();
    for (const words of ['bell tower', 'red dress', 'Sister Ruth']) assert.ok(!shown.includes(words), `"${words}" is not in the review before the click`);
    assert.equal(await review.locator('.fc-review__toggle').count(), 0, 'and no View More either');

    await warning.click();
    const text = review.locator('.fc-review__text');
    await text.waitFor();
    assert.equal(await text.isVisible(), true);
    // 310 characters: it shows collapsed, like any long review.
    const collapsed = await text.textContent();
    assert.ok(collapsed.endsWith('…') && byId.r6.text.startsWith(collapsed.slice(0, -1)), collapsed);
    assert.equal(await review.locator('.fc-review__spoiler').count(), 0, 'the warning is gone');
    assert.equal(await review.locator('.fc-review__toggle').getAttribute('aria-expanded'), 'false');
    await settle(page, () => document.querySelectorAll('film-card')[1].shadowRoot.activeElement?.id === 'review-r6');
    assert.deepEqual(await focusIn(page, 1), { hostFocused: true, id: 'review-r6', className: 'fc-review' }, 'the focus is on the review');
    await review.locator('.fc-review__toggle').click();
    assert.equal(await text.textContent(), byId.r6.text);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

// ---------------------------------------------------------------------------------------------
// e. Copy link

test(...unless('Copy link puts the address of the review on the clipboard and says so', cannot('clipboard')), async () => {
  const context = await browser.newContext();
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    const { page, errors } = await watchedPage(context);
    await page.goto(`${site.url}/`);
    await cardsShown(page);
    const readClipboard = () => page.evaluate(() => navigator.clipboard.readText());

    // A review with an id: the second card's first review, r24.
    const review = hostAt(page, 1).locator('#review-r24');
    const button = review.locator('.fc-review__link');
    const status = review.locator('[role=status]');
    assert.equal(await button.textContent(), 'Copy link');
    assert.equal(await button.getAttribute('aria-label'), 'Copy link: review by Noor');
    assert.equal(await button.getAttribute('part'), 'copy-link');
    assert.equal(await status.textContent(), '', 'the status is silent before a copy');
    await button.click();
    await settle(page, (origin) => navigator.clipboard.readText().then((text) => text === `${origin}/#review-r24`), site.url);
    assert.equal(await readClipboard(), `${site.url}/#review-r24`);
    assert.equal(await button.textContent(), 'Link copied');
    assert.equal(await button.getAttribute('aria-label'), 'Link copied: review by Noor');
    assert.equal(await status.textContent(), 'Link copied');

    // A review without an id: the first card's first review, anchored by a stable hash.
    const first = hostAt(page, 0).locator('.fc-review').first();
    const anchor = await first.getAttribute('id');
    assert.match(anchor, /^review-[A-Za-z0-9_-]+$/);
    await first.locator('.fc-review__link').click();
    const copied = `${site.url}/#${anchor}`;
    await settle(page, (url) => navigator.clipboard.readText().then((text) => text === url), copied);
    assert.equal(await readClipboard(), copied);
    assert.equal(await first.locator('[role=status]').textContent(), 'Link copied');

    // The copied address leads back to that review, after a reload too.
    await page.goto(copied);
    await page.reload();
    await cardsShown(page);
    await settle(page, (id) => document.querySelector('film-card').shadowRoot.activeElement?.id === id, anchor);
    assert.deepEqual(await focusIn(page, 0), { hostFocused: true, id: anchor, className: 'fc-review' }, 'the anchor is the same after a reload');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test(...unless('without a clipboard (a page not on HTTPS), Copy link shows the review address in the address bar', cannot('initScript')), async () => {
  const context = await browser.newContext();
  try {
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
    const { page, errors } = await watchedPage(context);
    await page.goto(`${site.url}/`);
    await cardsShown(page);
    const review = hostAt(page, 1).locator('#review-r24');
    await review.locator('.fc-review__link').click();
    await settle(page, () => location.hash === '#review-r24');
    assert.equal(new URL(page.url()).hash, '#review-r24');
    assert.equal(await review.locator('.fc-review__link').textContent(), 'Copy link', 'it does not claim a copy');
    assert.equal(await review.locator('[role=status]').textContent(), '');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

// ---------------------------------------------------------------------------------------------
// f. Show all

test('Show all adds the other 14 reviews; Show fewer goes back to ten', async () => {
  const { context, page, errors } = await openDemo();
  try {
    const card = hostAt(page, 1);
    const more = card.locator('.fc-reviews__more');
    const order = newest(narcissus.reviews).map((review) => `review-${review.id}`);
    assert.deepEqual(await reviewIds(page, 1), order.slice(0, 10));
    assert.equal(await more.textContent(), 'Show all 24 reviews');
    assert.equal(await more.getAttribute('aria-expanded'), 'false');
    await more.click();
    await settle(page, () => document.querySelectorAll('film-card')[1].shadowRoot.querySelectorAll('.fc-review').length === 24);
    assert.deepEqual(await reviewIds(page, 1), order, 'all 24, still newest first');
    assert.equal(await more.getAttribute('aria-expanded'), 'true');
    assert.equal(await more.textContent(), 'Show fewer reviews');
    assert.equal(await card.locator('.fc-reviews__list').getAttribute('aria-busy'), null, 'the list is no longer busy');
    await more.click();
    await settle(page, () => document.querySelectorAll('film-card')[1].shadowRoot.querySelectorAll('.fc-review').length === 10);
    assert.deepEqual(await reviewIds(page, 1), order.slice(0, 10));
    assert.equal(await more.textContent(), 'Show all 24 reviews');
    assert.equal(await more.getAttribute('aria-expanded'), 'false');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('Show all on 130 reviews adds them 50 at a time, one batch per task, the list busy until the last', async () => {
  const film = {
    title: 'A Long List',
    reviews: Array.from({ length: 130 }, (_, i) => ({ id: `n${i + 1}`, author: `Reader ${i + 1}`, text: `Review ${i + 1}.` })),
  };
  const { context, page, errors } = await openFixture(addPage('/features-batches.html', [inline('long', film)]));
  try {
    assert.equal(await page.locator('#long .fc-review').count(), 10);
    // Each mutation callback runs at the end of the task that changed the list: one entry per task.
    await page.evaluate(() => {
      const root = document.getElementById('long').shadowRoot;
      window.seen = [];
      new MutationObserver(() => {
        const list = root.querySelector('.fc-reviews__list');
        window.seen.push([root.querySelectorAll('.fc-review').length, list.getAttribute('aria-busy')]);
      }).observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
    });
    const more = page.locator('#long .fc-reviews__more');
    assert.equal(await more.textContent(), 'Show all 130 reviews');
    await more.click();
    await settle(page, () => document.getElementById('long').shadowRoot.querySelectorAll('.fc-review').length === 130, undefined, 5000);
    const seen = await page.evaluate(() => window.seen);
    // Yew may spread one batch over several microtasks on a busy machine, so the steps are checked
    // for their size, not their exact counts: never more than a batch at a time, over several tasks.
    const counts = [...new Set(seen.map(([count]) => count))];
    const steps = counts.slice(1).map((count, index) => count - counts[index]);
    assert.equal(counts.at(-1), 130, JSON.stringify(seen));
    assert.ok(steps.every((step) => step > 0 && step <= 50), `no more than 50 reviews at a time: ${JSON.stringify(seen)}`);
    assert.ok(steps.length >= 3, `the 120 new reviews came in several steps: ${JSON.stringify(seen)}`);
    assert.ok(seen.some(([count, busy]) => count < 130 && busy === 'true'), `the list is busy while it grows: ${JSON.stringify(seen)}`);
    assert.equal(await page.locator('#long .fc-reviews__list').getAttribute('aria-busy'), null, 'and not once it is whole');
    assert.deepEqual(await reviewIds(page, 0), film.reviews.map((review) => `review-${review.id}`));
    assert.equal(await more.textContent(), 'Show fewer reviews');
    await more.click();
    // The first batch shrinks in an update of its own, after the later batches have gone.
    await settle(page, () => document.getElementById('long').shadowRoot.querySelectorAll('.fc-review').length === 10);
    assert.deepEqual(await reviewIds(page, 0), film.reviews.slice(0, 10).map((review) => `review-${review.id}`));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

// ---------------------------------------------------------------------------------------------
// g. Sorting

test('sort="newest" on the demo card lists the latest reviews first, with the average of all ratings', async () => {
  const { context, page, errors } = await openDemo();
  try {
    const card = hostAt(page, 1);
    const authors = await card.locator('.fc-review__author').allTextContents();
    assert.deepEqual(authors.slice(0, 3), ['Noor', 'Haruto', 'marco.r']);
    const dates = await card.locator('.fc-review__date').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
    assert.deepEqual(dates.slice(0, 3), ['2025-10-31', '2025-08-30', '2025-05-17']);
    assert.deepEqual(authors, newest(narcissus.reviews).slice(0, 10).map((review) => review.author));
    // The average over every rating, however it is written, out of 10.
    const shares = narcissus.reviews.map((review) => perMille(review.rating)).filter((share) => share !== null);
    const tenths = Math.floor((shares.reduce((sum, share) => sum + share, 0) + shares.length * 5) / (shares.length * 10));
    const visible = await card.locator('.fc-reviews__average').evaluate((p) => {
      const copy = p.cloneNode(true);
      copy.querySelectorAll('.fc-visually-hidden').forEach((hidden) => hidden.remove());
      return copy.textContent;
    });
    assert.equal(visible, `${(tenths / 10).toFixed(1)}/10 · ${shares.length} ratings`);
    assert.equal(visible, '8.3/10 · 22 ratings');
    assert.equal(await hostAt(page, 0).locator('.fc-reviews__average').count(), 0, 'no average without ratings');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('sort="highest" lists the best rated first, ties in data order, unrated last', async () => {
  const path = addPage('/features-highest.html', ['<film-card id="highest" src="black-narcissus.json" sort="highest" max-reviews="30"></film-card>']);
  const { context, page, errors } = await openFixture(path);
  try {
    const expected = highest(narcissus.reviews);
    assert.deepEqual(await reviewIds(page, 0), expected.map((review) => `review-${review.id}`));
    // The four top ratings are all full marks, each written its own way, in data order.
    const ratings = await page.locator('#highest .fc-review__rating [aria-hidden=true]').allTextContents();
    assert.deepEqual(ratings.slice(0, 4), ['★★★★★', '10/10', '★★★★★', 'A+']);
    assert.deepEqual(expected.slice(-2).map((review) => review.rating), [undefined, undefined], 'the unrated two are last');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('sort="lowest" on a card added to the page later lists the worst rated first, unrated last', async () => {
  const { context, page, errors } = await openDemo();
  try {
    await page.evaluate(() => {
      const late = document.createElement('film-card');
      late.id = 'lowest';
      late.setAttribute('src', 'black-narcissus.json');
      late.setAttribute('sort', 'lowest');
      late.setAttribute('max-reviews', '30');
      document.querySelector('main').append(late);
      late.scrollIntoView();
    });
    await page.locator('#lowest .fc-card__title').waitFor();
    const expected = lowest(narcissus.reviews);
    assert.equal(expected[0].author, 'Sabine K.', 'three stars of five, 600‰, before Graham\'s 6/10 by data order');
    // After the demo's two live cards, its prerendered one and the one from its JSON-LD.
    assert.deepEqual(await reviewIds(page, 4), expected.map((review) => `review-${review.id}`));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

// ---------------------------------------------------------------------------------------------
// h. Languages

const LANGUAGES = {
  en: { heading: 'Reviews', date: '22 October 1948', viewMore: 'View More', viewLess: 'View Less', showAll: 'Show all 24 reviews', average: '8.3/10 · 22 ratings' },
  fr: { heading: 'Avis', date: '22 octobre 1948', viewMore: 'Lire la suite', viewLess: 'Réduire', showAll: 'Afficher les 24 avis', average: '8,3/10 · 22 notes' },
  de: { heading: 'Rezensionen', date: '22. Oktober 1948', viewMore: 'Mehr anzeigen', viewLess: 'Weniger anzeigen', showAll: 'Alle 24 Rezensionen anzeigen', average: '8,3/10 · 22 Bewertungen' },
  es: { heading: 'Reseñas', date: '22 de octubre de 1948', viewMore: 'Ver más', viewLess: 'Ver menos', showAll: 'Mostrar las 24 reseñas', average: '8,3/10 · 22 valoraciones' },
  ja: { heading: 'レビュー', date: '1948年10月22日', viewMore: 'もっと見る', viewLess: '閉じる', showAll: '24件のレビューをすべて表示', average: '8.3/10 · 22件の評価' },
};
// The widget's own English words.
const ENGLISH = ['View More', 'Reviews', 'Show all', 'Copy link', 'Play trailer', 'Contains spoilers', 'ratings', 'out of', 'Rated '];

test('?lang=en, fr, de, es and ja: the live demo cards speak the page language, with no English left', async () => {
  const context = await browser.newContext();
  try {
    const { page, errors } = await watchedPage(context);
    for (const [lang, words] of Object.entries(LANGUAGES)) {
      await page.goto(`${site.url}/?lang=${lang}`);
      await cardsShown(page);
      // The live cards (the last one reads the page's JSON-LD); the prerendered one keeps the
      // language it was made in (lang="en").
      const seen = await page.evaluate(() =>
        [...document.querySelectorAll('film-card:not([lang])')].map((element) => {
          const root = element.shadowRoot;
          const average = root.querySelector('.fc-reviews__average')?.cloneNode(true);
          average?.querySelectorAll('.fc-visually-hidden').forEach((hidden) => hidden.remove());
          // Every word the widget itself shows or announces: its text without the data (which is
          // always in a dir=auto element), and the names of its controls.
          const own = root.querySelector('.fc-root').cloneNode(true);
          own.querySelectorAll('[dir=auto]').forEach((data) => data.remove());
          const names = [...root.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'));
          const words = [own.textContent, ...names].join('\n');
          return {
            lang: root.querySelector('.fc-root').getAttribute('lang'),
            heading: root.querySelector('.fc-reviews__heading').textContent,
            date: root.querySelector('.fc-release time')?.textContent,
            viewMore: root.querySelector('.fc-review__toggle')?.textContent ?? null,
            showAll: root.querySelector('.fc-reviews__more')?.textContent ?? null,
            average: average?.textContent ?? null,
            words,
          };
        }),
      );
      const [first, second] = seen;
      assert.equal(first.lang, lang);
      assert.equal(second.lang, lang);
      assert.equal(first.heading, words.heading, `${lang}: heading`);
      assert.equal(second.heading, words.heading, `${lang}: heading of the second card`);
      assert.equal(first.date, words.date, `${lang}: release date`);
      assert.equal(first.viewMore, words.viewMore, `${lang}: View More`);
      assert.equal(second.showAll, words.showAll, `${lang}: Show all`);
      assert.equal(second.average, words.average, `${lang}: average`);
      const toggle = hostAt(page, 0).locator('.fc-review__toggle').first();
      await toggle.click();
      assert.equal(await toggle.textContent(), words.viewLess, `${lang}: View Less`);
      if (lang === 'en') {
        // The check below finds every one of these words where they are.
        const all = seen.map((card) => card.words).join('\n');
        assert.deepEqual(ENGLISH.filter((word) => !all.includes(word)), [], 'en: the English words are all found');
        continue;
      }
      for (const [index, card] of seen.entries()) {
        const english = ENGLISH.filter((word) => card.words.includes(word));
        assert.deepEqual(english, [], `${lang}: no English left in card ${index + 1}`);
      }
    }
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a lang attribute on the element beats <html lang>', async () => {
  const path = addPage(
    '/features-lang.html',
    [
      '<film-card id="fr" lang="fr" src="black-narcissus.json"></film-card>',
      '<film-card id="page" src="black-narcissus.json"></film-card>',
    ],
    'de',
  );
  const { context, page, errors } = await openFixture(path);
  try {
    assert.equal(await page.locator('#fr .fc-reviews__heading').textContent(), 'Avis');
    assert.equal(await page.locator('#fr .fc-root').getAttribute('lang'), 'fr');
    assert.equal(await page.locator('#fr .fc-reviews__more').textContent(), 'Afficher les 24 avis');
    assert.equal(await page.locator('#fr .fc-release time').textContent(), '24 avril 1947');
    assert.equal(await page.locator('#page .fc-reviews__heading').textContent(), 'Rezensionen', 'without one, the page language');
    assert.equal(await page.locator('#page .fc-root').getAttribute('lang'), 'de');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

// ---------------------------------------------------------------------------------------------
// i. Label overrides

test('label-view-more="Keep reading" and "labels" in the data replace a label; the attribute wins', async () => {
  const withLabels = { ...redShoes, labels: { viewMore: 'Read on' } };
  const path = addPage('/features-labels.html', [
    inline('attribute', redShoes, 'label-view-more="Keep reading"'),
    inline('data', withLabels),
    inline('both', withLabels, 'label-view-more="Keep reading" lang="fr"'),
  ]);
  const { context, page, errors } = await openFixture(path);
  try {
    const labels = (id) => page.locator(`#${id} .fc-review__toggle`).allTextContents();
    assert.deepEqual(await labels('attribute'), Array(3).fill('Keep reading'));
    assert.equal(await page.locator('#attribute .fc-review__toggle').first().getAttribute('aria-label'), 'Keep reading: review by ib011f9545i');
    assert.deepEqual(await labels('data'), Array(3).fill('Read on'));
    assert.deepEqual(await labels('both'), Array(3).fill('Keep reading'), 'the attribute beats the data');
    // Only that label changes: the rest stays in the card's language.
    assert.equal(await page.locator('#both .fc-reviews__heading').textContent(), 'Avis');
    const toggle = page.locator('#both .fc-review__toggle').first();
    await toggle.click();
    assert.equal(await toggle.textContent(), 'Réduire');
    assert.equal(await page.locator('#attribute .fc-reviews__heading').textContent(), 'Reviews');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
