// The Hugo shortcode (integrations/hugo/) when nothing is prerendered: the package's hugo/ folder
// from dist/ copied into a small site built by Debian's `hugo`, with the bundle, each page read in
// Chromium; every card renders when the page is read.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchedPage, everyCardShown } from '../e2e/harness.mjs';
import { buildHugoSite, closeSite } from '../sites/sites.mjs';

const root = new URL('../..', import.meta.url).pathname;
const redShoes = JSON.parse(await readFile(join(root, 'demo/the-red-shoes.json'), 'utf8'));
// What Markdown, the template engine and the HTML parser would each break.
redShoes.reviews.push({
  author: "O'Brien & Sons <b>",
  text: 'He said "don\'t" -- twice... 1 < 2 && 3 > 2; </script><script>document.title = \'broken\'</script> {{ .Title }} end.',
  // Rated, so the film's JSON-LD carries it (with its template braces).
  rating: 8,
});
const narcissus = JSON.parse(await readFile(join(root, 'demo/black-narcissus.json'), 'utf8'));
const reviews = (film) => film.reviews.map((review) => [review.author, review.spoiler ? null : review.text]);
// Pretty, with a blank line, as a blogger pastes it.
const pretty = JSON.stringify(redShoes, null, 2).replace('\n', '\n\n');
// An episode of a series, its synopsis and review in paragraphs.
const episode = {
  title: 'The Long Night',
  kind: 'episode',
  series: 'The Lighthouse Keepers',
  season: 2,
  episode: 3,
  synopsis: 'The storm comes in.\n\nThe lamp goes out.',
  reviews: [{ author: 'Mara', text: 'Short opening.\n\nA second paragraph.' }],
};

const posts = {
  inline: {
    body: `Before the card.\n\n{{< filmcard collapse-at="100000" >}}\n${pretty}\n{{< /filmcard >}}\n\nBetween the cards.\n\n{{< filmcard src="/films/black-narcissus.json" collapse-at="100000" max-reviews="100" />}}\n`,
    cards: [{ reviews: reviews(redShoes), attributes: { 'collapse-at': '100000' } }, { reviews: reviews(narcissus) }],
    texts: ['Before the card.', 'Between the cards.'],
    jsonLd: true,
  },
  series: {
    body: `An episode.\n\n{{< filmcard lang="fr" >}}\n${JSON.stringify(episode, null, 2)}\n{{< /filmcard >}}\n`,
    cards: [
      {
        reviews: reviews(episode),
        work: 'The Lighthouse Keepers, Saison 2, Épisode 3',
        synopsis: ['The storm comes in.', 'The lamp goes out.'],
        attributes: { lang: 'fr' },
      },
    ],
    texts: ['An episode.'],
  },
  src: {
    body: `A card from its address.\n\n{{< filmcard src="/films/black-narcissus.json" max-reviews="100" collapse-at="100000" theme="dark" />}}\n`,
    cards: [{ reviews: reviews(narcissus), attributes: { 'collapse-at': '100000', 'max-reviews': '100', theme: 'dark' } }],
    texts: ['A card from its address.'],
  },
  // What the card refuses is left out (src= and film= are the shortcode's own).
  refused: {
    body: `{{< filmcard src="/films/black-narcissus.json" sort="bogus" theme="dark" collapse-at="+0100" lang="fr-CA" heading-level="9" max-reviews="4294967296" colour="red" />}}\n`,
    cards: [{ attributes: { 'collapse-at': '100', lang: 'fr-CA', theme: 'dark' } }],
    texts: [],
  },
};

/** The film's JSON-LD block for the page's head, as the command writes it. */
function jsonLdOf(file) {
  return execFileSync(process.execPath, [join(root, 'dist/cli/filmcard.js'), 'render', file, '--json-ld'], { encoding: 'utf8' });
}

let site;
let server;
let browser;

