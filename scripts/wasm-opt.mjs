// wasm-opt's flags for every wasm the project ships, written once: the bundle's and the on-demand
// module's (scripts/dist.sh), the builder's (scripts/builder.sh), the on-demand module of Trunk's
// demo (scripts/extra.sh), the WordPress block editor's (scripts/dist.sh), and the variants
// bench/choices.mjs measures against them.
//
//   node scripts/wasm-opt.mjs FILE.wasm    optimises FILE.wasm in place (npm's binaryen, on PATH)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** For size: every reader downloads the wasm. */
export const LEVEL = '-Oz';
/**
 * The passes run: the code flattened and its control flow rebuilt (`--flatten --rereloop`), then
 * optimised for size until a round changes nothing. 743 B brotli less than `-Oz` alone on the
 * reader's wasm, measured 2026-12-07 (BENCHMARKS.md), at a few seconds more a build.
 */
export const PASSES = ['--flatten', '--rereloop', '-Os', LEVEL, '--converge'];
/** No debug names and no producers section in what readers download. */
export const STRIP = ['--strip-debug', '--strip-producers'];
/** The features rustc enables by default for wasm32, so wasm-opt may keep using them. */
export const FEATURES = [
  '--enable-bulk-memory',
  '--enable-nontrapping-float-to-int',
  '--enable-sign-ext',
  '--enable-mutable-globals',
  '--enable-reference-types',
  '--enable-multivalue',
];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  if (!file || process.argv.length > 3) {
    console.error('usage: node scripts/wasm-opt.mjs FILE.wasm');
    process.exit(2);
  }
  const { status, error } = spawnSync('wasm-opt', [...PASSES, ...STRIP, ...FEATURES, file, '-o', file], { stdio: 'inherit' });
  if (error) console.error(`wasm-opt: ${error.message}`);
  process.exit(status ?? 1);
}
