// Filmcard against a hand-written vanilla JS baseline that renders the same DOM from the same
// JSON: transfer size, time to rendered, long tasks, "View More" latency, "Show all" on 5,000
// reviews, memory and DOM size.
//
//   node bench/run.mjs [--no-build] [--reps N]
//
// Builds the bundle with scripts/dist.sh (skipped with --no-build), copies it to a private
// directory so a rebuild of dist/ mid-run cannot change what is measured, serves it on 127.0.0.1
// and drives headless Chromium. Prints the table, writes bench/results/latest.json and
// latest.svg, and rewrites the figures section of BENCHMARKS.md. Budgets that fail do not fail
// the run: it exits non-zero only when something could not be measured.
import { spawnSync } from 'node:child_process';
import { availableParallelism, cpus, freemem, homedir, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch } from '../tests/e2e/harness.mjs';
import { page, generateReviews } from './pages.mjs';
import { measureLoad, SETTLE_MS } from './measure.mjs';
import { sizesOfFiles } from '../scripts/sizes.mjs';
import { summarise, rows, markdownTable, budgetLines, figuresSection, chart, machineLine, replaceSection } from './report.mjs';
import { measurePrerender, prerenderSection } from './prerender.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const BENCH = join(ROOT, 'bench');
const IMPLEMENTATIONS = ['filmcard', 'baseline'];
const BUNDLE_FILES = ['filmcard.js', 'filmcard-core.js', 'filmcard-core_bg.wasm'];
const TOGGLE_CLICKS = 50;
const BIG_REVIEWS = 5000;
const CPU_THROTTLE = 4;

const args = process.argv.slice(2);
if (args.includes('--help')) {
  console.log('usage: node bench/run.mjs [--no-build] [--reps N] [--only phone,phoneHints] [--dist DIR]');
  process.exit(0);
}
// Another build of the bundle to measure (implies --no-build), e.g. a variant of the loader.
const distArg = args.indexOf('--dist');
const distDir = distArg >= 0 ? args[distArg + 1] : null;
// Only the phone scenarios, printed and not written anywhere: a quick before/after of the chain.
const onlyArg = args.indexOf('--only');
const only = onlyArg >= 0 ? String(args[onlyArg + 1]).split(',') : null;
if (only && !only.every((name) => ['phone', 'phoneHints'].includes(name))) {
  console.error('bench: --only takes phone, phoneHints or both (comma-separated)');
  process.exit(2);
}
const build = !args.includes('--no-build') && !args.includes('--dist');
const repsArg = args.indexOf('--reps');
const reps = repsArg >= 0 ? Number(args[repsArg + 1]) : 7;
if (!Number.isInteger(reps) || reps < 1) {
  console.error('bench: --reps needs a whole number of at least 1');
  process.exit(2);
}

const log = (message) => console.error(`bench: ${message}`);

