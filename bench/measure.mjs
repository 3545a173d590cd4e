// One measured page load in a fresh browser context (so the HTTP, code and wasm caches are cold),
// and the "View More" latency test. Everything timed is timed inside the page, against the
// page's own clock (performance.now(), which starts at navigation start), so the round trips of
// the driver never count.
import { createHash } from 'node:crypto';

// Installed before any script of the page runs: records each `filmcard:ready`, any
// `filmcard:error`, and every long task from the start of the document. With `watchShown`, also
// the moment every card's shadow root holds its title and a "View More" button (what a reader
// sees, whatever event the widget sends), as `bench.shown`: each shadow root is watched by a
// MutationObserver from its creation, so nothing polls or asks for frames.
function instrument({ watchShown = false } = {}) {
  const bench = { ready: [], errors: [], longtasks: [] };
  window.__bench = bench;
  let settle;
  bench.done = new Promise((resolve, reject) => {
    settle = { resolve, reject };
  });
  const hosts = () => document.querySelectorAll('film-card, [data-filmcard]').length;
  if (watchShown) {
    bench.shownDone = new Promise((resolve) => {
      const shows = (host) =>
        host.shadowRoot?.querySelector('.fc-card__title') && host.shadowRoot.querySelector('.fc-review__toggle');
      const check = () => {
        if (bench.shown !== undefined) return;
        const all = [...document.querySelectorAll('film-card, [data-filmcard]')];
        if (all.length > 0 && all.every(shows)) {
          bench.shown = performance.now();
          resolve(bench.shown);
        }
      };
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function attachShadow(init) {
        const root = attach.call(this, init);
        new MutationObserver(check).observe(root, { childList: true, subtree: true });
        return root;
      };
    });
  }
  addEventListener(
    'filmcard:ready',
    () => {
      bench.ready.push(performance.now());
      if (bench.ready.length >= hosts()) settle.resolve(performance.now());
    },
    true,
  );
  addEventListener(
    'filmcard:error',
    (event) => {
      bench.errors.push(String(event.detail && event.detail.message));
      settle.reject(new Error(`filmcard:error ${event.detail && event.detail.message}`));
    },
    true,
  );
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longtasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    bench.longtaskUnsupported = true;
  }
  // Long animation frames name the scripts inside a long task; kept in the JSON to explain it.
  bench.frames = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        bench.frames.push({
          start: entry.startTime,
          duration: entry.duration,
          blocking: entry.blockingDuration,
          layout: entry.startTime + entry.duration - entry.styleAndLayoutStart,
          scripts: entry.scripts.map((script) => ({
            source: script.sourceURL ? new URL(script.sourceURL).pathname : '',
            invoker: script.invoker,
            duration: script.duration,
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // Only an explanation; the figures do not depend on it.
  }
}

/** How long after the last card is ready long tasks still count as part of the load (at 1× CPU). */
export const SETTLE_MS = 500;
const LOAD_TIMEOUT_MS = 60_000;

/**
 * A phone on a slow mobile network, as Lighthouse emulates a mobile visit: every request waits a
 * 150 ms round trip, 1.6 Mbps down, 750 Kbps up (CDP Network.emulateNetworkConditions, bytes per
 * second), in a 390 px wide viewport.
 */
export const PHONE = {
  network: { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 },
  context: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
};

/**
 * Loads `url` once and measures it. Options: `cpuThrottle` (CDP rate, 1 = none), `phone` (the
 * PHONE network and viewport; the load is then timed until every card shows its title and a
 * "View More" button, `shownAt`, and not left to settle afterwards), `heap` (GC,
 * then read the JS heap and the wasm memory), `toggleDelays` (run the "View More" test with these
 * pre-click delays), `showAll` (instead, click "Show all" and time it until this many reviews are
 * in the widget), `markup` (return a digest of the rendered shadow DOM; with `showAll`, of the
 * shadow DOM once every review is shown), `untilLoad` (measure until the page has loaded and
 * its network is idle, not until every card is ready: for cards a reader has not reached).
 */
export async function measureLoad(
  browser,
  url,
  { cpuThrottle = 1, phone = false, heap = false, toggleDelays = null, showAll = null, markup = false, untilLoad = false } = {},
) {
  const context = await browser.newContext(phone ? PHONE.context : { viewport: { width: 1280, height: 900 } });
  const problems = [];
  // A widget that fails to start never sends `ready`: its first error ends the wait at once.
  let failed;
  const failure = new Promise((_, reject) => {
    failed = reject;
  });
  failure.catch(() => {});
  const problem = (text) => {
    problems.push(text);
    failed(new Error(text));
  };
  try {
    await context.addInitScript(instrument, { watchShown: phone });
    const page = await context.newPage();
    page.on('pageerror', (error) => problem(`uncaught: ${error}`));
    page.on('console', (message) => message.type() === 'error' && problem(message.text()));
    const cdp = await context.newCDPSession(page);
    if (cpuThrottle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
    if (phone) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', PHONE.network);
    }
    await page.goto(url, { waitUntil: 'commit' });
    let timer;
    const readyAt = await Promise.race([
      untilLoad
        ? page.waitForLoadState('networkidle').then(() => page.evaluate(() => window.__bench.ready[0] ?? null))
        : page.evaluate(() => (window.__bench.shownDone ?? window.__bench.done)),
      failure,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`not ready after ${LOAD_TIMEOUT_MS} ms`)), LOAD_TIMEOUT_MS);
      }),
    ]).finally(() => clearTimeout(timer));
    // A slowed CPU stretches what follows the card too; the window stretches with it.
    const settleMs = phone ? 0 : SETTLE_MS * cpuThrottle;
    await page.waitForTimeout(settleMs);

    const loaded = await page.evaluate((settleMs) => {
      const bench = window.__bench;
      const last = bench.ready[bench.ready.length - 1] ?? performance.now() - settleMs;
      const during = bench.longtasks.filter((task) => task.start < last + settleMs);
      const hosts = [...document.querySelectorAll('film-card, [data-filmcard]')];
      let nodes = 0;
      let elements = 0;
      for (const host of hosts) {
        if (!host.shadowRoot) continue;
        const walker = document.createTreeWalker(host.shadowRoot, NodeFilter.SHOW_ALL);
        while (walker.nextNode()) {
          nodes += 1;
          if (walker.currentNode.nodeType === Node.ELEMENT_NODE) elements += 1;
        }
      }
      return {
        hosts: hosts.length,
        rendered: hosts.filter((host) => host.shadowRoot).length,
        firstReady: bench.ready[0],
        longtaskUnsupported: Boolean(bench.longtaskUnsupported),
        longest: during.reduce((max, task) => Math.max(max, task.duration), 0),
        blocking: during.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
        longtasks: during.length,
        longFrames: bench.frames.filter((frame) => frame.start < last + settleMs),
        nodes,
        elements,
        resources: performance
          .getEntriesByType('resource')
          .map((entry) => ({
            path: new URL(entry.name).pathname,
            bytes: entry.encodedBodySize,
            decoded: entry.decodedBodySize,
            start: entry.startTime,
            end: entry.responseEnd,
          })),
        document: (({ requestStart, responseEnd }) => ({ start: requestStart, end: responseEnd }))(
          performance.getEntriesByType('navigation')[0] ?? {},
        ),
      };
    }, settleMs);
    if (loaded.longtaskUnsupported) throw new Error('this Chromium does not report long tasks');
    // A phone is measured as a CDN serves the files: a file that came uncompressed is a bench fault.
    const plain = phone ? loaded.resources.filter((r) => r.decoded > 1024 && r.bytes >= r.decoded) : [];
    if (plain.length > 0) throw new Error(`served uncompressed on the phone: ${plain.map((r) => r.path).join(', ')}`);
    const result = { readyAt, ...loaded };
    delete result.longtaskUnsupported;

    if (showAll) {
      result.showAll = await page.evaluate(clickShowAll, { expected: showAll, timeoutMs: LOAD_TIMEOUT_MS });
      if (markup) result.shownMarkup = await shadowMarkup(page);
    } else if (markup) {
      result.markup = await shadowMarkup(page);
    }
    if (heap) Object.assign(result, await measureMemory(page, cdp));
    if (toggleDelays) {
      result.toggle = await page.evaluate(clickToggles, toggleDelays);
      if (markup) {
        await page.evaluate(() => document.querySelector('film-card').shadowRoot.querySelector('.fc-review__toggle').click());
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
        result.expandedMarkup = await shadowMarkup(page);
      }
    }
    if (problems.length > 0) throw new Error(problems.join('; '));
    return result;
  } finally {
    await context.close();
  }
}

