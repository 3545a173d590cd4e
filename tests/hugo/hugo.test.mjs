// The Hugo shortcode (integrations/hugo/) in a small site built by Debian's `hugo`, the bundle
// from dist/ copied into it, each page read in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { launch, watchedPage, everyCardShown, serve } from '../e2e/harness.mjs';

const root = new URL('../..', import.meta.url).pathname;
const shortcode = join(root, 'integrations/hugo/layouts/shortcodes/filmcard.html');
const redShoes = JSON.parse(await readFile(join(root, 'demo/the-red-shoes.json'), 'utf8'));
// What Markdown, the template engine and the HTML parser would each break.
redShoes.reviews.push({
  author: "O'Brien & Sons <b>",
  text: 'He said "don\'t" -- twice... 1 < 2 && 3 > 2; </script><script>document.title = \'broken\'</script> {{ .Title }} end.',
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
};

let site;
let server;
let browser;

before(async () => {
  site = await mkdtemp(join(tmpdir(), 'filmcard-hugo-'));
  await mkdir(join(site, 'layouts/_default'), { recursive: true });
  await mkdir(join(site, 'layouts/shortcodes'), { recursive: true });
  await mkdir(join(site, 'content/posts'), { recursive: true });
  await mkdir(join(site, 'static/films'), { recursive: true });
  await writeFile(join(site, 'config.toml'), [
    'baseURL = "http://127.0.0.1/"',
    'title = "Filmcard test blog"',
    'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]',
    '[params.filmcard]',
    'bundle = "/bundle/filmcard.js"',
  ].join('\n'));
  const page = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main>{{ .Content }}</main></body></html>\n';
  await writeFile(join(site, 'layouts/_default/single.html'), page);
  await writeFile(join(site, 'layouts/_default/list.html'), page);
  await cp(shortcode, join(site, 'layouts/shortcodes/filmcard.html'));
  await cp(join(root, 'demo/black-narcissus.json'), join(site, 'static/films/black-narcissus.json'));
  for (const file of ['filmcard.js', 'filmcard-core.js', 'filmcard-core_bg.wasm']) {
    await cp(join(root, 'dist', file), join(site, 'static/bundle', file));
  }
  for (const [name, post] of Object.entries(posts)) {
    await writeFile(join(site, `content/posts/${name}.md`), `---\ntitle: "${name}"\n---\n${post.body}`);
  }
  // The traps the README tells of: {{% %}} hands the shortcode's output to Markdown, and the
  // README's plain snippet pasted into Markdown; Hugo leaves raw HTML out of both by default.
  await writeFile(join(site, 'content/posts/percent.md'), `---\ntitle: "percent"\n---\nWritten with the wrong delimiters.\n\n{{% filmcard %}}\n${pretty}\n{{% /filmcard %}}\n`);
  const readme = await readFile(join(root, 'README.md'), 'utf8');
  const snippet = readme.match(/Then paste this into a post:\n\n```html\n([\s\S]*?)```/)[1];
  await writeFile(join(site, 'content/posts/raw-html.md'), `---\ntitle: "raw-html"\n---\nThe snippet pasted as it is.\n\n${snippet}`);
  await promisify(execFile)('hugo', ['--quiet', '--source', site, '--destination', join(site, 'public')]);
  server = await serve(join(site, 'public'));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (site) await rm(site, { recursive: true, force: true });
});

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
        assert.deepEqual(card.reviews, expected.reviews, `card ${i}'s reviews, word for word`);
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

test('hugo: the shortcode passes exactly the attributes the contract allows', async () => {
  const template = await readFile(shortcode, 'utf8');
  const names = template.match(/range \$name := slice ((?:"[a-z-]+" ?)+)/)[1].match(/[a-z-]+/g);
  const allowed = JSON.parse(await readFile(join(root, 'integrations/wordpress/filmcard/attributes.json'), 'utf8'));
  assert.deepEqual([...names].sort(), Object.keys(allowed).sort());
});
