// What the build choices that need no recompilation cost in bytes: wasm-opt and its level, and
// gzip against brotli. Reuses the release wasm cargo last built for scripts/dist.sh (run
// `make dist` first), runs wasm-bindgen and wasm-opt on private copies, and rewrites the
// "what each choice costs" section of BENCHMARKS.md.
//
//   node bench/choices.mjs
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sizesOf } from '../scripts/sizes.mjs';
import { replaceSection } from './report.mjs';
import { FEATURES, LEVEL, PASSES, STRIP } from '../scripts/wasm-opt.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const INPUT = join(ROOT, 'target/nightly/wasm32-unknown-unknown/release/filmcard.wasm');
const SHIPPED = join(ROOT, 'dist/filmcard-core_bg.wasm');
const PATH = [join(ROOT, 'node_modules/.bin'), join(homedir(), '.cargo/bin'), process.env.PATH].join(':');

function run(command, args) {
  const result = spawnSync(command, args, { env: { ...process.env, PATH }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr || result.error}`);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const delta = (bytes, reference) => {
  const d = bytes - reference;
  return d === 0 ? '0' : `${d > 0 ? '+' : '−'}${kb(Math.abs(d))}`;
};

async function main() {
  const input = await readFile(INPUT).catch(() => null);
  if (!input) throw new Error(`${INPUT} is missing; run make dist first`);
  const work = await mkdtemp(join(tmpdir(), 'filmcard-choices-'));
  try {
    run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', work, '--out-name', 'filmcard-core', INPUT]);
    const bound = join(work, 'filmcard-core_bg.wasm');
    const variants = [
      ['no wasm-opt (as wasm-bindgen writes it)', null],
      ['wasm-opt, strip only (-O0 --strip-debug --strip-producers)', ['-O0', ...STRIP]],
      ['wasm-opt -O3 (for speed), stripped', ['-O3', ...STRIP]],
      ['wasm-opt -Os, stripped', ['-Os', ...STRIP]],
      ['wasm-opt -Oz, stripped', [LEVEL, ...STRIP]],
      [`wasm-opt ${PASSES.join(' ')}, stripped`, [...PASSES, ...STRIP]],
      // scripts/short-names.mjs renames the same in the glue.
      [
        '…with the imports, their module and the exports given short names (what scripts/dist.sh ships)',
        [...PASSES, ...STRIP, '--minify-imports-and-exports-and-modules'],
      ],
    ];
    const wasm = [];
    for (const [label, flags] of variants) {
      let file = bound;
      if (flags) {
        file = join(work, `variant-${wasm.length}.wasm`);
        const started = Date.now();
        run('wasm-opt', [...flags, ...FEATURES, bound, '-o', file]);
        console.error(`choices: ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
      }
      wasm.push({ label, ...sizesOf(await readFile(file)) });
    }
    const reference = wasm[wasm.length - 1];
    const shipped = await readFile(SHIPPED).catch(() => null);
    const matchesDist = shipped ? sizesOf(shipped).raw === reference.raw : null;

    const styles = Buffer.from(
      (await readFile(join(ROOT, 'styles/tokens.css'), 'utf8')) + (await readFile(join(ROOT, 'styles/card.css'), 'utf8')),
    );
    const css = sizesOf(styles);

    const lines = [
      `Measured ${new Date().toISOString().slice(0, 10)} by \`node bench/choices.mjs\` from the release wasm of the last \`make dist\`` +
        (matchesDist === false
          ? ' (note: the last row differs from dist/ in size, so dist/ was built from other sources or flags).'
          : '.'),
      '',
      '| choice | wasm raw | gzip -9 | brotli -q11 | brotli against what ships |',
      '|---|---|---|---|---|',
      ...wasm.map((v) => `| ${v.label} | ${kb(v.raw)} | ${kb(v.gzip)} | ${kb(v.brotli)} | ${delta(v.brotli, reference.brotli)} |`),
      '',
      `Serving the shipped wasm with gzip instead of brotli costs ${kb(reference.gzip - reference.brotli)} more ` +
        `(${kb(reference.gzip)} against ${kb(reference.brotli)}); uncompressed it is ${kb(reference.raw)}.`,
      `The stylesheet (styles/tokens.css + styles/card.css), compiled into the wasm as text, is ${kb(css.raw)} raw, ` +
        `${kb(css.brotli)} brotli on its own.`,
    ];
    const section = lines.join('\n');
    await mkdir(join(ROOT, 'bench/results'), { recursive: true });
    await writeFile(join(ROOT, 'bench/results/choices.json'), `${JSON.stringify({ wasm, css, matchesDist }, null, 2)}\n`);
    console.log(section);
    const path = join(ROOT, 'BENCHMARKS.md');
    const doc = await readFile(path, 'utf8').catch(() => null);
    const updated = doc && replaceSection(doc, 'choices', section);
    if (updated) {
      await writeFile(path, updated);
      console.log('\nupdated the choices section of BENCHMARKS.md');
    } else {
      console.log('\nBENCHMARKS.md has no <!-- choices:start --> … <!-- choices:end --> section; paste the above there');
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`choices: ${error.message}`);
  process.exit(1);
});
