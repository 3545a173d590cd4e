// Firefox ESR driven by puppeteer-core over WebDriver BiDi. Media features cannot be emulated over
// BiDi, so each combination of colour scheme, motion and forced colours gets a Firefox of its own
// with the matching preferences; a context is a BiDi user context in it.
import puppeteer from 'puppeteer-core';
import { Page, Unsupported } from './facade.mjs';

const REFUSAL = /^(Cross-Origin Request Blocked|Content-Security-Policy):/;
const KEYS = { Space: ' ', Enter: 'Enter', Tab: 'Tab', Escape: 'Escape', Shift: 'Shift' };

/** The preferences that stand for Playwright's context options. */
function preferences({ colorScheme = 'light', reducedMotion = 'no-preference', forcedColors = 'none' }) {
  return {
    'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
    'ui.prefersReducedMotion': reducedMotion === 'reduce' ? 1 : 0,
    // "Override the colours specified by the page" always: Firefox's forced colours.
    'browser.display.document_color_use': forcedColors === 'active' ? 2 : 0,
    // Every request off this machine is refused (a proxy on the discard port), as the suites
    // refuse video sites in Chromium; 127.0.0.1 is never proxied.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': 9,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.allow_hijacking_localhost': false,
    // The fixtures that turn scroll anchoring off do it with `* { overflow-anchor: none }`, which
    // Firefox does not carry into the cards' shadow roots as Chromium does; its own switch does
    // what they mean.
    'layout.css.scroll-anchoring.enabled': false,
  };
}

class FirefoxCore {
  constructor(page) {
    this.page = page;
    this.refusals = [];
  }
  on(event, listener) {
    if (event === 'console') {
      this.refusals.push(listener);
      this.page.on('console', (message) => listener({ type: () => message.type(), text: () => message.text() }));
    } else if (event === 'pageerror') {
      // Firefox reports its refusals (CORS, CSP) as script errors; they are the console's, as in
      // Chromium, not exceptions the page failed to catch.
      this.page.on('pageerror', (error) => {
        if (!REFUSAL.test(error.message)) listener(error);
      });
      this.page.on('pageerror', (error) => {
        if (REFUSAL.test(error.message)) this.refusals.forEach((other) => other({ type: () => 'error', text: () => error.message }));
      });
    } else if (event === 'dialog') {
      this.page.on('dialog', (dialog) => listener(dialog));
    } else if (event === 'request') {
      // data: URLs are not fetched; Playwright does not report them either.
      this.page.on('request', (request) =>
        request.url().startsWith('data:') ||
        listener({ url: () => request.url(), resourceType: () => (request.isNavigationRequest() ? 'document' : 'other') }),
      );
    } else {
      throw new Unsupported(`no ${event} events`);
    }
  }
  async goto(url) {
    await this.page.goto(url);
  }
  url() {
    return this.page.url();
  }
  async reload() {
    await this.page.reload();
  }
  run(expression) {
    return this.page.evaluate(expression);
  }
  click(x, y) {
    return this.page.mouse.click(x, y);
  }
  move(x, y) {
    return this.page.mouse.move(x, y);
  }
  async wheel(x, y, deltaX, deltaY) {
    await this.page.mouse.move(x, y);
    await this.page.mouse.wheel({ deltaX, deltaY });
  }
  async press(key) {
    const parts = key.split('+').map((part) => KEYS[part] ?? part);
    for (const part of parts.slice(0, -1)) await this.page.keyboard.down(part);
    await this.page.keyboard.press(parts.at(-1));
    for (const part of parts.slice(0, -1).reverse()) await this.page.keyboard.up(part);
  }
  async screenshot(clip) {
    return Buffer.from(await this.page.screenshot({ clip, type: 'png' }));
  }
  close() {
    return this.page.close();
  }
}

class FirefoxContext {
  constructor(browser, context, options) {
    this.browser = browser;
    this.context = context;
    this.options = options;
    this.initScripts = [];
  }
  async newPage() {
    const raw = await this.context.newPage();
    const { width = 1280, height = 720 } = this.options.viewport ?? {};
    await raw.setViewport({ width, height, deviceScaleFactor: this.options.deviceScaleFactor ?? 1 });
    for (const script of this.initScripts) await raw.evaluateOnNewDocument(script);
    return new Page(new FirefoxCore(raw), this);
  }
  async addInitScript(fn) {
    this.initScripts.push(`(${fn})()`);
  }
  /** Off-machine requests are refused for every page already (see `preferences`). */
  async route() {}
  async grantPermissions() {
    throw new Unsupported('Firefox grants no clipboard permission to a page');
  }
  close() {
    return this.context.close();
  }
}

/** One Firefox per set of preferences, launched when first asked for. */
export async function launch() {
  const browsers = new Map();
  const browserFor = (options) => {
    const prefs = preferences(options);
    const key = JSON.stringify(prefs);
    if (!browsers.has(key)) {
      browsers.set(
        key,
        puppeteer.launch({
          browser: 'firefox',
          executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
          headless: true,
          extraPrefsFirefox: prefs,
        }),
      );
    }
    return browsers.get(key);
  };
  await browserFor({});
  return {
    async newContext(options = {}) {
      const browser = await browserFor(options);
      return new FirefoxContext(browser, await browser.createBrowserContext(), options);
    },
    async version() {
      return (await browserFor({})).version();
    },
    async close() {
      for (const browser of browsers.values()) await (await browser).close();
    },
  };
}
