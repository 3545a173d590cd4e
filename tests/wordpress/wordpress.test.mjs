// The WordPress plugin on a real WordPress (Debian's 6.1 with Twenty Twenty-Three; 6.5 with Twenty
// Twenty-Four when FILMCARD_WP_VERSION says so, as wordpress-6.5.test.mjs does; MariaDB, PHP):
// posts an Author saved (kses filtering them) with each form of the card, and posts an importer
// saved without slashes, each loaded in Chromium as a reader would see it.
import { test as nodeTest, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, watchedPage, everyCardShown } from '../e2e/harness.mjs';
import { startWordPress } from './wordpress.mjs';
import { checkFallbacks } from './fallback-checks.mjs';
import { logIn, publishFromEditor } from './editor.mjs';
import { checkTakeover, checkNoScript, checkFeed, nastyFilm } from '../sites/sites.mjs';

const version = process.env.FILMCARD_WP_VERSION ?? '6.1';
/** A test, named with the release it runs on. */
const test = (name, fn) => nodeTest(`${name} (WordPress ${version})`, fn);
const plugin = new URL('../../integrations/wordpress/filmcard/', import.meta.url);
const CLI = new URL('../../dist/cli/filmcard.js', import.meta.url).pathname;
let wp;
let browser;
let posts;
/** The post the block editor test saved: its address and film. */
let editorPost;

before(async () => {
  const start = Date.now();
  wp = await startWordPress(version);
  const written = Date.now();
  posts = JSON.parse(await wp.php('posts.php'));
  wp.timings.posts = (Date.now() - written) / 1000;
  browser = await launch();
  console.log(`wordpress: set up in ${((Date.now() - start) / 1000).toFixed(1)} s ${JSON.stringify(wp.timings)}`);
});

after(async () => {
  await browser?.close();
  await wp?.close();
});

