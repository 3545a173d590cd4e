// The height a card with inline data will have, estimated before the wasm arrives, so the page
// around it does not move when it appears. The metrics are the stylesheet's (crates/film/src/contract.rs
// reads them from styles/); the layout-shift test in tests/e2e/ keeps the estimate honest.
import {
  AVERAGE_GAP, BORDER, BYLINE_GAP, COLLAPSE_AT, FAMILY, FONT_SIZE, HEADING_GAP, HEADING_LINE, LINE, MAX_REVIEWS,
  META_GAP, PADDING, PLAY_BUTTON, REVIEW_PADDING, SHOW_ALL, SHOW_ALL_GAP, SPOILER, SYNOPSIS_GAP,
  TITLE_GAP, TITLE_LINE, TITLE_SIZE, TITLE_WEIGHT, TOGGLE_GAP, TRAILER, TRAILER_LINK, VIEW_MORE,
} from './contract.js';
import { either, playsOnCard, whole } from './rules.js';

/** The attributes the estimate depends on, read as crates/film/src/config.rs reads them. */
export const options = (attribute) => ({
  collapseAt: whole(attribute(COLLAPSE_AT[0]), COLLAPSE_AT),
  maxReviews: whole(attribute(MAX_REVIEWS[0]), MAX_REVIEWS),
  trailerPlayer: either(attribute(TRAILER[0]), TRAILER),
});

/**
 * The card's height at `outerWidth` px; `measure(text, font)` is the width of one line of text.
 */
export function estimateHeight(film, outerWidth, { collapseAt, maxReviews, trailerPlayer }, measure) {
  const width = outerWidth - 2 * BORDER - 2 * PADDING;
  // How many lines `text` wraps to; word wrapping leaves some of each line empty.
  const lines = (text, font = `${FONT_SIZE}px ${FAMILY}`) =>
    String(text)
      .split('\n')
      .reduce((sum, paragraph) => sum + Math.max(1, Math.ceil((measure(paragraph, font) * 1.06) / width)), 0);
  let height = 2 * BORDER + 2 * PADDING;
  height += lines(film.title ?? '', `${TITLE_WEIGHT} ${TITLE_SIZE}px ${FAMILY}`) * TITLE_LINE + TITLE_GAP;
  if (film.certificate || film.release) height += LINE + META_GAP;
  if (film.synopsis) height += lines(film.synopsis) * LINE + SYNOPSIS_GAP;
  if (film.trailer) height += trailerPlayer && playsOnCard(film.trailer.url) ? PLAY_BUTTON : TRAILER_LINK;
  const all = Array.isArray(film.reviews) ? film.reviews : [];
  height += BORDER + 2 * PADDING + HEADING_LINE + HEADING_GAP;
  if (all.some((review) => review?.rating != null)) height += LINE + AVERAGE_GAP;
  all.slice(0, maxReviews).forEach((review, index) => {
    const text = String(review?.text ?? '');
    height += (index ? BORDER + 2 * REVIEW_PADDING : 0) + REVIEW_PADDING + LINE + BYLINE_GAP;
    if (review?.spoiler === true) {
      height += SPOILER;
      return;
    }
    // Code units, not grapheme clusters: close enough for an estimate, and no segmenter to load.
    const long = text.length > collapseAt;
    height += lines(long ? text.slice(0, collapseAt) : text) * LINE;
    if (long) height += TOGGLE_GAP + VIEW_MORE;
  });
  if (all.length > maxReviews) height += SHOW_ALL_GAP + SHOW_ALL;
  return height;
}
