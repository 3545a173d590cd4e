// Shared set-up for the end-to-end tests: a static server on 127.0.0.1 and Debian's Chromium.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
};

/**
 * Serves `root` on a free port of 127.0.0.1; resolves to { url, close }.
 * `headers(path)` adds response headers; `transform(path, text)` rewrites HTML before sending;
 * `files` maps paths to bodies served from memory; `missing` lists paths that answer 404;
 * `delays` maps paths to milliseconds to wait before answering; with `brotli`, every body goes
 * out brotli-compressed (`Content-Encoding: br`) to a client that accepts it, as a CDN serves
 * precompressed files: each body is compressed once (quality 11) and kept; `log`, an array,
 * receives the path of every request, whatever the browser's driver can report; the paths in
 * `held` are never cached, and wait, once the server's `hold()` is called, until the function
 * it returned is (a file held back as long as a test needs, in every engine, however busy the
 * machine).
 */
export async function serve(
  root,
  { headers = () => ({}), transform = (path, text) => text, files = {}, missing = [], delays = {}, brotli = false, log = null, held = [] } = {},
) {
  const compressed = new Map();
  let gate = null;
  const encode = (request, head, body) => {
    if (!brotli || !/\bbr\b/.test(request.headers['accept-encoding'] ?? '')) return [head, body];
    const key = createHash('sha256').update(body).digest('hex');
    if (!compressed.has(key)) {
      const params = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length };
      compressed.set(key, brotliCompressSync(body, { params }));
    }
    return [{ ...head, 'content-encoding': 'br', vary: 'Accept-Encoding' }, compressed.get(key)];
  };
  const server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://127.0.0.1').pathname;
    log?.push(path);
    if (delays[path]) await new Promise((resolve) => setTimeout(resolve, delays[path]));
    const uncached = held.includes(path) ? { 'cache-control': 'no-store' } : {};
    if (held.includes(path)) await gate;
    if (missing.includes(path)) {
      response.writeHead(404).end('not found');
      return;
    }
    if (path in files) {
      const [head, body] = encode(request, { 'content-type': TYPES[extname(path)] ?? 'text/plain', ...uncached, ...headers(path) }, Buffer.from(files[path]));
      response.writeHead(200, head);
      response.end(body);
      return;
    }
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(normalize(root))) {
      response.writeHead(403).end();
      return;
    }
    try {
      let body = await readFile(file);
      if (extname(file) === '.html') body = transform(path, body.toString('utf8'));
      const [head, encoded] = encode(request, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...uncached, ...headers(path) }, Buffer.from(body));
      response.writeHead(200, head);
      response.end(encoded);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
    hold: () => {
      let release;
      gate = new Promise((resolve) => (release = resolve));
      return release;
    },
  };
}

/**
 * Serves the bundle in dist/ as a CDN on another origin than the page would, with CORS; the
 * other options are `serve`'s (e.g. `files` to break one of its files).
 */
export function serveBundle(options = {}) {
  return serve(new URL('../../dist', import.meta.url).pathname, { ...options, headers: () => ({ 'access-control-allow-origin': '*' }) });
}

/**
 * Starts headless Chromium without any of its background network traffic. No name but
 * 127.0.0.1's resolves: a page that names another host (WordPress's avatars, a poster's site)
 * fails that request at once rather than when the machine's resolver gives up, so no page's load
 * waits on the network.
 */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
}

/**
 * Opens a new page in `context` that records what a reader would never want to see: console
 * errors, uncaught exceptions (prefixed "uncaught: ") and dialogs (dismissed).
 */
export async function watchedPage(context) {
  const page = await context.newPage();
  const errors = [];
  const dialogs = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(`uncaught: ${error}`));
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  return { page, errors, dialogs };
}

/** Opens `url` in a fresh context and waits until the widget has rendered its card or error. */
export async function openWidgetPage(browser, url, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const { page, errors: consoleErrors } = await watchedPage(context);
  await page.goto(url);
  await page.locator('.fc-card, .fc-error').first().waitFor();
  return { context, page, consoleErrors };
}

/**
 * Resolves once every host matching `selector` shows its card, whole, or its error box (a card
 * not prerendered comes in steps: its reviews list is busy until its first page is in). A lazy card
 * renders when it comes near the viewport, so each one not mounted yet is scrolled into view in
 * turn (a mounted one still loading its data only needs time). The page then goes back to where
 * it was, unless something else (a link to a review) has moved it since.
 */
export async function everyCardShown(page, selector = 'film-card') {
  const start = await page.evaluate(() => window.scrollY);
  const done = await page.waitForFunction(
    (hosts) => {
      const all = [...document.querySelectorAll(hosts)];
      const whole = (root) => root?.querySelector('.fc-card__title, .fc-error') && !root.querySelector('[aria-busy="true"]');
      if (all.every((host) => whole(host.shadowRoot))) {
        return { leftAt: window.scrolledToShowCards ?? null };
      }
      const unmounted = all.find((host) => !host.shadowRoot);
      if (unmounted) {
        unmounted.scrollIntoView({ block: 'center' });
        window.scrolledToShowCards = window.scrollY;
      }
      return false;
    },
    selector,
    { polling: 50 },
  );
  const { leftAt } = await done.jsonValue();
  if (leftAt !== null) await page.evaluate(([y, left]) => window.scrollY === left && window.scrollTo(0, y), [start, leftAt]);
}

// Rust's `char::is_whitespace` (Unicode White_Space), which `crates/film/src/text.rs` trims with; JavaScript's
// own trim also takes U+FEFF.
const RUST_SPACE = '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const TRIM = new RegExp(`^${RUST_SPACE}+|${RUST_SPACE}+$`, 'g');

/**
 * A text's paragraphs as the card shows them (`text::paragraphs`: split at blank lines, each
 * trimmed, none empty), and their `textContent` together, which is how an element holding one
 * `<p>` for each reads.
 */
export function paragraphs(text) {
  const found = [];
  let current = [];
  for (const line of text.split('\n')) {
    if (line.replace(TRIM, '') === '') {
      if (current.length > 0) found.push(current.join('\n').replace(TRIM, ''));
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) found.push(current.join('\n').replace(TRIM, ''));
  return { found, text: found.join('') };
}
