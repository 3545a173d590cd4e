// What a reader downloads, counted the way scripts/size.mjs counts it: raw bytes, gzip -9 and
// brotli -q11 of each file, compressed on its own as a server or CDN would send it.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/** Sizes of one buffer. */
export function sizesOf(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

/** Sizes of each file and their total: { files: [{ name, raw, gzip, brotli }], total }. */
export async function sizesOfFiles(paths) {
  const files = [];
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const path of paths) {
    const row = { name: basename(path), ...sizesOf(await readFile(path)) };
    files.push(row);
    for (const key of Object.keys(total)) total[key] += row[key];
  }
  return { files, total };
}
