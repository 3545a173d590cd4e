// What the checks of a prerendered card share (tests/e2e/prerender.test.mjs, and the Hugo and
// Eleventy sites through tests/sites/sites.mjs): watching its takeover, its look, and its plain
// fallback's reviews.
import assert from 'node:assert/strict';

/**
 * An init script for a prerendered card's takeover: records layout shifts, CSP violations and
 * `filmcard:ready` from the page's first moment (`window.shifts`, `window.violations`,
 * `window.ready`).
 */
export const watchTakeover = () => {
  window.shifts = [];
  window.violations = [];
  window.ready = 0;
  // The shifts of the first card, of what holds it and of what follows it, not of what comes
  // before it in the page (a blog theme's header, whose web font swaps in).
  const concerns = (node) => {
    const host = document.querySelector('film-card');
    return !host || !node || node === host || node.contains(host) || host.contains(node) ||
      Boolean(host.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING);
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput && entry.sources.some((source) => concerns(source.node))) window.shifts.push(entry.value);
    }
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('securitypolicyviolation', (event) => window.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  document.addEventListener('filmcard:ready', () => window.ready++);
};

/**
 * Run in the page: the first card's visible text, the box of each of its elements, where the post
 * goes on below it (`#below`) and the page's scroll position, as the page shows them now.
 */
export const cardLook = () => {
  const root = document.querySelector('film-card').shadowRoot.querySelector('.fc-root');
  const boxes = [...root.querySelectorAll('*')].map((element) => {
    const { x, y, width, height } = element.getBoundingClientRect();
    return `${element.localName} ${x},${y} ${width}x${height}`;
  });
  const below = document.getElementById('below').getBoundingClientRect().top;
  return { text: root.innerText, boxes, below, scrollY };
};

/** Each review of `reviews` shown in full as one of the `<blockquote>`s `quotes` locates, in order. */
export async function assertQuoted(quotes, reviews) {
  assert.equal(await quotes.count(), reviews.length);
  for (const [index, review] of reviews.entries()) {
    const quote = quotes.nth(index);
    assert.ok(await quote.isVisible());
    assert.equal(await quote.locator('p').innerText(), review.text);
    assert.equal(await quote.locator('cite').innerText(), review.author);
  }
}
