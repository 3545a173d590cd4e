// A Hugo site as the README sets it up: the package installed from the tarball `make dist` packs,
// `npx filmcard hugo` (the shortcode installed, every card prerendered), then Debian's `hugo`; its
// pages and RSS feed read in Chromium, with and without JavaScript, and through a feed sanitizer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchedPage, everyCardShown } from '../e2e/harness.mjs';
import { ROOT, run, nastyFilm, installPackage, npxFilmcard, checkTakeover, checkNoScript, checkFeed, unescapeXml, buildHugoSite, closeSite } from '../sites/sites.mjs';

const film = await nastyFilm();
const redShoes = JSON.parse(await readFile(join(ROOT, 'demo/the-red-shoes.json'), 'utf8'));
const narcissus = JSON.parse(await readFile(join(ROOT, 'demo/black-narcissus.json'), 'utf8'));

/**
 * The card corpora, each film in a post of its own with some of the card's attributes: the data
 * the card accepts (tests/corpus/cases.txt), hostile text in every text field
 * (tests/corpus/xss.json), and the demo films.
 */
async function corpus() {
  const films = [redShoes, narcissus];
  const cases = (await readFile(join(ROOT, 'tests/corpus/cases.txt'), 'utf8')).split(/^=== .*\n/m).slice(1);
  for (const block of cases) {
    const [input, verdict] = block.split(/^--> /m);
    if (verdict.trim() === 'ok') films.push(JSON.parse(input));
  }
  for (const { value } of JSON.parse(await readFile(join(ROOT, 'tests/corpus/xss.json'), 'utf8')).text) {
    films.push({ title: value, certificate: value, synopsis: value, trailer: { url: 'https://example.com/', label: value }, reviews: [{ author: value, text: value }] });
  }
  const options = [{}, { lang: 'fr' }, { 'heading-level': '3', lang: 'ja' }, { lang: 'de', sort: 'newest' }, { lang: 'es', 'max-reviews': '1' }];
  return films.map((film, index) => ({ film, attributes: options[index % options.length] }));
}
const cases = await corpus();

let site;
let server;
let browser;
let command;

const post = (title, body) => `---\ntitle: "${title}"\n---\n${body}\n`;

before(async () => {
  site = await mkdtemp(join(tmpdir(), 'filmcard-hugo-site-'));
  await installPackage(site, 'static/filmcard');
  for (const folder of ['layouts/_default', 'content/posts/bundle', 'data/films']) await mkdir(join(site, folder), { recursive: true });
  await writeFile(join(site, 'config.toml'), 'baseURL = "http://127.0.0.1/"\ntitle = "Filmcard test blog"\n');
  const page = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title><link rel="icon" href="data:,"></head><body><main>{{ .Content }}<p id="below">The post goes on.</p></main></body></html>\n';
  await writeFile(join(site, 'layouts/_default/single.html'), page);
  await writeFile(join(site, 'layouts/_default/list.html'), page);
  // The feed with each post's whole content (Hugo's own carries a summary: no card at all).
  await writeFile(join(site, 'layouts/_default/rss.xml'), '<rss version="2.0"><channel><title>{{ site.Title }}</title>{{ range site.RegularPages }}<item><title>{{ .Title }}</title><link>{{ .Permalink }}</link><description>{{ .Content | html }}</description></item>{{ end }}</channel></rss>\n');
  const pretty = JSON.stringify(film, null, 2).replace('\n', '\n\n');
  await writeFile(join(site, 'content/posts/inline.md'), post('inline', `Before the card.\n\n{{< filmcard sort="bogus" collapse-at="0300" >}}\n${pretty}\n{{< /filmcard >}}\n\nAfter the card.`));
  await writeFile(join(site, 'content/posts/bundle/index.md'), post('bundle', 'Beside the post.\n\n{{< filmcard film="red-shoes.json" theme="dark" />}}'));
  await writeFile(join(site, 'content/posts/bundle/red-shoes.json'), JSON.stringify(redShoes, null, 2));
  await writeFile(join(site, 'content/posts/data.md'), post('data', 'From the site data.\n\n{{< filmcard film="films/black-narcissus.json" max-reviews="100" collapse-at="200" />}}'));
  await writeFile(join(site, 'data/films/black-narcissus.json'), JSON.stringify(narcissus));
  await writeFile(join(site, 'content/posts/refused.md'), post('refused', '{{< filmcard >}}\n{ "reviews": [] }\n{{< /filmcard >}}'));
  for (const [index, { film: data, attributes }] of cases.entries()) {
    const folder = join(site, `content/corpus/case-${index}`);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'film.json'), JSON.stringify(data, null, 2));
    const given = Object.entries(attributes).map(([name, value]) => ` ${name}="${value}"`).join('');
    await writeFile(join(folder, 'index.md'), post(`case-${index}`, `{{< filmcard film="film.json"${given} />}}`));
  }
  command = await npxFilmcard(site, ['hugo', '--css', '/filmcard/filmcard.css']).then(
    (result) => ({ ...result, code: 0 }),
    (error) => ({ stdout: error.stdout, stderr: error.stderr, code: error.code }),
  );
  ({ server, browser } = await buildHugoSite(site));
});

after(() => closeSite({ browser, servers: [server], folder: site }));

