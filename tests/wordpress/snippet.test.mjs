// The plugin's checks of a Film card block's stored card (integrations/wordpress/filmcard/
// snippet.php, with snippet-allowlist.json): every card the renderer writes for the card corpora
// passes and is written out the same, with the same key as the renderer's; forged cards (script,
// handlers, javascript: links, style, iframe, svg onload, a stylesheet from another origin, the
// project's XSS corpus) print nothing, or nothing that runs or loads. Plain PHP and Node.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { acceptedFilms, hostileTexts, htmlParser, read } from './corpora.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const { prerendered } = createRequire(import.meta.url)(join(ROOT, 'dist/cli/filmcard-render.js'));
const allowlist = JSON.parse(await read('integrations/wordpress/filmcard/snippet-allowlist.json'));
const OPTIONS = [{}, { lang: 'fr', trailer: 'link' }, { lang: 'ja', 'heading-level': '4', 'collapse-at': '20' }, { 'max-reviews': '1', sort: 'newest' }];

/** The plugin's verdicts. */
function plugin(input) {
  return JSON.parse(execFileSync('php', [join(ROOT, 'tests/wordpress/snippet.php')], { input: JSON.stringify(input), encoding: 'utf8', maxBuffer: 64 << 20 }));
}

/** The films of the corpora the card accepts, as JSON text. */
async function films() {
  const list = await acceptedFilms();
  for (const value of await hostileTexts()) {
    list.push(JSON.stringify({ title: value, synopsis: value, trailer: { url: 'https://example.com/t', label: value }, poster: { url: 'https://example.com/p.jpg', alt: value }, reviews: [{ author: value, text: value, rating: 8 }, { author: value, text: value, spoiler: true }] }));
  }
  return list;
}

const urlsOf = (json) => ['trailer', 'poster'].map((field) => JSON.parse(json)[field]?.url).filter((url) => typeof url === 'string');

let parser;
before(async () => {
  parser = await htmlParser();
});
after(() => parser?.close());
const parsed = (fragments) => parser.parsed(fragments);

test("every card the renderer writes for the corpora passes, written out the same, with the renderer's key", async () => {
  const cases = [];
  for (const [index, json] of (await films()).entries()) {
    const options = OPTIONS[index % OPTIONS.length];
    const card = JSON.parse(prerendered(json, JSON.stringify(options)));
    cases.push({ json, options, card });
  }
  assert.ok(cases.length > 40);
  const out = plugin({ clean: cases.map(({ json, card }) => ({ markup: card.widget, urls: urlsOf(json) })), keys: cases.map(({ json, options }) => ({ json, options })) });
  const [ours, theirs] = [await parsed(out.clean.map((html) => html ?? '')), await parsed(cases.map(({ card }) => card.widget))];
  cases.forEach(({ json, card }, index) => {
    assert.notEqual(out.clean[index], null, `card ${index} passes: ${json.slice(0, 60)}`);
    assert.equal(ours[index], theirs[index], `card ${index} is written out the same`);
    assert.equal(out.keys[index], card.key, `card ${index}: the same key`);
    assert.equal(card.renderer, allowlist.renderer);
  });
  // The key changes with the data and with an option.
  const [a, b, c] = plugin({ clean: [], keys: [{ json: '{"title":"A"}', options: {} }, { json: '{"title":"B"}', options: {} }, { json: '{"title":"A"}', options: { lang: 'fr' } }] }).keys;
  assert.equal(new Set([a, b, c]).size, 3);
});

test('forged cards print nothing, or nothing that runs or loads', async () => {
  const json = await read('demo/the-red-shoes.json');
  const card = JSON.parse(prerendered(json, '{}')).widget;
  const urls = urlsOf(json);
  const trailer = urls[0].replace(/&/g, '&amp;');
  const at = (markup) => card.replace('<article', `${markup}<article`);
  const refused = {
    script: at("<script>document.title='broken'</script>"),
    handler: card.replace('class="fc-root"', 'class="fc-root" onclick="document.title=\'broken\'"'),
    'handler on a void element': at('<img class="fc-card__poster" src="x" onerror="document.title=\'broken\'">'),
    'javascript: link': card.replace(`href="${trailer}"`, 'href="javascript:document.title=\'broken\'"'),
    'another address': card.replace(`href="${trailer}"`, 'href="https://evil.example/"'),
    style: at('<style>*{background:url(https://evil.example/s)}</style>'),
    'style attribute': card.replace('class="fc-root"', 'class="fc-root" style="background:url(https://evil.example/a)"'),
    iframe: at('<iframe src="https://evil.example/f"></iframe>'),
    'svg onload': at('<svg onload="document.title=\'broken\'"></svg>'),
    'stylesheet from another origin': at('<link rel="stylesheet" href="https://evil.example/x.css">'),
    'poster from elsewhere': at('<img class="fc-card__poster" src="https://evil.example/p.png">'),
    'a class not the card\'s': card.replace('class="fc-root"', 'class="fc-root wp-evil"'),
    'a word not the card\'s': card.replace('target="_blank"', 'target="_top"'),
    comment: at('<!-- x -->'),
    'unclosed element': at('<div class="fc-card">'),
    'closed twice': `${card}</div>`,
    'single-quoted value': card.replace('class="fc-root"', "class='fc-root'"),
    'attribute twice': card.replace('class="fc-root"', 'class="fc-root" class="fc-card"'),
    'a tag cut short': at('<div class="fc-card"'),
    template: at('<template shadowrootmode="open"><slot></slot></template>'),
  };
  const names = Object.keys(refused);
  const xss = await hostileTexts();
  // The corpus's hostile text, put in the card as markup, unescaped: in text and in a value.
  const forged = [...xss.map((value) => at(value)), ...xss.map((value) => card.replace('class="fc-root"', `class="fc-root" lang="${value}"`))];
  const out = plugin({ clean: [...names.map((name) => ({ markup: refused[name], urls })), ...forged.map((markup) => ({ markup, urls }))], keys: [] }).clean;
  names.forEach((name, index) => assert.equal(out[index], null, `${name}: refused`));
  const passed = out.slice(names.length).filter((html) => html !== null);
  // What passes holds only the card's own elements, attributes and addresses, and, in a page,
  // runs nothing and requests nothing.
  const context = await parser.browser.newContext();
  const requests = [];
  await context.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  const probe = await context.newPage();
  const dialogs = [];
  probe.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  await probe.setContent(`<!doctype html><title>safe</title><body>${passed.map((html) => `<film-card><template shadowrootmode="open">${html}</template></film-card>`).join('')}</body>`);
  await probe.waitForTimeout(200);
  const seen = await probe.evaluate(() => [...document.querySelectorAll('film-card')].flatMap((host) => [...host.shadowRoot.querySelectorAll('*')].map((element) => ({
    name: element.localName,
    attributes: [...element.attributes].map(({ name, value }) => [name, value]),
  }))));
  await context.close();
  assert.deepEqual(requests, []);
  assert.deepEqual(dialogs, []);
  assert.equal(await probe.title().catch(() => 'safe'), 'safe');
  for (const { name, attributes } of seen) {
    assert.ok(allowlist.elements[name], name);
    for (const [attribute, value] of attributes) {
      assert.ok(allowlist.elements[name].includes(attribute), `${name} ${attribute}`);
      if (allowlist.urls.includes(attribute)) assert.ok(urls.includes(value), `${name} ${attribute}=${value}`);
    }
  }
  assert.ok(passed.length > 0 && seen.length > 0, 'the hostile text that is only text passes, escaped');
});
