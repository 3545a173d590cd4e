// Fails when the bundle grows past bench/size-ceiling.json, so a size regression is caught by
// `make test` rather than found later in a benchmark run. Counts what scripts/size.mjs counts as
// its total: the .js and .wasm files of dist/ every reader downloads, brotli -q11, each file
// compressed on its own; not the on-demand module, which only a card that needs it fetches, nor
// the trailer player, which only a reader who reaches for "Play trailer" fetches.
//
//   node bench/check-size.mjs [dist-dir]
//
// When the bundle shrinks for good, lower the ceiling in bench/size-ceiling.json to the new
// total plus a little headroom (2 KB), so the gain cannot be lost unnoticed.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ON_DEMAND, sizesOfFiles } from '../scripts/sizes.mjs';

const here = new URL('.', import.meta.url).pathname;
const dist = process.argv[2] ?? join(here, '..', 'dist');

let names;
try {
  names = (await readdir(dist))
    .filter((name) => /\.(js|wasm)$/.test(name) && !ON_DEMAND.includes(name))
    .sort();
} catch {
  names = [];
}
if (names.length === 0) {
  console.error(`size: no .js or .wasm in ${dist}; build the bundle first (make dist)`);
  process.exit(1);
}

const { brotliBytes: ceiling } = JSON.parse(await readFile(join(here, 'size-ceiling.json'), 'utf8'));
if (!Number.isInteger(ceiling) || ceiling <= 0) {
  console.error('size: bench/size-ceiling.json must hold {"brotliBytes": <a positive whole number>}');
  process.exit(1);
}

const { files, total } = await sizesOfFiles(names.map((name) => join(dist, name)));
console.log(`size: ${total.brotli} bytes brotli, ceiling ${ceiling}`);
if (total.brotli > ceiling) {
  console.error(
    `size: the bundle is ${total.brotli - ceiling} bytes over its ceiling ` +
      `(${files.map((file) => `${file.name} ${file.brotli}`).join(', ')}). ` +
      'Find what grew (twiggy top on the wasm, or git diff Cargo.lock), or, if the growth is ' +
      'worth it, raise brotliBytes in bench/size-ceiling.json in the same change and say why.',
  );
  process.exit(1);
}
