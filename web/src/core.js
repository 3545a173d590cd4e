// The entry of filmcard-core.js: starts the bundle's wasm with wasm-bindgen's glue for bundlers
// (`--target bundler`, its `_bg.js` module, which scripts/dist.sh aliases as `filmcard-glue`),
// handing the glue the instance's exports through the watch on traps (src/embed/trap.js), so that
// every call into the wasm goes through it. The wasm's imports, their module and its exports have
// short names in the bundle (scripts/short-names.mjs); `filmcard-wasm-names` says which. The
// loader (start.js) calls `init` with the wasm's fetch, made alongside its own import of this
// module. As wasm-bindgen's own loader does: an HTTP error names the status and the address, and
// a wasm served with another type than application/wasm is compiled once downloaded, with a
// warning, rather than while it downloads.
import * as glue from 'filmcard-glue';
import { MODULE, START } from 'filmcard-wasm-names';
import { guard } from '../../src/embed/trap.js';

/** Starts the wasm from `response` (a `Response`, or a promise of one). */
export default async function init(response) {
  response = await response;
  if (!response.ok) {
    throw new Error(`failed to fetch Wasm: ${response.status} ${response.statusText} fetching '${response.url}'`);
  }
  const imports = { [MODULE]: glue };
  let instance;
  try {
    ({ instance } = await WebAssembly.instantiateStreaming(response, imports));
  } catch (error) {
    const served = ['basic', 'cors', 'default'].includes(response.type);
    if (!served || response.headers.get('Content-Type') === 'application/wasm') throw error;
    console.warn(
      '`WebAssembly.instantiateStreaming` failed because your server does not serve Wasm with `application/wasm` MIME type. Falling back to `WebAssembly.instantiate` which is slower. Original error:\n',
      error,
    );
    ({ instance } = await WebAssembly.instantiate(await response.arrayBuffer(), imports));
  }
  const wasm = guard(instance.exports);
  glue.__wbg_set_wasm(wasm);
  // The widget starts in a task after the instantiation's, so that neither is long on a phone.
  await new Promise((resolve) => setTimeout(resolve));
  wasm[START]();
}
