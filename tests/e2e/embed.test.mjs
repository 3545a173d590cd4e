// The bundle in dist/, embedded the way bloggers embed it: pages on one origin loading the
// script from a second origin, with hostile CSS, several data sources, and strict CSPs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { generateReviews } from '../../bench/pages.mjs';
import { serve, serveBundle } from './harness.mjs';
import { launch, watchedPage, unless, cannot, ENGINE, CANNOT } from './engines/index.mjs';

// Whether this engine's driver reads the console (WebKit's does not: its checks of the exact
// messages are left out there, the rest of each test runs).
const readsConsole = !CANNOT.console[ENGINE];

const ROOT = new URL('../../', import.meta.url).pathname;
const FIXTURES = `${ROOT}tests/e2e/fixtures`;
const film = await readFile(`${ROOT}demo/the-red-shoes.json`, 'utf8');
const many = JSON.stringify({
  title: 'Twelve Reviews',
  reviews: Array.from({ length: 12 }, (_, i) => ({ id: `r${i + 1}`, author: `Reader ${i + 1}`, text: `Review number ${i + 1} of twelve, long enough to be collapsed behind its button.` })),
});

let cdn;
let brokenCdns;
let blog;
let closedPort;
let browser;

const CSP = {
  '/csp.html': "default-src 'none'; img-src data:; script-src {{CDN}} 'wasm-unsafe-eval'; connect-src {{CDN}}; style-src 'self'",
  '/csp-no-wasm.html': "default-src 'none'; img-src data:; script-src {{CDN}}; connect-src {{CDN}}; style-src 'self'",
};