before(async () => {
  site = await mkdtemp(join(tmpdir(), 'filmcard-hugo-'));
  await mkdir(join(site, 'layouts/_default'), { recursive: true });
  await mkdir(join(site, 'content/posts'), { recursive: true });
  await mkdir(join(site, 'static/films'), { recursive: true });
  await mkdir(join(site, 'layouts/partials'), { recursive: true });
  await mkdir(join(site, 'films'), { recursive: true });
  await writeFile(join(site, 'config.toml'), [
    'baseURL = "http://127.0.0.1/"',
    'title = "Filmcard test blog"',
    'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]',
    '[params.filmcard]',
    'bundle = "/bundle/filmcard.js"',
  ].join('\n'));
  const page = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title>{{ partial "filmcard-json-ld.html" . }}</head><body><main>{{ .Content }}</main></body></html>\n';
  await writeFile(join(site, 'layouts/_default/single.html'), page);
  await writeFile(join(site, 'layouts/_default/list.html'), page);
  await cp(join(root, 'dist/hugo'), site, { recursive: true });
  // The build step the README gives: the block written by the command, beside the film's data.
  await writeFile(join(site, 'films/red-shoes.json'), pretty);
  await writeFile(join(site, 'films/red-shoes.jsonld.html'), jsonLdOf(join(site, 'films/red-shoes.json')));
  await cp(join(root, 'demo/black-narcissus.json'), join(site, 'static/films/black-narcissus.json'));
  for (const file of ['filmcard.js', 'filmcard-core.js', 'filmcard-core_bg.wasm']) {
    await cp(join(root, 'dist', file), join(site, 'static/bundle', file));
  }
  for (const [name, post] of Object.entries(posts)) {
    const head = post.jsonLd ? `filmcardJsonLd: "films/red-shoes.jsonld.html"\n` : '';
    await writeFile(join(site, `content/posts/${name}.md`), `---\ntitle: "${name}"\n${head}---\n${post.body}`);
  }
  // The traps the README tells of: {{% %}} hands the shortcode's output to Markdown, and the
  // README's plain snippet pasted into Markdown; Hugo leaves raw HTML out of both by default.
  await writeFile(join(site, 'content/posts/percent.md'), `---\ntitle: "percent"\n---\nWritten with the wrong delimiters.\n\n{{% filmcard %}}\n${pretty}\n{{% /filmcard %}}\n`);
  const readme = await readFile(join(root, 'README.md'), 'utf8');
  const snippet = readme.match(/Then paste this into a post:\n\n```html\n([\s\S]*?)```/)[1];
  await writeFile(join(site, 'content/posts/raw-html.md'), `---\ntitle: "raw-html"\n---\nThe snippet pasted as it is.\n\n${snippet}`);
  ({ server, browser } = await buildHugoSite(site));
});

after(() => closeSite({ browser, servers: [server], folder: site }));

/** Loads a built page in Chromium; resolves to what a reader sees and what was requested. */
async function read(name, cards) {
  const context = await browser.newContext();
  const { page, errors } = await watchedPage(context);
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  const missing = [];
  page.on('response', (response) => response.status() >= 400 && missing.push(new URL(response.url()).pathname));
  await page.goto(`${server.url}/posts/${name}/`);
  if (cards > 0) await everyCardShown(page, 'film-card');
  const seen = await page.evaluate(() => ({
    title: document.title,
    text: document.body.innerText,
    html: document.documentElement.outerHTML,
    scripts: [...document.querySelectorAll('script[src]')].map((script) => new URL(script.src).pathname),
    cards: [...document.querySelectorAll('film-card')].map((host) => ({
      attributes: Object.fromEntries([...host.attributes].map((attribute) => [attribute.name, attribute.value])),
      error: host.shadowRoot?.querySelector('.fc-error .fc-error__detail')?.textContent ?? null,
      work: host.shadowRoot?.querySelector('.fc-card__work')?.textContent ?? null,
      synopsis: [...(host.shadowRoot?.querySelectorAll('.fc-card__synopsis > p') ?? [])].map((p) => p.textContent),
      // Each paragraph of a review is its own <p>; joined as the data separates them.
      reviews: [...(host.shadowRoot?.querySelectorAll('.fc-review') ?? [])].map((review) => [
        review.querySelector('.fc-review__author')?.textContent ?? null,
        [...review.querySelectorAll('.fc-review__text > p')].map((p) => p.textContent).join('\n\n') || null,
      ]),
    })),
  }));
  await context.close();
  // A failed load is checked by its response (the browser's own favicon request logs one too).
  return { ...seen, errors: errors.filter((error) => !error.startsWith('Failed to load resource')), requests, missing };
}

function assertNoRawJson(text) {
  assert.doesNotMatch(text, /["“”″](title|reviews|author|text)["“”″]\s*:/);
  assert.doesNotMatch(text, /\\u00|filmcard/);
}

