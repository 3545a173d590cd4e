// `filmcard hugo [SITE] [--css URL]`: run in a Hugo site's folder before `hugo`. Installs the
// package's shortcode (hugo/: layouts/ and data/filmcard/attributes.json) into the site, then
// prerenders every card its posts hold ({{< filmcard >}}…{{< /filmcard >}} and
// {{< filmcard film="…" />}}) into assets/filmcard/prerendered/, where the shortcode finds each by
// the same key: the MD5 of the film's JSON and the attributes the card takes.
'use strict';
const { createHash } = require('node:crypto');
const { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { basename, dirname, join, relative } = require('node:path');
const { PACKAGE, checkAttributes, render } = require('./site.js');

const USAGE = `usage: filmcard hugo [SITE] [--css URL]

Run in a Hugo site's folder (or give it) before \`hugo\`: installs the filmcard shortcode into the
site and prerenders every card of its posts into assets/filmcard/prerendered/.
  --css URL   the bundle's filmcard.css, linked from each card (default /filmcard/filmcard.css)
`;

const OPENING = /\{\{<\s*filmcard((?:\s+[A-Za-z][\w-]*=(?:"(?:[^"\\]|\\.)*"|`[^`]*`|[^\s"`>]+))*)\s*(\/)?>\}\}/g;
const CLOSING = /\{\{<\s*\/\s*filmcard\s*>\}\}/g;
const PARAM = /([A-Za-z][\w-]*)=(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`|([^\s"`>]+))/g;
const CONTENT = /\.(md|markdown|mdown|html|htm)$/;

/** Hugo's trim with " \t\n\r". */
const trim = (text) => text.replace(/^[ \t\n\r]+|[ \t\n\r]+$/g, '');

function* files(folder) {
  if (!existsSync(folder)) return;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (CONTENT.test(entry.name)) yield path;
  }
}

/** Each filmcard shortcode of a content file: its parameters and inner text. */
function* calls(text) {
  for (const opening of text.matchAll(OPENING)) {
    const params = {};
    for (const [, name, quoted, raw, bare] of opening[1].matchAll(PARAM)) {
      params[name] = quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : raw ?? bare;
    }
    let inner = '';
    if (!opening[2]) {
      const start = opening.index + opening[0].length;
      CLOSING.lastIndex = start;
      const closing = CLOSING.exec(text);
      const next = text.slice(start).search(/\{\{<\s*filmcard\b/);
      if (closing && (next < 0 || closing.index < start + next)) inner = text.slice(start, closing.index);
    }
    yield { params, inner };
  }
}

/** The film's JSON of a call in `file`, as the shortcode reads it. */
function jsonOf(site, file, { params, inner }) {
  if (params.film === undefined) return trim(inner);
  const bundle = /^_?index\./.test(basename(file)) ? join(dirname(file), params.film) : null;
  const path = bundle && existsSync(bundle) ? bundle : join(site, 'data', params.film);
  return trim(readFileSync(path, 'utf8'));
}

module.exports = function hugo(args) {
  let site = '.';
  let css = '/filmcard/filmcard.css';
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--help' || args[i] === '-h') return { out: USAGE };
    if (args[i] === '--css') css = args[++i];
    else if (args[i].startsWith('--css=')) css = args[i].slice(6);
    else if (args[i].startsWith('-')) return { error: `filmcard hugo: unknown option ${args[i]}\n\n${USAGE}` };
    else site = args[i];
  }
  if (!css) return { error: `filmcard hugo: --css needs a value\n\n${USAGE}` };
  if (!existsSync(join(site, 'content'))) return { error: `filmcard hugo: ${site} has no content/ folder: is it a Hugo site?` };
  cpSync(join(PACKAGE, 'hugo'), site, { recursive: true });
  const out = join(site, 'assets/filmcard/prerendered');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const written = new Set();
  const refused = [];
  for (const file of files(join(site, 'content'))) {
    for (const call of calls(readFileSync(file, 'utf8'))) {
      const where = relative(site, file);
      let json;
      try {
        json = jsonOf(site, file, call);
      } catch (error) {
        refused.push(`${where}: film="${call.params.film}": ${error.message}`);
        continue;
      }
      if (!json) continue;
      const { attributes } = checkAttributes(call.params, ['src', 'film']);
      const key = attributes.map(([name, value]) => `${name}=${value};`).join('');
      const id = createHash('md5').update(`${json}\n${key}`).digest('hex');
      if (written.has(id)) continue;
      try {
        const snippet = render(json, attributes, { css });
        const fallback = render(json, attributes, { css, fallbackOnly: true });
        writeFileSync(join(out, `${id}.html`), snippet);
        writeFileSync(join(out, `${id}.feed.html`), fallback);
        written.add(id);
      } catch (error) {
        refused.push(`${where}: ${error.message}`);
      }
    }
  }
  const summary = `filmcard hugo: ${written.size} card${written.size === 1 ? '' : 's'} prerendered into ${relative('.', out) || out}\n`;
  if (refused.length) {
    return { out: summary, error: `filmcard hugo: refused (these render when the page is read, showing the card's error):\n${refused.map((line) => `  ${line}\n`).join('')}` };
  }
  return { out: summary };
};
