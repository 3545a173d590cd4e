// Prints what a reader downloads for the widget: the release bundle's JS and wasm, raw, gzip -9
// and brotli -q11. The stylesheet is compiled into the wasm. The total is the bundle every reader
// downloads (what bench/check-size.mjs holds to its ceiling); the on-demand module, fetched only
// by a card that needs it, and the trailer player, fetched only by a reader who reaches for "Play
// trailer" (crates/film/src/contract.rs names their files), are listed apart, below it.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ON_DEMAND, sizesOfFiles } from './sizes.mjs';

const dist = process.argv[2] ?? 'dist';
const files = (await readdir(dist)).filter((name) => /\.(js|wasm)$/.test(name)).sort();
if (files.length === 0) {
  console.error(`size: no .js or .wasm in ${dist}; build first`);
  process.exit(1);
}
const everyone = await sizesOfFiles(files.filter((name) => !ON_DEMAND.includes(name)).map((name) => join(dist, name)));
const onDemand = await sizesOfFiles(files.filter((name) => ON_DEMAND.includes(name)).map((name) => join(dist, name)));
const pad = (value, width) => String(value).padStart(width);
const line = (row) => console.log(`${row.name.padEnd(28)}${pad(row.raw, 10)}${pad(row.gzip, 10)}${pad(row.brotli, 10)}`);
console.log(`${'file'.padEnd(28)}${pad('raw', 10)}${pad('gzip', 10)}${pad('brotli', 10)}`);
everyone.files.forEach(line);
line({ name: 'total', ...everyone.total });
if (onDemand.files.length > 0) {
  console.log('on demand (only for a card that needs it: source="ld+json", data that was refused, a trailer played):');
  onDemand.files.forEach(line);
  line({ name: 'on-demand total', ...onDemand.total });
}