/** The serialised shadow DOM of every widget on the page, with a digest for comparison. */
async function shadowMarkup(page) {
  const html = await page.evaluate(() =>
    [...document.querySelectorAll('film-card, [data-filmcard]')].map((host) => host.shadowRoot.innerHTML).join('\n'),
  );
  return { sha256: createHash('sha256').update(html).digest('hex'), length: html.length, sample: html.slice(0, 20_000) };
}

/**
 * JS heap after a full garbage collection (CDP Runtime.getHeapUsage), and wasm linear memory.
 * The wasm memory is read from the instance's exported `memory`: the wasm-bindgen glue hands back
 * the instance it already made when its init is called again. If a future glue stops doing that,
 * the figure is reported as unknown rather than guessed.
 */
async function measureMemory(page, cdp) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  const wasmBytes = await page.evaluate(async () => {
    const entry = performance.getEntriesByType('resource').find((e) => /filmcard-core\.js$/.test(new URL(e.name).pathname));
    if (!entry) return 0;
    try {
      const glue = await import(entry.name);
      const exports = await glue.default();
      return exports && exports.memory instanceof WebAssembly.Memory ? exports.memory.buffer.byteLength : null;
    } catch {
      return null;
    }
  });
  return { jsHeap: usage.usedSize, domHeap: usage.embedderHeapUsedSize ?? null, wasmMemory: wasmBytes };
}

