// What the plugin's PHP tests share: the films of the card corpora the card accepts, and the
// browser's HTML parser, so markup from PHP and from Rust is compared as a browser reads it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch } from '../e2e/harness.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;

/** Reads a file of the repository as text. */
export const read = (path) => readFile(join(ROOT, path), 'utf8');

/** The two demo films and every case of tests/corpus/cases.txt the card accepts, as JSON text. */
export async function acceptedFilms() {
  const films = [await read('demo/the-red-shoes.json'), await read('demo/black-narcissus.json')];
  for (const block of (await read('tests/corpus/cases.txt')).split(/^=== .*\n/m).slice(1)) {
    const [input, verdict] = block.split(/^--> /m);
    if (verdict.trim() === 'ok') films.push(input);
  }
  return films;
}

/** The hostile strings of tests/corpus/xss.json. */
export async function hostileTexts() {
  return JSON.parse(await read('tests/corpus/xss.json')).text.map(({ value }) => value);
}

/**
 * A headless browser whose `parsed(fragments)` returns each HTML fragment as the browser's parser
 * reads it, serialised again; `browser` is there for pages of a test's own, `close()` ends it.
 */
export async function htmlParser() {
  const browser = await launch();
  const page = await (await browser.newContext()).newPage();
  return {
    browser,
    parsed: (fragments) => page.evaluate((list) => list.map((html) => {
      const template = document.createElement('template');
      template.innerHTML = html;
      return template.innerHTML;
    }), fragments),
    close: () => browser.close(),
  };
}