before(async () => {
  cdn = await serveBundle();
  brokenCdns = {
    missing: await serveBundle({ missing: ['/filmcard-core_bg.wasm'] }),
    corrupt: await serveBundle({ files: { '/filmcard-core_bg.wasm': 'this is not WebAssembly' } }),
    // A host that serves the wasm with another type than application/wasm.
    mistyped: await serve(new URL('../../dist', import.meta.url).pathname, {
      headers: (path) => ({ 'access-control-allow-origin': '*', ...(path.endsWith('.wasm') ? { 'content-type': 'application/octet-stream' } : {}) }),
    }),
  };
  const unused = await serve(FIXTURES);
  closedPort = unused.url;
  await unused.close();
  const fill = (text) =>
    text.replaceAll('{{CDN}}', cdn.url).replaceAll('{{FILM}}', film).replaceAll('{{MANY}}', many).replaceAll('{{CLOSED}}', closedPort);
  blog = await serve(FIXTURES, {
    files: {
      '/film.json': film,
      // The same film, answered late: a card above a linked review that grows after the link.
      '/film-slow.json': film,
      // …and answered after the widget has stopped holding a linked review in view (10 s).
      '/film-late.json': film,
      '/csp-no-wasm.html': fill(await readFile(`${FIXTURES}/csp.html`, 'utf8')),
      '/long-post-eager.html': fill(await readFile(`${FIXTURES}/long-post.html`, 'utf8')).replace('id="farther"', 'id="farther" loading="eager"'),
      // A theme that turns the browser's scroll anchoring off (as pages with endless scrolling
      // do): nothing but the widget keeps a linked review in view while a card above it grows.
      '/long-post-unanchored.html': fill(await readFile(`${FIXTURES}/long-post.html`, 'utf8')).replace('</style>', '* { overflow-anchor: none; }\n    </style>'),
      '/long-post-unanchored-late.html': fill(await readFile(`${FIXTURES}/long-post.html`, 'utf8'))
        .replace('</style>', '* { overflow-anchor: none; }\n    </style>')
        .replace('film-slow.json', 'film-late.json'),
      // The same post with a 3,000-review film inline: the loader estimates its height from the
      // start of the data only.
      '/article-big.html': fill(await readFile(`${FIXTURES}/article.html`, 'utf8')).replace(
        film,
        JSON.stringify({ ...JSON.parse(film), reviews: generateReviews(3000) }).replaceAll('<', '\\u003c'),
      ),
      ...Object.fromEntries(
        await Promise.all(
          Object.entries(brokenCdns).map(async ([problem, server]) => [
            `/wasm-${problem}.html`,
            fill(await readFile(`${FIXTURES}/plain.html`, 'utf8')).replaceAll(cdn.url, server.url),
          ]),
        ),
      ),
    },
    // film-late.json: its request may start before the link is handled (the wasm still
    // starting), by up to a couple of seconds in a slower engine or on a busy machine.
    delays: { '/film-slow.json': 1500, '/film-late.json': 13_000 },
    transform: (path, text) => fill(text),
    headers: (path) => (CSP[path] ? { 'content-security-policy': fill(CSP[path]) } : {}),
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await blog?.close();
  await cdn?.close();
  for (const server of Object.values(brokenCdns ?? {})) await server.close();
});

/** Opens a fixture page; collects console errors and uncaught exceptions. */
async function open(path, options = {}) {
  const context = await browser.newContext(options);
  const { page, errors } = await watchedPage(context);
  await page.goto(`${blog.url}${path}`);
  return { context, page, errors };
}

/** Waits until the host with this id shows a card, whole, or an error box, and returns what it shows. */
async function shown(page, id) {
  const handle = await page.waitForFunction((hostId) => {
    const host = document.getElementById(hostId);
    const busy = host?.shadowRoot?.querySelector('[aria-busy="true"]');
    const card = busy ? null : host?.shadowRoot?.querySelector('.fc-card__title, .fc-error');
    // A lazy card renders once it is near the viewport.
    if (!card) host?.scrollIntoView({ block: 'center' });
    const root = host?.shadowRoot;
    return card ? { kind: card.className, text: card.textContent, roots: root.querySelectorAll('.fc-root').length } : null;
  }, id);
  return handle.jsonValue();
}

test('every widget on the blog renders once, from inline JSON, src=, JSON-LD and a late insert', async () => {
  const { context, page, errors } = await open('/blog.html');
  try {
    assert.deepEqual(await shown(page, 'inline'), { kind: 'fc-card__title', text: 'The Red Shoes', roots: 1 });
    assert.deepEqual(await shown(page, 'remote'), { kind: 'fc-card__title', text: 'The Red Shoes', roots: 1 });
    assert.deepEqual(await shown(page, 'ld'), { kind: 'fc-card__title', text: 'Black Narcissus', roots: 1 });
    assert.deepEqual(await shown(page, 'late'), { kind: 'fc-card__title', text: 'A Matter of Life and Death', roots: 1 });
    assert.equal(await page.locator('#ld h3.fc-card__title').count(), 1, 'heading-level="3" is honoured');
    const broken = await shown(page, 'broken');
    assert.equal(broken.kind, 'fc-error');
    assert.match(broken.text, /title: must be text, found a number/);
    if (readsConsole) assert.deepEqual(errors, ['filmcard: title: must be text, found a number'], 'one prefixed message, nothing else');
    const ticks = await page.evaluate(() => window.hostTicks);
    await page.waitForFunction((before) => window.hostTicks > before + 2, ticks);
  } finally {
    await context.close();
  }
});

test('the host page hears ready, toggle and error events', async () => {
  const { context, page } = await open('/blog.html');
  try {
    await shown(page, 'late');
    // "ready" follows a card's render, possibly a task later, and the src= card may still be
    // loading when the late one shows: wait until every card has spoken.
    await page.waitForFunction(() => {
      const heard = window.filmcardEvents.filter((e) => ['filmcard:ready', 'filmcard:error'].includes(e.type));
      return new Set(heard.map((e) => e.target)).size >= 6;
    }, null, { timeout: 10_000 }).catch(() => {});
    await page.locator('#inline .fc-review__toggle').first().click();
    await page.locator('#long .fc-review__toggle').nth(2).click();
    await page.locator('#long .fc-review__toggle').nth(2).click();
    const events = await page.evaluate(() => window.filmcardEvents);
    const ready = events.filter((e) => e.type === 'filmcard:ready').map((e) => `${e.target}:${e.detail.title}`).sort();
    assert.deepEqual(ready, [
      'inline:The Red Shoes',
      'late:A Matter of Life and Death',
      'ld:Black Narcissus',
      'long:Twelve Reviews',
      'remote:The Red Shoes',
    ]);
    assert.deepEqual(events.filter((e) => e.type === 'filmcard:error'), [
      { type: 'filmcard:error', target: 'broken', detail: { message: 'title: must be text, found a number' } },
    ]);
    assert.deepEqual(events.filter((e) => e.type === 'filmcard:toggle').map((e) => [e.target, e.detail]), [
      ['inline', { id: '2', expanded: true }],
      ['long', { id: 'r3', expanded: true }],
      ['long', { id: 'r3', expanded: false }],
    ]);
  } finally {
    await context.close();
  }
});

test('max-reviews shows a first page and a button for the rest', async () => {
  const { context, page } = await open('/blog.html');
  try {
    await shown(page, 'long');
    const reviews = page.locator('#long .fc-review');
    assert.equal(await reviews.count(), 10);
    const more = page.locator('#long .fc-reviews__more');
    assert.equal(await more.textContent(), 'Show all 12 reviews');
    assert.equal(await more.getAttribute('aria-expanded'), 'false');
    await more.click();
    // The other reviews come in a later task than the click.
    await page.waitForFunction(() => {
      const root = document.getElementById('long').shadowRoot;
      return root.querySelectorAll('.fc-review').length === 12 && !root.querySelector('.fc-reviews__list[aria-busy=true]');
    }, null, { timeout: 5000 }).catch(() => {});
    assert.equal(await reviews.count(), 12);
    assert.equal(await more.textContent(), 'Show fewer reviews');
    assert.equal(await more.getAttribute('aria-expanded'), 'true');
  } finally {
    await context.close();
  }
});

/** Computed styles of the parts of a card that host CSS would most likely reach. */
function cardStyles(page) {
  return page.evaluate(() => {
    const root = document.getElementById('inline').shadowRoot;
    const pick = (selector, properties) => {
      const style = getComputedStyle(root.querySelector(selector));
      return Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]));
    };
    const text = ['font-family', 'font-size', 'font-style', 'color', 'line-height', 'letter-spacing', 'text-transform', 'display'];
    return {
      card: pick('.fc-card', ['display', 'background-color', 'width', 'border-top-width']),
      title: pick('.fc-card__title', text),
      review: pick('.fc-review__text', text),
      button: pick('.fc-review__toggle', [...text, 'background-color']),
    };
  });
}

