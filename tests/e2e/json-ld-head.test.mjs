// The film's schema.org JSON-LD for the page's head (`filmcard render FILM.json --json-ld`, the
// Node command of dist/cli/), checked as a search engine's testing tool checks a page: each block
// is extracted from a page by @marbec/web-auto-extractor and validated by
// @adobe/structured-data-validator (Google's rich-result rules) with the schema.org vocabulary of
// tests/vocab/. The demo films and a rated film go through the command itself; the bad-data and
// XSS corpora, hundreds of films, through its `run` (the same wasm, without a process each).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Validator from '@adobe/structured-data-validator';
import WebAutoExtractor from '@marbec/web-auto-extractor';

const ROOT = new URL('../../', import.meta.url).pathname;
const CLI = `${ROOT}dist/cli/filmcard.js`;
const vocabulary = JSON.parse(await readFile(`${ROOT}tests/vocab/schemaorg-all-https.jsonld`, 'utf8'));
const { run } = createRequire(import.meta.url)(`${ROOT}dist/cli/filmcard-render.js`);
const OPEN = '<script type="application/ld+json">\n';
const CLOSE = '\n</script>\n';

/** The command's output for a film file. */
function command(file, ...args) {
  return execFileSync(process.execPath, [CLI, 'render', file, ...args], { encoding: 'utf8' });
}

/** The command's answer for film data given as text: its output, or what it printed on failing. */
function render(text, ...args) {
  try {
    return { out: run(['render', '-', ...args], () => text) };
  } catch (message) {
    return { error: `${message}` };
  }
}

/**
 * Validates a head block as part of a page: resolves to the Movie as the extractor read it and
 * the validator's issues. Fails on any error, on a property schema.org does not define, and on a
 * block that is not exactly the script element around markup-free JSON.
 */
async function check(block, what) {
  assert.ok(block.startsWith(OPEN) && block.endsWith(CLOSE), `${what}: the script element alone`);
  const text = block.slice(OPEN.length, -CLOSE.length);
  assert.doesNotMatch(text, /[<>&]/, `${what}: nothing in the text is markup`);
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Post</title>${block}</head><body><p>A post.</p></body></html>`;
  const extracted = new WebAutoExtractor({ addLocation: true, embedSource: ['rdfa', 'microdata'] }).parse(page);
  assert.deepEqual(extracted.errors ?? [], [], `${what}: the extractor reads the block`);
  const movie = JSON.parse(text);
  // A film is a Movie; a series, a season or an episode its TV type (the data's `kind`).
  assert.ok(['Movie', 'TVSeries', 'TVSeason', 'TVEpisode'].includes(movie['@type']), `${what}: ${movie['@type']}`);
  assert.deepEqual(Object.keys(extracted.jsonld), [movie['@type']], `${what}: one ${movie['@type']}`);
  assert.equal(extracted.jsonld[movie['@type']].length, 1, `${what}: one ${movie['@type']}`);
  const issues = await new Validator(vocabulary).validate(extracted);
  const errors = issues.filter((issue) => issue.severity === 'ERROR');
  assert.deepEqual(errors.map((issue) => `${JSON.stringify(issue.path)} ${issue.issueMessage}`), [], `${what}: no error`);
  const unknown = issues.filter((issue) => /not supported by the schema\.org/.test(issue.issueMessage));
  assert.deepEqual(unknown.map((issue) => issue.issueMessage), [], `${what}: only schema.org's properties`);
  return { movie, issues };
}

/** The card's rating line, as the prerendered card shows it: the average out of 10 and the count. */
function cardAverage(snippet) {
  const score = snippet.match(/class="fc-reviews__average-score"[^>]*>([0-9.]+)\/10</);
  if (!score) return null;
  const count = snippet.match(/class="fc-reviews__average"[^]*?(\d+) ratings?</);
  return { value: Number(score[1]), count: count ? Number(count[1]) : null };
}

