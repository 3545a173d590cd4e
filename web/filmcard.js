// Filmcard: the one script a page loads. It starts the widget once per page, however many times
// the script tag appears, and finds its files next to itself, wherever it is served from.
import init from './filmcard-core.js';

const started = Symbol.for('filmcard.started');

if (!globalThis[started]) {
  globalThis[started] = true;
  init({ module_or_path: new URL('./filmcard-core_bg.wasm', import.meta.url) }).catch((error) => {
    // Fails closed: one message, nothing else on the page is touched.
    console.error(
      `filmcard: the widget could not start (${error && error.message ? error.message : error}). ` +
        "If the page has a Content-Security-Policy, its script-src needs 'wasm-unsafe-eval'.",
    );
  });
}
