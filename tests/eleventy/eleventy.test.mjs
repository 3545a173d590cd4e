// An Eleventy 3 site (npm's @11ty/eleventy, pinned in package-lock.json) with the plugin of the
// package installed from the tarball `make dist` packs: built once with an ESM configuration and
// once with a CommonJS one, its pages and feed read in Chromium, with and without JavaScript, and
// through a feed sanitizer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, serve } from '../e2e/harness.mjs';
import { ROOT, run, nastyFilm, installPackage, checkTakeover, checkNoScript, checkFeed, unescapeXml, closeSite } from '../sites/sites.mjs';

const ELEVENTY = join(ROOT, 'node_modules/@11ty/eleventy/cmd.cjs');
const film = await nastyFilm();
const redShoes = JSON.parse(await readFile(join(ROOT, 'demo/the-red-shoes.json'), 'utf8'));
const narcissus = JSON.parse(await readFile(join(ROOT, 'demo/black-narcissus.json'), 'utf8'));

const CONFIGS = {
  'eleventy.config.mjs': `import filmcard from 'filmcard/eleventy';
export default function (eleventyConfig) {
  eleventyConfig.addPlugin(filmcard, { css: '/filmcard/filmcard.css', bundle: '/filmcard/filmcard.js' });
  eleventyConfig.addPassthroughCopy({ filmcard: 'filmcard' });
}
export const config = { dir: { input: 'src', output: '_site' } };
`,
  'eleventy.config.cjs': `const filmcard = require('filmcard/eleventy');
module.exports = function (eleventyConfig) {
  eleventyConfig.addPlugin(filmcard, { css: '/filmcard/filmcard.css', bundle: '/filmcard/filmcard.js' });
  eleventyConfig.addPassthroughCopy({ filmcard: 'filmcard' });
  return { dir: { input: 'src', output: '_site_cjs' } };
};
`,
};

let site;
let servers = {};
let browser;

