// The on-demand module (src/bin/extra.rs): what few cards need, kept out of the bundle every
// reader downloads. Imported from beside this script (the bundle's glue, which esbuild bundles
// this file into), the first time a card needs it; one import for every card on the page.
let loaded;

function load(glue, wasm) {
  loaded ??= (async () => {
    // The wasm downloads (and compiles, streaming) alongside its glue, not after it.
    const binary = fetch(new URL(wasm, import.meta.url));
    // Should the glue fail first, its error is the one that counts, not an unhandled rejection.
    binary.catch(() => {});
    const extra = await import(new URL(glue, import.meta.url).href);
    await extra.default({ module_or_path: binary });
    return extra;
  })();
  return loaded;
}

// Why the film data `text` was refused, as [path, message] from the on-demand module's full
// validator; rejects when the module cannot be had, and resolves to undefined when it failed.
export async function explainData(glue, wasm, text) {
  const extra = await load(glue, wasm);
  try {
    return extra.explainData(text);
  } catch {
    return undefined;
  }
}

// The page's JSON-LD blocks read by the on-demand module, as its handover text; rejects when the
// module cannot be had (a missing file, a Content-Security-Policy, no network), and resolves to
// undefined when it failed while reading.
export async function readJsonLd(glue, wasm, blocks, pageUrl) {
  const extra = await load(glue, wasm);
  try {
    return extra.readJsonLd(blocks, pageUrl);
  } catch {
    return undefined;
  }
}