/**
 * Clicks the first "View More" once per delay. Each click waits for a frame and then the delay,
 * so clicks land at different points of the 16.7 ms frame, as a reader's do. Per click: `frame`,
 * from the click to the first requestAnimationFrame callback at which the DOM shows the new state
 * (what the reader sees in that frame), and `dom`, from the click to the moment the widget's DOM
 * changed (a MutationObserver; it fires once the handler and any rendering it queued are done).
 */
async function clickToggles(delays) {
  const root = document.querySelector('film-card, [data-filmcard]').shadowRoot;
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const samples = [];
  for (const delay of delays) {
    await nextFrame();
    await sleep(delay);
    const button = root.querySelector('.fc-review__toggle');
    const want = button.getAttribute('aria-expanded') === 'true' ? 'false' : 'true';
    const done = () => root.querySelector('.fc-review__toggle')?.getAttribute('aria-expanded') === want;
    let domAt;
    const observer = new MutationObserver(() => {
      if (domAt === undefined && done()) domAt = performance.now();
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    const start = performance.now();
    button.click();
    let frameAt = await nextFrame();
    for (let frames = 1; !done() && frames < 60; frames++) frameAt = await nextFrame();
    observer.disconnect();
    if (!done()) throw new Error('the toggle did not change the review within 60 frames');
    samples.push({ frame: frameAt - start, dom: (domAt ?? frameAt) - start });
  }
  return samples;
}

/**
 * Clicks "Show all" (`.fc-reviews__more`) once, in a task of its own just after a frame, and
 * times it: `dom`, from the click to the moment the widget holds `expected` reviews (a
 * MutationObserver); `frame`, to the first requestAnimationFrame callback after that, the frame
 * that shows them. `longest` and `blocking` are the long tasks that overlap the click → that
 * frame's rendering: the task of the click itself, every task that added reviews, and the style
 * and layout of what was added, up to and including the frame that shows the last of them.
 */
async function clickShowAll({ expected, timeoutMs }) {
  const bench = window.__bench;
  const root = document.querySelector('film-card, [data-filmcard]').shadowRoot;
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const reviews = () => root.querySelectorAll('.fc-review').length;
  const button = root.querySelector('.fc-reviews__more');
  if (!button) throw new Error('no "Show all" button');
  if (reviews() >= expected) throw new Error(`${reviews()} reviews shown before "Show all"`);
  let domAt;
  let shown;
  const allShown = new Promise((resolve) => {
    shown = resolve;
  });
  const observer = new MutationObserver(() => {
    // Cheap on every mutation: a hundred lists, not five thousand reviews.
    const inLists = [...root.querySelectorAll('.fc-reviews__batch')].reduce((sum, batch) => sum + batch.childElementCount, 0);
    if (domAt === undefined && inLists >= expected && reviews() === expected) {
      domAt = performance.now();
      shown();
    }
  });
  observer.observe(root, { subtree: true, childList: true });
  await nextFrame();
  await sleep(0);
  const start = performance.now();
  button.click();
  let timer;
  await Promise.race([
    allShown,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${reviews()} of ${expected} reviews after ${timeoutMs} ms of "Show all"`)), timeoutMs);
    }),
  ]).finally(() => {
    clearTimeout(timer);
    observer.disconnect();
  });
  const frameAt = await nextFrame();
  // The rendering of that frame ends the task the callback ran in; long tasks are reported a
  // little after they end.
  await sleep(0);
  const end = performance.now();
  await sleep(200);
  const during = bench.longtasks.filter((task) => task.start + task.duration > start && task.start < end);
  // Long animation frames also count the rendering between tasks, which Chromium's long tasks
  // leave out when the work is spread over many short tasks.
  const frames = bench.frames.filter((frame) => frame.start + frame.duration > start && frame.start < end);
  return {
    dom: domAt - start,
    frame: frameAt - start,
    longest: during.reduce((max, task) => Math.max(max, task.duration), 0),
    blocking: during.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
    longtasks: during.length,
    longestFrame: frames.reduce((max, frame) => Math.max(max, frame.duration), 0),
    longFrames: frames,
  };
}
