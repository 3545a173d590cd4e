// The plugin's server-side fallback (integrations/wordpress/filmcard/fallback.php) against the
// command's (`filmcard render --fallback-only`, the card's own Rust) over the card corpora: the
// same elements, attributes and text for every film, in every language, at every heading level,
// so the two cannot drift. Plain PHP and Node: no WordPress needed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { acceptedFilms, hostileTexts, htmlParser } from './corpora.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const { run } = createRequire(import.meta.url)(join(ROOT, 'dist/cli/filmcard-render.js'));
const LANGS = ['en', 'fr', 'de-CH', 'es', 'ja', 'pt-BR'];

/** The texts and films of the corpora: the data the card accepts, hostile text, the demos. */
async function corpus() {
  const films = await acceptedFilms();
  for (const value of await hostileTexts()) {
    films.push(JSON.stringify({
      title: value, certificate: value, synopsis: `${value}\n\n${value}\nand a line`,
      release: { date: '1948-02', region: value }, trailer: { url: 'https://example.com/?a=1&b="2"' },
      labels: { reviews: value, trailerName: `${value} {title}` },
      kind: 'episode', series: value, season: 2, episode: 0,
      reviews: [{ author: value, text: value, date: '2024-02-29' }],
    }));
  }
  // What a blogger writes beside the corpora: a series' years, labels of their own, dates.
  films.push(JSON.stringify({ title: 'Mad Men', kind: 'series', release: { date: '2007-07-19' }, ended: '2015-05-17', labels: { tvSeries: 'Show {x', rated: '' } }));
  films.push(JSON.stringify({ title: 'X', kind: 'series', ended: '1999', certificate: 'PG', release: { region: 'UK' } }));
  films.push(JSON.stringify({ title: 'Y', kind: 'season', series: '  ', season: 0, synopsis: '\u3000 spaced \u00a0\n \n\u2003' }));
  films.push(JSON.stringify({ title: 'Z', kind: ' episode ', trailer: { url: 'http://a.example/', label: ' ' }, reviews: [{ author: 'A', text: 'one\r\ntwo\n\n\nthree', date: '2001' }] }));
  return films.map((json, index) => ({ json, lang: LANGS[index % LANGS.length], heading: 1 + (index % 5) }));
}

let parser;
before(async () => {
  parser = await htmlParser();
});
after(() => parser?.close());
const parsed = (fragments) => parser.parsed(fragments);

/** The plugin's fallback for each case (null where it writes none). */
function plugin(cases) {
  const out = execFileSync('php', [join(ROOT, 'tests/wordpress/fallback.php')], { input: JSON.stringify(cases), encoding: 'utf8', maxBuffer: 64 << 20 });
  return JSON.parse(out);
}

/** The command's fallback for a case, or null when it refuses the data. */
function command({ json, lang, heading }) {
  try {
    return run(['render', '-', '--fallback-only', '--lang', lang, '--heading-level', String(heading)], () => json);
  } catch {
    return null;
  }
}

test('the plugin writes the same fallback as `filmcard render --fallback-only` for every film of the corpora', async () => {
  const cases = await corpus();
  assert.ok(cases.length > 40, `${cases.length} films`);
  const ours = plugin(cases);
  const theirs = cases.map(command);
  assert.equal(theirs.filter((html) => html === null).length, 0, 'the command accepts every film');
  const [a, b] = [await parsed(ours.map((html) => html ?? '')), await parsed(theirs)];
  cases.forEach((film, index) => {
    assert.equal(a[index], b[index], `film ${index} (${film.lang}, h${film.heading}): ${film.json.slice(0, 80)}`);
  });
  // Not merely equal: the fallback carries the film.
  assert.match(b[0], /^<h1>The Red Shoes<\/h1>.*<blockquote><p>Very beautiful/);
});

test('the plugin writes no fallback for data the card refuses in what the fallback shows', async () => {
  const refused = [
    '', 'not json', '[]', '"The Red Shoes"', '{}', '{ "title": "  " }', '{ "title": 1 }',
    '{ "title": "X", "release": { "date": "1948-02-30" } }', '{ "title": "X", "release": { "date": "48" } }',
    '{ "title": "X", "trailer": { "url": "javascript:alert(1)" } }', '{ "title": "X", "trailer": { "url": "https://a@b.example/" } }',
    '{ "title": "X", "trailer": { "url": "https://a.example/\\u200b" } }', '{ "title": "X", "trailer": { "url": "https:\\\\\\\\a.example/" } }',
    '{ "title": "X", "reviews": [{ "author": "A" }] }', '{ "title": "X", "reviews": {} }', '{ "title": "X", "labels": { "nope": "x" } }',
    '{ "title": "X", "kind": "movie" }', '{ "title": "X", "season": 1 }', '{ "title": "X", "kind": "episode", "episode": 1.5 }',
    '{ "title": "X", "kind": "season", "season": 100000 }', '{ "title": "X", "kind": "film", "ended": "2000" }',
  ];
  const cases = refused.map((json) => ({ json, lang: 'en', heading: 2 }));
  for (const [index, html] of plugin(cases).entries()) {
    assert.equal(command(cases[index]), null, `the command refuses ${refused[index]}`);
    assert.equal(html, null, `no fallback for ${refused[index]}`);
  }
});