/** What every block must say of its film: the rated reviews only, and the card's own average. */
function assertCarries(movie, film, snippet, what) {
  const rated = (film.reviews ?? []).filter((review) => review.rating != null);
  assert.deepEqual(
    (movie.review ?? []).map((review) => [review.author.name, review.reviewBody]),
    rated.map((review) => [review.author, review.text]),
    `${what}: every rated review, and only those`,
  );
  for (const review of movie.review ?? []) {
    const rating = review.reviewRating;
    assert.equal(rating['@type'], 'Rating');
    assert.ok(rating.worstRating <= rating.ratingValue && rating.ratingValue <= rating.bestRating, `${what}: ${JSON.stringify(rating)}`);
  }
  const average = cardAverage(snippet);
  if (rated.length > 0) {
    assert.ok(average, `${what}: the card shows an average`);
    assert.equal(movie.aggregateRating?.ratingValue, average.value, `${what}: aggregateRating is the card's average`);
    assert.equal(movie.aggregateRating.ratingCount, average.count, `${what}: and its count`);
    assert.equal(movie.aggregateRating.ratingCount, rated.length);
    assert.equal(movie.aggregateRating.bestRating, 10);
  } else {
    assert.equal(average, null);
    assert.equal(movie.aggregateRating, undefined, `${what}: no aggregateRating without a rating`);
  }
}

const RATED = {
  title: 'Black Narcissus',
  certificate: 'Approved',
  release: { date: '1947-04-24', region: 'UK' },
  synopsis: 'Nuns in the Himalayas, and the wind.',
  trailer: { url: 'https://www.youtube.com/watch?v=ZpA4JjStM5E', label: 'Black Narcissus trailer', uploaded: '2019-05-02' },
  poster: { url: 'https://img.example/black-narcissus.jpg', alt: 'Deborah Kerr in a white habit' },
  reviews: [
    { author: 'Anneliese', date: '2024-03-02', rating: { stars: 4.5 }, text: 'Every frame looks painted.' },
    { author: 'Tomasz W.', rating: 9, text: 'Tense, strange and beautiful.' },
    { author: 'jkaye', rating: 'B+', text: 'A lesson in colour.' },
    { author: 'Mireille', rating: { value: 72, best: 100 }, text: 'Long, but worth it.' },
    { author: 'No score', text: 'I did not rate it.' },
  ],
};

test('the demo films: their blocks validate without an error, unrated reviews and an unfillable trailer left out', async () => {
  for (const name of ['the-red-shoes', 'black-narcissus']) {
    const file = `${ROOT}demo/${name}.json`;
    const film = JSON.parse(await readFile(file, 'utf8'));
    const block = command(file, '--json-ld');
    const { movie } = await check(block, name);
    assert.equal(movie['@type'], 'Movie');
    assert.equal(movie.name, film.title);
    assert.equal(movie.trailer, undefined, `${name}: its trailer has no upload date (or is no video), so it is left out`);
    assertCarries(movie, film, command(file), name);
  }
});