test(...unless('hostile page CSS changes nothing inside the widget: styles and pixels match a plain page', cannot('pixelExact')), async () => {
  const plain = await open('/plain.html');
  const hostile = await open('/blog.html');
  try {
    await shown(plain.page, 'inline');
    await shown(hostile.page, 'inline');
    assert.deepEqual(await cardStyles(hostile.page), await cardStyles(plain.page));
    const shot = (page) => page.locator('#inline').screenshot({ animations: 'disabled' });
    const [a, b] = [await shot(plain.page), await shot(hostile.page)];
    assert.ok(a.length > 1000);
    if (!a.equals(b)) {
      await writeFile(`${ROOT}target/hostile-plain.png`, a);
      await writeFile(`${ROOT}target/hostile-blog.png`, b);
    }
    assert.ok(a.equals(b), 'the card looks the same, pixel for pixel (see target/hostile-*.png)');
    const hostStillStyled = await hostile.page.evaluate(() => getComputedStyle(document.querySelector('h1')).textTransform);
    assert.equal(hostStillStyled, 'uppercase', 'the widget does not touch the host page either');
  } finally {
    await plain.context.close();
    await hostile.context.close();
  }
});

test(...unless('the theme attribute wins over the reader scheme; auto follows it live', cannot('liveMedia')), async () => {
  const { context, page } = await open('/blog.html', { colorScheme: 'light' });
  try {
    await shown(page, 'remote');
    const background = (id) =>
      page.evaluate((hostId) => getComputedStyle(document.getElementById(hostId).shadowRoot.querySelector('.fc-card')).backgroundColor, id);
    assert.equal(await background('remote'), 'rgb(23, 24, 27)', 'theme="dark" in a light page');
    assert.equal(await background('inline'), 'rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'dark' });
    assert.equal(await background('inline'), 'rgb(23, 24, 27)', 'auto follows prefers-color-scheme live');
  } finally {
    await context.close();
  }
});

test('a page themes the card through --fc-* properties and ::part()', async () => {
  const { context, page } = await open('/theming.html');
  try {
    await shown(page, 'inline');
    const styles = await page.evaluate(() => {
      const root = document.getElementById('inline').shadowRoot;
      const style = (selector) => getComputedStyle(root.querySelector(selector));
      return {
        accent: style('.fc-trailer').color,
        radius: style('.fc-card').borderTopLeftRadius,
        titleFont: style('.fc-card__title').fontFamily,
        titleSpacing: style('.fc-card__title').letterSpacing,
        reviewSpacing: style('.fc-review__text').letterSpacing,
      };
    });
    assert.deepEqual(styles, {
      accent: 'rgb(11, 83, 148)',
      radius: '3px',
      titleFont: 'Georgia, serif',
      titleSpacing: '2px',
      reviewSpacing: 'normal',
    });
  } finally {
    await context.close();
  }
});

test('a removed widget is torn down and a re-inserted one mounts again', async () => {
  const { context, page } = await open('/blog.html');
  try {
    await shown(page, 'inline');
    const afterRemoval = await page.evaluate(async () => {
      const host = document.getElementById('inline');
      host.remove();
      await new Promise((resolve) => setTimeout(resolve, 50));
      const cards = host.shadowRoot.querySelectorAll('.fc-card').length;
      document.body.prepend(host);
      return cards;
    });
    assert.equal(afterRemoval, 0);
    assert.deepEqual(await shown(page, 'inline'), { kind: 'fc-card__title', text: 'The Red Shoes', roots: 1 });
  } finally {
    await context.close();
  }
});

test('a card moved in the page keeps its state, and a [data-filmcard] added later mounts', async () => {
  const { context, page, errors } = await open('/blog.html');
  try {
    await shown(page, 'inline');
    const moved = await page.evaluate(async () => {
      const host = document.getElementById('inline');
      const toggle = host.shadowRoot.querySelector('.fc-review__toggle');
      toggle.click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      // Disconnected and connected again in one task.
      document.body.append(host);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const now = host.shadowRoot.querySelector('.fc-review__toggle');
      return { same: now === toggle, expanded: now.getAttribute('aria-expanded'), roots: host.shadowRoot.querySelectorAll('.fc-root').length };
    });
    assert.deepEqual(moved, { same: true, expanded: 'true', roots: 1 });
    await page.evaluate(() => {
      const plain = document.createElement('div');
      plain.dataset.filmcard = '';
      plain.id = 'plain-late';
      const data = document.createElement('script');
      data.type = 'application/json';
      data.textContent = JSON.stringify({ title: 'The Small Back Room', reviews: [] });
      plain.append(data);
      const wrapper = document.createElement('section');
      wrapper.append(plain);
      document.getElementById('after').before(wrapper);
    });
    assert.deepEqual(await shown(page, 'plain-late'), { kind: 'fc-card__title', text: 'The Small Back Room', roots: 1 });
    assert.deepEqual(errors.filter((error) => !error.includes('title: must be text')), []);
  } finally {
    await context.close();
  }
});

/** What the page has fetched besides itself, by path, and which hosts have rendered a card. */
async function lazyState(page, requests) {
  const rendered = await page.evaluate(() =>
    [...document.querySelectorAll('film-card')].filter((host) => host.shadowRoot?.querySelector('.fc-card__title')).map((host) => host.id),
  );
  return { fetched: [...new Set(requests.map((url) => new URL(url).pathname))].sort(), rendered };
}

/** Opens the long post, recording every request it makes after the page itself. */
async function openLongPost(path) {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
  const { page, errors } = await watchedPage(context);
  const requests = [];
  page.on('request', (request) => request.resourceType() !== 'document' && requests.push(request.url()));
  await page.goto(`${blog.url}${path}`);
  await page.waitForLoadState('networkidle');
  return { context, page, errors, requests };
}

const scrollTo = (page, id, offset) =>
  page.evaluate(([hostId, below]) => {
    const top = document.getElementById(hostId).getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, top - window.innerHeight - below);
  }, [id, offset]);

