// The page's own schema.org JSON-LD as the card's data (`source="ld+json"`), with the blocks real
// film sites publish (tests/corpus/real-jsonld/, each block byte for byte as its site wrote it)
// and with hostile text and addresses hidden behind HTML character references.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { serve, launch, watchedPage, serveBundle, paragraphs } from './harness.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const CORPUS = `${ROOT}tests/corpus/real-jsonld`;
const xss = JSON.parse(await readFile(`${ROOT}tests/corpus/xss.json`, 'utf8'));
const names = (await readdir(CORPUS)).filter((file) => file.endsWith('.jsonld')).map((file) => file.slice(0, -'.jsonld'.length)).sort();
// The one real block that names no film: its card is the error box naming the title.
const NAMELESS = 'letterboxd-kinds-of-kindness';

let cdn;
let blog;
let browser;
const files = {};

/** A blog post whose head holds `block` as its JSON-LD, and a card reading it. */
function addPage(path, block, card = '<film-card source="ld+json" loading="eager"></film-card>') {
  files[path] = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>A post about a film</title>
    <link rel="icon" href="data:," />
    <script type="application/ld+json">${block}</script>
  </head>
  <body>
    <main><h1>A post about a film</h1>${card}<p id="after">After the card.</p></main>
    <script type="module" src="${cdn.url}/filmcard.js"></script>
  </body>
</html>`;
  return path;
}

before(async () => {
  cdn = await serveBundle();
  blog = await serve(`${ROOT}tests/e2e/fixtures`, { files });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await blog?.close();
  await cdn?.close();
});

/**
 * Opens `path` and waits for its card or error box; resolves to what the card shows, the
 * `filmcard:` warnings and errors on the console, and the dialogs that opened.
 */
async function open(context, path) {
  const { page, errors, dialogs } = await watchedPage(context);
  // The real blocks link posters on their sites' servers: nothing leaves this machine.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && message.text().startsWith('filmcard:') && warnings.push(message.text()));
  await page.goto(`${blog.url}${path}`, { waitUntil: 'domcontentloaded' });
  // The card whole: its reviews come a step after its head.
  await page.waitForFunction(() => {
    const root = document.querySelector('film-card')?.shadowRoot;
    return root?.querySelector('.fc-card__title, .fc-error') && !root.querySelector('[aria-busy="true"]');
  });
  const shown = await page.evaluate(() => {
    const root = document.querySelector('film-card').shadowRoot;
    const text = (selector) => root.querySelector(selector)?.textContent ?? null;
    const elements = [...root.querySelectorAll('*')];
    return {
      title: text('.fc-card__title'),
      error: text('.fc-error'),
      synopsis: text('.fc-card__synopsis'),
      reviews: root.querySelectorAll('.fc-review').length,
      authors: [...root.querySelectorAll('.fc-review__author')].map((element) => element.textContent),
      average: text('.fc-reviews__average-score'),
      // Every text node the card shows, to look for references left undecoded.
      texts: elements.flatMap((element) => [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.data)),
      tags: [...new Set(elements.map((element) => element.localName))].sort(),
      handlers: elements.flatMap((element) => [...element.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${element.localName}[${a.name}]`)),
      links: elements.flatMap((element) => ['href', 'src'].filter((name) => element.hasAttribute(name)).map((name) => element.getAttribute(name))),
    };
  });
  return { page, shown, warnings, errors, dialogs };
}

