// Hostile film data from tests/corpus/xss.json in every field, embedded both ways a blogger can:
// an inline JSON block (with `<` written as \u003c, as careful tools write it) and a raw JSON file
// fetched through src=. Whatever the text, it must show as text, and nothing in it may run, add
// markup, smuggle in a URL, or push the layout out of the card.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, everyCardShown, serveBundle, paragraphs } from './harness.mjs';
import { launch, watchedPage, ENGINE, CANNOT } from './engines/index.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const FIXTURES = `${ROOT}tests/e2e/fixtures`;
const corpus = JSON.parse(await readFile(`${ROOT}tests/corpus/xss.json`, 'utf8'));
const template = await readFile(`${FIXTURES}/xss-page.html`, 'utf8');

// A real image, so posters load without a console error for a missing file.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
// Above the longest payload, so a payload review shows whole and its text can be compared...
const COLLAPSE_AT = 2100;
// ...and longer than it, so one review per card is collapsed and its button names the author.
const FILLER = 'word '.repeat(500);
const NEIGHBOUR = { author: 'Neighbour', text: 'Plain words after the payload.' };
const PHONE = { width: 320, height: 640 };

// Every refusal the URL check can give, as the error box shows it after "field: ".
const URL_REFUSALS = [
  'missing',
  'must be a web address starting with https:// or http://',
  'must not contain spaces, tabs, line breaks or other invisible characters',
  'must use / and never \\',
  'must name a site after the //, e.g. https://example.com/',
  'must not contain a user name or password (user:password@)',
];

// The widget's own markup: each tag with the attributes it may carry. Anything else in a shadow
// root came from the data.
const MARKUP = {
  // dir: the synopsis and a review's text, each a <div> of paragraphs.
  div: ['id', 'class', 'lang', 'part', 'role', 'dir'],
  article: ['class', 'part', 'aria-labelledby'],
  img: ['class', 'part', 'src', 'alt', 'loading', 'decoding', 'referrerpolicy'],
  h1: ['id', 'class', 'part', 'dir'],
  h2: ['id', 'class', 'part', 'dir'],
  h3: ['id', 'class', 'part', 'dir'],
  p: ['id', 'class', 'part', 'dir'],
  // role: the "Link copied" status after a review's Copy link button.
  span: ['class', 'part', 'dir', 'aria-hidden', 'role'],
  time: ['class', 'datetime'],
  a: ['class', 'part', 'href', 'target', 'rel'],
  section: ['class', 'part', 'aria-labelledby'],
  // The reviews come in batches, each its own list, inside one container named by Show all.
  ul: ['class'],
  // id and tabindex: a review is a link target (#review-…) that takes the focus.
  li: ['id', 'class', 'part', 'tabindex'],
  // aria-label: the way to give View More an exact name, should the hidden span give way to it.
  button: ['type', 'class', 'part', 'aria-expanded', 'aria-controls', 'aria-label'],
  code: [],
};
const ALLOWED = new Set(Object.entries(MARKUP).flatMap(([tag, names]) => [tag, ...names.map((name) => `${tag}@${name}`)]));
const LIGHT_TAGS = ['body', 'film-card', 'h1', 'head', 'html', 'link', 'main', 'meta', 'p', 'script', 'title'];

let cdn;
let brokenCdn;
let blog;
let browser;
// Served from memory; pages and films are added by the tests once the origins are known.
// The page's own script, before the widget's: it notes each card's ready event (the title it
// carries), as a blog's script would, in every engine.
const LISTEN = `window.readyTitles = {};
document.addEventListener('filmcard:ready', (event) => {
  window.readyTitles[event.target.id] = event.detail.title;
});`;
const files = { '/xss-poster.png': PNG, '/xss-listen.js': LISTEN };

before(async () => {
  cdn = await serveBundle();
  // The bundle with a wasm file that cannot compile, so the script's fallback has to render.
  brokenCdn = await serveBundle({ files: { '/filmcard-core_bg.wasm': 'not WebAssembly' } });
  blog = await serve(FIXTURES, { files });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await blog?.close();
  await cdn?.close();
  await brokenCdn?.close();
});