test('a rated film with a poster and a YouTube trailer: Rating on every scale, aggregateRating, image and VideoObject', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'filmcard-json-ld-'));
  try {
    const file = join(dir, 'rated.json');
    await writeFile(file, JSON.stringify(RATED));
    const block = command(file, '--json-ld');
    assert.equal(block, command(file, '--lang', 'fr', '--json-ld'), 'the card options do not change the block');
    const { movie, issues } = await check(block, 'rated film');
    assertCarries(movie, RATED, command(file), 'rated film');
    assert.deepEqual(movie.aggregateRating, { '@type': 'AggregateRating', ratingValue: 8.2, bestRating: 10, worstRating: 0, ratingCount: 4 });
    assert.deepEqual(
      movie.review.map((review) => [review.reviewRating.ratingValue, review.reviewRating.bestRating]),
      [[4.5, 5], [9, 10], [9, 12], [72, 100]],
    );
    assert.deepEqual(movie.image, { '@type': 'ImageObject', url: RATED.poster.url, caption: RATED.poster.alt });
    assert.equal(movie.trailer['@type'], 'VideoObject');
    assert.equal(movie.trailer.thumbnailUrl, 'https://i.ytimg.com/vi/ZpA4JjStM5E/hqdefault.jpg');
    assert.equal(movie.trailer.uploadDate, '2019-05-02');
    // What stays a warning: fields the data format does not have (a video's duration, …).
    assert.ok(issues.every((issue) => issue.severity === 'WARNING'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

/** The bad-data corpus, as tests/bad_data.rs reads it. */
async function corpus() {
  const lines = (await readFile(`${ROOT}tests/corpus/cases.txt`, 'utf8')).split('\n');
  const cases = [];
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at];
    if (line === '' || line.startsWith('#')) continue;
    assert.ok(line.startsWith('=== '), `cases.txt: expected "=== name", found ${JSON.stringify(line)}`);
    const input = [];
    while (!lines[++at].startsWith('--> ')) input.push(lines[at]);
    cases.push({ name: line.slice(4), input: input.join('\n'), expected: lines[at].slice(4) });
  }
  return cases;
}

test('the bad-data corpus: what the card refuses, the command refuses with the same words; every block of what it accepts validates', async () => {
  const cases = await corpus();
  let accepted = 0;
  for (const { name, input, expected } of cases) {
    const { out, error } = render(input, '--json-ld');
    if (expected === 'ok') {
      assert.equal(error, undefined, name);
      const { movie } = await check(out, name);
      assertCarries(movie, JSON.parse(input.replace(/^\uFEFF/, '')), render(input).out, name);
      accepted += 1;
    } else {
      assert.equal(out, undefined, `${name}: refused`);
      assert.equal(error.trim(), `filmcard: -: ${expected}`, name);
    }
  }
  assert.ok(accepted > 0 && accepted < cases.length, `${accepted} of ${cases.length} accepted`);
});

test('the XSS corpus: hostile text in every field stays text, exactly, and cannot close the script; hostile addresses are refused', async () => {
  const xss = JSON.parse(await readFile(`${ROOT}tests/corpus/xss.json`, 'utf8'));
  for (const { name, value } of xss.text) {
    const film = {
      title: value,
      certificate: value,
      synopsis: value,
      trailer: { url: 'https://youtu.be/ZpA4JjStM5E', label: value, uploaded: '2019-05-02' },
      poster: { url: 'https://img.example/p.jpg', alt: value },
      reviews: [{ id: value, author: value, text: value, rating: 7 }],
    };
    const { out, error } = render(JSON.stringify(film), '--json-ld');
    if (value.trim() === '') {
      assert.match(error, /title: missing/, name);
      continue;
    }
    assert.equal(error, undefined, name);
    assert.equal(out.split('</script').length, 2, `${name}: only the element's own end tag`);
    const { movie } = await check(out, name);
    for (const text of [movie.name, movie.contentRating, movie.description, movie.trailer.name, movie.image.caption, movie.review[0].author.name, movie.review[0].reviewBody]) {
      assert.equal(text, value, name);
    }
  }
  for (const { name, value } of xss.acceptedUrls) {
    const film = { title: 'X', poster: { url: value }, reviews: [{ author: 'a', text: 'b', rating: 5 }] };
    const { out, error } = render(JSON.stringify(film), '--json-ld');
    assert.equal(error, undefined, name);
    const { movie } = await check(out, name);
    assert.equal(movie.image.url, value, name);
  }
  for (const { name, value } of xss.refusedUrls) {
    for (const field of ['trailer', 'poster']) {
      const { out, error } = render(JSON.stringify({ title: 'X', [field]: { url: value, uploaded: '2019' } }), '--json-ld');
      assert.equal(out, undefined, `${name} as ${field}.url`);
      assert.match(error, new RegExp(`^filmcard: -: ${field}\\.url: `), name);
    }
  }
});