test('hugo: `npx filmcard hugo` installs the shortcode, prerenders every card, and names the film it refuses', async () => {
  assert.equal(command.code, 1, command.stderr);
  assert.match(command.stdout, new RegExp(`^filmcard hugo: ${3 + cases.length} cards prerendered into assets/filmcard/prerendered\n$`));
  assert.match(command.stderr, /content\/posts\/refused\.md: title: /);
  const written = (await readdir(join(site, 'assets/filmcard/prerendered'))).sort();
  assert.equal(written.length, 2 * (3 + cases.length), 'each card and its feed fallback');
  const installed = await readFile(join(site, 'data/filmcard/attributes.json'), 'utf8');
  assert.equal(installed, await readFile(join(ROOT, 'integrations/wordpress/filmcard/attributes.json'), 'utf8'));
});

for (const [name, expected] of [['inline', film], ['bundle', redShoes], ['data', narcissus]]) {
  test(`hugo, ${name}: the prerendered card is in the page sent, and the widget takes it over in place`, async () => {
    await checkTakeover(browser, `${server.url}/posts/${name}/`, expected);
  });
}

test('hugo: with JavaScript off, the whole film shows, every review in full', async () => {
  await checkNoScript(browser, `${server.url}/posts/inline/`, film);
  await checkNoScript(browser, `${server.url}/posts/bundle/`, redShoes);
});

test('hugo: a refused attribute value is left out with a comment, the others reach the card, the bundle loads once', async () => {
  const sent = await (await fetch(`${server.url}/posts/inline/`)).text();
  assert.ok(sent.includes('<!-- filmcard: sort=&#34;bogus&#34; is not passed to the card -->'), sent.slice(0, 400));
  const element = sent.match(/<film-card[^>]*>/)[0];
  assert.equal(element, '<film-card lang="en" collapse-at="300">');
  assert.equal(sent.match(/<script type="module" src="\/filmcard\/filmcard\.js"><\/script>/g).length, 1);
  const bundle = await (await fetch(`${server.url}/posts/bundle/`)).text();
  assert.match(bundle, /<film-card lang="en" theme="dark">/);
});

test('hugo: the feed carries each card as its plain fallback: title, synopsis, trailer, every review', async () => {
  const feed = await (await fetch(`${server.url}/index.xml`)).text();
  const entries = Object.fromEntries(
    [...feed.matchAll(/<item><title>([^<]*)<\/title>.*?<description>([^]*?)<\/description><\/item>/g)].map(([, title, html]) => [title, unescapeXml(html)]),
  );
  assert.deepEqual(Object.keys(entries).filter((title) => !title.startsWith('case-')).sort(), ['bundle', 'data', 'inline', 'refused']);
  await checkFeed(browser, entries.inline, film);
  await checkFeed(browser, entries.bundle, redShoes);
  assert.doesNotMatch(entries.inline, /<template|<script/);
  assert.match(entries.refused, /<!-- filmcard: this card is in the feed once `npx filmcard hugo` has prerendered it -->/);
});

test('hugo: film data the card refuses is not prerendered: the card shows its error when read', async () => {
  const context = await browser.newContext();
  const { page } = await watchedPage(context);
  try {
    await page.goto(`${server.url}/posts/refused/`);
    await everyCardShown(page);
    assert.match(await page.locator('film-card .fc-error').innerText(), /title/);
  } finally {
    await context.close();
  }
});

test('the package installs from its tarball into a fresh folder, and `npx filmcard render` writes the same card as dist/cli', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'filmcard-install-'));
  try {
    await installPackage(folder, 'bundle');
    const help = await npxFilmcard(folder, ['--help']);
    assert.match(help.stdout, /^usage: filmcard render FILM\.json/);
    const filmFile = join(ROOT, 'demo/the-red-shoes.json');
    const installed = await npxFilmcard(folder, ['render', filmFile, '--css', '/filmcard.css', '--theme', 'dark']);
    const built = await run(process.execPath, [join(ROOT, 'dist/cli/filmcard.js'), 'render', filmFile, '--css', '/filmcard.css', '--theme', 'dark'], { encoding: 'utf8' });
    assert.equal(installed.stdout, built.stdout);
    assert.match(installed.stdout, /^<film-card lang="en" theme="dark">\n<template shadowrootmode="open">/);
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', "import plugin from 'filmcard/eleventy'; console.log(typeof plugin);"], { cwd: folder, encoding: 'utf8' });
    assert.equal(stdout, 'function\n');
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test("hugo: over the card corpora, each page holds the command's snippet and the feed its --fallback-only fallback, unchanged", async () => {
  // The installed package's own renderer (the command's), called in this process.
  const { render } = createRequire(import.meta.url)(join(site, 'node_modules/filmcard/cli/site.js'));
  const feed = await (await fetch(`${server.url}/index.xml`)).text();
  const entries = Object.fromEntries(
    [...feed.matchAll(/<item><title>([^<]*)<\/title>.*?<description>([^]*?)<\/description><\/item>/g)].map(([, title, html]) => [title, unescapeXml(html)]),
  );
  // A NUL in the data reaches the HTML as it is; Hugo makes some of them U+FFFD, as every HTML
  // parser does with all of them.
  const parsed = (html) => html.replaceAll('\0', '\uFFFD');
  for (const [index, { film: data, attributes }] of cases.entries()) {
    const json = JSON.stringify(data, null, 2);
    const pairs = Object.entries(attributes).sort(([a], [b]) => (a < b ? -1 : 1));
    const fallback = render(json, pairs, { css: '/filmcard/filmcard.css', fallbackOnly: true });
    assert.equal(entries[`case-${index}`]?.trim(), parsed(fallback).trim(), `case ${index}: the feed's fallback`);
    const page = await (await fetch(`${server.url}/corpus/case-${index}/`)).text();
    const snippet = render(json, pairs, { css: '/filmcard/filmcard.css' });
    assert.ok(parsed(page).includes(parsed(snippet)), `case ${index}: the page's card`);
  }
});