/** A film with `value` in every text field. */
function filmWith(value, index) {
  return {
    title: value,
    certificate: value,
    release: { date: '1948-10-22', region: value },
    synopsis: value,
    trailer: { url: 'https://example.com/trailer', label: value },
    poster: { url: `${blog.url}/xss-poster.png?card=${index}`, alt: value },
    reviews: [
      { id: 'payload', author: value, text: value, rating: { value: 9, best: 10 }, date: '2015-03-14' },
      { id: 'neighbour', ...NEIGHBOUR },
      // No id: its anchor (#review-…) is derived from the hostile author and the text.
      { author: value, text: FILLER },
    ],
  };
}

/** What each field of a card holding `value` must read. */
function fieldsFor(value) {
  return {
    title: value,
    certificate: value,
    rated: `Rated ${value}`,
    region: value,
    // The synopsis and a review show their paragraphs, each trimmed.
    synopsis: paragraphs(value).text,
    trailerLabel: value,
    posterAlt: value,
    author: value,
    text: paragraphs(value).text,
    neighbourAuthor: NEIGHBOUR.author,
    neighbourText: NEIGHBOUR.text,
    collapsedAuthor: value,
    toggleName: `View More: review by ${value}`,
    copyName: `Copy link: review by ${value}`,
    neighbourCopyName: `Copy link: review by ${NEIGHBOUR.author}`,
  };
}

/** A host with its film in an inline block; `<` escaped so no `</script` can end the block. */
function inlineHost(id, film, attributes = '') {
  const json = JSON.stringify(film).replaceAll('<', '\\u003c');
  return `<film-card id="${id}" ${attributes}><script type="application/json">${json}</script></film-card>`;
}

/** A host whose film is a JSON file served exactly as JSON.stringify writes it, unescaped. */
function remoteHost(id, film, attributes = '') {
  files[`/xss-films/${id}.json`] = JSON.stringify(film);
  return `<film-card id="${id}" src="xss-films/${id}.json" ${attributes}></film-card>`;
}

/** Serves a page of hosts; the hosts go in last, so payloads such as "{{CDN}}" stay as written. */
function addPage(path, hosts, bundle = cdn) {
  files[path] = template
    .replaceAll('{{CDN}}', bundle.url)
    .replace('</head>', '  <script src="xss-listen.js"></script>\n  </head>')
    .replace('{{CARDS}}', () => hosts.join('\n'));
  return path;
}

/** Opens a page, recording dialogs, console errors and ready events, and waits for every widget. */
async function open(path, viewport = PHONE) {
  const context = await browser.newContext({ viewport });
  const { page, errors, dialogs } = await watchedPage(context);
  await page.goto(`${blog.url}${path}`);
  await everyCardShown(page);
  await page.waitForFunction(() => {
    const hosts = [...document.querySelectorAll('film-card')];
    const settled = hosts.every((host) => host.shadowRoot?.querySelector('.fc-card__title, .fc-error'));
    const cards = hosts.filter((host) => host.shadowRoot?.querySelector('.fc-card__title')).length;
    return settled && Object.keys(window.readyTitles).length === cards;
  });
  // Markup that slipped through would run its handlers once its resources load or fail.
  await page.waitForLoadState('networkidle');
  return { context, page, errors, dialogs };
}

/**
 * The markup of the whole page, those of its elements inside shadow roots too: every `on*`
 * attribute, every address attribute that is not http(s), the tags, and how many elements the
 * walk found inside shadow roots.
 */
