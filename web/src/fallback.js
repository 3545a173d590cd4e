// When the wasm cannot run (missing, corrupt, blocked), a plain line in each card's place.
import { inlineFilm } from './scan.js';
import { isWebUrl } from './rules.js';

/** The film's title and its trailer link, built with textContent so data stays text. */
export function showFallback(host) {
  const film = inlineFilm(host);
  if (host.shadowRoot || !film || typeof film.title !== 'string') return;
  const line = document.createElement('p');
  const title = document.createElement('strong');
  title.textContent = film.title;
  line.append(title);
  const trailer = film.trailer;
  if (trailer && isWebUrl(trailer.url)) {
    const link = document.createElement('a');
    link.href = trailer.url;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.textContent = typeof trailer.label === 'string' && trailer.label.trim() ? trailer.label : `${film.title} trailer`;
    line.append(' ', link);
  }
  host.attachShadow({ mode: 'open' }).append(line);
}
