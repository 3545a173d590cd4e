// WebKitGTK's MiniBrowser driven by WebKitWebDriver through selenium-webdriver. MiniBrowser has no
// headless mode: run under `xvfb-run -a`. Each context is a WebDriver session of its own (its own
// MiniBrowser, dark with --dark-mode), on a WebKitWebDriver this process starts.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { Builder, Key } from 'selenium-webdriver';
import { Page, Unsupported } from './facade.mjs';
import { elementScript } from './in-page.mjs';

const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const KEYS = { Space: Key.SPACE, Enter: Key.ENTER, Tab: Key.TAB, Escape: Key.ESCAPE, Shift: Key.SHIFT };

// Every WebKitWebDriver this process started, stopped when it exits however it exits.
const children = new Set();
process.once('exit', () => {
  for (const child of children) child.kill();
});

/** Resolves once nothing listens on `port` of 127.0.0.1 (so WebKitWebDriver can take it). */
function portFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** Starts WebKitWebDriver on the first free port of E2E_PORTS (e.g. "9300-9399"). */
async function startDriver() {
  const [low, high] = (process.env.E2E_PORTS ?? '9300-9399').split('-').map(Number);
  for (let port = low + Math.floor(Math.random() * (high - low)), tries = 0; tries <= high - low; tries += 1, port = port >= high ? low : port + 1) {
    if (!(await portFree(port))) continue;
    const child = spawn(process.env.WEBKIT_WEBDRIVER ?? 'WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
    const exited = new Promise((resolve) => child.once('exit', () => resolve(true)));
    // Ready once the port answers, or gone if another process took the port first.
    for (let wait = 0; wait < 100; wait += 1) {
      if (!(await portFree(port))) return { child, url: `http://127.0.0.1:${port}` };
      if (await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve(false), 50))])) break;
    }
    child.kill();
  }
  throw new Error('no free port for WebKitWebDriver');
}

class WebKitCore {
  constructor(driver) {
    this.driver = driver;
    this.dialogListeners = [];
    this.currentUrl = 'about:blank';
  }
  on(event, listener) {
    if (event === 'dialog') this.dialogListeners.push(listener);
    else if (event === 'console' || event === 'pageerror') {
      // WebKitWebDriver has no log and no BiDi: console messages cannot be read (see docs/engines.md).
    } else throw new Unsupported(`WebKitWebDriver reports no ${event} events`);
  }
  /** Runs a WebDriver command; an alert the page opened is noted as a dialog, dismissed, and the command retried. */
  async command(run) {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await run();
      } catch (error) {
        if (error.name !== 'UnexpectedAlertOpenError' || attempt > 5) throw error;
        const text = error.getAlertText?.() ?? error.message;
        for (const listener of this.dialogListeners) listener({ type: () => 'alert', message: () => text, dismiss: async () => {} });
      }
    }
  }
  async goto(url) {
    await this.command(() => this.driver.get(url));
    this.currentUrl = await this.command(() => this.driver.getCurrentUrl());
  }
  url() {
    return this.currentUrl;
  }
  async reload() {
    await this.command(() => this.driver.navigate().refresh());
  }
  async run(expression) {
    const result = await this.command(() =>
      this.driver.executeAsyncScript(
        `const done = arguments[arguments.length - 1];
         ${expression}.then((json) => done({ json }), (error) => done({ error: String(error && error.stack || error) }));`,
      ),
    );
    this.currentUrl = await this.command(() => this.driver.getCurrentUrl());
    if (result.error) throw new Error(result.error);
    return result.json;
  }
  click(x, y) {
    return this.command(() => this.driver.actions().move({ x, y, origin: 'viewport' }).click().perform());
  }
  move(x, y) {
    return this.command(() => this.driver.actions().move({ x, y, origin: 'viewport' }).perform());
  }
  wheel(x, y, deltaX, deltaY) {
    return this.command(() => this.driver.actions().scroll(x, y, deltaX, deltaY).perform());
  }
  async press(key) {
    const parts = key.split('+').map((part) => KEYS[part] ?? part);
    let actions = this.driver.actions();
    for (const part of parts.slice(0, -1)) actions = actions.keyDown(part);
    actions = actions.keyDown(parts.at(-1)).keyUp(parts.at(-1));
    for (const part of parts.slice(0, -1).reverse()) actions = actions.keyUp(part);
    await this.command(() => actions.perform());
  }
  /** WebDriver's element screenshot: the element's box, scrolled into view. */
  async screenshotElement(steps) {
    const element = await this.command(() => this.driver.executeScript(elementScript(steps)));
    return Buffer.from(await this.command(() => element.takeScreenshot()), 'base64');
  }
  close() {}
}

class WebKitContext {
  constructor(options) {
    this.options = options;
    this.sessions = [];
  }
  /**
   * A new session on a WebKitWebDriver of its own. A MiniBrowser that does not come up within
   * 30 s (it happens when the machine is busy) is given up for a fresh driver, twice at most.
   */
  async session() {
    const args = ['--automation', '--proxy=http://127.0.0.1:9', '--ignore-host=127.0.0.1'];
    if (this.options.colorScheme === 'dark') args.push('--dark-mode');
    for (let attempt = 1; ; attempt += 1) {
      const { child, url } = await startDriver();
      children.add(child);
      child.once('exit', () => children.delete(child));
      let timer;
      try {
        const driver = await Promise.race([
          new Builder()
            .usingServer(url)
            .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args } })
            .build(),
          new Promise((resolve, reject) => {
            timer = setTimeout(() => reject(new Error('MiniBrowser did not start within 30 s')), 30_000);
          }),
        ]);
        return { child, driver };
      } catch (error) {
        child.kill();
        if (attempt === 3) throw error;
      } finally {
        clearTimeout(timer);
      }
    }
  }

  async newPage() {
    if (this.options.reducedMotion === 'reduce' || this.options.forcedColors === 'active') {
      throw new Unsupported('MiniBrowser has no setting for reduced motion or forced colours');
    }
    const { child, driver } = await this.session();
    this.sessions.push({ child, driver });
    const { width = 1280, height = 720 } = this.options.viewport ?? {};
    // The window includes MiniBrowser's toolbar: size it so the viewport is as asked.
    await driver.manage().window().setRect({ width, height });
    const [innerWidth, innerHeight] = await driver.executeScript('return [innerWidth, innerHeight]');
    await driver.manage().window().setRect({ width: width + (width - innerWidth), height: height + (height - innerHeight) });
    return new Page(new WebKitCore(driver), this);
  }
  async addInitScript() {
    throw new Unsupported('WebKitWebDriver cannot run a script before the page');
  }
  async route() {}
  async grantPermissions() {
    throw new Unsupported('WebKitWebDriver grants no clipboard permission');
  }
  async close() {
    for (const { child, driver } of this.sessions) {
      await driver.quit().catch(() => {});
      child.kill();
    }
    this.sessions = [];
  }
}

export async function launch() {
  if (!process.env.DISPLAY) throw new Error('MiniBrowser needs a display: run the WebKit suites under xvfb-run -a');
  return {
    async newContext(options = {}) {
      return new WebKitContext(options);
    },
    async close() {},
  };
}
