// Where grapheme clusters start, from the browser's own Unicode tables (crates/film/src/text.rs, handed in through crates/browser/src/graphemes.rs).
let graphemes;

export function graphemeStarts(text, count) {
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const starts = [];
  for (const { index } of graphemes.segment(text)) {
    if (starts.length === count) break;
    starts.push(index);
  }
  return Uint32Array.from(starts);
}