before(async () => {
  site = await mkdtemp(join(tmpdir(), 'filmcard-eleventy-'));
  await installPackage(site, 'filmcard');
  for (const folder of ['src/_includes', 'src/posts/bundle', 'src/films']) await mkdir(join(site, folder), { recursive: true });
  for (const [name, text] of Object.entries(CONFIGS)) await writeFile(join(site, name), text);
  await writeFile(join(site, 'src/_includes/post.liquid'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title><link rel="icon" href="data:,">{% if film %}{% filmcardJsonLd film %}{% endif %}</head><body><main>{{ content }}<p id="below">The post goes on.</p></main></body></html>\n');
  await writeFile(join(site, 'src/posts/posts.json'), JSON.stringify({ layout: 'post.liquid', tags: 'posts' }));
  // Pretty, with a blank line, as a blogger pastes it.
  const pretty = JSON.stringify(redShoes, null, 2).replace('\n', '\n\n');
  await writeFile(join(site, 'src/posts/inline.md'), `---\ntitle: inline\n---\nBefore the card.\n\n{% filmcard "sort=bogus", "collapse-at=0300" %}\n${pretty}\n{% endfilmcard %}\n\nAfter the card.\n`);
  await writeFile(join(site, 'src/posts/bundle/index.md'), '---\ntitle: bundle\nfilm: film.json\n---\nBeside the post.\n\n{% filmcardFile "film.json", "theme=dark" %}\n\nAfter the card.\n');
  await writeFile(join(site, 'src/posts/bundle/film.json'), JSON.stringify(film, null, 2));
  await writeFile(join(site, 'src/posts/nunjucks.njk'), '---\ntitle: nunjucks\n---\n<p>From a shared folder.</p>\n{% filmcardFile "../films/narcissus.json", "collapse-at=200", theme="dark" %}\n<p>After.</p>\n');
  await writeFile(join(site, 'src/films/narcissus.json'), JSON.stringify(narcissus));
  await writeFile(join(site, 'src/feed.liquid'), '---\npermalink: /feed.xml\neleventyExcludeFromCollections: true\n---\n<rss version="2.0"><channel><title>Filmcard test blog</title>{% for post in collections.posts %}<item><title>{{ post.data.title }}</title><description>{{ post.content | filmcardFeed | escape }}</description></item>{% endfor %}</channel></rss>\n');
  for (const [config, output] of [['eleventy.config.mjs', '_site'], ['eleventy.config.cjs', '_site_cjs']]) {
    await run(process.execPath, [ELEVENTY, `--config=${config}`, '--quiet'], { cwd: site });
    servers[config] = await serve(join(site, output));
  }
  browser = await launch();
});

after(() => closeSite({ browser, servers: Object.values(servers), folder: site }));

for (const config of Object.keys(CONFIGS)) {
  for (const [name, expected] of [['inline', redShoes], ['bundle', film], ['nunjucks', narcissus]]) {
    test(`eleventy (${config}), ${name}: the prerendered card is in the page sent, and the widget takes it over in place`, async () => {
      await checkTakeover(browser, `${servers[config].url}/posts/${name}/`, expected);
    });
  }
}

test('eleventy: with JavaScript off, the whole film shows, every review in full', async () => {
  const url = servers['eleventy.config.mjs'].url;
  await checkNoScript(browser, `${url}/posts/bundle/`, film);
  await checkNoScript(browser, `${url}/posts/inline/`, redShoes);
});

test('eleventy: a refused attribute value is left out with a comment, the others reach the card, the bundle loads once', async () => {
  const url = servers['eleventy.config.mjs'].url;
  const sent = await (await fetch(`${url}/posts/inline/`)).text();
  assert.ok(sent.includes('<!-- filmcard: sort=&#34;bogus&#34; is not passed to the card -->'));
  assert.equal(sent.match(/<film-card[^>]*>/)[0], '<film-card lang="en" collapse-at="300">');
  assert.equal(sent.match(/<script type="module" src="\/filmcard\/filmcard\.js"><\/script>/g).length, 1);
  assert.ok(sent.includes('After the card.'));
  const nunjucks = await (await fetch(`${url}/posts/nunjucks/`)).text();
  assert.equal(nunjucks.match(/<film-card[^>]*>/)[0], '<film-card lang="en" collapse-at="200" theme="dark">');
});

test("eleventy: the post naming its film has the film's JSON-LD in its head, the command's text once; other posts have none", async () => {
  const url = servers['eleventy.config.mjs'].url;
  const expected = (await run(process.execPath, [join(ROOT, 'dist/cli/filmcard.js'), 'render', join(site, 'src/posts/bundle/film.json'), '--json-ld'])).stdout;
  assert.match(expected, /^<script type="application\/ld\+json">/);
  const sent = await (await fetch(`${url}/posts/bundle/`)).text();
  const head = sent.slice(0, sent.indexOf('</head>'));
  assert.equal(head.split(expected).length, 2, 'the block, once, byte for byte');
  assert.equal(sent.match(/<script type="application\/ld\+json">/g).length, 1);
  const inline = await (await fetch(`${url}/posts/inline/`)).text();
  assert.ok(!inline.includes('application/ld+json'));
});

test('eleventy: the feed, through filmcardFeed, carries each card as its plain fallback', async () => {
  const feed = await (await fetch(`${servers['eleventy.config.mjs'].url}/feed.xml`)).text();
  const entries = Object.fromEntries(
    [...feed.matchAll(/<item><title>([^<]*)<\/title><description>([^]*?)<\/description><\/item>/g)].map(([, title, html]) => [title, unescapeXml(html)]),
  );
  assert.deepEqual(Object.keys(entries).sort(), ['bundle', 'inline', 'nunjucks']);
  await checkFeed(browser, entries.bundle, film);
  await checkFeed(browser, entries.inline, redShoes);
  for (const html of Object.values(entries)) assert.doesNotMatch(html, /<template|<script/);
});

test('eleventy: film data the card refuses fails the build with the card\'s message', async () => {
  await writeFile(join(site, 'src/posts/refused.md'), '---\ntitle: refused\n---\n{% filmcard %}{ "reviews": [] }{% endfilmcard %}\n');
  try {
    const failed = await run(process.execPath, [ELEVENTY, '--config=eleventy.config.mjs', '--quiet', '--output=_refused'], { cwd: site }).then(
      () => null,
      (error) => `${error.stdout}${error.stderr}`,
    );
    assert.ok(failed, 'the build fails');
    assert.match(failed, /filmcard \(\.\/src\/posts\/refused\.md\): title: /);
  } finally {
    await rm(join(site, 'src/posts/refused.md'));
  }
});
