// Prints what a reader downloads for the widget: the release bundle's JS and wasm, raw,
// gzip -9 and brotli -q11. The stylesheet is compiled into the wasm.
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const files = (await readdir(dist)).filter((name) => /\.(js|wasm)$/.test(name)).sort();
if (files.length === 0) {
  console.error(`size: no .js or .wasm in ${dist}; build first`);
  process.exit(1);
}
const totals = { raw: 0, gzip: 0, brotli: 0 };
const rows = [];
for (const name of files) {
  const bytes = await readFile(`${dist}/${name}`);
  const row = {
    name,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
  rows.push(row);
  for (const key of Object.keys(totals)) totals[key] += row[key];
}
rows.push({ name: 'total', ...totals });
const pad = (value, width) => String(value).padStart(width);
console.log(`${'file'.padEnd(28)}${pad('raw', 10)}${pad('gzip', 10)}${pad('brotli', 10)}`);
for (const row of rows) {
  console.log(`${row.name.padEnd(28)}${pad(row.raw, 10)}${pad(row.gzip, 10)}${pad(row.brotli, 10)}`);
}
