// The prerendered card (`filmcard render`) against the same markup as a static page with no
// script at all, in the same run: first contentful paint, the card's text painted (the first
// Largest Contentful Paint candidate inside the card), and the layout shift while the wasm arrives and takes the
// card over (script tag in the body of the post, after the card).
//
//   node bench/prerender.mjs [--reps N]     (on dist/ as built; `make bench` runs it too)
//
// run.mjs calls measurePrerender() with its copy of dist/ and adds the section to BENCHMARKS.md.
import { execFileSync } from 'node:child_process';
import { basename, join } from 'node:path';
import { loadavg } from 'node:os';
import { serve, launch } from '../tests/e2e/harness.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
/** Goals from the design: the prerendered page paints within 10% of static HTML; nothing moves. */
export const PRERENDER_GOALS = { paintRatio: 1.1, shift: 0 };
const VARIANTS = ['prerendered', 'static'];

/** A short post: a heading, a line, the card, the script tag (prerendered only), a line. */
function post(snippet, script) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>A post with a card</title>
    <link rel="icon" href="data:," />
  </head>
  <body>
    <h1>My week</h1>
    <p>One film.</p>
    ${snippet}
    ${script}
    <p>Thanks for reading.</p>
  </body>
</html>`;
}

// Before the page's first byte: paint entries, LCP candidates, layout shifts, the widget's ready.
function instrument() {
  const seen = { lcp: [], shifts: [], ready: null };
  window.__prerender = seen;
  new PerformanceObserver((list) => {
    // Text in a shadow root is reported without its element; the page's own text has one.
    for (const entry of list.getEntries()) {
      seen.lcp.push({ time: entry.startTime, inCard: entry.element === null || entry.element.localName === 'film-card' });
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) seen.shifts.push(entry.value);
  }).observe({ type: 'layout-shift', buffered: true });
  addEventListener('filmcard:ready', () => (seen.ready = performance.now()), true);
}

async function loadOnce(browser, url, widget) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript(instrument);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(url, { waitUntil: 'load' });
    if (widget) await page.waitForFunction(() => window.__prerender.ready !== null, null, { timeout: 30_000 });
    // On a busy machine the card's paint can be reported after the load event.
    await page.waitForFunction(() => window.__prerender.lcp.some((entry) => entry.inCard), null, { timeout: 10_000 }).catch(() => {});
    // Shifts and paints after the takeover still count.
    await page.waitForTimeout(500);
    const seen = await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      // The first paint of the card's text; the widget's own render over it comes later.
      const card = window.__prerender.lcp.filter((entry) => entry.inCard);
      return {
        fcp: paint?.startTime ?? null,
        cardText: card.length ? card[0].time : null,
        lcpOnCard: card.length > 0,
        shift: window.__prerender.shifts.reduce((sum, value) => sum + value, 0),
        ready: window.__prerender.ready,
        takenOver: Boolean(document.querySelector('film-card').shadowRoot?.querySelector('.fc-root')),
      };
    });
    if (errors.length) throw new Error(errors.join('; '));
    if (seen.fcp === null || !seen.lcpOnCard) throw new Error(`${url}: no paint of the card was recorded`);
    return seen;
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Measures `reps` loads of each page, alternating which goes first. `bundleDir` holds the built
 * bundle (dist/ or run.mjs's copy of it), served under its own name beside the two pages.
 */
export async function measurePrerender(bundleDir, reps, log = () => {}) {
  const base = `/${basename(bundleDir)}`;
  const measuredAt = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const loadStart = loadavg()[0].toFixed(2);
  const snippet = execFileSync(
    process.execPath,
    [join(bundleDir, 'cli/filmcard.js'), 'render', join(ROOT, 'demo/the-red-shoes.json'), '--css', `${base}/filmcard.css`],
    { encoding: 'utf8' },
  );
  // The static page: the same markup with no script at all (not even the inert JSON block).
  const plain = snippet.replace(/<script type="application\/json">[^]*?<\/script>\n/, '');
  const server = await serve(join(bundleDir, '..'), {
    files: {
      '/prerendered.html': post(snippet, `<script type="module" src="${base}/filmcard.js"></script>`),
      '/static.html': post(plain, ''),
    },
  });
  const browser = await launch();
  const runs = { prerendered: [], static: [] };
  try {
    // A warm-up load of each, not counted.
    for (const variant of VARIANTS) await loadOnce(browser, `${server.url}/${variant}.html`, variant === 'prerendered');
    for (let rep = 0; rep < reps; rep++) {
      const order = rep % 2 === 0 ? VARIANTS : [...VARIANTS].reverse();
      for (const variant of order) {
        runs[variant].push(await loadOnce(browser, `${server.url}/${variant}.html`, variant === 'prerendered'));
      }
    }
    log(`prerendered card: ${reps} loads of each page done`);
  } finally {
    await browser.close();
    await server.close();
  }
  const summary = {};
  for (const variant of VARIANTS) {
    summary[variant] = {
      fcp: median(runs[variant].map((run) => run.fcp)),
      cardText: median(runs[variant].map((run) => run.cardText)),
      shiftMax: Math.max(...runs[variant].map((run) => run.shift)),
    };
  }
  const takenOver = runs.prerendered.every((run) => run.takenOver && run.ready !== null);
  return {
    reps,
    measuredAt,
    load: [loadStart, loadavg()[0].toFixed(2)],
    summary,
    fcpRatio: summary.prerendered.fcp / summary.static.fcp,
    cardTextRatio: summary.prerendered.cardText / summary.static.cardText,
    takeoverShift: summary.prerendered.shiftMax,
    takenOver,
    runs,
  };
}

/** The markdown for BENCHMARKS.md's prerender section, and the lines to print. */
export function prerenderSection(result) {
  const ms = (value) => `${value.toFixed(1)} ms`;
  const ratio = (value) => `${value.toFixed(2)}×`;
  const goal = PRERENDER_GOALS.paintRatio;
  const pass = (ok) => (ok ? 'pass' : '**fail**');
  const { prerendered, static: plain } = result.summary;
  return [
    `Measured ${result.measuredAt} UTC, load average ${result.load[0]} at the start, ${result.load[1]} at the end (a shared`,
    `machine: the milliseconds move with its load, compare the ratios). Median of ${result.reps} loads of each page,`,
    'alternating, fresh browser context each; Chromium, 1280×900,',
    'The Red Shoes prerendered with `filmcard render`, the script tag in the body after the card, against the',
    'same markup with no script at all.',
    '',
    '| measure | prerendered + widget | static HTML, no script | ratio | goal | |',
    '|---|---|---|---|---|---|',
    `| first contentful paint | ${ms(prerendered.fcp)} | ${ms(plain.fcp)} | ${ratio(result.fcpRatio)} | ≤ ${goal}× | ${pass(result.fcpRatio <= goal)} |`,
    `| the card's text painted (first largest-contentful-paint candidate in it) | ${ms(prerendered.cardText)} | ${ms(plain.cardText)} | ${ratio(result.cardTextRatio)} | ≤ ${goal}× | ${pass(result.cardTextRatio <= goal)} |`,
    `| layout shift while the wasm takes over (worst load) | ${prerendered.shiftMax.toFixed(4)} | ${plain.shiftMax.toFixed(4)} | | 0 | ${pass(result.takenOver && prerendered.shiftMax === PRERENDER_GOALS.shift)} |`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const repsArg = process.argv.indexOf('--reps');
  const reps = repsArg >= 0 ? Number(process.argv[repsArg + 1]) : 7;
  const result = await measurePrerender(join(ROOT, 'dist'), reps, (message) => console.error(`bench: ${message}`));
  console.log(prerenderSection(result));
}
