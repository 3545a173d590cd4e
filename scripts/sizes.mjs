// What a reader downloads, counted the way scripts/size.mjs counts it: raw bytes, gzip -9 and
// brotli -q11 of each file, compressed on its own as a server or CDN would send it.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { EXTRA_GLUE, EXTRA_WASM, PLAYER_SCRIPT } from '../web/src/contract.js';

/** The files fetched only on demand (crates/film/src/contract.rs names them): the on-demand module,
 * for a card that needs it, and the trailer player, for a reader who reaches for it. They are not
 * part of what every reader downloads. */
export const ON_DEMAND = [EXTRA_GLUE, EXTRA_WASM, PLAYER_SCRIPT];

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