async function markupEverywhere(page) {
  return page.evaluate(() => {
    const everywhere = (function walk(root, out) {
      for (const element of root.querySelectorAll('*')) {
        out.push(element);
        if (element.shadowRoot) walk(element.shadowRoot, out);
      }
      return out;
    })(document, []);
    const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background', 'ping', 'cite'];
    const schemeOf = (value) => {
      try {
        return new URL(value, document.baseURI).protocol;
      } catch {
        return 'unparsable';
      }
    };
    return {
      handlers: everywhere.flatMap((element) =>
        [...element.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${element.localName}[${a.name}]`),
      ),
      nonWebUrls: everywhere.flatMap((element) =>
        [...element.attributes]
          .filter((a) => URL_ATTRIBUTES.includes(a.name) && !['http:', 'https:'].includes(schemeOf(a.value)))
          .map((a) => `${element.localName}[${a.name}=${a.value}]`),
      ),
      tags: [...new Set(everywhere.map((element) => element.localName))].sort(),
      inShadowRoots: everywhere.length - document.querySelectorAll('*').length,
    };
  });
}

/** Everything the checks need, read from the page: its markup everywhere, then each host's card. */
async function audit(page) {
  const everywhere = await markupEverywhere(page);
  const report = await page.evaluate(() => {
    const light = [...document.querySelectorAll('*')];
    const scripts = [...document.scripts].map((script) =>
      script.type === 'application/json' ? `json in ${script.parentElement.localName}` : `${script.type} ${script.src}`,
    );
    const range = document.createRange();
    const lineCount = (element) => {
      if (!element) return 0;
      range.selectNodeContents(element);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    };
    const hosts = [...document.querySelectorAll('film-card')].map((host) => {
      const root = host.shadowRoot;
      const text = (element) => element?.textContent ?? null;
      // A button's name from its aria-label when it has one, else from its text.
      const label = (button) => (button ? (button.getAttribute('aria-label') ?? button.textContent) : null);
      const reviews = [...root.querySelectorAll('.fc-review')];
      const markup = new Set();
      for (const element of root.querySelectorAll('*')) {
        markup.add(element.localName);
        for (const attribute of element.attributes) markup.add(`${element.localName}@${attribute.name}`);
      }
      const card = root.querySelector('.fc-card, .fc-error');
      const box = card.getBoundingClientRect();
      const within = (rect) =>
        (rect.width === 0 && rect.height === 0) ||
        (rect.left >= box.left - 0.5 && rect.right <= box.right + 0.5 && rect.top >= box.top - 0.5 && rect.bottom <= box.bottom + 0.5);
      const outside = [];
      // Visually hidden text is clipped to one pixel by design; everything else must stay in.
      for (const element of root.querySelectorAll('.fc-root *')) {
        if (!element.closest('.fc-visually-hidden') && !within(element.getBoundingClientRect())) {
          outside.push(`<${element.localName} class="${element.className}">`);
        }
      }
      const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement.closest('.fc-visually-hidden')) continue;
        range.selectNodeContents(node);
        if (![...range.getClientRects()].every(within)) outside.push(`text in .${node.parentElement.className || node.parentElement.localName}`);
      }
      return {
        id: host.id,
        shows: card.classList.contains('fc-error') ? 'error' : 'card',
        error: text(root.querySelector('.fc-error__detail')),
        lightChildren: [...host.childNodes]
          .filter((node) => node.nodeType === Node.ELEMENT_NODE || node.textContent.trim() !== '')
          .map((node) => (node.nodeType === Node.ELEMENT_NODE ? `${node.localName}[type=${node.getAttribute('type')}]` : '#text')),
        readyTitle: window.readyTitles[host.id] ?? null,
        fields: card.classList.contains('fc-error')
          ? null
          : {
              title: text(root.querySelector('.fc-card__title')),
              certificate: text(root.querySelector('.fc-badge > [dir=auto]')),
              rated: text(root.querySelector('.fc-badge')),
              region: text(root.querySelector('.fc-release > [dir=auto]')),
              synopsis: text(root.querySelector('.fc-card__synopsis')),
              trailerLabel: text(root.querySelector('.fc-trailer > [dir=auto]')),
              posterAlt: root.querySelector('img.fc-card__poster')?.getAttribute('alt') ?? null,
              author: text(reviews[0]?.querySelector('.fc-review__author')),
              text: text(reviews[0]?.querySelector('.fc-review__text')),
              neighbourAuthor: text(reviews[1]?.querySelector('.fc-review__author')),
              neighbourText: text(reviews[1]?.querySelector('.fc-review__text')),
              collapsedAuthor: text(reviews[2]?.querySelector('.fc-review__author')),
              toggleName: label(reviews[2]?.querySelector('.fc-review__toggle')),
              copyName: label(reviews[0]?.querySelector('.fc-review__link')),
              neighbourCopyName: label(reviews[1]?.querySelector('.fc-review__link')),
            },
        reviewIds: reviews.map((review) => review.id),
        links: [...root.querySelectorAll('a')].map((a) => ({ href: a.getAttribute('href'), protocol: a.protocol, target: a.target, rel: a.rel })),
        counts: Object.fromEntries(
          [['a', 'a'], ['img', 'img'], ['button', 'button'], ['toggle', '.fc-review__toggle'], ['copyLink', '.fc-review__link']].map(
            ([name, selector]) => [name, root.querySelectorAll(selector).length],
          ),
        ),
        markup: [...markup].sort(),
        outside,
        overflowsCard: card.scrollWidth > card.clientWidth,
        titleLines: lineCount(root.querySelector('.fc-card__title')),
        textLines: lineCount(reviews[0]?.querySelector('.fc-review__text')),
      };
    });
    return {
      hosts,
      lightTags: [...new Set(light.map((element) => element.localName))].sort(),
      scripts,
      horizontalScroll: document.documentElement.scrollWidth > window.innerWidth,
    };
  });
  return { ...everywhere, ...report };
}

/** The checks that hold for any page of hosts, whatever they show. */
function assertNothingGotThrough(report, dialogs, hostCount) {
  assert.deepEqual(dialogs, [], 'no payload opened a dialog');
  assert.ok(report.inShadowRoots >= 3 * hostCount, 'the walk reached into every shadow root');
  assert.deepEqual(report.handlers, [], 'no on* attribute anywhere, shadow roots included');
  assert.deepEqual(report.nonWebUrls, [], 'every href and src in the document is http(s)');
  assert.deepEqual(report.lightTags.filter((tag) => !LIGHT_TAGS.includes(tag)), [], "the page's own markup is unchanged");
  assert.equal(report.scripts.filter((s) => s.startsWith('module ')).length, 1, report.scripts.join('\n'));
  assert.equal(report.scripts.filter((s) => s === ` ${blog.url}/xss-listen.js`).length, 1, report.scripts.join('\n'));
  assert.equal(report.scripts.length, 2 + report.scripts.filter((s) => s === 'json in film-card').length, report.scripts.join('\n'));
  assert.equal(report.hosts.length, hostCount);
  for (const host of report.hosts) {
    assert.deepEqual(host.markup.filter((item) => !ALLOWED.has(item)), [], `${host.id}: only the widget's own tags and attributes`);
  }
}

/** The text payloads, one card each, every field checked against the input. */
async function checkTextPayloads(path, hostOf) {
  const hosts = corpus.text.map(({ value }, index) => hostOf(`payload-${index}`, filmWith(value, index), `collapse-at="${COLLAPSE_AT}"`));
  const { context, page, errors, dialogs } = await open(addPage(path, hosts));
  try {
    const report = await audit(page);
    assertNothingGotThrough(report, dialogs, corpus.text.length);
    assert.deepEqual(errors, [], 'no console error, not even a filmcard: one');
    assert.equal(report.horizontalScroll, false, 'no horizontal scroll at 320 px');
    corpus.text.forEach(({ name, value }, index) => {
      const host = report.hosts[index];
      assert.equal(host.shows, 'card', `${name}: ${host.error}`);
      assert.deepEqual(host.fields, fieldsFor(value), `${name}: every field reads exactly as written`);
      assert.equal(host.readyTitle, value, `${name}: filmcard:ready carries the title as written`);
      assert.deepEqual(
        host.counts,
        { a: 1, img: 1, button: 4, toggle: 1, copyLink: 3 },
        `${name}: one link, one poster, one View More and a Copy link per review, and no other button`,
      );
      assert.deepEqual(host.links, [{ href: 'https://example.com/trailer', protocol: 'https:', target: '_blank', rel: 'noopener noreferrer' }], name);
      assert.deepEqual(host.outside, [], `${name}: everything stays inside the card`);
      assert.equal(host.reviewIds.length, 3, name);
      assert.deepEqual(host.reviewIds.slice(0, 2), ['review-payload', 'review-neighbour'], name);
      assert.match(host.reviewIds[2], /^review-[A-Za-z0-9_-]+$/, `${name}: an anchor made from hostile text is safe in a URL`);
      assert.equal(host.overflowsCard, false, `${name}: nothing scrolls sideways inside the card`);
    });
    const long = corpus.text.findIndex(({ value }) => value.length >= 2000 && !/\s/.test(value));
    assert.ok(report.hosts[long].titleLines > 10, `the long word wraps in the title (${report.hosts[long].titleLines} lines)`);
    assert.ok(report.hosts[long].textLines > 10, `the long word wraps in the review (${report.hosts[long].textLines} lines)`);
  } finally {
    await context.close();
  }
}

test('the corpus holds every kind of payload the hardening issue asks for', () => {
  const texts = corpus.text.map(({ value }) => value);
  assert.ok(texts.length >= 30, `${texts.length} text payloads`);
  assert.equal(new Set(corpus.text.map(({ name }) => name)).size, texts.length, 'names are unique');
  const kinds = {
    'a script element': (t) => t.includes('<script>'),
    'an img onerror': (t) => /<img src=x onerror=/.test(t),
    'a </script> breakout': (t) => t.includes('</script><script>'),
    'an attribute breakout with svg onload': (t) => t.includes('"><svg onload='),
    'template syntax': (t) => t.includes('{{'),
    'a ${...} expression': (t) => t.includes('${'),
    'HTML entities': (t) => t.includes('&lt;') && t.includes('&amp;'),
    'U+2028 and U+2029': (t) => t.includes('\u2028') && t.includes('\u2029'),
    'a right-to-left override': (t) => t.includes('\u202E'),
    'a zero-width joiner': (t) => t.includes('\u200D'),
    'a 2,000-character word': (t) => t.length >= 2000 && !/\s/.test(t),
    'a javascript: URL': (t) => t.startsWith('javascript:'),
    'NUL and other control characters': (t) => t.includes('\u0000') && /[\u0001-\u0008\u000B\u000E-\u001F\u007F-\u009F]/.test(t),
    'text with spaces at both ends': (t) => t !== t.trim() && t.trim() !== '',
  };
  for (const [kind, has] of Object.entries(kinds)) assert.ok(texts.some(has), `the corpus has ${kind}`);
  assert.ok(corpus.refusedUrls.length >= 15, `${corpus.refusedUrls.length} refused URLs`);
  assert.ok(corpus.refusedUrls.some(({ value }) => /^\s*javascript:/i.test(value)));
  assert.ok(corpus.acceptedUrls.every(({ value }) => /^https?:\/\//i.test(value)));
});

test('hostile text in every field of an inline JSON block shows as text and stays in the card', async () => {
  await checkTextPayloads('/xss-inline.html', inlineHost);
});

test('hostile text in every field of a raw src= file shows as text and stays in the card', async () => {
  await checkTextPayloads('/xss-remote.html', remoteHost);
});

test('hostile trailer and poster URLs are refused with an error box naming the field', async () => {
  const good = { trailer: 'https://example.com/trailer', poster: `${blog.url}/xss-poster.png` };
  const cases = corpus.refusedUrls.flatMap(({ name, value }) =>
    ['trailer', 'poster'].map((field) => ({ name: `${name} as ${field}.url`, field, value })),
  );
  const hosts = cases.map(({ field, value }, index) => {
    const urls = { ...good, [field]: value };
    const film = {
      title: 'Refused URL',
      trailer: { url: urls.trailer, label: 'Trailer' },
      poster: { url: urls.poster, alt: 'Poster' },
      reviews: [{ author: 'Reader', text: 'A review.' }],
    };
    return inlineHost(`url-${index}`, film);
  });
  const { context, page, errors, dialogs } = await open(addPage('/xss-refused-urls.html', hosts), { width: 800, height: 600 });
  try {
    const report = await audit(page);
    assertNothingGotThrough(report, dialogs, cases.length);
    const shown = [];
    cases.forEach(({ name, field }, index) => {
      const host = report.hosts[index];
      assert.equal(host.shows, 'error', `${name}: refused`);
      const [path, ...rest] = host.error.split(': ');
      assert.equal(path, `${field}.url`, `${name}: the error names the field`);
      assert.ok(URL_REFUSALS.includes(rest.join(': ')), `${name}: ${host.error}`);
      assert.deepEqual(host.counts, { a: 0, img: 0, button: 0, toggle: 0, copyLink: 0 }, `${name}: no link, no image and no button`);
      shown.push(`filmcard: ${host.error}`);
    });
    if (!CANNOT.console[ENGINE]) assert.deepEqual([...errors].sort(), shown.sort(), 'the console has the same messages, and nothing else');
  } finally {
    await context.close();
  }
});

test('odd but web URLs become the link exactly as written', async () => {
  const hosts = corpus.acceptedUrls.map(({ value }, index) =>
    inlineHost(`web-${index}`, { title: 'Odd URL', trailer: { url: value, label: 'Trailer' }, reviews: [] }),
  );
  const { context, page, errors, dialogs } = await open(addPage('/xss-accepted-urls.html', hosts));
  try {
    const report = await audit(page);
    assertNothingGotThrough(report, dialogs, hosts.length);
    assert.deepEqual(errors, []);
    assert.equal(report.horizontalScroll, false);
    corpus.acceptedUrls.forEach(({ name, value }, index) => {
      const host = report.hosts[index];
      assert.equal(host.shows, 'card', `${name}: ${host.error}`);
      assert.equal(host.links.length, 1, name);
      assert.equal(host.links[0].href, value, `${name}: the href is the URL as written`);
      assert.match(host.links[0].protocol, /^https?:$/, name);
      assert.deepEqual(host.outside, [], name);
    });
  } finally {
    await context.close();
  }
});

/** Left edges of single characters of `element`'s first text node, at the given offsets. */
function characterLefts(page, hostId, selector, offsets) {
  return page.evaluate(
    ({ hostId, selector, offsets }) => {
      const element = document.getElementById(hostId).shadowRoot.querySelector(selector);
      const node = [...element.childNodes].find((child) => child.nodeType === Node.TEXT_NODE);
      const range = document.createRange();
      return offsets.map((offset) => {
        const at = offset < 0 ? node.length + offset : offset;
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        return range.getBoundingClientRect().left;
      });
    },
    { hostId, selector, offsets },
  );
}

test('a right-to-left override in the data reorders nothing outside its own element', async () => {
  const RLO = '\u202E';
  const film = {
    title: 'Bidi isolation',
    certificate: 'NR',
    release: { date: '1948-10-22', region: `${RLO}region` },
    reviews: [
      { author: `${RLO}author`, text: `before ${RLO}after`, rating: 9, date: '2015-03-14' },
      { author: NEIGHBOUR.author, text: NEIGHBOUR.text },
    ],
  };
  const { context, page, dialogs } = await open(addPage('/xss-bidi.html', [inlineHost('bidi', film)]), { width: 800, height: 600 });
  try {
    assert.deepEqual(dialogs, []);
    // The override does act inside its own element: "after" reads backwards there.
    const [a, r] = await characterLefts(page, 'bidi', '.fc-review__text > p', [-5, -1]);
    assert.ok(a > r, 'the override reverses the text after it, inside the review');
    const isolation = await page.evaluate(() => {
      const root = document.getElementById('bidi').shadowRoot;
      const review = root.querySelector('.fc-review__text');
      const author = root.querySelector('.fc-review__author');
      return [review.dir, getComputedStyle(review).unicodeBidi, author.dir, getComputedStyle(author).unicodeBidi];
    });
    assert.deepEqual(isolation, ['auto', 'isolate', 'auto', 'isolate'], 'review text and author are isolated with dir=auto');
    // Outside: the byline runs author, rating, date from left to right.
    const byline = await page.evaluate(() => {
      const review = document.getElementById('bidi').shadowRoot.querySelector('.fc-review');
      return ['.fc-review__author', '.fc-review__rating', '.fc-review__date'].map((s) => review.querySelector(s).getBoundingClientRect().left);
    });
    assert.ok(byline[0] < byline[1] && byline[1] < byline[2], `byline order ${byline}`);
    // The next review, its author and its text, read left to right.
    for (const selector of ['.fc-review:nth-child(2) .fc-review__author', '.fc-review:nth-child(2) .fc-review__text > p']) {
      const [first, last] = await characterLefts(page, 'bidi', selector, [0, -1]);
      assert.ok(first < last, `${selector} reads left to right`);
    }
    // The region sits between its brackets: "(" left of it, ")" right of it.
    const brackets = () =>
      page.evaluate(() => {
        const release = document.getElementById('bidi').shadowRoot.querySelector('.fc-release');
        const region = release.querySelector('[dir]') ?? release.querySelector('span');
        const texts = [...release.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE);
        const range = document.createRange();
        const leftOf = (node, offset) => {
          range.setStart(node, offset);
          range.setEnd(node, offset + 1);
          return range.getBoundingClientRect().left;
        };
        const open = texts.find((node) => node.data.includes('('));
        const close = texts.find((node) => node.data.includes(')'));
        range.selectNodeContents(region);
        const box = range.getBoundingClientRect();
        return { open: leftOf(open, open.data.indexOf('(')), regionLeft: box.left, regionRight: box.right, close: leftOf(close, close.data.indexOf(')')) };
      });
    const isolated = await brackets();
    assert.ok(isolated.open < isolated.regionLeft && isolated.regionRight <= isolated.close + 0.5, JSON.stringify(isolated));
    // Without the isolation the same measurement sees the override swallow the ")": the check
    // above can fail.
    await page.evaluate(() => document.getElementById('bidi').shadowRoot.querySelector('.fc-release [dir]').removeAttribute('dir'));
    const leaked = await brackets();
    assert.ok(leaked.close < leaked.regionRight, `without dir=auto the ")" moves: ${JSON.stringify(leaked)}`);
  } finally {
    await context.close();
  }
});

test('when the wasm cannot start, whatever the script shows instead keeps hostile data as text', async () => {
  const texts = corpus.text.map(({ value }, index) => inlineHost(`payload-${index}`, filmWith(value, index)));
  const urls = corpus.refusedUrls.map(({ value }, index) =>
    inlineHost(`url-${index}`, { title: 'Refused URL', trailer: { url: value, label: 'Trailer' } }),
  );
  const context = await browser.newContext({ viewport: PHONE });
  const { page, errors, dialogs } = await watchedPage(context);
  try {
    await page.goto(`${blog.url}${addPage('/xss-fallback.html', [...texts, ...urls], brokenCdn)}`);
    // The script shows its fallback lines and logs its message in the same task.
    await page.waitForFunction(() => [...document.querySelectorAll('film-card')].some((host) => host.shadowRoot?.querySelector('a')));
    if (!CANNOT.console[ENGINE]) assert.equal(errors.filter((e) => e.startsWith('filmcard: the widget could not start')).length, 1, errors.join('\n'));
    await page.waitForLoadState('networkidle');
    const report = {
      ...(await markupEverywhere(page)),
      hosts: await page.evaluate(() =>
        [...document.querySelectorAll('film-card')].map((host) => ({
          id: host.id,
          text: host.shadowRoot?.textContent ?? null,
          links: [...(host.shadowRoot?.querySelectorAll('a') ?? [])].map((a) => ({ href: a.getAttribute('href'), text: a.textContent })),
          markup: [...new Set([...(host.shadowRoot?.querySelectorAll('*') ?? [])].flatMap((e) => [e.localName, ...[...e.attributes].map((a) => `${e.localName}@${a.name}`)]))],
        })),
      ),
    };
    assert.deepEqual(dialogs, []);
    assert.ok(report.inShadowRoots >= report.hosts.length, 'the walk reached into the fallback lines');
    assert.deepEqual(report.handlers, []);
    assert.deepEqual(errors.filter((e) => !e.startsWith('filmcard: the widget could not start')), [], 'one message, nothing else');
    // A fallback line: a paragraph with the title, and the trailer link when its URL is a web one.
    const FALLBACK = new Set([...ALLOWED, 'strong']);
    assert.deepEqual(report.tags.filter((tag) => !LIGHT_TAGS.includes(tag) && !FALLBACK.has(tag)), []);
    corpus.text.forEach(({ name, value }, index) => {
      const host = report.hosts[index];
      assert.deepEqual(host.markup.filter((item) => !FALLBACK.has(item)), [], `${name}: no markup from the data`);
      if (host.text === null) return;
      assert.ok(host.text.includes(value), `${name}: the title shows as written`);
      assert.deepEqual(host.links, [{ href: 'https://example.com/trailer', text: value }], `${name}: the trailer link, its label as written`);
    });
    corpus.refusedUrls.forEach(({ name }, index) => {
      const host = report.hosts[corpus.text.length + index];
      assert.deepEqual(host.links, [], `${name}: no link`);
    });
  } finally {
    await context.close();
  }
});