/** Loads a post as a reader; resolves to what the page shows and what it requested. */
async function read(post) {
  const context = await browser.newContext();
  const { page, errors } = await watchedPage(context);
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  const missing = [];
  page.on('response', (response) => response.status() >= 400 && missing.push(new URL(response.url()).pathname));
  await page.goto(post.url, { waitUntil: 'load' });
  if (post.cards.length > 0) await everyCardShown(page, 'film-card');
  const seen = await page.evaluate(() => ({
    title: document.title,
    text: document.body.innerText,
    html: document.documentElement.outerHTML,
    scripts: [...document.querySelectorAll('script[src]')]
      .filter((script) => /\/filmcard\.js(\?|$)/.test(script.src))
      .map((script) => script.type),
    cards: [...document.querySelectorAll('film-card')].map((host) => ({
      attributes: Object.fromEntries([...host.attributes].map((attribute) => [attribute.name, attribute.value])),
      error: host.shadowRoot?.querySelector('.fc-error .fc-error__detail')?.textContent ?? null,
      titleTag: host.shadowRoot?.querySelector('.fc-card__title')?.tagName ?? null,
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
  // A failed load is checked by its response (WordPress 6.1 has no favicon: the browser's own
  // request for one logs a console error that is not the page's).
  const failed = missing.filter((path) => path !== '/favicon.ico');
  return { ...seen, requests, errors: errors.filter((error) => !error.startsWith('Failed to load resource')), failed };
}

/** What a reader must never see: the film's JSON, in any shape the filters leave it. */
function assertNoRawJson(text) {
  assert.doesNotMatch(text, /["“”″](title|reviews|author|text)["“”″]\s*:/);
  assert.doesNotMatch(text, /\\u00|\[\/?filmcard/);
}

const forms = {
  classic: 'shortcode with inline JSON in the classic editor, between paragraphs',
  src: 'self-closing shortcode with src=, then a shortcode with inline JSON',
  'shortcode-block': 'shortcode in a Shortcode block',
  block: "the plugin's Film card block, inline JSON and src=",
  visual: "shortcode typed in the classic editor's Visual tab (saved as HTML)",
  imported: 'posts an importer saved without slashes',
  series: 'shortcode with an episode of a series, in French, its texts in paragraphs',
  'block-open': 'a Film card block that is not self-closing',
  'forged-card': 'Film card blocks whose stored card was forged (script, javascript: link, stylesheet, handlers)',
};

for (const [name, what] of Object.entries(forms)) {
  test(`${what}: every card renders every review, the bundle loads once, no JSON shows`, async () => {
    const post = posts[name];
    const seen = await read(post);
    assert.equal(seen.cards.length, post.cards.length, 'one host per card');
    post.cards.forEach((expected, i) => {
      const card = seen.cards[i];
      if (expected.error) {
        assert.ok(card.error, `card ${i} shows its error box`);
        assert.equal(card.reviews.length, 0);
      } else {
        assert.equal(card.error, null, `card ${i}: ${card.error}`);
        assert.deepEqual(card.reviews, expected.reviews, `card ${i}'s reviews, word for word`);
        if (expected.work) assert.equal(card.work, expected.work, `card ${i} says what it is`);
        if (expected.synopsis) assert.deepEqual(card.synopsis, expected.synopsis, `card ${i}'s synopsis, in paragraphs`);
      }
      if (expected.attributes) {
        // The loader adds a style (the height it reserves).
        const { src, style, ...attributes } = card.attributes;
        assert.deepEqual(attributes, expected.attributes, `card ${i}'s attributes`);
      }
    });
    for (const paragraph of post.texts) assert.ok(seen.text.includes(paragraph), `"${paragraph}" is shown`);
    assertNoRawJson(seen.text);
    assert.notEqual(seen.title, 'broken', 'no script from the data ran');
    assert.deepEqual(seen.scripts, ['module'], 'one module script tag for the bundle');
    assert.equal(seen.requests.filter((path) => path.endsWith('/filmcard.js')).length, 1, 'filmcard.js fetched once');
    assert.equal(seen.requests.filter((path) => path.endsWith('/filmcard-core_bg.wasm')).length, 1, 'the wasm fetched once');
    // No paragraph or line break from wpautop inside a card, no curly quote from wptexturize.
    for (const json of seen.html.matchAll(/<film-card[^>]*><script type="application\/json">(.*?)<\/script>/gs)) {
      if (!post.cards.some((card) => card.error)) JSON.parse(json[1]);
      assert.doesNotMatch(json[1], /<|“|”|&#8/);
    }
    assert.deepEqual(seen.errors.filter((error) => !error.startsWith('filmcard:')), []);
    assert.deepEqual(seen.failed, [], 'nothing the page asked for failed');
  });
}

test("the Author's JSON (shortcode and block) is kept through kses on save, its `<` and `&` as JSON escapes", () => {
  for (const name of ['classic', 'block']) {
    const stored = posts[name].stored;
    // The block's JSON is a string inside the block's attributes: its backslashes are doubled.
    assert.match(stored, /\\{1,2}u003c\/script\\{1,2}u003e/, `${name}: the closing script tag in a review is kept, escaped`);
    assert.match(stored, /O'Brien \\{1,2}u0026 Sons/, `${name}: & is kept, escaped`);
    assert.ok(!stored.includes('&amp;'), `${name}: kses did not rewrite &`);
  }
});

test("the block's heading level and the card options reach the card; refused values are noted in the source only", async () => {
  const seen = await read(posts.block);
  assert.equal(seen.cards[0].titleTag, 'H3');
  assert.ok(seen.html.includes('<!-- filmcard: sort=&quot;sideways&quot; is not passed to the card -->'));
  assert.ok(!seen.text.includes('sideways'));
});

test('a card whose JSON is broken shows its error box, never the JSON', async () => {
  const post = posts.broken;
  const seen = await read(post);
  assert.equal(seen.cards.length, 1);
  assert.ok(seen.cards[0].error, 'the error box names the problem');
  // Its line breaks are kept (only the blank line goes), so the error box names the line.
  assert.match(seen.cards[0].error, /\(line 2, column \d+\)/);
  assert.ok(seen.text.includes('A card whose JSON is cut short.'));
  assertNoRawJson(seen.text);
  assert.deepEqual(seen.scripts, ['module']);
});

test('a post without a card loads no bundle', async () => {
  const seen = await read(posts.plain);
  assert.ok(seen.text.includes('A post without a card.'));
  assert.deepEqual(seen.cards, []);
  assert.deepEqual(seen.scripts, []);
  assert.equal(seen.requests.filter((path) => /filmcard/.test(path)).length, 0);
});

test('the block passes exactly the attributes the contract allows', async () => {
  const block = JSON.parse(await readFile(new URL('block.json', plugin), 'utf8'));
  const allowed = JSON.parse(await readFile(new URL('attributes.json', plugin), 'utf8'));
  const options = Object.keys(block.attributes)
    .filter((key) => !['json', 'jsonLd', 'src', 'prerendered', 'prerenderedKey', 'prerenderedBy'].includes(key))
    .map((key) => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`));
  assert.deepEqual(options.sort(), Object.keys(allowed).sort());
});

test('the plugin in the zip is the one in the repository (make dist writes it)', async () => {
  for (const file of ['filmcard.php', 'page.php', 'fallback.php', 'fallback-words.json', 'markup.php', 'settings.php', 'snippet.php', 'snippet-allowlist.json', 'block.json', 'block-editor.js', 'attributes.json', 'uninstall.php']) {
    const shipped = await readFile(`${wp.www}/wp-content/plugins/filmcard/${file}`, 'utf8');
    assert.equal(shipped, await readFile(new URL(file, plugin), 'utf8'), `${file} in dist/filmcard-wordpress.zip is stale`);
  }
});

test('readers without JavaScript, crawlers and feeds get the film: the fallback, its hints in the head', async () => {
  await checkFallbacks({ wp, browser, posts, version });
});

test('an Author adds the Film card block in the block editor: the preview shows the card, the saved post shows it to readers', async () => {
  const film = JSON.parse(await readFile(new URL('../../demo/the-red-shoes.json', import.meta.url), 'utf8'));
  // Rated, so the film's JSON-LD carries it.
  film.reviews.push({ author: 'Editor & <Co>', text: 'Typed in the editor: 1 < 2, "quoted", </script> [gallery].', rating: { stars: 4.5 } });
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const { page, errors } = await watchedPage(context);
  try {
    await logIn(context, wp.url, 'author', 'author-password');
    await page.goto(`${wp.url}/wp-admin/post-new.php`);
    await page.waitForFunction(() => window.wp?.blocks?.getBlockType('filmcard/card') && window.wp.data.select('core/editor').getCurrentPostId());
    await page.evaluate(() => {
      const { select, dispatch } = window.wp.data;
      if (select('core/edit-post').isFeatureActive('welcomeGuide')) dispatch('core/edit-post').toggleFeature('welcomeGuide');
      dispatch('core/editor').editPost({ title: 'From the block editor' });
      dispatch('core/block-editor').insertBlocks(window.wp.blocks.createBlock('filmcard/card'));
    });
    await page.getByLabel("The film's JSON", { exact: true }).fill(JSON.stringify(film, null, 2));
    await page.getByLabel('collapse-at', { exact: true }).fill('100000');
    await page.locator('.wp-block-filmcard-card').getByRole('button', { name: 'Preview', exact: true }).click();
    await everyCardShown(page, '.wp-block-filmcard-card film-card');
    const preview = await page.evaluate(() => document.querySelector('.wp-block-filmcard-card film-card').shadowRoot.querySelectorAll('.fc-review').length);
    assert.equal(preview, film.reviews.length, 'the preview shows every review');
    // The block's JSON-LD, computed by the plugin's schema module as the JSON was typed.
    await page.waitForFunction(() => window.wp.data.select('core/block-editor').getBlocks().some((block) => block.attributes.jsonLd));
    const id = await page.evaluate(async () => {
      const { select, dispatch } = window.wp.data;
      dispatch('core/editor').editPost({ status: 'publish' });
      await dispatch('core/editor').savePost();
      return select('core/editor').didPostSaveRequestSucceed() ? select('core/editor').getCurrentPostId() : null;
    });
    assert.ok(id, 'the post was saved');
    const seen = await read({ url: `${wp.url}/?p=${id}`, cards: [{}] });
    assert.equal(seen.cards.length, 1);
    assert.equal(seen.cards[0].error, null, seen.cards[0].error);
    assert.deepEqual(seen.cards[0].reviews, film.reviews.map((review) => [review.author, review.text]));
    assert.equal(seen.cards[0].attributes['collapse-at'], '100000');
    assertNoRawJson(seen.text);
    assert.deepEqual(errors.filter((error) => !error.startsWith('Failed to load resource')), []);
    editorPost = { url: `${wp.url}/?p=${id}`, film };
  } finally {
    await context.close();
  }
});

/** The page's HTML as the server sends it. */
async function source(url) {
  const response = await fetch(url);
  assert.equal(response.status, 200, url);
  return response.text();
}

/** The command's JSON-LD block for a film. */
async function commandBlock(film) {
  const dir = await mkdtemp(join(tmpdir(), 'filmcard-wp-'));
  try {
    await writeFile(join(dir, 'film.json'), JSON.stringify(film));
    return execFileSync(process.execPath, [CLI, 'render', join(dir, 'film.json'), '--json-ld'], { encoding: 'utf8' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const headOf = (html) => html.slice(0, html.indexOf('</head>'));

test("the block editor's post has the film's JSON-LD in its head, the same text as the command's; the setting turns it off", async () => {
  assert.ok(editorPost, 'the block editor test saved its post');
  const block = await commandBlock(editorPost.film);
  assert.match(block, /"reviewBody": "Typed in the editor: 1 \\u003c 2/);
  const head = headOf(await source(editorPost.url));
  assert.equal(head.split(block).length, 2, 'the command\'s block, byte for byte, once');
  assert.equal(head.split('application/ld+json').length, 2, 'and no other');
  // Settings → Filmcard, as an administrator: off, then on again.
  const context = await browser.newContext();
  const { page } = await watchedPage(context);
  try {
    await logIn(context, wp.url, 'admin', 'admin-password');
    for (const on of [false, true]) {
      await page.goto(`${wp.url}/wp-admin/options-general.php?page=filmcard`);
      await page.getByLabel('Write the film as schema.org JSON-LD', { exact: false }).setChecked(on);
      await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
      const after = headOf(await source(editorPost.url));
      assert.equal(after.includes(block), on, on ? 'on again: the block is back' : 'off: no block');
      assert.equal(after.includes('application/ld+json'), on);
    }
  } finally {
    await context.close();
  }
});

test('a forged stored card is not printed: the card renders at run time', async () => {
  const page = await source(posts['forged-card'].url);
  const html = page.slice(page.indexOf('<film-card'), page.lastIndexOf('</film-card>'));
  assert.ok(!page.includes('shadowrootmode'));
  assert.doesNotMatch(html, /evil\.example|javascript:|onmouseover|onload=|<svg|fc-root/);
  assert.equal(html.split('<noscript><h2>The Long Night</h2>').length - 1, 4, 'each card with its fallback');
});

test('posts without an editor-computed block get no JSON-LD: shortcodes, src= cards, and a block whose JSON-LD was written by hand', async () => {
  // The hand-written JSON-LD reached the block unfiltered: only the plugin's check keeps it out.
  assert.match(posts.forged.stored, /"jsonLd":"\{ \\u0022@context\\u0022[^"]*\\u003c\/script\\u003e/);
  for (const name of ['classic', 'src', 'forged']) {
    const html = await source(posts[name].url);
    assert.ok(!html.includes('application/ld+json'), name);
    assert.ok(!headOf(html).includes('broken'), name);
  }
});

test('the block editor prerenders the card: the page holds it in a declarative shadow root, the widget takes it over; without JavaScript and in the feed, the fallback', async () => {
  const film = await nastyFilm();
  const post = await publishFromEditor(browser, wp.url, 'Prerendered in the editor', film, { 'heading-level': '3' });
  assert.deepEqual(post.errors.filter((error) => !error.startsWith('Failed to load resource')), []);
  assert.equal(post.attributes.prerenderedBy, JSON.parse(await readFile(new URL('snippet-allowlist.json', plugin), 'utf8')).renderer);
  assert.doesNotMatch(post.attributes.prerendered, /[<>&]/, 'stored with its markup escaped');
  const html = await source(post.url);
  // The card is the command's, as the server sends it: the same markup once parsed.
  const json = html.match(/<\/template>\n<script type="application\/json">(.*?)<\/script>/s)[1];
  const command = execFileSync(process.execPath, [CLI, 'render', '-', '--heading-level', '3'], { input: json, encoding: 'utf8' });
  const card = (snippet) => snippet.slice(snippet.indexOf('<slot hidden></slot>'), snippet.indexOf('</template>'));
  const context = await browser.newContext();
  const page = await context.newPage();
  const [ours, theirs] = await page.evaluate((list) => list.map((markup) => {
    const template = document.createElement('template');
    template.innerHTML = markup;
    return template.innerHTML;
  }), [card(html), card(command)]);
  await context.close();
  assert.equal(ours, theirs);
  assert.match(ours, /class="fc-card__title">The Red Shoes<\/h3>/);
  assert.match(html, /<link rel="stylesheet" href="[^"]*\/wp-content\/plugins\/filmcard\/bundle\/filmcard\.css">/);
  await checkTakeover(browser, post.url, film);
  await checkNoScript(browser, post.url, film);
  const feed = await source(`${wp.url}/?feed=rss2`);
  const item = feed.split('<item>').find((entry) => entry.includes('<title>Prerendered in the editor</title>'));
  await checkFeed(browser, item.match(/<content:encoded><!\[CDATA\[([\s\S]*?)\]\]>/)[1], film);
});

test('WordPress logged no PHP notice or warning from the plugin', async () => {
  const log = await wp.debugLog();
  assert.deepEqual(log.split('\n').filter((line) => /plugins\/filmcard\//.test(line)), []);
});

test('uninstalling removes the option and nothing else', async () => {
  const report = JSON.parse(await wp.php('uninstall.php'));
  assert.deepEqual(report, { before: 'https://cdn.example/filmcard/filmcard.js', after: false, jsonLdBefore: '1', jsonLdAfter: false, blogname: 'Filmcard test blog', posts: report.postsBefore, postsBefore: report.postsBefore });
  assert.ok(report.postsBefore >= 7);
});
