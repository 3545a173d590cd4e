// The hand-written baseline Filmcard is measured against: plain DOM calls, no framework, no wasm.
// It reads the same JSON, checks it as strictly, and builds the same shadow DOM (same elements,
// attributes in the same order, the same text nodes) with the same stylesheet, so the benchmark
// compares the cost of the implementation, not of a different page.
//
// Text from the data only ever reaches the page through `textContent`: no string is parsed as
// markup anywhere in this file.
//
// `./styles.js` is written by bench/run.mjs from the bundle's minified stylesheet, so both
// widgets carry the same stylesheet text.
import STYLES from './styles.js';

const HOST_SELECTOR = 'film-card, [data-filmcard]';
const PREFIX = 'filmcard: ';

const LABELS = {
  code: 'en',
  reviews: 'Reviews',
  noReviews: 'No reviews yet.',
  viewMore: 'View More',
  viewLess: 'View Less',
  showFewer: 'Show fewer reviews',
  reviewBy: 'review by',
  rated: 'Rated',
  opensInNewTab: '(opens in a new tab)',
  trailerSuffix: 'trailer',
  posterOf: 'Poster of',
  outOf: 'out of',
  averageRating: 'Average rating',
  rating: 'rating',
  ratings: 'ratings',
  playTrailer: 'Play trailer',
  close: 'Close',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  errorTitle: 'This film card could not be shown.',
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const started = Symbol.for('filmcard-baseline.started');
const mounted = new WeakSet();
let nextId = 0;
let sheet;
let graphemes;
let scrollLock = null;

// ---- data: the same rules as crates/film/src/data/, without its hand-holding error wording ----

class DataError extends Error {
  constructor(path, message) {
    super(path ? `${path}: ${message}` : message);
  }
}

// Blank as Rust's str::trim sees it: Unicode White_Space only (JS trim() also strips U+FEFF).
const isBlank = (text) => /^\p{White_Space}*$/u.test(text);

/** An object of the data and its path, with typed getters whose errors name the field. */
class Fields {
  constructor(value, path) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new DataError(path, path ? 'must be an object ({ ... })' : 'the film data must be a JSON object ({ ... })');
    }
    this.object = value;
    this.path = path;
  }

  pathOf(name) {
    return this.path ? `${this.path}.${name}` : name;
  }

  /** The field's value; null counts as absent. */
  get(name) {
    const value = Object.hasOwn(this.object, name) ? this.object[name] : undefined;
    return value === null ? undefined : value;
  }

  optionalText(name) {
    const value = this.get(name);
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw new DataError(this.pathOf(name), 'must be text');
    return isBlank(value) ? undefined : value;
  }

  requiredText(name) {
    const value = this.optionalText(name);
    if (value === undefined) throw new DataError(this.pathOf(name), 'missing');
    return value;
  }

  optionalObject(name) {
    const value = this.get(name);
    return value === undefined ? undefined : new Fields(value, this.pathOf(name));
  }

  requiredUrl(name) {
    const url = this.requiredText(name);
    if (!isWebUrl(url)) throw new DataError(this.pathOf(name), 'must be a web address starting with https:// or http://');
    return url;
  }

  optionalDate(name) {
    const value = this.get(name);
    if (value !== undefined && typeof value !== 'string') throw new DataError(this.pathOf(name), 'must be a date in quotes');
    const text = this.optionalText(name);
    if (text === undefined) return undefined;
    const date = parseDate(text);
    if (!date) throw new DataError(this.pathOf(name), 'must be a date written YYYY-MM-DD, YYYY-MM or YYYY');
    return date;
  }

  optionalId(name) {
    const value = this.get(name);
    if (typeof value !== 'number') return this.optionalText(name);
    if (!Number.isSafeInteger(value) || value < 0) throw new DataError(this.pathOf(name), 'must be text or a whole number of 0 or more');
    return String(value);
  }

  /** A rating as { value, best } or a bare number out of 10, kept in tenths as displayed. */
  optionalRating(name) {
    const value = this.get(name);
    if (value === undefined) return undefined;
    if (typeof value === 'number') {
      const tenths = Math.round(value * 10);
      if (!(tenths >= 0 && tenths <= 100)) throw new DataError(this.pathOf(name), 'must be a number from 0 to 10');
      return { value: tenths, best: 100 };
    }
    const scale = new Fields(value, this.pathOf(name));
    const raw = scale.optionalNumber('value');
    if (raw === undefined) throw new DataError(scale.pathOf('value'), 'missing');
    const best = Math.round((scale.optionalNumber('best') ?? 10) * 10);
    if (!(best >= 1 && best <= 1000)) throw new DataError(scale.pathOf('best'), 'must be a number from 0.1 to 100');
    const tenths = Math.round(raw * 10);
    if (!(tenths >= 0 && tenths <= best)) throw new DataError(scale.pathOf('value'), 'must be a number from 0 to the best score');
    return { value: tenths, best };
  }

  optionalNumber(name) {
    const value = this.get(name);
    if (value !== undefined && typeof value !== 'number') throw new DataError(this.pathOf(name), 'must be a number');
    return value;
  }
}

