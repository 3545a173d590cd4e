// The part of Playwright's page and locator API the suites use, built on a small per-engine core
// (Firefox over WebDriver BiDi, WebKit over WebDriver), so that one suite runs in every engine.
// A core provides: goto(url), url(), reload(), run(expression) → JSON text, click(x, y),
// move(x, y), wheel(x, y, dx, dy), press(key), screenshot({ x, y, width, height }) → PNG, close().
import { callExpression, decode } from './in-page.mjs';

const DEFAULT_TIMEOUT = 30_000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Thrown for what an engine's driver cannot do; the suites skip such checks for that engine. */
export class Unsupported extends Error {}

/** A handle on a value a waitForFunction call resolved to. */
class ValueHandle {
  constructor(value) {
    this.value = value;
  }
  async jsonValue() {
    return this.value;
  }
}

export class Page {
  constructor(core, context) {
    this.core = core;
    this._context = context;
    this.keyboard = { press: (key) => this.core.press(key) };
    this.mouse = {
      x: 0,
      y: 0,
      move: async (x, y) => {
        this.mouse.x = x;
        this.mouse.y = y;
        await this.core.move(x, y);
      },
      wheel: (dx, dy) => this.core.wheel(this.mouse.x, this.mouse.y, dx, dy),
    };
  }

  context() {
    return this._context;
  }

  on(event, listener) {
    this.core.on(event, listener);
  }

  async goto(url) {
    await this.core.goto(url);
  }

  url() {
    return this.core.url();
  }

  async reload() {
    await this.core.reload();
  }

  /** Runs `fn(arg)` in the page and resolves to its result, awaited and passed through JSON. */
  async evaluate(fn, arg) {
    return decode(await this.core.run(callExpression(fn, arg)));
  }

  /** Runs a script's source in the page as the driver's own script. */
  async addScript(source) {
    await this.core.run(`(async () => { ${source}\n; return JSON.stringify({ value: null }); })()`);
  }

  async waitForFunction(fn, arg, { timeout = DEFAULT_TIMEOUT, polling = 100 } = {}) {
    const end = Date.now() + timeout;
    for (;;) {
      const value = await this.evaluate(fn, arg);
      if (value) return new ValueHandle(value);
      if (Date.now() > end) throw new Error(`waitForFunction: timed out after ${timeout} ms: ${String(fn).slice(0, 200)}`);
      await sleep(typeof polling === 'number' ? polling : 100);
    }
  }

  async waitForTimeout(ms) {
    await sleep(ms);
  }

  /**
   * 'networkidle' as the page itself sees it: loaded, and no new resource for half a second
   * (resource timing lists every fetch, whatever the engine).
   */
  async waitForLoadState(state = 'load', { timeout = DEFAULT_TIMEOUT } = {}) {
    await this.waitForFunction(() => document.readyState === 'complete', undefined, { timeout });
    if (state !== 'networkidle') return;
    let last = -1;
    let since = Date.now();
    const end = Date.now() + timeout;
    while (Date.now() - since < 500) {
      const count = await this.evaluate(() => performance.getEntriesByType('resource').length);
      if (count !== last) {
        last = count;
        since = Date.now();
      }
      if (Date.now() > end) throw new Error('waitForLoadState: the network did not settle');
      await sleep(100);
    }
  }

  locator(css, options = {}) {
    return new Locator(this, [{ css, hasText: options.hasText }]);
  }

  async focus(css) {
    await this.locator(css).focus();
  }

  async emulateMedia() {
    throw new Unsupported('this engine cannot change a media feature while a page is open');
  }

  /** Resolves to the first request after now that `predicate` accepts. */
  waitForRequest(predicate, { timeout = DEFAULT_TIMEOUT } = {}) {
    return new Promise((resolve, reject) => {
      let done = false;
      const timer = setTimeout(() => {
        done = true;
        reject(new Error(`waitForRequest: none after ${timeout} ms`));
      }, timeout);
      this.core.on('request', (request) => {
        if (done || !predicate(request)) return;
        done = true;
        clearTimeout(timer);
        resolve(request);
      });
    });
  }

  async close() {
    await this.core.close();
  }
}

export class Locator {
  constructor(page, steps) {
    this.page = page;
    this.steps = steps;
  }

  locator(css, options = {}) {
    return new Locator(this.page, [...this.steps, { css, hasText: options.hasText }]);
  }

  nth(index) {
    return new Locator(this.page, [...this.steps, { nth: index }]);
  }

  first() {
    return this.nth(0);
  }

  last() {
    return this.nth(-1);
  }

  filter({ has }) {
    return new Locator(this.page, [...this.steps, { has: has.steps }]);
  }

  async count() {
    return this.page.evaluate((steps) => __fc.resolve(steps).length, this.steps);
  }

  async all() {
    const count = await this.count();
    return Array.from({ length: count }, (_, index) => this.nth(index));
  }