const REFERENCE = /&(#[0-9]+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

test('every real Movie block with a name becomes a card with no character reference left', async () => {
  const context = await browser.newContext();
  try {
    for (const name of names) {
      const block = await readFile(`${CORPUS}/${name}.jsonld`, 'utf8');
      const { page, shown, errors } = await open(context, corpusPage(name, block));
      if (name === NAMELESS) {
        assert.equal(shown.title, null, name);
        assert.match(shown.error, /name: missing: a card needs the film's title/, name);
      } else {
        assert.equal(shown.error, null, `${name}: ${shown.error}`);
        assert.ok(shown.title?.trim(), name);
        for (const text of shown.texts) assert.doesNotMatch(text, REFERENCE, `${name}: ${text}`);
        // Nothing the card links to or loads is left undecoded either.
        for (const link of shown.links) assert.doesNotMatch(link, REFERENCE, `${name}: ${link}`);
        assert.deepEqual(errors.filter((e) => !/Failed to load resource/.test(e)), [], name);
      }
      await page.close();
    }
  } finally {
    await context.close();
  }
});

/** The page path for a corpus block. */
function corpusPage(name, block) {
  return addPage(`/real/${name}.html`, block);
}

test('titles and texts read as the sites meant them, and the page summary heads the reviews', async () => {
  const context = await browser.newContext();
  try {
    const read = async (name) => {
      const opened = await open(context, corpusPage(name, await readFile(`${CORPUS}/${name}.jsonld`, 'utf8')));
      await opened.page.close();
      return opened;
    };
    const immortel = await read('imdb-l-immortel');
    assert.equal(immortel.shown.title, "L'immortel");
    assert.equal(immortel.shown.average, '6.6/10');
    assert.deepEqual(immortel.warnings, []);
    const spirited = await read('imdb-spirited-away');
    assert.match(spirited.shown.synopsis, /her family's move/);
    // Rotten Tomatoes: 24 reviews shown, their fresh-or-rotten verdicts left out in one warning.
    const tomatoes = await read('rottentomatoes-the-shawshank-redemption');
    assert.equal(tomatoes.shown.reviews, 10, 'the first page of max-reviews');
    assert.equal(tomatoes.shown.average, '9.1/10');
    assert.equal(tomatoes.warnings.length, 1, tomatoes.warnings.join('\n'));
    assert.match(tomatoes.warnings[0], /^filmcard: the page's JSON-LD Movie "The Shawshank Redemption" is shown without what could not be used: review\[0\]\.reviewRating, review\[1\]\.reviewRating, .*review\[23\]\.reviewRating: a verdict on a scale below zero/);
    // Letterboxd's block sits inside /* <![CDATA[ */ comments.
    const shrek = await read('letterboxd-shrek');
    assert.equal(shrek.shown.title, 'Shrek');
    assert.equal(shrek.shown.average, '8.2/10');
  } finally {
    await context.close();
  }
});

test('relative addresses resolve against the page, and the trailer is never a thumbnail', async () => {
  const context = await browser.newContext();
  try {
    const block = await readFile(`${CORPUS}/imdb-the-shawshank-redemption-2020.jsonld`, 'utf8');
    const { page, shown } = await open(context, addPage('/films/2024/shawshank.html', block));
    assert.ok(shown.links.includes(`${blog.url}/video/imdb/vi3877612057`), shown.links.join(' '));
    assert.ok(!shown.links.some((link) => /MV5BNjQ2NDA3MDcxMF5BMl5BanBnXkFtZTgwMjE5NTU0NzE/.test(link)), 'the thumbnail');
    await page.close();
    const loanShark = await readFile(`${CORPUS}/csfd-the-loan-shark.jsonld`, 'utf8');
    const opened = await open(context, addPage('/films/loan-shark.html', loanShark));
    assert.ok(opened.shown.links.includes('http://static.pmgstatic.com/assets/images/6aeb8871e0052a62b04d591a3f85e733/empty-image.svg'), opened.shown.links.join(' '));
    await opened.page.close();
  } finally {
    await context.close();
  }
});

/** `text` with every character HTML escapes written as a reference, as a CMS writes JSON-LD. */
function escapeHtml(text) {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

/** `url` with each character written as a numeric reference, hiding its scheme from a filter. */
function numericReferences(url) {
  return [...url].map((c) => `&#${c.codePointAt(0)};`).join('');
}

test('hostile text behind character references stays text, and hidden schemes stay refused', async () => {
  const context = await browser.newContext();
  const WIDGET_TAGS = ['a', 'article', 'button', 'div', 'h2', 'h3', 'img', 'li', 'p', 'section', 'span', 'time', 'ul'];
  try {
    // Several payloads a page: one card per page reads the page's first Movie, so each payload
    // sits in its own page, and the pages share a context to stay quick.
    for (const [index, { name, value }] of xss.text.entries()) {
      const encoded = escapeHtml(value);
      const block = JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'Movie',
        name: encoded,
        description: encoded,
        review: [{ '@type': 'Review', author: { '@type': 'Person', name: encoded }, reviewBody: encoded }],
      }).replaceAll('<', '\\u003c');
      const { page, shown, dialogs } = await open(context, addPage(`/xss/text-${index}.html`, block));
      assert.equal(shown.title, value, name);
      // The synopsis shows its paragraphs, each trimmed.
      assert.equal(shown.synopsis, paragraphs(value).text, name);
      assert.deepEqual(shown.authors, [value], name);
      assert.deepEqual(dialogs, [], name);
      assert.deepEqual(shown.handlers, [], name);
      for (const tag of shown.tags) assert.ok(WIDGET_TAGS.includes(tag), `${name}: <${tag}>`);
      await page.close();
    }
    for (const [index, { name, value }] of xss.refusedUrls.entries()) {
      for (const [how, hidden] of [['named', escapeHtml(value)], ['numeric', numericReferences(value)]]) {
        const block = JSON.stringify({ '@type': 'Movie', name: 'X', image: hidden, trailer: { '@type': 'VideoObject', url: hidden } }).replaceAll('<', '\\u003c');
        const { page, shown, warnings, dialogs } = await open(context, addPage(`/xss/url-${index}-${how}.html`, block));
        assert.equal(shown.title, 'X', `${name} (${how})`);
        // Whatever an address decodes to, only web addresses reach the card; one that names
        // another scheme is left out, and the one warning names both fields.
        for (const link of shown.links) assert.match(link, /^https?:\/\//i, `${name} (${how})`);
        // What the card reads: the references decoded (a numeric NUL is U+FFFD, as in HTML),
        // then, as browsers read an address, white space and control characters dropped.
        const decoded = how === 'numeric' ? value.replaceAll('\u0000', '\ufffd') : value;
        const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(decoded.replace(/[\s\u0000-\u001f]/g, ''))?.[1];
        if (scheme && !/^https?$/i.test(scheme)) {
          assert.deepEqual(shown.links, [], `${name} (${how})`);
          assert.equal(warnings.length, 1, `${name} (${how})`);
          assert.match(warnings[0], /trailer\.url/, `${name} (${how})`);
          assert.match(warnings[0], /image/, `${name} (${how})`);
        }
        assert.deepEqual(dialogs, [], `${name} (${how})`);
        await page.close();
      }
    }
  } finally {
    await context.close();
  }
});