function isWebUrl(url) {
  const hidden = /[\p{White_Space}\p{Cc}]/u;
  const visible = url.replace(/[\p{White_Space}\p{Cc}]/gu, '');
  const colon = visible.indexOf(':');
  if (colon < 0) return false;
  const scheme = visible.slice(0, colon).toLowerCase();
  if (scheme !== 'https' && scheme !== 'http') return false;
  if (hidden.test(url) || url.includes('\\')) return false;
  const rest = visible.slice(colon + 1);
  if (!rest.startsWith('//')) return false;
  const authority = rest.slice(2).split(/[/?#]/)[0];
  return authority !== '' && !authority.startsWith(':') && !authority.includes('@');
}

function parseDate(text) {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (year === 0 || (month !== undefined && (month < 1 || month > 12))) return undefined;
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month))) return undefined;
  return { year, month, day };
}

function daysInMonth(year, month) {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parseFilm(text) {
  const json = text.replace(/^\uFEFF/, '');
  if (isBlank(json)) throw new DataError('', 'the film data is empty; it must be a JSON object ({ ... })');
  let value;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new DataError('', `the film data is not valid JSON (${error.message})`);
  }
  const film = new Fields(value, '');
  const release = film.optionalObject('release');
  const trailer = film.optionalObject('trailer');
  const poster = film.optionalObject('poster');
  return {
    title: film.requiredText('title'),
    certificate: film.optionalText('certificate'),
    release: release && { date: release.optionalDate('date'), region: release.optionalText('region') },
    synopsis: film.optionalText('synopsis'),
    trailer: trailer && { url: trailer.requiredUrl('url'), label: trailer.optionalText('label') },
    poster: poster && { url: poster.requiredUrl('url'), alt: poster.optionalText('alt') },
    reviews: parseReviews(film),
  };
}

function parseReviews(film) {
  const items = film.get('reviews');
  if (items === undefined) return [];
  if (!Array.isArray(items)) throw new DataError('reviews', 'must be a list of reviews');
  const firstUse = new Map();
  const anchors = new Set();
  return items.map((item, index) => {
    const review = new Fields(item, `reviews[${index}]`);
    const parsed = {
      id: review.optionalId('id'),
      author: review.requiredText('author'),
      text: review.requiredText('text'),
      date: review.optionalDate('date'),
      rating: review.optionalRating('rating'),
    };
    if (parsed.id !== undefined) {
      if (firstUse.has(parsed.id)) throw new DataError(review.pathOf('id'), `the same id is already used by reviews[${firstUse.get(parsed.id)}]`);
      firstUse.set(parsed.id, index);
    }
    parsed.anchor = uniqueAnchor(parsed, anchors);
    return parsed;
  });
}

// A review's anchor, as crates/film/src/data/anchor.rs makes it: the id when it is safe in a URL fragment, else the
// FNV-1a hash of the id (or of the author and text), with -2, -3… on a repeat.
const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;
let utf8;

