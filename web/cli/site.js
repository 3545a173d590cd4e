// What the site integrations (the `filmcard hugo` command, the Eleventy plugin) share: the card's
// table of attribute values, checked as the card checks them, and the prerendered snippet made by
// the card's own Rust (crates/prerender/, in ./filmcard-render.js).
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { run } = require('./filmcard-render.js');

/** The package's folder: cli/ is one of its folders. */
const PACKAGE = join(__dirname, '..');

/**
 * The card's table of attribute values: `[min, max]`, a list of words, or "tag" for a language
 * tag (written from crates/film/src/contract.rs; the WordPress plugin and the Hugo shortcode read the same).
 */
const TABLE = JSON.parse(readFileSync(join(PACKAGE, 'hugo/data/filmcard/attributes.json'), 'utf8'));

/** The value the card takes for `name`, as the Hugo shortcode writes it, or null when it refuses it. */
function validValue(name, given) {
  const spec = TABLE[name];
  if (spec === undefined || given === undefined || given === null) return null;
  const value = `${given}`.replace(/^[ \t\n\r]+|[ \t\n\r]+$/g, '');
  if (spec === 'tag') return /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(value) ? value : null;
  if (typeof spec[0] === 'number') {
    if (!/^\+?[0-9]{1,20}$/.test(value)) return null;
    const number = value.replace(/^\+/, '').replace(/^0+/, '') || '0';
    return number.length <= 10 && Number(number) >= spec[0] && Number(number) <= spec[1] ? number : null;
  }
  const word = name === 'sort' ? value.toLowerCase() : value;
  return spec.includes(word) ? word : null;
}

/** The HTML comment that says a value was left out; `--` cannot end it early. */
function note(text) {
  const escaped = text.replaceAll('--', '- -').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!-- filmcard: ${escaped} -->`;
}

/**
 * Splits `given` (name → value, as written) into what the card takes, in the table's order
 * (`[name, value]` pairs), and the comments for what it refuses. `others` are names that are not
 * the card's but not refused either (the integration's own, such as `film`).
 */
function checkAttributes(given, others = []) {
  const attributes = [];
  let notes = '';
  for (const name of Object.keys(TABLE).sort()) {
    if (!(name in given)) continue;
    const valid = validValue(name, given[name]);
    if (valid !== null) attributes.push([name, valid]);
    else if (`${given[name]}`.trim() !== '') notes += note(`${name}=${JSON.stringify(`${given[name]}`)} is not passed to the card`);
  }
  for (const name of Object.keys(given)) {
    if (!(name in TABLE) && !others.includes(name)) notes += note(`${name} is not an option of the card`);
  }
  return { attributes, notes };
}

/**
 * The prerendered snippet for the film in `json` (or with `fallbackOnly`, its plain fallback
 * alone), or throws the message the card would show. Line breaks between the JSON's tokens are
 * made spaces: a blank line would end the snippet's HTML block in Markdown.
 */
function render(json, attributes, { css, fallbackOnly = false }) {
  const args = ['render', '-', '--css', css, ...attributes.flatMap(([name, value]) => [`--${name}`, value])];
  if (fallbackOnly) args.push('--fallback-only');
  try {
    return run(args, () => json.replace(/\r?\n|\r/g, ' '));
  } catch (message) {
    throw new Error(`${message}`.replace(/^filmcard: -: /, '').trim());
  }
}

/**
 * The film in `json` as the `<script type="application/ld+json">` block for the page's head (the
 * same text as `filmcard render --json-ld`), or throws the message the card would show.
 */
function jsonLdOf(json) {
  try {
    return run(['render', '-', '--json-ld'], () => json);
  } catch (message) {
    throw new Error(`${message}`.replace(/^filmcard: -: /, '').trim());
  }
}

/**
 * Each prerendered card in `html` replaced by its plain fallback: what a feed or an email
 * should carry (the card's own markup and JSON, and the bundle's script tag, which a feed reader
 * cannot use, left out).
 */
function feedOf(html) {
  return `${html}`.replace(/<script type="module" src="[^"]*\/filmcard\.js"><\/script>\n?/g, '').replace(
    /<film-card\b[^>]*>\n<template shadowrootmode="open">[^]*?<\/template>\n<script type="application\/json">[^]*?<\/script>\n([^]*?)\n<\/film-card>/g,
    (_, fallback) => fallback,
  );
}

module.exports = { PACKAGE, TABLE, validValue, checkAttributes, render, jsonLdOf, feedOf, note };
