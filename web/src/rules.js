// The card's rules the loader needs before the wasm arrives, each the same as its Rust original;
// web/test/rules.test.mjs runs them over the card's own verdicts on a table of samples.
import { HIDDEN, WHITE_SPACE } from './contract.js';

const TRIM = new RegExp(`^${WHITE_SPACE}+|${WHITE_SPACE}+$`, 'g');

/** `str::trim`: Unicode's White_Space off both ends (JavaScript's own trim takes a BOM too). */
export const trim = (text) => text.replace(TRIM, '');

/**
 * A whole-number attribute (`spec` is `[name, default, min, max]`), as crates/film/src/config.rs reads it:
 * digits with an optional `+`, in range, else the default.
 */
export function whole(value, [, fallback, min, max]) {
  const text = value == null ? '' : trim(value);
  const number = /^\+?\d+$/.test(text) ? Number(text) : NaN;
  return number >= min && number <= max ? number : fallback;
}

/** Whether a two-word attribute (`spec` is `[name, default, other]`) keeps its default word. */
export const either = (value, [, , other]) => value == null || trim(value) !== other;

/** crates/film/src/data/url.rs's `is_web_url`: absolute http(s) with a host, no credentials, nothing hidden. */
export const isWebUrl = (url) =>
  typeof url === 'string' && !HIDDEN.test(url) && /^https?:\/\/[^/?#@:][^/?#@]*(?:[/?#]|$)/i.test(url);

/**
 * Whether crates/film/src/video.rs's `Video::from_url` finds a YouTube or Vimeo id in a trailer address:
 * the host (lower case, without `www.` or `m.`) and the path's non-empty segments, then the id.
 */
export function playsOnCard(url) {
  const parts = /^https?:\/\/([^/?#]*)([^?#]*)\??([^#]*)/.exec(trim(String(url)));
  if (!parts || /[@:]/.test(parts[1])) return false;
  const host = parts[1].replace(/[A-Z]/g, (c) => c.toLowerCase()).replace(/^(www|m)\./, '');
  let page = [host, ...parts[2].split('/').filter(Boolean)].join('/');
  if (page === 'youtube.com/watch') page = `youtu.be/${/(?:^|&)v=([^&]*)/.exec(parts[3])?.[1]}`;
  return /^(?:youtube(?:-nocookie)?\.com\/embed|youtu\.be)\/[\w-]{11}$|^(?:player\.vimeo\.com\/video|vimeo\.com)\/\d{1,12}$/.test(page);
}