async function main() {
  if (build) buildBundle();
  const startedAt = new Date();
  const loadStart = loadavg()[0].toFixed(2);
  const work = await mkdtemp(join(tmpdir(), 'filmcard-bench-'));
  try {
    const site = await prepareSite(work);
    const results = await measureAll(site, reps);
    if (!only) results.prerender = await measurePrerender(join(site.root, 'filmcard'), reps, log);
    results.machine = await machine(results.chromium, startedAt, loadStart);
    delete results.chromium;
    await report(results);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function buildBundle() {
  log('building the bundle with scripts/dist.sh');
  const path = [join(ROOT, 'node_modules/.bin'), join(homedir(), '.cargo/bin'), process.env.PATH].join(':');
  const built = spawnSync(join(ROOT, 'scripts/dist.sh'), { cwd: ROOT, stdio: ['ignore', 2, 2], env: { ...process.env, PATH: path } });
  if (built.status !== 0) throw new Error('scripts/dist.sh failed; nothing was measured');
}

/**
 * Copies dist/ while nothing is rewriting it: other test runs delete and rebuild it at any time,
 * so the copy is kept only when every file is there and none changed while it was copied.
 */
async function copyDist(target) {
  const dist = distDir ?? join(ROOT, 'dist');
  const snapshot = async () => {
    const names = await readdir(dist);
    if (!BUNDLE_FILES.every((name) => names.includes(name)) || !names.includes('package.json')) return null;
    const entries = await Promise.all(names.sort().map(async (name) => {
      const info = await stat(join(dist, name));
      return `${name}:${info.size}:${info.mtimeMs}`;
    }));
    return entries.join('|');
  };
  for (let attempt = 1; attempt <= 60; attempt++) {
    try {
      const before = await snapshot();
      if (before) {
        await rm(target, { recursive: true, force: true });
        await cp(dist, target, { recursive: true });
        if ((await snapshot()) === before) return;
      }
    } catch {
      // dist/ vanished mid-copy: a rebuild is under way.
    }
    if (attempt === 1) log('dist/ is missing or being rebuilt; waiting for it');
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  throw new Error('dist/ did not settle within 2 minutes; run make dist, or drop --no-build');
}

/** The served directory: the bundle under /filmcard/, the baseline and its stylesheet under /baseline/. */
async function prepareSite(work) {
  const filmcardDir = join(work, 'filmcard');
  await copyDist(filmcardDir);
  const baselineDir = join(work, 'baseline');
  await mkdir(baselineDir);
  // The same minified text the wasm carries: scripts/dist.sh minifies styles/tokens.css and
  // styles/card.css once, compiles the result into the wasm and copies it to filmcard.css.
  const styles = await readFile(join(filmcardDir, 'filmcard.css'), 'utf8');
  await writeFile(join(baselineDir, 'styles.js'), `export default ${JSON.stringify(styles)};\n`);
  await cp(join(BENCH, 'baseline/baseline.js'), join(baselineDir, 'baseline.js'));
  const wasm = await readFile(join(filmcardDir, 'filmcard-core_bg.wasm'));
  const sameStylesheet = wasm.includes(Buffer.from(styles));
  if (!sameStylesheet) log('warning: the bundle\'s wasm does not carry its filmcard.css (a stale dist/?)');
  const bundle = {
    // The stylesheet is compiled into the wasm, so JS + wasm is the whole download.
    filmcard: await sizesOfFiles(BUNDLE_FILES.map((name) => join(filmcardDir, name))),
    baseline: await sizesOfFiles(['baseline.js', 'styles.js'].map((name) => join(baselineDir, name))),
  };
  return { root: work, bundle, sameStylesheet };
}

// The README's hints, for the bench's paths; the baseline's equivalent is its stylesheet module.
const HINTS = {
  filmcard:
    '<link rel="modulepreload" href="/filmcard/filmcard-core.js">\n' +
    '<link rel="preload" href="/filmcard/filmcard-core_bg.wasm" as="fetch" type="application/wasm" crossorigin>\n',
  baseline: '<link rel="modulepreload" href="/baseline/styles.js">\n',
};

// `markup`: the first repetition compares the widgets' shadow DOM, under this name (for "Show
// all", once every review is shown).
const SCENARIOS = {
  seed: { label: '1 film, 4 reviews', heap: true, toggle: true, markup: 'seed' },
  big: { label: '1 film, 5,000 reviews', heap: true, markup: 'big' },
  // Every card rendered at load, as the baseline does, so both do the same work; as shipped,
  // Filmcard renders only the cards near the viewport (the "below the fold" scenario).
  fifty: { label: '50 widgets', markup: 'fifty', page: { attributes: 'loading="eager"' } },
  belowFold: {
    label: '1 film, 5,000 px below the fold',
    untilLoad: true,
    page: { before: '<p style="height: 5000px">A long post.</p>\n' },
  },
  throttled: { label: `1 film, 4 reviews, CPU ${CPU_THROTTLE}× slower`, cpuThrottle: CPU_THROTTLE },
  // A phone on a slow network (measure.mjs's PHONE), every file brotli-compressed, CPU 4× slower:
  // timed until the card shows its title and a "View More" button.
  phone: { label: `1 film, 4 reviews, phone (150 ms, 1.6 Mbps, CPU ${CPU_THROTTLE}×)`, phone: true, cpuThrottle: CPU_THROTTLE },
  // The same with the README's two hints in the <head> (the baseline's one import, likewise).
  phoneHints: {
    label: `1 film, 4 reviews, phone, with the README's <head> hints`,
    phone: true,
    cpuThrottle: CPU_THROTTLE,
    page: { head: (implementation) => HINTS[implementation] },
  },
  showAll: { label: '1 film, 5,000 reviews, "Show all"', showAll: BIG_REVIEWS, markup: 'big, all shown' },
};

async function measureAll(site, repetitions) {
  const seed = JSON.parse(await readFile(join(ROOT, 'demo/the-red-shoes.json'), 'utf8'));
  const big = [{ ...seed, reviews: generateReviews(BIG_REVIEWS) }];
  const films = {
    seed: [seed],
    big,
    fifty: Array.from({ length: 50 }, () => seed),
    belowFold: [seed],
    throttled: [seed],
    phone: [seed],
    phoneHints: [seed],
    showAll: big,
  };
  const files = {};
  for (const scenario of Object.keys(SCENARIOS)) {
    for (const implementation of IMPLEMENTATIONS) {
      files[`/${scenario}-${implementation}.html`] = page(implementation, films[scenario], SCENARIOS[scenario].page);
    }
  }
  const server = await serve(site.root, { files });
  // As a CDN serves them: brotli, for the phone scenarios.
  const cdn = await serve(site.root, { files, brotli: true });
  const browser = await launch();
  const chromium = browser.version();
  // The same click timings for both, so neither is luckier with the frame clock.
  const toggleDelays = Array.from({ length: TOGGLE_CLICKS }, (_, i) => (i * 7) % 17);
  const measured = only ?? Object.keys(SCENARIOS);
  const runs = Object.fromEntries(measured.map((s) => [s, { filmcard: [], baseline: [] }]));
  const markups = {};
  try {
    const load = async (scenario, implementation, options) => {
      const url = `${SCENARIOS[scenario].phone ? cdn.url : server.url}/${scenario}-${implementation}.html`;
      try {
        return await measureLoad(browser, url, options);
      } catch (error) {
        log(`${scenario}/${implementation}: ${error.message}; trying once more`);
        return measureLoad(browser, url, options);
      }
    };
    // Warms the machine (disk cache, the browser's first renderer) so the first measured load is
    // not the odd one out; each measured load still gets a cold browser context.
    if (!only) for (const implementation of IMPLEMENTATIONS) await load('seed', implementation, {});
    // …and has the server compress the phone scenarios' files before they are timed.
    for (const scenario of measured.filter((name) => SCENARIOS[name].phone)) {
      for (const implementation of IMPLEMENTATIONS) await load(scenario, implementation, { phone: true });
    }
    for (let rep = 0; rep < repetitions; rep++) {
      const order = rep % 2 === 0 ? IMPLEMENTATIONS : [...IMPLEMENTATIONS].reverse();
      for (const [scenario, options] of measured.map((name) => [name, SCENARIOS[name]])) {
        for (const implementation of order) {
          const result = await load(scenario, implementation, {
            cpuThrottle: options.cpuThrottle ?? 1,
            phone: Boolean(options.phone),
            heap: Boolean(options.heap),
            toggleDelays: options.toggle ? toggleDelays : null,
            showAll: options.showAll ?? null,
            untilLoad: Boolean(options.untilLoad),
            markup: rep === 0 && Boolean(options.markup),
          });
          if (result.markup) {
            (markups[options.markup] ??= {})[implementation] = result.markup.sha256;
            if (result.expandedMarkup) (markups[`${options.markup}, one review expanded`] ??= {})[implementation] = result.expandedMarkup.sha256;
          }
          if (result.shownMarkup) (markups[options.markup] ??= {})[implementation] = result.shownMarkup.sha256;
          delete result.markup;
          delete result.expandedMarkup;
          delete result.shownMarkup;
          runs[scenario][implementation].push({ rep, ...result });
        }
      }
      log(`repetition ${rep + 1} of ${repetitions} done`);
    }
  } finally {
    await browser.close();
    await server.close();
    await cdn.close();
  }
  const summary = {};
  for (const scenario of measured) {
    summary[scenario] = { label: SCENARIOS[scenario].label };
    for (const implementation of IMPLEMENTATIONS) summary[scenario][implementation] = summarise(runs[scenario][implementation]);
  }
  const markup = Object.fromEntries(Object.entries(markups).map(([scenario, m]) => [scenario, m.filmcard === m.baseline]));
  return {
    only,
    reps: repetitions,
    settleMs: SETTLE_MS,
    toggleClicks: TOGGLE_CLICKS,
    showAllReviews: BIG_REVIEWS,
    cpuThrottle: CPU_THROTTLE,
    sameStylesheet: site.sameStylesheet,
    bundle: site.bundle,
    markup,
    summary,
    runs,
    chromium,
  };
}

async function machine(chromium, startedAt, loadStart) {
  const cpuinfo = await readFile('/proc/cpuinfo', 'utf8').catch(() => '');
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown CPU';
  return {
    date: startedAt.toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    cpu: model,
    nproc: availableParallelism(),
    memoryGiB: (totalmem() / 2 ** 30).toFixed(1),
    freeMemoryGiB: (freemem() / 2 ** 30).toFixed(1),
    os: `${type()} ${release()}`,
    chromium,
    node: process.versions.node,
    loadStart,
    loadEnd: loadavg()[0].toFixed(2),
  };
}

async function report(results) {
  const tableRows = rows(results);
  results.rows = tableRows.map(({ filmcardText, baselineText, ...row }) => row);
  console.log(`\n${machineLine(results.machine)}\n`);
  console.log(markdownTable(tableRows));
  const failed = tableRows.filter((row) => row.pass === false);
  console.log(`\nbudgets: ${tableRows.filter((row) => row.pass === true).length} pass, ${failed.length} fail`);
  console.log(budgetLines(tableRows));
  if (results.only) return;
  for (const [scenario, same] of Object.entries(results.markup)) {
    if (!same) console.log(`warning: the baseline's markup differs from Filmcard's (${scenario}); fix bench/baseline/baseline.js`);
  }

  const out = join(BENCH, 'results');
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(join(out, 'latest.svg'), chart(results));
  console.log('\nwrote bench/results/latest.json and bench/results/latest.svg');

  const section = figuresSection(results, tableRows);
  const prerender = prerenderSection(results.prerender);
  console.log(`\nprerendered card:\n${prerender}`);
  const path = join(ROOT, 'BENCHMARKS.md');
  const doc = await readFile(path, 'utf8').catch(() => null);
  const updated = doc && replaceSection(replaceSection(doc, 'prerender', prerender) ?? doc, 'figures', section);
  if (updated) {
    await writeFile(path, updated);
    console.log('updated the figures section of BENCHMARKS.md');
  } else {
    console.log(`BENCHMARKS.md has no <!-- figures:start --> … <!-- figures:end --> section; paste this there:\n\n${section}\n`);
  }
}

main().catch((error) => {
  console.error(`bench: could not measure: ${error.message ?? error}`);
  process.exit(1);
});
