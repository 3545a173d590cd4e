// Filmcard for Eleventy (3.x): `eleventyConfig.addPlugin(filmcard, { css, bundle })`. Every card is
// prerendered by the card's own Rust while the site builds (the package's `filmcard render`), so it
// is in the page before any script runs, in feeds and for readers without JavaScript; the bundle
// then takes it over. In a template (Liquid, Nunjucks, or Markdown through either):
//
//   {% filmcard "theme=dark" %}{ "title": "The Red Shoes", "reviews": [] }{% endfilmcard %}
//   {% filmcardFile "red-shoes.json", "collapse-at=200" %}   (the file beside the post)
//   {{ content | filmcardFeed }}   (in a feed template: each card as its plain fallback)
//   {% if film %}{% filmcardJsonLd film %}{% endif %}   (in the layout's <head>: the film's
//   schema.org JSON-LD for search engines, from the file the post's front matter names)
//
// Attributes are "name=value" strings (or Nunjucks keyword arguments). A value the card would
// refuse is left out, with an HTML comment saying so; film data the card refuses fails the build
// with the card's message.
'use strict';
const { readFileSync } = require('node:fs');
const { dirname, resolve } = require('node:path');
const { checkAttributes, render, jsonLdOf, feedOf } = require('../cli/site.js');

/** The shortcode's arguments as name → value: "name=value" strings, or Nunjucks' keywords. */
function given(args) {
  const named = {};
  for (const arg of args) {
    if (arg && typeof arg === 'object') {
      for (const [name, value] of Object.entries(arg)) if (name !== '__keywords') named[name] = value;
    } else if (typeof arg === 'string' && arg.includes('=')) {
      const at = arg.indexOf('=');
      named[arg.slice(0, at).trim()] = arg.slice(at + 1);
    } else if (arg !== undefined) {
      named[`${arg}`] = '';
    }
  }
  return named;
}

module.exports = function filmcard(eleventyConfig, options = {}) {
  const css = options.css ?? '/filmcard/filmcard.css';
  const bundle = options.bundle ?? '/filmcard/filmcard.js';
  // The pages that have the bundle's script tag already, in this build.
  let loaded = new Set();
  eleventyConfig.on('eleventy.before', () => {
    loaded = new Set();
  });

  /** The card for `json` in `page`, and the script tag after its first card. */
  function card(page, json, args, where) {
    const { attributes, notes } = checkAttributes(given(args));
    let snippet;
    try {
      snippet = render(json, attributes, { css });
    } catch (error) {
      throw new Error(`filmcard (${where}): ${error.message}`);
    }
    const key = page?.outputPath || page?.url || page?.inputPath;
    const script = key && loaded.has(key) ? '' : `<script type="module" src="${bundle.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`)}"></script>\n`;
    if (key) loaded.add(key);
    // After the snippet, whose first line must be its element alone: Markdown takes the snippet
    // as one block of HTML only when it starts so.
    return `${snippet}${notes ? `${notes}\n` : ''}${script}`;
  }

  eleventyConfig.addPairedShortcode('filmcard', function (content, ...args) {
    return card(this.page, `${content}`, args, this.page?.inputPath ?? 'inline JSON');
  });
  eleventyConfig.addShortcode('filmcardFile', function (file, ...args) {
    // Beside the post: relative to the folder of the template that uses it.
    const path = resolve(dirname(this.page?.inputPath ?? '.'), `${file}`);
    return card(this.page, readFileSync(path, 'utf8'), args, path);
  });
  eleventyConfig.addShortcode('filmcardJsonLd', function (file) {
    const path = resolve(dirname(this.page?.inputPath ?? '.'), `${file}`);
    try {
      return jsonLdOf(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`filmcard (${path}): ${error.message}`);
    }
  });
  eleventyConfig.addFilter('filmcardFeed', (html) => feedOf(html));
};
