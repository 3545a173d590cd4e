// What the card is about (a film, a TV series, a season or an episode) and paragraphs, in every
// output a reader may get: the live card (the synopsis, a review's excerpt and "View More"), the
// prerendered snippet and its plain fallback. The series pages are the blocks of
// tests/corpus/tv-jsonld/, written for the tests in the shape IMDb's and Kinopoisk's TVSeries
// blocks (and a season's and an episode's) take; its README says which is which.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { serve, serveBundle, everyCardShown } from './harness.mjs';
import { launch, watchedPage } from './engines/index.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const TV = `${ROOT}tests/corpus/tv-jsonld`;
const NO_WORK =
  'no schema.org Movie, TVSeries, TVSeason or TVEpisode found in the page\'s <script type="application/ld+json"> blocks';

// A film in three paragraphs, and a review whose excerpt ends in its second paragraph (it is
// collapsed at 40 characters) and whose third paragraph holds a single line break.
const PARAGRAPHS = {
  title: 'The Lighthouse Keepers',
  kind: 'episode',
  series: 'The Lighthouse Keepers',
  season: 2,
  episode: 3,
  synopsis: 'The storm comes in.\n\nThe lamp goes out.\n\nThe families meet in the dark.',
  reviews: [
    {
      author: 'Mara',
      text: 'Short opening.\n\nThe second paragraph runs on well past the limit of the excerpt.\n\nA last line,\nand one more.',
    },
  ],
};
const SERIES = { title: 'Mad Men', kind: 'series', release: { date: '2007-07-19' }, ended: '2015-05-17' };
// Data refused for the work, each with the error box's text.
const REFUSED = [
  [{ title: 'X', kind: 'show' }, 'kind: must be "film", "series", "season" or "episode", found "show"'],
  [{ title: 'X', ended: '2015' }, 'ended: belongs to a series: add "kind": "series"'],
  [{ title: 'X', kind: 'episode', season: 1.5 }, 'season: must be a whole number from 0 to 99999, found 1.5'],
  [{ title: 'X', kind: 'season', episode: 2 }, 'episode: belongs to an episode: add "kind": "episode"'],
];

let cdn;
let noWasmCdn;
let blog;
let browser;
let scratch;
const files = {};

/** A post with `head` in its head and `body` in its body, loading the bundle from `bundle`. */
const post = (bundle, body, head = '') => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>A post about a series</title>
    <link rel="icon" href="data:," />
    ${head}
  </head>
  <body>
    <main>${body}</main>
    <script type="module" src="${bundle}/filmcard.js"></script>
  </body>
