// The chain of requests a card waits for (page → loader → glue and wasm), as the bundle in dist/
// makes it from a second origin: what the loader asks for at once, and what the README's two
// <head> hints take off the chain. Each file is fetched once either way.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, serveBundle, launch, watchedPage } from './harness.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const FIXTURES = `${ROOT}tests/e2e/fixtures`;
const BUNDLE = ['/filmcard.js', '/filmcard-core.js', '/filmcard-core_bg.wasm'];
// Long enough that a request made after a delayed answer cannot pass for one made before it.
const LATE_MS = 400;

let browser;
let blog;
const cdns = {};

before(async () => {
  // The glue answered late: the wasm must not wait for it.
  cdns.lateGlue = await serveBundle({ delays: { '/filmcard-core.js': LATE_MS } });
  // The loader answered late: with the hints, the glue and the wasm must not wait for it.
  cdns.lateLoader = await serveBundle({ delays: { '/filmcard.js': LATE_MS } });
  const film = await readFile(`${ROOT}demo/the-red-shoes.json`, 'utf8');
  const article = await readFile(`${FIXTURES}/article.html`, 'utf8');
  // The page as a blogger writes it, the script tag last in the body (no hints) …
  const plain = (cdn) =>
    article
      .replace(/\s*<script type="module"[^>]*><\/script>/, '')
      .replace('</body>', `<script type="module" src="${cdn}/filmcard.js"></script>\n</body>`)
      .replaceAll('{{FILM}}', film);
  // … and with the README's two hints in the <head>, word for word but for the address.
  const readme = await readFile(`${ROOT}README.md`, 'utf8');
  const hints = readme.match(/<link rel="modulepreload"[^\n]*\n<link rel="preload"[^\n]*/)?.[0];
  assert.ok(hints, "README.md's two <head> hints");
  const hinted = (cdn) => plain(cdn).replace('</head>', `${hints.replaceAll('https://YOUR-CDN/filmcard', cdn)}\n</head>`);
  blog = await serve(FIXTURES, {
    files: {
      '/late-glue.html': plain(cdns.lateGlue.url),
      // The script in the <head> with blocking="render", as the README gives it.
      '/late-glue-blocking.html': article.replaceAll('{{CDN}}', cdns.lateGlue.url).replaceAll('{{FILM}}', film),
      '/late-loader.html': plain(cdns.lateLoader.url),
      '/late-loader-hinted.html': hinted(cdns.lateLoader.url),
    },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await blog?.close();
  for (const cdn of Object.values(cdns)) await cdn.close();
});

// Installed before the page's scripts: notes, when the loader calls fetch() for the wasm, whether
// the card's height is reserved yet, whether it is once the loader's task is over, and whether it
// is a task after the page's next frame.
function watchWasmFetch() {
  window.wasmFetch = null;
  const original = window.fetch;
  window.fetch = function fetch(input, init) {
    if (String(input).endsWith('/filmcard-core_bg.wasm')) {
      const host = document.getElementById('inline');
      window.wasmFetch = { reservedAtFetch: host.style.minHeight };
      setTimeout(() => {
        window.wasmFetch.reservedAfterTask = host.style.minHeight;
      });
      // The loader's estimate waits for the page's next frame, then runs as a task of its own.
      requestAnimationFrame(() =>
        setTimeout(() =>
          setTimeout(() => {
            window.wasmFetch.reservedAfterFrame = host.style.minHeight;
          }),
        ),
      );
    }
    return original.call(this, input, init);
  };
}

/**
 * Opens a page, waits for its card, and returns each bundle file's request count (every request
 * Chromium sends, preloads included) and resource timing (ms after navigation start).
 */
async function load(path) {
  const context = await browser.newContext();
  try {
    await context.addInitScript(watchWasmFetch);
    const { page, errors } = await watchedPage(context);
    const requests = {};
    page.on('request', (request) => {
      const file = new URL(request.url()).pathname;
      requests[file] = (requests[file] ?? 0) + 1;
    });
    await page.goto(`${blog.url}${path}`);
    await page.locator('#inline .fc-card__title').waitFor();
    const timing = await page.evaluate(() =>
      Object.fromEntries(
        performance.getEntriesByType('resource').map((entry) => [
          new URL(entry.name).pathname,
          // Another origin's answer gives no finer timing without Timing-Allow-Origin.
          { start: entry.startTime, end: entry.responseEnd },
        ]),
      ),
    );
    const wasmFetch = await page.evaluate(() => window.wasmFetch);
    return { requests: Object.fromEntries(BUNDLE.map((file) => [file, requests[file] ?? 0])), timing, wasmFetch, errors };
  } finally {
    await context.close();
  }
}

const once = Object.fromEntries(BUNDLE.map((file) => [file, 1]));

test('the loader asks for the wasm before its glue has answered, and before it estimates the card height', async () => {
  const { requests, timing, wasmFetch, errors } = await load('/late-glue.html');
  assert.deepEqual(requests, once, 'each file fetched once');
  const loader = timing['/filmcard.js'];
  const glue = timing['/filmcard-core.js'];
  const wasm = timing['/filmcard-core_bg.wasm'];
  assert.ok(glue.end - loader.end >= LATE_MS, 'the glue was answered late');
  assert.ok(wasm.start < glue.end, `wasm requested at ${wasm.start} ms, the glue arrived at ${glue.end} ms`);
  assert.ok(wasmFetch, 'the loader fetched the wasm');
  assert.equal(wasmFetch.reservedAtFetch, '', 'the wasm is asked for before the height is estimated');
  // The script is in the body, where the page does not wait for it: the estimate is a task of its own.
  assert.equal(wasmFetch.reservedAfterTask, '', "the height is not estimated in the loader's first task");
  assert.match(wasmFetch.reservedAfterFrame, /^\d+px$/, 'the height is reserved in a task after the next frame');
  assert.deepEqual(errors, []);
});

test('where the page waits for the loader before its first paint, the height is reserved in its first task', async () => {
  const { requests, wasmFetch, errors } = await load('/late-glue-blocking.html');
  assert.deepEqual(requests, once, 'each file fetched once');
  assert.equal(wasmFetch.reservedAtFetch, '', 'the wasm is asked for before the height is estimated');
  assert.match(wasmFetch.reservedAfterTask, /^\d+px$/, 'the height is reserved in the same task, after the fetch');
  assert.deepEqual(errors, []);
});

test("with the README's <head> hints, the glue and the wasm are fetched before the loader arrives, and only once", async () => {
  const hinted = await load('/late-loader-hinted.html');
  assert.deepEqual(hinted.requests, once, 'each file fetched once: the loader uses what the hints fetched');
  const loader = hinted.timing['/filmcard.js'];
  for (const file of ['/filmcard-core.js', '/filmcard-core_bg.wasm']) {
    assert.ok(
      hinted.timing[file].start < loader.end - LATE_MS / 2,
      `${file} requested at ${hinted.timing[file].start} ms, the loader arrived at ${loader.end} ms`,
    );
  }
  assert.deepEqual(hinted.errors, []);

  // Without them, the glue and the wasm wait for the loader.
  const plain = await load('/late-loader.html');
  assert.deepEqual(plain.requests, once);
  for (const file of ['/filmcard-core.js', '/filmcard-core_bg.wasm']) {
    assert.ok(plain.timing[file].start >= plain.timing['/filmcard.js'].end, `${file} is asked for by the loader`);
  }
  assert.deepEqual(plain.errors, []);
});
