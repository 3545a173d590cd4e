// Builds of the bundle against each other in the phone scenario (bench/measure.mjs's PHONE, CPU
// 4×, brotli), loads interleaved repetition by repetition so that a busy machine slows them
// alike: a before/after of a change to the chain of requests (page → loader → glue and wasm).
//
//   node bench/chain.mjs [--reps N] [--hints | --hinted NAME,…] NAME=DIR NAME=DIR …
//
// Each DIR is a built bundle (as scripts/dist.sh writes dist/); `--hints` adds the README's two
// <head> hints to every page, `--hinted` to the pages of the builds named (the same DIR may be
// given twice under two names: `plain=dist hinted=dist --hinted hinted`). Prints, per build, the medians of the card shown (title and "View
// More"), of when the wasm was requested and received, and of each load's difference from the
// first build's load of the same repetition.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch } from '../tests/e2e/harness.mjs';
import { page } from './pages.mjs';
import { measureLoad } from './measure.mjs';
import { median } from './report.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const repsArg = args.indexOf('--reps');
const reps = repsArg >= 0 ? Number(args[repsArg + 1]) : 11;
const hintedArg = args.indexOf('--hinted');
const hinted = hintedArg >= 0 ? args[hintedArg + 1].split(',') : [];
const builds = args.filter((arg) => /^[\w-]+=/.test(arg)).map((arg) => arg.split(/=(.*)/s).slice(0, 2));
const hintsFor = (name) => args.includes('--hints') || hinted.includes(name);
if (builds.length < 1 || !Number.isInteger(reps) || reps < 1) {
  console.error('usage: node bench/chain.mjs [--reps N] [--hints | --hinted NAME,…] NAME=DIR NAME=DIR …');
  process.exit(2);
}

const seed = JSON.parse(await readFile(join(ROOT, 'demo/the-red-shoes.json'), 'utf8'));
const files = {};
for (const [name, dir] of builds) {
  const base = `/${name}`;
  const head = hintsFor(name)
    ? `<link rel="modulepreload" href="${base}/filmcard-core.js">\n` +
      `<link rel="preload" href="${base}/filmcard-core_bg.wasm" as="fetch" type="application/wasm" crossorigin>\n`
    : '';
  files[`/${name}.html`] = page('filmcard', [seed], { head: () => head }).replace('/filmcard/filmcard.js', `${base}/filmcard.js`);
  for (const file of ['filmcard.js', 'filmcard-core.js', 'filmcard-core_bg.wasm']) {
    files[`${base}/${file}`] = await readFile(join(dir, file));
  }
}
const server = await serve(ROOT, { files, brotli: true });
const browser = await launch();
const runs = Object.fromEntries(builds.map(([name]) => [name, []]));
try {
  const load = (name) => measureLoad(browser, `${server.url}/${name}.html`, { phone: true, cpuThrottle: 4 });
  for (const [name] of builds) await load(name);
  for (let rep = 0; rep < reps; rep++) {
    const order = builds.map(([name]) => name);
    for (let i = 0; i < rep % order.length; i++) order.push(order.shift());
    for (const name of order) {
      const result = await load(name);
      const at = (file) => result.resources.find((r) => r.path === `/${name}/${file}`);
      runs[name].push({ shown: result.readyAt, wasmStart: at('filmcard-core_bg.wasm')?.start, wasmEnd: at('filmcard-core_bg.wasm')?.end });
    }
    console.error(`chain: repetition ${rep + 1} of ${reps} done`);
  }
} finally {
  await browser.close();
  await server.close();
}

const ms = (value) => (value == null ? 'n/a' : `${Math.round(value)} ms`);
const signed = (value) => (value == null ? '' : `${value > 0 ? '+' : value < 0 ? '−' : '±'}${Math.abs(Math.round(value))} ms`);
const [first] = builds[0];
const withHints = builds.map(([name]) => name).filter(hintsFor);
console.log(`phone, CPU 4×; the README's <head> hints: ${withHints.join(', ') || 'none'}; ${reps} repetitions, medians`);
console.log('| build | card shown | against the first | wasm requested | wasm received |');
console.log('|---|---|---|---|---|');
for (const [name] of builds) {
  const r = runs[name];
  const pick = (key) => median(r.map((run) => run[key]));
  const diff = name === first ? '' : signed(median(r.map((run, i) => run.shown - runs[first][i].shown)));
  console.log(`| ${name} | ${ms(pick('shown'))} | ${diff} | ${ms(pick('wasmStart'))} | ${ms(pick('wasmEnd'))} |`);
}
