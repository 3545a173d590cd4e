// The pages the benchmark loads. Filmcard and the baseline get byte-for-byte the same page except
// for the one script tag, so any difference in the figures comes from the widget.

/** A small deterministic generator, so every run measures the same 5,000 reviews. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the film dance ballet colour score story camera scene music ending actor actress light red shoes ' +
  'beautiful slow long short brilliant dull moving frame stage cut performance director composer ' +
  'impresario love art choice tragedy classic technicolour restored watched again years ago'
).split(' ');
// Clusters that make grapheme segmentation earn its keep: combining marks, emoji sequences, flags.
const TRICKY = ['café', 'naïve', 'e\u0301te\u0301', '👩‍👩‍👧', '🇬🇧', '日本', 'Ångström', '👍🏽'];

/** `count` reviews of varied length: about a third are long enough to collapse at 300. */
export function generateReviews(count, seed = 1948) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const reviews = [];
  for (let i = 0; i < count; i++) {
    const words = next() < 0.35 ? 60 + Math.floor(next() * 200) : 5 + Math.floor(next() * 40);
    const text = [];
    for (let w = 0; w < words; w++) {
      text.push(next() < 0.03 ? pick(TRICKY) : pick(WORDS));
      if (next() < 0.02) text.push('\n');
    }
    const review = { id: `r${i + 1}`, author: `Reader ${i + 1}`, text: `${text.join(' ')}.` };
    if (next() < 0.5) {
      review.date = `20${String(10 + Math.floor(next() * 15))}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
    }
    if (next() < 0.5) review.rating = { value: Math.round(next() * 20) / 2, best: 10 };
    reviews.push(review);
  }
  return reviews;
}

/** JSON safe to put inside a <script> element. */
const inlineJson = (value) => JSON.stringify(value).replaceAll('</', '<\\/').replaceAll('<!--', '<\\!--');

const SCRIPTS = {
  filmcard: '/filmcard/filmcard.js',
  baseline: '/baseline/baseline.js',
};

/**
 * The page of one scenario for one implementation: `films` cards, each from inline JSON, with
 * `attributes` on each card, `before` (HTML) ahead of the first, and `head(implementation)`, HTML
 * at the end of the `<head>`.
 */
export function page(implementation, films, { attributes = '', before = '', head = () => '' } = {}) {
  const open = attributes ? `<film-card ${attributes}>` : '<film-card>';
  const cards = films
    .map((film) => `${open}\n  <script type="application/json">${inlineJson(film)}</script>\n</film-card>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Filmcard benchmark</title>
<link rel="icon" href="data:,">
<style>body { margin: 0 auto; padding: 16px; max-width: 760px; font: 16px/1.5 system-ui, sans-serif; }</style>
${head(implementation)}</head>
<body>
<main>
<h1>Reviews</h1>
${before}${cards}
</main>
<script type="module" src="${SCRIPTS[implementation]}"></script>
</body>
</html>
`;
}