test(...unless('cards far below the fold cost nothing but the loader until the reader scrolls near them', cannot('requests')), async () => {
  const { context, page, errors, requests } = await openLongPost('/long-post.html');
  try {
    assert.deepEqual(await lazyState(page, requests), { fetched: ['/filmcard.js'], rendered: [] }, 'no wasm, no glue, no card');
    assert.ok(await page.evaluate(() => parseFloat(document.getElementById('far').style.minHeight) > 300), 'its space is reserved all the same');
    // 600 px below the bottom of the viewport: within the 1,250 px the widget looks ahead.
    await scrollTo(page, 'far', 600);
    await page.waitForFunction(() => document.getElementById('far').shadowRoot?.querySelector('.fc-card__title'));
    assert.deepEqual(await lazyState(page, requests), {
      fetched: ['/filmcard-core.js', '/filmcard-core_bg.wasm', '/filmcard.js'],
      rendered: ['far'],
    }, 'the src= card below it is not near yet, so neither is its data');
    await scrollTo(page, 'far-remote', 0);
    await page.waitForFunction(() => document.getElementById('far-remote').shadowRoot?.querySelector('.fc-card__title'));
    assert.deepEqual((await lazyState(page, requests)).fetched, ['/film-slow.json', '/filmcard-core.js', '/filmcard-core_bg.wasm', '/filmcard.js']);
    await scrollTo(page, 'farther', 2000);
    await page.waitForTimeout(300);
    assert.deepEqual((await lazyState(page, requests)).rendered, ['far', 'far-remote'], '2,000 px away is not near yet');
    await scrollTo(page, 'farther', 0);
    await page.waitForFunction(() => document.getElementById('farther').shadowRoot?.querySelector('.fc-card__title'));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test(...unless('a card added later with no box of its own (display: none) starts the widget; the far ones still wait', cannot('requests')), async () => {
  const { context, page, errors, requests } = await openLongPost('/long-post.html');
  try {
    assert.deepEqual((await lazyState(page, requests)).fetched, ['/filmcard.js']);
    await page.evaluate((json) => {
      const hidden = document.createElement('div');
      hidden.id = 'hidden';
      hidden.dataset.filmcard = '';
      hidden.style.display = 'none';
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = json;
      hidden.append(script);
      document.body.prepend(hidden);
    }, film);
    await page.waitForFunction(() => document.getElementById('hidden').shadowRoot?.querySelector('.fc-card__title'));
    assert.deepEqual((await lazyState(page, requests)).rendered, [], 'the cards far below still wait');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test(...unless('loading="eager" and a link to a review render a card far below the fold at once, and the linked review stays in view as a card above it loads', cannot('requests')), async () => {
  const eager = await openLongPost('/long-post-eager.html');
  try {
    await eager.page.waitForFunction(() => document.getElementById('farther').shadowRoot?.querySelector('.fc-card__title'));
    await eager.page.waitForTimeout(300);
    assert.deepEqual((await lazyState(eager.page, eager.requests)).rendered, ['farther'], 'the lazy cards still wait');
    assert.deepEqual(eager.errors, []);
  } finally {
    await eager.context.close();
  }
  const linked = await openLongPost('/long-post-unanchored.html#review-r7');
  try {
    await linked.page.waitForFunction(() => document.getElementById('farther').shadowRoot?.activeElement?.id === 'review-r7');
    // The src= card above answers late (film-slow.json): the review must stay in view once it has.
    await linked.page.waitForFunction(() => document.getElementById('far-remote').shadowRoot?.querySelector('.fc-card__title'));
    await linked.page.waitForTimeout(200);
    assert.deepEqual((await lazyState(linked.page, linked.requests)).rendered, ['far', 'far-remote', 'farther']);
    const { top, atBottom } = await linked.page.evaluate(() => ({
      top: document.getElementById('farther').shadowRoot.getElementById('review-r7').getBoundingClientRect().top,
      atBottom: window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2,
    }));
    // At the top of the view, or as near as the end of the page allows.
    assert.ok(Math.abs(top) < 2 || (atBottom && top > 0 && top < 600), `the linked review stays in view though the card above it grew later (top ${top})`);
    assert.deepEqual(linked.errors, []);
  } finally {
    await linked.context.close();
  }
});

/**
 * Follows a link to review r7 of the long post's last card, on `path` (a page with its scroll
 * anchoring off, whose src= card above loads late), and waits until the review has the focus,
 * not for the late card.
 */
async function followLinkToR7(path) {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
  const { page, errors } = await watchedPage(context);
  await page.goto(`${blog.url}${path}#review-r7`, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.getElementById('farther').shadowRoot?.activeElement?.id === 'review-r7');
  return { context, page, errors };
}

/** Where review r7 is from the top of the view, in px. */
const topOfR7 = (page) => page.evaluate(() => document.getElementById('farther').shadowRoot.getElementById('review-r7').getBoundingClientRect().top);

/** Waits until the late src= card above review r7 has rendered, and a little more. */
async function lateCardShown(page, timeout = 30_000) {
  await page.waitForFunction(() => document.getElementById('far-remote').shadowRoot?.querySelector('.fc-card__title'), null, { timeout });
  await page.waitForTimeout(200);
}

test('a reader who scrolls after following a link is not pulled back when a card above grows', async () => {
  const { context, page, errors } = await followLinkToR7('/long-post-unanchored.html');
  try {
    assert.equal(await page.evaluate(() => Boolean(document.getElementById('far-remote').shadowRoot?.querySelector('.fc-card__title'))), false, 'the slow card has not grown yet');
    const linkedAt = await topOfR7(page);
    await page.mouse.move(400, 300);
    await page.mouse.wheel(0, -300);
    await page.waitForFunction((before) => document.getElementById('farther').shadowRoot.getElementById('review-r7').getBoundingClientRect().top > before + 200, linkedAt);
    const scrolledTo = await topOfR7(page);
    await lateCardShown(page);
    const top = await topOfR7(page);
    assert.ok(top >= scrolledTo - 2, `the review stays where the reader scrolled it, not back at ${linkedAt} (now ${top}, scrolled to ${scrolledTo})`);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test(...unless('a link to a review followed on the page reaches a card that was still waiting', cannot('requests')), async () => {
  // Before the wasm is loaded, the loader hears the link; after, the widget does.
  for (const before of ['nothing loaded', 'the first cards rendered']) {
    const { context, page, errors, requests } = await openLongPost('/long-post.html');
    try {
      if (before === 'the first cards rendered') {
        await scrollTo(page, 'far', 0);
        await page.waitForFunction(() => document.getElementById('far').shadowRoot?.querySelector('.fc-card__title'));
      }
      assert.ok(!(await lazyState(page, requests)).rendered.includes('farther'), before);
      await page.evaluate(() => {
        window.location.hash = '#review-r7';
      });
      await page.waitForFunction(() => document.getElementById('farther').shadowRoot?.activeElement?.id === 'review-r7');
      assert.deepEqual(errors, [], before);
    } finally {
      await context.close();
    }
  }
});

test('a card that loads more than 10 s after a link no longer moves the page back to the review', async () => {
  const { context, page, errors } = await followLinkToR7('/long-post-unanchored-late.html');
  try {
    await lateCardShown(page, 25_000);
    const top = await topOfR7(page);
    assert.ok(top > 600, `the late card pushed the review down and nothing pulled the page after it (top ${top})`);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('src= failures show their own error box and leave the other widgets alone', async () => {
  const { context, page, errors } = await open('/sources.html');
  try {
    assert.match((await shown(page, 'missing-file')).text, /src: could not load no-such-film\.json: the server answered HTTP 404/);
    assert.match((await shown(page, 'bad-json')).text, /not valid JSON/);
    assert.match((await shown(page, 'unreachable')).text, /src: could not load .*: the network request failed/);
    assert.match((await shown(page, 'empty')).text, /no film data/);
    assert.equal((await shown(page, 'ok')).text, 'The Red Shoes');
    const ours = errors.filter((e) => e.startsWith('filmcard: '));
    if (readsConsole) assert.equal(ours.length, 4, errors.join('\n'));
  } finally {
    await context.close();
  }
});

test('the widget works under a strict CSP with no inline script or style', async () => {
  const { context, page, errors } = await open('/csp.html');
  try {
    assert.equal((await shown(page, 'inline')).text, 'The Red Shoes');
    const weight = await page.evaluate(() => getComputedStyle(document.getElementById('inline').shadowRoot.querySelector('.fc-card__title')).fontWeight);
    assert.equal(weight, '700', 'the stylesheet applies under style-src self');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("without 'wasm-unsafe-eval' the widget fails closed with one message", async () => {
  const { context, page, errors } = await open('/csp-no-wasm.html');
  try {
    // The loader shows its fallback and logs its message in the same task, once the wasm has
    // failed to compile, however long that takes.
    await page.waitForFunction(() => document.getElementById('inline').shadowRoot?.querySelector('a'));
    const ours = errors.filter((e) => e.startsWith('filmcard:'));
    if (readsConsole) {
      assert.equal(ours.length, 1, errors.join('\n'));
      assert.match(ours[0], /could not start.*wasm-unsafe-eval/);
    }
    assert.ok(!errors.some((e) => e.startsWith('uncaught')), errors.join('\n'));
    assert.equal(await page.locator('#host-text').textContent(), "The host page's own text.");
  } finally {
    await context.close();
  }
});

for (const problem of ['missing', 'corrupt']) {
  test(`a ${problem} wasm file leaves a readable fallback: the title and the trailer link`, async () => {
    const { context, page, errors } = await open(`/wasm-${problem}.html`);
    try {
      const fallback = await page.waitForFunction(() => {
        const root = document.getElementById('inline').shadowRoot;
        const link = root?.querySelector('a');
        return link ? { text: root.textContent, href: link.href, rel: link.rel, cards: root.querySelectorAll('.fc-card').length } : null;
      });
      assert.deepEqual(await fallback.jsonValue(), {
        text: 'The Red Shoes The Red Shoes Trailers',
        href: JSON.parse(film).trailer.url,
        rel: 'noopener noreferrer',
        cards: 0,
      });
      if (readsConsole) assert.equal(errors.filter((e) => e.startsWith('filmcard:')).length, 1, errors.join('\n'));
      assert.ok(!errors.some((e) => e.startsWith('uncaught')), errors.join('\n'));
    } finally {
      await context.close();
    }
  });
}

test('a wasm served with another type than application/wasm still starts the widget, compiled once downloaded', async () => {
  const { context, page, errors } = await open('/wasm-mistyped.html');
  try {
    assert.deepEqual(await shown(page, 'inline'), { kind: 'fc-card__title', text: 'The Red Shoes', roots: 1 });
    assert.deepEqual(errors.filter((e) => e.startsWith('filmcard:')), []);
  } finally {
    await context.close();
  }
});

test('the shipped JavaScript has no eval or new Function', async () => {
  for (const file of ['filmcard.js', 'filmcard-core.js']) {
    const source = await readFile(`${ROOT}dist/${file}`, 'utf8');
    assert.doesNotMatch(source, /\beval\s*\(|new\s+Function\s*\(/, file);
  }
});

// With the script in the head and blocking="render", the loader reserves each card's space before
// the first paint. Where an editor only allows the script in the body, the reservation comes
// after the first paint and the post moves once: small on a desktop, about 0.06 on a phone, where
// the card is tall next to the screen; that bound guards against getting worse.
const CLS_BOUNDS = [
  ['article.html', 'desktop', { width: 1280, height: 720 }, 0.05],
  ['article.html', 'phone', { width: 390, height: 844 }, 0.05],
  ['article-body.html', 'desktop', { width: 1280, height: 720 }, 0.05],
  ['article-body.html', 'phone', { width: 390, height: 844 }, 0.08],
  ['article-big.html', 'desktop', { width: 1280, height: 720 }, 0.05],
  ['article-big.html', 'phone', { width: 390, height: 844 }, 0.05],
];
for (const [fixture, device, viewport, bound] of CLS_BOUNDS) {
  test(...unless(`layout shift while a card loads in the middle of a post, ${fixture}, ${device}`, cannot('layoutShift')), async () => {
    const { context, page } = await open(`/${fixture}`, { viewport });
    try {
      await shown(page, 'inline');
      const cls = await page.evaluate(
        () =>
          new Promise((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(total), 200);
          }),
      );
      console.log(`CLS, ${fixture} on a ${device}: ${cls.toFixed(4)}`);
      assert.ok(cls <= bound, `CLS ${cls} is over ${bound}`);
    } finally {
      await context.close();
    }
  });
}