</html>`;

const inline = (id, film, attributes = '') =>
  `<film-card id="${id}" loading="eager" ${attributes}><script type="application/json">${JSON.stringify(film)}</script></film-card>`;
const ldBlock = (block) => `<script type="application/ld+json">${block}</script>`;

/** `filmcard render` on `film`, as a blogger's build runs it. */
async function render(film, ...args) {
  const file = `${scratch}/film.json`;
  await writeFile(file, JSON.stringify(film));
  return execFileSync(process.execPath, [`${ROOT}dist/cli/filmcard.js`, 'render', file, ...args], { encoding: 'utf8' });
}

before(async () => {
  scratch = await mkdtemp(`${tmpdir()}/filmcard-works-`);
  cdn = await serveBundle();
  // Without the wasm the widget never starts, and the prerendered card stays as it was written.
  noWasmCdn = await serveBundle({ missing: ['/filmcard-core_bg.wasm'] });
  for (const name of ['imdb-shaped-tvseries', 'kinopoisk-shaped-tvseries', 'tvseason-shaped', 'tvepisode-shaped']) {
    const block = await readFile(`${TV}/${name}.jsonld`, 'utf8');
    files[`/tv/${name}.html`] = post(cdn.url, '<film-card source="ld+json" loading="eager"></film-card>', ldBlock(block));
  }
  files['/tv/none.html'] = post(
    cdn.url,
    '<film-card source="ld+json" loading="eager"></film-card>',
    ldBlock('{ "@context": "https://schema.org", "@type": "WebPage", "name": "My week in TV" }'),
  );
  files['/inline.html'] = post(
    cdn.url,
    [
      inline('series', SERIES),
      inline('episode-ja', PARAGRAPHS, 'lang="ja"'),
      inline('paragraphs', PARAGRAPHS, 'collapse-at="40"'),
      ...REFUSED.map(([film], at) => inline(`refused-${at}`, film)),
    ].join('\n'),
  );
  const snippet = await render(PARAGRAPHS, '--collapse-at', '40', '--css', `${noWasmCdn.url}/filmcard.css`);
  files['/snippet.html'] = post(noWasmCdn.url, snippet);
  files['/fallback.html'] = post(cdn.url, `<div id="feed">${await render(PARAGRAPHS, '--fallback-only')}</div>`);
  blog = await serve(`${ROOT}tests/e2e/fixtures`, { files });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await blog?.close();
  await noWasmCdn?.close();
  await cdn?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** Opens `path` in a new context and waits until every card shows its title or error box. */
async function open(path) {
  const context = await browser.newContext();
  const { page, errors } = await watchedPage(context);
  await page.goto(`${blog.url}${path}`);
  await everyCardShown(page);
  return { context, page, errors };
}

/** What the card in host `selector` shows: its title, work line, error, synopsis paragraphs. */
function shown(page, selector = 'film-card') {
  return page.evaluate((hostSelector) => {
    const root = document.querySelector(hostSelector).shadowRoot;
    const text = (css) => root.querySelector(css)?.textContent ?? null;
    return {
      title: text('.fc-card__title'),
      work: text('.fc-card__work'),
      error: root.querySelector('.fc-error')?.textContent ?? null,
      synopsis: [...root.querySelectorAll('.fc-card__synopsis > p')].map((p) => p.textContent),
      reviews: [...root.querySelectorAll('.fc-review__text')].map((review) => [...review.children].map((p) => `${p.localName}:${p.textContent}`)),
      // Whether the paragraphs show their line breaks (read from the style: WebKit's innerText
      // inside a shadow root drops them).
      breaksKept: [...root.querySelectorAll('.fc-review__text > p, .fc-card__synopsis > p')].every((p) => {
        const style = getComputedStyle(p);
        return style.whiteSpace === 'pre-line' || style.whiteSpaceCollapse === 'preserve-breaks';
      }),
    };
  }, selector);
}

test('series, season and episode pages become cards that say what they are', async () => {
  const expected = {
    'imdb-shaped-tvseries': ['The Lighthouse Keepers', 'TV series, 2018–', 1],
    'kinopoisk-shaped-tvseries': ['Смотрители маяка', 'TV series, 2018–2021', 3],
    'tvseason-shaped': ['The Lighthouse Keepers: Season 2', 'The Lighthouse Keepers, Season 2', 1],
    'tvepisode-shaped': ['The Long Night', 'The Lighthouse Keepers, Season 2, Episode 3', 1],
  };
  for (const [name, [title, work, paragraphs]] of Object.entries(expected)) {
    const { context, page, errors } = await open(`/tv/${name}.html`);
    try {
      const card = await shown(page);
      assert.equal(card.error, null, `${name}: ${card.error}`);
      assert.equal(card.title, title, name);
      assert.equal(card.work, work, name);
      assert.equal(card.synopsis.length, paragraphs, `${name}: ${card.synopsis.join(' | ')}`);
      assert.deepEqual(errors.filter((error) => !/Failed to load resource/.test(error)), [], name);
    } finally {
      await context.close();
    }
  }
});

test('a page with none of the types read shows the error box naming them', async () => {
  const { context, page } = await open('/tv/none.html');
  try {
    const card = await shown(page);
    assert.equal(card.title, null);
    assert.match(card.error, new RegExp(NO_WORK.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  } finally {
    await context.close();
  }
});

test('inline data says what the work is in the page language, and each refusal names its field', async () => {
  const { context, page } = await open('/inline.html');
  try {
    assert.equal((await shown(page, '#series')).work, 'TV series, 2007–2015');
    assert.equal((await shown(page, '#episode-ja')).work, 'The Lighthouse Keepers、シーズン2、第3話');
    // The words of a refusal come from the on-demand module: wait for them.
    for (const [at, [, message]] of REFUSED.entries()) {
      const handle = await page.waitForFunction(
        ([id, expected]) => {
          const text = document.getElementById(id)?.shadowRoot?.querySelector('.fc-error')?.textContent ?? '';
          return text.includes(expected) && text;
        },
        [`refused-${at}`, message],
      );
      assert.ok((await handle.jsonValue()).includes(message), message);
    }
  } finally {
    await context.close();
  }
});

test('the synopsis and a review keep their paragraphs, collapsed and after "View More"', async () => {
  const { context, page } = await open('/inline.html');
  try {
    const before = await shown(page, '#paragraphs');
    assert.deepEqual(before.synopsis, ['The storm comes in.', 'The lamp goes out.', 'The families meet in the dark.']);
    // The excerpt ends in the second paragraph, at a word, with the ellipsis in that paragraph.
    assert.equal(before.reviews[0].length, 2, before.reviews[0].join(' | '));
    assert.equal(before.reviews[0][0], 'p:Short opening.');
    assert.equal(before.reviews[0][1], 'p:The second paragraph…');
    await page.locator('#paragraphs').locator('.fc-review__toggle').click();
    await page.waitForFunction(() => document.querySelector('#paragraphs').shadowRoot.querySelectorAll('.fc-review__text > p').length === 3);
    const after = await shown(page, '#paragraphs');
    assert.deepEqual(after.reviews[0], [
      'p:Short opening.',
      'p:The second paragraph runs on well past the limit of the excerpt.',
      // A single line break inside a paragraph is kept.
      'p:A last line,\nand one more.',
    ]);
    assert.equal(after.breaksKept, true, 'each paragraph shows its line breaks');
  } finally {
    await context.close();
  }
});

test('the prerendered card and its fallback keep the paragraphs and the work line', async () => {
  const { context, page } = await open('/snippet.html');
  try {
    // The widget never starts here: what shows is the snippet as written.
    const card = await shown(page);
    assert.equal(card.work, 'The Lighthouse Keepers, Season 2, Episode 3');
    assert.equal(card.synopsis.length, 3);
    assert.equal(card.reviews[0].length, 2);
    assert.match(card.reviews[0][1], /…$/);
    // The fallback is not rendered beside the card, so its text is read with each <br> as a line break.
    const fallback = await page.evaluate(() =>
      [...document.querySelectorAll('film-card > p, film-card > blockquote > p')].map((p) =>
        [...p.childNodes].map((node) => (node.nodeName === 'BR' ? '\n' : node.textContent)).join(''),
      ),
    );
    assert.deepEqual(fallback, [
      'The Lighthouse Keepers, Season 2, Episode 3',
      'The storm comes in.',
      'The lamp goes out.',
      'The families meet in the dark.',
      'Short opening.',
      'The second paragraph runs on well past the limit of the excerpt.',
      'A last line,\nand one more.',
    ]);
  } finally {
    await context.close();
  }
  // The fallback alone, as a feed gets it.
  const feed = await browser.newContext();
  try {
    const { page } = await watchedPage(feed);
    await page.goto(`${blog.url}/fallback.html`);
    const paragraphs = await page.evaluate(() => [...document.querySelectorAll('#feed p')].map((p) => p.innerText));
    assert.deepEqual(paragraphs.slice(0, 4), [
      'The Lighthouse Keepers, Season 2, Episode 3',
      'The storm comes in.',
      'The lamp goes out.',
      'The families meet in the dark.',
    ]);
    assert.deepEqual(paragraphs.slice(-3), ['Short opening.', 'The second paragraph runs on well past the limit of the excerpt.', 'A last line,\nand one more.']);
  } finally {
    await feed.close();
  }
});