for (const [name, post] of Object.entries(posts)) {
  test(`hugo, ${name}: the cards show what the data holds, the bundle loads once, no JSON shows`, async () => {
    const seen = await read(name, post.cards.length);
    assert.equal(seen.cards.length, post.cards.length);
    post.cards.forEach((expected, i) => {
      const card = seen.cards[i];
      if (expected.error) {
        assert.ok(card.error, `card ${i} shows its error box`);
      } else {
        assert.equal(card.error, null, `card ${i}: ${card.error}`);
        if (expected.reviews) assert.deepEqual(card.reviews, expected.reviews, `card ${i}'s reviews, word for word`);
        if (expected.work) assert.equal(card.work, expected.work, `card ${i} says what it is`);
        if (expected.synopsis) assert.deepEqual(card.synopsis, expected.synopsis, `card ${i}'s synopsis, in paragraphs`);
      }
      if (expected.attributes) {
        const { src, style, ...attributes } = card.attributes;
        assert.deepEqual(attributes, expected.attributes);
      }
    });
    for (const text of post.texts) assert.ok(seen.text.includes(text), `"${text}" is shown`);
    assertNoRawJson(seen.text);
    assert.notEqual(seen.title, 'broken', 'no script from the data ran');
    assert.deepEqual(seen.scripts, ['/bundle/filmcard.js'], 'one script tag for the bundle');
    assert.equal(seen.requests.filter((path) => path.endsWith('/filmcard.js')).length, 1);
    assert.deepEqual(seen.errors.filter((error) => !error.startsWith('filmcard:')), []);
    assert.deepEqual(seen.missing.filter((path) => path !== '/favicon.ico'), []);
  });
}

for (const [name, what] of [['raw-html', "the README's plain snippet pasted into Markdown"], ['percent', 'the shortcode written with {{% %}}']]) {
  test(`hugo: ${what} gives no card (raw HTML omitted), as the README warns`, async () => {
    const seen = await read(name, 0);
    assert.ok(seen.html.includes('<!-- raw HTML omitted -->'));
    assert.deepEqual(seen.cards, []);
    assert.deepEqual(seen.scripts, []);
  });
}

test('hugo: a value the card would refuse is left out with a comment in the page source', async () => {
  const seen = await read('refused', 1);
  for (const note of ['sort=&#34;bogus&#34; is not passed', 'heading-level=&#34;9&#34; is not passed', 'max-reviews=&#34;4294967296&#34; is not passed', 'colour is not an option of the card']) {
    assert.ok(seen.html.includes(`<!-- filmcard: ${note}`), note);
  }
  assert.equal(seen.html.match(/<!-- filmcard: /g).length, 4);
});

test("hugo: the shortcode reads the card's own table of attribute values, not a copy", async () => {
  const partial = await readFile(join(root, 'integrations/hugo/layouts/partials/filmcard/card.html'), 'utf8');
  assert.match(partial, /site\.Data\.filmcard\.attributes/);
  assert.doesNotMatch(partial, /"(lang|theme|max-reviews|collapse-at|loading|trailer|heading-level)"/, "no attribute's values in the template (only sort's case rule)");
  const shipped = await readFile(join(root, 'dist/hugo/data/filmcard/attributes.json'), 'utf8');
  assert.equal(shipped, await readFile(join(root, 'integrations/wordpress/filmcard/attributes.json'), 'utf8'));
});

test("hugo: the post naming its film's JSON-LD block has it in its head, as the command wrote it; other posts have none", async () => {
  const block = jsonLdOf(join(site, 'films/red-shoes.json'));
  assert.match(block, /^<script type="application\/ld\+json">\n\{/);
  // A review's `{{ .Title }}` is text in the JSON, never run as a template.
  assert.ok(block.includes('{{ .Title }}'));
  const built = await readFile(join(site, 'public/posts/inline/index.html'), 'utf8');
  const head = built.slice(0, built.indexOf('</head>'));
  assert.equal(head.split(block).length, 2, 'the block, once, byte for byte');
  for (const name of ['src', 'percent']) {
    const other = await readFile(join(site, `public/posts/${name}/index.html`), 'utf8');
    assert.ok(!other.includes('application/ld+json'), name);
  }
  const seen = await read('inline', 2);
  assert.deepEqual(seen.errors.filter((error) => !error.startsWith('filmcard:')), []);
  const movie = JSON.parse(seen.html.match(/<script type="application\/ld\+json">([^]*?)<\/script>/)[1]);
  assert.equal(movie.name, redShoes.title);
});
