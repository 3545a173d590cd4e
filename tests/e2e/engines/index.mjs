// The engine a suite runs in: E2E_ENGINE=chromium (the default), firefox or webkit. Suites import
// `launch` and `watchedPage` from here instead of the harness, write their checks once, and mark
// the few an engine's driver cannot make with `unless`.
import { launch as launchChromium } from '../harness.mjs';

export const ENGINE = process.env.E2E_ENGINE ?? 'chromium';
export const ENGINES = ['chromium', 'firefox', 'webkit'];
if (!ENGINES.includes(ENGINE)) throw new Error(`E2E_ENGINE must be one of ${ENGINES.join(', ')}, not ${ENGINE}`);

/** Starts the engine: Playwright's Chromium, or a driver with the same API for the other two. */
export async function launch() {
  if (ENGINE === 'firefox') return (await import('./firefox.mjs')).launch();
  if (ENGINE === 'webkit') return (await import('./webkit.mjs')).launch();
  return launchChromium();
}

/**
 * A test's name and options: skipped in the engines `reasons` names, the reason in the name, so
 * that the run's output says what was not checked where and why.
 */
export function unless(name, reasons) {
  const reason = reasons[ENGINE];
  return reason ? [`${name} (skipped in ${ENGINE}: ${reason})`, { skip: reason }] : [name, {}];
}

/** Why each engine cannot make a kind of check; docs/engines.md lists the same. */
export const CANNOT = {
  requests: { webkit: 'WebKitWebDriver reports no requests' },
  console: { webkit: 'WebKitWebDriver cannot read the console' },
  initScript: { webkit: 'WebKitWebDriver cannot run a script before the page' },
  clipboard: {
    firefox: 'no clipboard-read permission can be granted over WebDriver BiDi',
    webkit: 'WebKitWebDriver grants no clipboard permission',
  },
  liveMedia: {
    firefox: 'WebDriver BiDi cannot change a media feature while a page is open',
    webkit: 'WebKitWebDriver cannot change a media feature while a page is open',
  },
  narrowViewport: { webkit: "MiniBrowser's window is never narrower than 447 px, its toolbar's width" },
  tallScreenshot: { webkit: "WebDriver's element screenshot is cut to the viewport" },
  pixelExact: { webkit: "WebKit's screenshots of one card differ by sub-pixel text placement from page to page" },
  reducedMotion: { webkit: 'MiniBrowser has no reduced-motion setting' },
  forcedColors: { webkit: 'WebKit has no forced-colours mode' },
  accessibilityTree: {
    firefox: 'the accessibility tree is read through the Chrome DevTools Protocol',
    webkit: 'the accessibility tree is read through the Chrome DevTools Protocol',
  },
  javascriptOff: {
    firefox: "WebDriver BiDi cannot turn a page's JavaScript off",
    webkit: "WebKitWebDriver cannot turn a page's JavaScript off",
  },
  layoutShift: {
    firefox: 'Firefox does not report layout-shift entries',
    webkit: 'WebKit does not report layout-shift entries',
  },
};

/** The reasons of several kinds of check, joined per engine. */
export function cannot(...kinds) {
  const reasons = {};
  for (const kind of kinds) {
    for (const [engine, reason] of Object.entries(CANNOT[kind])) reasons[engine] = reasons[engine] ? `${reasons[engine]}; ${reason}` : reason;
  }
  return reasons;
}

// Opening a watched page and waiting for the widget are the harness's own: they ask only for what
// every engine's page offers (`newPage`, `on('console' | 'pageerror' | 'dialog')`, `locator`). Console
// errors stay empty where the engine cannot read them (WebKit).
export { watchedPage, openWidgetPage } from '../harness.mjs';

// The project's one axe runner, for the suites in every engine and the Chromium-only ones alike.
export { runAxe, WCAG_AA } from '../axe.mjs';
