// The watch on the bundle's wasm for traps, bundled into the glue by scripts/dist.sh, which hands
// it the wasm's exports as the glue receives them. The bundle aborts at once on a panic and runs no
// panic hook: the wasm traps, and the WebAssembly.RuntimeError leaves it through one of these
// exports, every call into the wasm going through them. Caught there, it is surely the widget's
// own (no other script's error is), and the engine has not yet reported it (WebKit reports a trap
// of a wasm from another origin as a bare "Script error."). The first trap stops the widget (the
// flag it checks before it mounts or follows anything, which a panic hook sets where one runs)
// and says so once; the error then goes on as it would have, and the cards on the page stay.
import { STOP } from 'filmcard-wasm-names';
import { PREFIX, STOPPED } from '../../web/src/contract.js';

export function guard(exports) {
  const guarded = {};
  for (const [name, value] of Object.entries(exports)) {
    guarded[name] =
      typeof value !== 'function'
        ? value
        : (...args) => {
            try {
              return value(...args);
            } catch (error) {
              if (error instanceof WebAssembly.RuntimeError && !exports[STOP]()) {
                console.error(`${PREFIX}${STOPPED} (${error.message})`);
              }
              throw error;
            }
          };
  }
  return guarded;
}
