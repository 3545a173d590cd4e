// Reading a host's inline data before the wasm arrives.
import { BIG_DATA, INLINE_DATA } from './contract.js';

/** The film in a host's inline JSON, or undefined; with `firstReviews`, big data is read only
 * up to that many reviews (see `headOf`). */
export function inlineFilm(host, firstReviews) {
  const script = host.querySelector(INLINE_DATA);
  if (!script) return undefined;
  const text = script.textContent.replace(/^\uFEFF/, '');
  try {
    // Parsing all of a 5,000-review film (2.8 MB) takes the main thread about 60 ms, twice, as
    // the widget parses it again: above BIG_DATA, the estimate reads only the start.
    const head = firstReviews !== undefined && text.length > BIG_DATA ? headOf(text, firstReviews) : undefined;
    const film = JSON.parse(head ?? text);
    return film && typeof film === 'object' ? film : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The JSON text cut just after the first `count` items of the top-level "reviews" list and
 * closed again, so it parses to the film with those reviews only; undefined when the text is not
 * shaped that way (the whole text is parsed instead). A review past the cut is marked with an
 * extra item, so the estimate still knows there are more.
 */
export function headOf(text, count) {
  let depth = 0;
  let key = '';
  let inReviews = false;
  let items = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (depth === 1) key = text.slice(i + 1, end);
      i = end;
    } else if (c === '{' || c === '[') {
      if (depth === 1 && c === '[' && key === 'reviews') inReviews = true;
      depth += 1;
    } else if (c === '}' || c === ']') {
      depth -= 1;
      if (inReviews && depth === 1) return undefined;
      if (inReviews && depth === 2 && c === '}') {
        items += 1;
        if (items === count) {
          const more = /^\s*,/.test(text.slice(i + 1, i + 64));
          return `${text.slice(0, i + 1)}${more ? ',{}' : ''}]}`;
        }
      }
    }
  }
  return undefined;
}