  /**
   * Runs `fn(element, arg)` on the one element this locator finds, waiting up to `timeout` for it
   * (and for `visible` when asked); more than one is an error, as in Playwright.
   */
  async _on(fn, arg, { visible = false, timeout = DEFAULT_TIMEOUT } = {}) {
    const end = Date.now() + timeout;
    for (;;) {
      const result = await this.page.evaluate(
        async ([steps, source, value, mustShow]) => {
          const found = __fc.resolve(steps);
          if (found.length > 1) return { error: `${found.length} elements match` };
          if (found.length === 0 || (mustShow && !__fc.visible(found[0]))) return { waiting: true };
          return { value: await source(found[0], value) };
        },
        [this.steps, fn, arg, visible],
      );
      if (result.error) throw new Error(`${JSON.stringify(this.steps)}: ${result.error}`);
      if (!result.waiting) return result.value;
      if (Date.now() > end) throw new Error(`${JSON.stringify(this.steps)}: no ${visible ? 'visible ' : ''}element after ${timeout} ms`);
      await sleep(100);
    }
  }

  evaluate(fn, arg) {
    return this._on(fn, arg);
  }

  evaluateAll(fn, arg) {
    return this.page.evaluate(([steps, source, value]) => source(__fc.resolve(steps), value), [this.steps, fn, arg]);
  }

  textContent() {
    return this._on((element) => element.textContent);
  }

  innerText() {
    return this._on((element) => element.innerText);
  }

  getAttribute(name) {
    return this._on((element, attribute) => element.getAttribute(attribute), name);
  }

  allTextContents() {
    return this.evaluateAll((elements) => elements.map((element) => element.textContent));
  }

  async isVisible() {
    return this.page.evaluate((steps) => {
      const [element] = __fc.resolve(steps);
      return Boolean(element && __fc.visible(element));
    }, this.steps);
  }

  boundingBox() {
    return this._on((element) => {
      const box = element.getBoundingClientRect();
      return { x: box.x, y: box.y, width: box.width, height: box.height };
    });
  }

  focus() {
    return this._on((element) => element.focus());
  }

  scrollIntoViewIfNeeded() {
    return this._on((element) => {
      const box = element.getBoundingClientRect();
      if (box.top < 0 || box.left < 0 || box.bottom > innerHeight || box.right > innerWidth) element.scrollIntoView({ block: 'center', inline: 'center' });
    });
  }

  async waitFor({ state = 'visible', timeout = DEFAULT_TIMEOUT } = {}) {
    const end = Date.now() + timeout;
    for (;;) {
      const now = await this.page.evaluate(
        ([steps, wanted]) => {
          const [element] = __fc.resolve(steps);
          if (wanted === 'detached') return !element;
          if (wanted === 'attached') return Boolean(element);
          if (wanted === 'hidden') return !element || !__fc.visible(element);
          return Boolean(element && __fc.visible(element));
        },
        [this.steps, state],
      );
      if (now) return;
      if (Date.now() > end) throw new Error(`${JSON.stringify(this.steps)}: not ${state} after ${timeout} ms`);
      await sleep(100);
    }
  }

  /**
   * Where a pointer reaches this element: scrolled into view, the centre of its box, once the box
   * is stable and the element there (through shadow roots) is this one or inside it, as
   * Playwright checks.
   */
  async _point() {
    const end = Date.now() + DEFAULT_TIMEOUT;
    for (;;) {
      const point = await this._on(
        async (element) => {
          const box0 = element.getBoundingClientRect();
          if (box0.top < 0 || box0.left < 0 || box0.bottom > innerHeight || box0.right > innerWidth) element.scrollIntoView({ block: 'center', inline: 'center' });
          // Stable, as Playwright requires: the same box two frames apart (a card above may
          // still be growing and moving it).
          const before = element.getBoundingClientRect();
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          const box = element.getBoundingClientRect();
          const stable = ['x', 'y', 'width', 'height'].every((side) => before[side] === box[side]);
          const x = box.left + box.width / 2;
          const y = box.top + box.height / 2;
          let hit = document.elementFromPoint(x, y);
          while (hit?.shadowRoot) {
            const inner = hit.shadowRoot.elementFromPoint(x, y);
            if (!inner || inner === hit) break;
            hit = inner;
          }
          const composedContains = (outer, inner) => {
            for (let at = inner; at; at = at.parentElement ?? at.getRootNode().host) if (at === outer) return true;
            return false;
          };
          return { x: Math.round(x), y: Math.round(y), hits: stable && composedContains(element, hit) };
        },
        undefined,
        { visible: true },
      );
      if (point.hits) return point;
      if (Date.now() > end) throw new Error(`${JSON.stringify(this.steps)}: another element would receive the click`);
      await sleep(100);
    }
  }

  async click() {
    const { x, y } = await this._point();
    this.page.mouse.x = x;
    this.page.mouse.y = y;
    await this.page.core.click(x, y);
  }

  async hover() {
    const { x, y } = await this._point();
    await this.page.mouse.move(x, y);
  }

  async screenshot({ path } = {}) {
    if (this.page.core.screenshotElement) {
      await this.waitFor();
      const png = await this.page.core.screenshotElement(this.steps);
      if (path) await (await import('node:fs/promises')).writeFile(path, png);
      return png;
    }
    const clip = await this._on((element) => {
      element.scrollIntoView({ block: 'start' });
      const box = element.getBoundingClientRect();
      return { x: box.x, y: box.y, width: box.width, height: box.height };
    });
    const png = await this.page.core.screenshot(clip);
    if (path) await (await import('node:fs/promises')).writeFile(path, png);
    return png;
  }
}