function uniqueAnchor(review, taken) {
  let base;
  if (review.id !== undefined && SAFE_ID.test(review.id)) base = review.id;
  else base = fnv1a(review.id !== undefined ? [review.id] : [review.author, review.text]);
  let anchor = base;
  for (let repeat = 2; taken.has(anchor); repeat++) anchor = `${base}-${repeat}`;
  taken.add(anchor);
  return anchor;
}

/** The 32-bit FNV-1a hash of the UTF-8 bytes of the parts, each followed by a zero byte. */
function fnv1a(parts) {
  utf8 ??= new TextEncoder();
  let hash = 0x811c9dc5;
  for (const part of parts) {
    for (const byte of utf8.encode(part)) hash = Math.imul(hash ^ byte, 0x01000193);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

// ---- options: the same attributes, ranges and defaults as crates/film/src/config.rs ----

function readConfig(host) {
  const config = { collapseAt: 300, headingLevel: 2, maxReviews: 10 };
  const whole = (value) => (/^\s*\+?\d+\s*$/.test(value) ? Number(value) : NaN);
  const read = (name, key, ok, what) => {
    const value = host.getAttribute(name);
    if (value === null) return;
    const n = whole(value);
    if (ok(n)) config[key] = n;
    else console.warn(`${PREFIX}${name}="${value}" is not ${what}; using ${config[key]}`);
  };
  read('collapse-at', 'collapseAt', (n) => n >= 20 && n <= 100000, 'a whole number from 20 to 100000');
  read('heading-level', 'headingLevel', (n) => n >= 1 && n <= 5, 'a number from 1 to 5');
  read('max-reviews', 'maxReviews', (n) => n >= 1, 'a whole number of at least 1');
  return config;
}

// ---- text: grapheme-safe, word-boundary truncation, as crates/film/src/text.rs ----

const blankGrapheme = /^\p{White_Space}+$/u;

/** The prefix to show before an ellipsis, or undefined when `text` fits within `limit`. */
function excerpt(text, limit) {
  // Every cluster is at least one UTF-16 unit, so a text this short fits without segmenting; the
  // first Intl.Segmenter of a page loads ICU's break rules, which takes tens of milliseconds.
  if (text.length <= limit) return undefined;
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  // Only the first limit + 1 clusters are segmented: a 50,000-character review costs no more
  // than a 301-character one.
  const window = [];
  for (const { segment, index } of graphemes.segment(text)) {
    window.push({ segment, index });
    if (window.length > limit) break;
  }
  if (window.length <= limit) return undefined;
  for (let i = window.length - 1; i >= 0; i--) {
    if (!blankGrapheme.test(window[i].segment)) continue;
    const prefix = trimEndBlank(text.slice(0, window[i].index));
    if (prefix !== '') return prefix;
  }
  return text.slice(0, window[limit].index);
}

// The text's paragraphs, as the card writes them: a `<p>` for each run of lines between blank
// lines, without the white space around it, `after` (the ellipsis of an excerpt) in the last.
function paragraphs(value, after) {
  const found = [];
  let lines = [];
  for (const line of `${value}\n`.split('\n')) {
    if (line.trim() !== '') {
      lines.push(line);
    } else if (lines.length > 0) {
      found.push(lines.join('\n').trim());
      lines = [];
    }
  }
  return found.map((paragraph, index) => element('p', {}, text(index === found.length - 1 ? `${paragraph}${after}` : paragraph)));
}

// Re-segments the prefix, as the Rust version does: a prepended mark can fuse with the space
// after it, and then that space is not a blank cluster of its own.
function trimEndBlank(text) {
  let end = 0;
  for (const { segment, index } of graphemes.segment(text)) {
    if (!blankGrapheme.test(segment)) end = index + segment.length;
  }
  return text.slice(0, end);
}

// ---- DOM ----

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** A text node, filled through textContent. */
function text(value) {
  const node = new Text();
  node.textContent = value;
  return node;
}

const iso = (date) =>
  [String(date.year).padStart(4, '0'), date.month, date.day]
    .filter((part) => part !== undefined)
    .map((part) => (typeof part === 'number' ? String(part).padStart(2, '0') : part))
    .join('-');

function displayDate(date) {
  if (date.month === undefined) return String(date.year);
  const month = LABELS.months[date.month - 1];
  return date.day === undefined ? `${month} ${date.year}` : `${date.day} ${month} ${date.year}`;
}

const tenths = (n) => (n % 10 === 0 ? String(n / 10) : `${Math.floor(n / 10)}.${n % 10}`);
const groupThousands = (n) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');
const showAllLabel = (count) => `Show all ${groupThousands(count)} reviews`;
const ratingCount = (count) => `${groupThousands(count)} ${count === 1 ? LABELS.rating : LABELS.ratings}`;
const nameFor = (label, author) => `${label}: ${LABELS.reviewBy} ${author}`;

/** A score as a share of its best, in thousandths, rounded half up (crates/film/src/model.rs per_mille). */
const perMille = (rating) => Math.floor((rating.value * 1000 + Math.floor(rating.best / 2)) / rating.best);

/** The average of the ratings out of 10, in tenths, and how many there are; undefined for none. */
function averageOutOfTen(reviews) {
  let sum = 0;
  let count = 0;
  for (const review of reviews) {
    if (review.rating === undefined) continue;
    sum += perMille(review.rating);
    count += 1;
  }
  return count === 0 ? undefined : { tenths: Math.floor((sum + count * 5) / (count * 10)), count };
}

// ---- trailer: YouTube and Vimeo play on the card, as crates/film/src/video.rs; anything else is a link ----

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIMEO_ID = /^[0-9]{1,12}$/;

/** The player's address for a YouTube or Vimeo trailer URL, built from the video id alone. */
function playerUrl(url) {
  const match = /^https?:\/\/(.*)$/.exec(url.trim());
  if (!match) return undefined;
  const rest = match[1];
  const authorityEnd = rest.search(/[/?#]/);
  const authority = authorityEnd < 0 ? rest : rest.slice(0, authorityEnd);
  if (/[@:]/.test(authority)) return undefined;
  const host = authority.toLowerCase().replace(/^(www|m)\./, '');
  const [path, query = ''] = rest.slice(authority.length).split('#')[0].split(/\?(.*)/s);
  const segments = path.split('/').filter((part) => part !== '');
  const youtube = (id) => (id !== undefined && YOUTUBE_ID.test(id) ? `https://www.youtube-nocookie.com/embed/${id}?autoplay=1` : undefined);
  const vimeo = (id) => (VIMEO_ID.test(id) ? `https://player.vimeo.com/video/${id}?dnt=1&autoplay=1` : undefined);
  if (host === 'youtube.com' && segments.length === 1 && segments[0] === 'watch') {
    const pair = query.split('&').find((part) => part.startsWith('v='));
    return youtube(pair?.slice(2));
  }
  if ((host === 'youtube.com' || host === 'youtube-nocookie.com') && segments.length === 2 && segments[0] === 'embed') return youtube(segments[1]);
  if (host === 'youtu.be' && segments.length === 1) return youtube(segments[0]);
  if (host === 'vimeo.com' && segments.length === 1) return vimeo(segments[0]);
  if (host === 'player.vimeo.com' && segments.length === 2 && segments[0] === 'video') return vimeo(segments[1]);
  return undefined;
}

function renderTrailer(trailer, title, id) {
  const name = trailer.label ?? `${title} ${LABELS.trailerSuffix}`;
  const player = playerUrl(trailer.url);
  if (player === undefined) {
    return element(
      'p',
      { class: 'fc-card__trailer' },
      element(
        'a',
        { part: 'trailer', href: trailer.url, target: '_blank', rel: 'noopener noreferrer', class: 'fc-trailer' },
        element('span', { dir: 'auto' }, text(name)),
        element('span', { class: 'fc-visually-hidden' }, text(' '), text(LABELS.opensInNewTab)),
      ),
    );
  }
  const button = element(
    'button',
    {
      id: `${id}-play`,
      type: 'button',
      part: 'trailer',
      'aria-haspopup': 'dialog',
      'aria-label': `${LABELS.playTrailer}: ${name}`,
      class: 'fc-trailer fc-trailer--play',
    },
    element('span', { 'aria-hidden': 'true', class: 'fc-trailer__icon' }, text('▶')),
    text(LABELS.playTrailer),
  );
  const paragraph = element('p', { class: 'fc-card__trailer' }, button);
  // The player is only put in the card once the reader asks for it, and taken out on close.
  button.addEventListener('click', () => {
    if (paragraph.nextElementSibling?.localName === 'dialog') return;
    const close = element('button', { type: 'button', part: 'player-close', class: 'fc-player__close' }, text(LABELS.close));
    const dialog = element(
      'dialog',
      { id: `${id}-player`, part: 'player', 'aria-labelledby': `${id}-player-title`, class: 'fc-player' },
      element('div', { class: 'fc-player__bar' }, element('p', { id: `${id}-player-title`, dir: 'auto', class: 'fc-player__title' }, text(name)), close),
      element(
        'div',
        { class: 'fc-player__frame' },
        element('iframe', {
          src: player,
          title: name,
          allow: 'autoplay; fullscreen; picture-in-picture',
          referrerpolicy: 'strict-origin-when-cross-origin',
        }),
      ),
    );
    close.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      dialog.remove();
      lockPageScroll(false);
      button.focus();
    });
    paragraph.after(dialog);
    dialog.showModal();
    lockPageScroll(true);
  });
  return paragraph;
}

function lockPageScroll(lock) {
  const style = document.documentElement.style;
  if (lock && scrollLock === null) {
    scrollLock = style.overflow;
    style.overflow = 'hidden';
  } else if (!lock && scrollLock !== null) {
    style.overflow = scrollLock;
    scrollLock = null;
  }
}

function renderCard(film, config, host) {
  const id = config.idPrefix;
  const body = element('div', { class: 'fc-card__body' });
  body.append(element(`h${config.headingLevel}`, { id: `${id}-title`, part: 'title', dir: 'auto', class: 'fc-card__title' }, text(film.title)));
  if (film.certificate !== undefined || film.release !== undefined) {
    const meta = element('p', { class: 'fc-card__meta' });
    if (film.certificate !== undefined) {
      meta.append(
        element(
          'span',
          { part: 'certificate', class: 'fc-badge' },
          element('span', { class: 'fc-visually-hidden' }, text(LABELS.rated), text(' ')),
          element('span', { dir: 'auto' }, text(film.certificate)),
        ),
      );
    }
    if (film.release !== undefined) {
      const { date, region } = film.release;
      const release = element('span', { part: 'release', class: 'fc-release' });
      if (date !== undefined) release.append(element('time', { datetime: iso(date) }, text(displayDate(date))));
      if (region !== undefined) {
        release.append(text(date !== undefined ? ' (' : '('), element('span', { dir: 'auto' }, text(region)), text(')'));
      }
      meta.append(release);
    }
    body.append(meta);
  }
  if (film.synopsis !== undefined) {
    body.append(element('div', { part: 'synopsis', dir: 'auto', class: 'fc-card__synopsis' }, ...paragraphs(film.synopsis, '')));
  }
  if (film.trailer !== undefined) body.append(renderTrailer(film.trailer, film.title, id));
  const card = element('article', { part: 'card', 'aria-labelledby': `${id}-title`, class: 'fc-card' });
  if (film.poster !== undefined) {
    card.append(
      element('img', {
        part: 'poster',
        src: film.poster.url,
        alt: film.poster.alt ?? `${LABELS.posterOf} ${film.title}`,
        loading: 'lazy',
        decoding: 'async',
        referrerpolicy: 'no-referrer',
        class: 'fc-card__poster',
      }),
    );
  }
  card.append(body, renderReviews(film, config, host));
  return card;
}

function renderAverage({ tenths: average, count }) {
  const value = tenths(average);
  return element(
    'p',
    { part: 'average', class: 'fc-reviews__average' },
    element('span', { class: 'fc-visually-hidden' }, text(`${LABELS.averageRating}: ${value} ${LABELS.outOf} 10, `)),
    element('span', { 'aria-hidden': 'true', class: 'fc-reviews__average-score' }, text(`${value}/10`)),
    element('span', { 'aria-hidden': 'true' }, text(' · ')),
    text(ratingCount(count)),
  );
}

function renderReviews(film, config, host) {
  const id = config.idPrefix;
  const section = element('section', { part: 'reviews', 'aria-labelledby': `${id}-reviews`, class: 'fc-reviews' });
  section.append(element(`h${Math.min(config.headingLevel + 1, 6)}`, { id: `${id}-reviews`, class: 'fc-reviews__heading' }, text(LABELS.reviews)));
  const average = averageOutOfTen(film.reviews);
  if (average !== undefined) section.append(renderAverage(average));
  const total = film.reviews.length;
  if (total === 0) {
    section.append(element('p', { class: 'fc-reviews__empty' }, text(LABELS.noReviews)));
    return section;
  }
  const listId = `${id}-review-list`;
  // The same shape as the widget's: the reviews in lists of 50, the first page in the first.
  const BATCH = 50;
  const list = element('div', { id: listId, class: 'fc-reviews__list' });
  const batchFor = (index) => {
    const number = Math.floor(index / BATCH);
    if (list.children[number]) return list.children[number];
    const batch = element('ul', { class: number === 0 ? 'fc-reviews__batch' : 'fc-reviews__batch fc-reviews__batch--more' });
    list.append(batch);
    return batch;
  };
  const appendReviews = (from, to) => {
    for (let index = from; index < to; index++) batchFor(index).append(renderReview(film.reviews[index], index, config, host));
  };
  appendReviews(0, Math.min(total, config.maxReviews));
  section.append(list);
  if (total > config.maxReviews) {
    const more = element(
      'button',
      { type: 'button', part: 'show-all', 'aria-expanded': 'false', 'aria-controls': listId, class: 'fc-reviews__more' },
      text(showAllLabel(total)),
    );
    more.addEventListener('click', () => {
      const showingAll = more.getAttribute('aria-expanded') !== 'true';
      if (showingAll) appendReviews(config.maxReviews, total);
      else {
        while (list.children.length > 1) list.lastElementChild.remove();
        const first = list.firstElementChild;
        while (first.children.length > config.maxReviews) first.lastElementChild.remove();
      }
      more.setAttribute('aria-expanded', String(showingAll));
      more.firstChild.textContent = showingAll ? LABELS.showFewer : showAllLabel(total);
    });
    section.append(more);
  }
  return section;
}

function renderReview(review, index, config, host) {
  const textId = `${config.idPrefix}-review-${index}`;
  const fragment = `review-${review.anchor}`;
  const byline = element(
    'p',
    { class: 'fc-review__byline' },
    element('span', { part: 'review-author', dir: 'auto', class: 'fc-review__author' }, text(review.author)),
  );
  if (review.rating !== undefined) {
    const value = tenths(review.rating.value);
    const best = tenths(review.rating.best);
    byline.append(
      element(
        'span',
        { part: 'rating', class: 'fc-review__rating' },
        element('span', { 'aria-hidden': 'true' }, text(`${value}/${best}`)),
        element('span', { class: 'fc-visually-hidden' }, text(`${value} ${LABELS.outOf} ${best}`)),
      ),
    );
  }
  if (review.date !== undefined) {
    byline.append(element('time', { datetime: iso(review.date), class: 'fc-review__date' }, text(displayDate(review.date))));
  }
  // "Copy link" puts the page's address with this review's fragment on the clipboard, where there
  // is one (pages served over HTTPS), and says so until the reader's next action on the review.
  const copyLabel = text(LABELS.copyLink);
  const copy = element(
    'button',
    { type: 'button', part: 'copy-link', 'aria-label': nameFor(LABELS.copyLink, review.author), class: 'fc-review__link' },
    copyLabel,
  );
  const status = element('span', { role: 'status', class: 'fc-visually-hidden' });
  const showCopied = (copied) => {
    const label = copied ? LABELS.linkCopied : LABELS.copyLink;
    copyLabel.textContent = label;
    copy.setAttribute('aria-label', nameFor(label, review.author));
    status.textContent = copied ? LABELS.linkCopied : '';
  };
  copy.addEventListener('click', () => {
    if (!navigator.clipboard) return;
    navigator.clipboard.writeText(`${location.href.split('#')[0]}#${fragment}`).catch(() => {});
    showCopied(true);
  });
  byline.append(copy, status);
  const cut = excerpt(review.text, config.collapseAt);
  const collapsed = () => (cut === undefined ? paragraphs(review.text, '') : paragraphs(cut, '…'));
  const paragraph = element('div', { id: textId, part: 'review-text', dir: 'auto', class: 'fc-review__text' }, ...collapsed());
  const item = element('li', { id: fragment, part: 'review', tabindex: '-1', class: 'fc-review' }, byline, paragraph);
  if (cut !== undefined) {
    // The accessible name starts with the visible label and says whose review it opens.
    const label = text(LABELS.viewMore);
    const toggle = element(
      'button',
      {
        type: 'button',
        part: 'toggle',
        'aria-expanded': 'false',
        'aria-controls': textId,
        'aria-label': nameFor(LABELS.viewMore, review.author),
        class: 'fc-review__toggle',
      },
      label,
    );
    toggle.addEventListener('click', () => {
      const expanded = toggle.getAttribute('aria-expanded') !== 'true';
      const shown = expanded ? LABELS.viewLess : LABELS.viewMore;
      paragraph.replaceChildren(...(expanded ? paragraphs(review.text, '') : collapsed()));
      toggle.setAttribute('aria-expanded', String(expanded));
      toggle.setAttribute('aria-label', nameFor(shown, review.author));
      label.textContent = shown;
      if (status.firstChild) showCopied(false);
      dispatch(host, 'filmcard:toggle', { id: review.id ?? String(index + 1), expanded });
    });
    item.append(toggle);
  }
  return item;
}

function renderError(message) {
  return element(
    'div',
    { part: 'error', class: 'fc-error' },
    element('p', { class: 'fc-error__title' }, text(LABELS.errorTitle)),
    element('p', { dir: 'auto', class: 'fc-error__detail' }, element('code', {}, text(message))),
  );
}

function dispatch(host, name, detail) {
  host.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
}

function mount(host) {
  if (mounted.has(host) || host.shadowRoot) return;
  mounted.add(host);
  const config = readConfig(host);
  config.idPrefix = `fc${++nextId}`;
  const shadow = host.attachShadow({ mode: 'open' });
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
  }
  shadow.adoptedStyleSheets = [sheet];
  // The baseline speaks English only, so that is the language its text is marked as.
  const root = element('div', { lang: LABELS.code, class: 'fc-root' });
  const script = host.querySelector(":scope > script[type='application/json']");
  let film;
  try {
    if (!script) throw new DataError('', 'no film data: put a <script type="application/json"> block inside the element');
    film = parseFilm(script.textContent);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    root.append(renderError(error.message));
    shadow.append(element('div', {}, root));
    console.error(`${PREFIX}${error.message}`);
    dispatch(host, 'filmcard:error', { message: error.message });
    return;
  }
  root.append(renderCard(film, config, host));
  shadow.append(element('div', {}, root));
  dispatch(host, 'filmcard:ready', { title: film.title });
}

function mountAll() {
  for (const host of document.querySelectorAll(HOST_SELECTOR)) mount(host);
}

if (!globalThis[started]) {
  globalThis[started] = true;
  mountAll();
  new MutationObserver(mountAll).observe(document.documentElement, { childList: true, subtree: true });
}
