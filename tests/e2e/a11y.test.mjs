// The embedded card against WCAG 2.2 AA in Chromium: axe-core in every state a reader meets, the
// keyboard path, focus indicators, target sizes, what the accessibility tree exposes, reduced
// motion, forced colours, and reviews written right to left.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, everyCardShown, serveBundle } from './harness.mjs';
import { launch, watchedPage, runAxe, unless, cannot, ENGINE, CANNOT } from './engines/index.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const FIXTURES = `${ROOT}tests/e2e/fixtures`;
const template = await readFile(`${FIXTURES}/a11y-page.html`, 'utf8');
const demo = JSON.parse(await readFile(`${ROOT}demo/the-red-shoes.json`, 'utf8'));
// 24 reviews with ratings, a spoiler (r6, within the first ten) and a YouTube trailer: a Play button.
const narcissus = JSON.parse(await readFile(`${ROOT}demo/black-narcissus.json`, 'utf8'));

// A real image, so the poster loads without a console error for a missing file.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
// The card background of each scheme (--fc-color-bg), to tell which scheme a card really shows.
const CARD_BACKGROUND = { light: 'rgb(255, 255, 255)', dark: 'rgb(23, 24, 27)' };
const BROKEN = { title: 'Broken', trailer: { url: 'javascript:alert(1)' } };
const BROKEN_MESSAGE = 'filmcard: trailer.url: must be a web address starting with https:// or http://';

let cdn;
let site;
let browser;
const files = { '/a11y-poster.png': PNG };

before(async () => {
  cdn = await serveBundle();
  site = await serve(FIXTURES, { files });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await cdn?.close();
});

/** The demo film with a poster, and a rating and a date on its first review. */
function redShoes() {
  return {
    ...demo,
    poster: { url: `${site.url}/a11y-poster.png`, alt: 'Moira Shearer in red ballet shoes' },
    reviews: demo.reviews.map((review, index) => (index === 0 ? { ...review, rating: { value: 9, best: 10 }, date: '2015-03-14' } : review)),
  };
}

/** Twelve reviews, each long enough to collapse at collapse-at="40". */
function twelve() {
  return {
    title: 'Twelve Reviews',
    certificate: 'PG',
    trailer: { url: 'https://example.com/twelve', label: 'Twelve Reviews trailer' },
    reviews: Array.from({ length: 12 }, (_, i) => ({
      id: `r${i + 1}`,
      author: `Reader ${i + 1}`,
      text: `Review number ${i + 1} of twelve, long enough to be collapsed behind its button.`,
    })),
  };
}

const RIGHT_TO_LEFT = {
  title: 'The Red Shoes',
  reviews: [
    { author: 'דנה כהן', text: 'סרט מרהיב ביופיו. הריקודים באמצע הסרט עוצרי נשימה.' },
    { author: 'ليلى حسن', text: 'فيلم رائع، والرقص في منتصفه يحبس الأنفاس.' },
    { author: 'Maria Trim', text: 'An English review after the others.' },
  ],
};

/** A host with its film inline, `<` escaped as a careful tool writes it. */
function host(id, film, attributes = '') {
  const json = JSON.stringify(film).replaceAll('<', '\\u003c');
  return `<film-card id="${id}" ${attributes}><script type="application/json">${json}</script></film-card>`;
}

/** Serves a page of hosts; `head` goes into the page's head. */
function addPage(path, hosts, head = '') {
  files[path] = template
    .replaceAll('{{CDN}}', cdn.url)
    .replace('{{HEAD}}', () => head)
    .replace('{{CARDS}}', () => hosts.join('\n'));
  return path;
}

/** Opens a page in a fresh context and waits until every host shows its card or error box. */
async function open(path, options = {}) {
  const context = await browser.newContext(options);
  const { page, errors } = await watchedPage(context);
  await page.goto(`${site.url}${path}`);
  await everyCardShown(page);
  return { context, page, errors };
}

async function axeViolations(page) {
  const results = await runAxe(page);
  assert.ok(results.passes > 10, 'axe ran its checks');
  return results.violations;
}

/**
 * Resolves once the host with this id lists `count` reviews and is adding no more: "Show all"
 * adds them in batches, one per task, after the click or key press that asked for them.
 */
function allReviewsShown(page, id, count) {
  return page.waitForFunction(
    ([hostId, wanted]) => {
      const root = document.getElementById(hostId).shadowRoot;
      return root.querySelectorAll('.fc-review').length === wanted && !root.querySelector('.fc-reviews__list[aria-busy=true]');
    },
    [id, count],
  );
}

/** Expands everything a reader can expand: the rest of the reviews, then every review. */
async function expandAll(page) {
  for (const selector of ['.fc-reviews__more[aria-expanded=false]', '.fc-review__toggle[aria-expanded=false]']) {
    const collapsed = page.locator(selector);
    for (let left = await collapsed.count(); left > 0; left -= 1) {
      await collapsed.first().click();
      // Once every list has all its reviews (Show all adds them in later tasks), the count of
      // what is left collapsed is final.
      await page.waitForFunction(([css, count]) => {
        const roots = [...document.querySelectorAll('film-card')].map((element) => element.shadowRoot);
        const all = roots.flatMap((root) => [...root.querySelectorAll(css)]);
        return all.length === count && !roots.some((root) => root.querySelector('.fc-reviews__list[aria-busy=true]'));
      }, [selector, left - 1]);
    }
  }
}

function parseColor(text) {
  const match = /^rgba?\(([^)]*)\)$/.exec(text);
  assert.ok(match, `a computed colour: ${text}`);
  const [r, g, b, a = 1] = match[1].split(/[\s,/]+/).filter(Boolean).map(Number);
  return { r, g, b, a };
}

/** WCAG 2.x contrast ratio; a translucent foreground is blended over the background first. */
function contrast(foreground, background) {
  const fg = parseColor(foreground);
  const bg = parseColor(background);
  const blend = (channel) => fg[channel] * fg.a + bg[channel] * (1 - fg.a);
  const luminance = ([r, g, b]) => {
    const linear = (c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  };
  const [l1, l2] = [luminance([blend('r'), blend('g'), blend('b')]), luminance([bg.r, bg.g, bg.b])].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

/** The focused element, looking into shadow roots, with what the focus checks need. */
function focused(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element || element === document.body) return { name: 'nothing' };
    if (!element.closest('.fc-root')) return { name: `#${element.id}` };
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    // Buttons inside a review are named by kind and by whose review they act on.
    const author = element.closest('.fc-review')?.querySelector('.fc-review__author').textContent;
    const kind = [
      ['.fc-review__toggle', 'toggle'],
      ['.fc-review__link', 'copy-link'],
      ['.fc-review__spoiler', 'spoiler'],
    ].find(([selector]) => element.matches(selector))?.[1];
    const name = kind ? `${kind}:${author}` : element.getAttribute('part');
    return {
      name,
      focusVisible: element.matches(':focus-visible'),
      outline: { style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor },
      // What the outline is seen against: the trailer dialog for its own buttons, else the card.
      cardBackground: getComputedStyle(element.closest('.fc-player, .fc-card')).backgroundColor,
      size: { width: box.width, height: box.height },
    };
  });
}

/** The full accessibility tree from Chromium itself, with helpers to walk it. */
async function accessibilityTree(page) {
  const session = await page.context().newCDPSession(page);
  const { nodes } = await session.send('Accessibility.getFullAXTree');
  await session.detach();
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const role = (node) => node.role?.value;
  const name = (node) => node.name?.value ?? '';
  const property = (node, key) => node.properties?.find((p) => p.name === key)?.value.value;
  const descendants = (node) => (node.childIds ?? []).map((id) => byId.get(id)).filter(Boolean).flatMap((child) => [child, ...descendants(child)]);
  const visible = nodes.filter((node) => !node.ignored);
  const find = (wantedRole, wantedName, among = visible) => among.filter((node) => !node.ignored && role(node) === wantedRole && (wantedName === undefined || name(node) === wantedName));
  /** The text assistive technology reads inside `node`: its static text, in order. */
  const text = (node) =>
    descendants(node)
      .filter((n) => !n.ignored && role(n) === 'StaticText')
      .map(name)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
  return { role, name, property, descendants, find, text };
}

for (const scheme of ['light', 'dark']) {
  test(`axe finds no WCAG 2.2 AA violations, ${scheme} scheme: themes, error box, more than 10 reviews, right to left, collapsed and expanded`, async () => {
    const hosts = [
      host('auto', redShoes()),
      host('light', redShoes(), 'theme="light"'),
      host('dark', redShoes(), 'theme="dark"'),
      host('many', twelve(), 'collapse-at="40"'),
      host('rtl', RIGHT_TO_LEFT),
      host('broken', BROKEN),
      host('broken-light', BROKEN, 'theme="light"'),
      host('broken-dark', BROKEN, 'theme="dark"'),
    ];
    const { context, page, errors } = await open(addPage(`/a11y-axe-${scheme}.html`, hosts), { colorScheme: scheme });
    try {
      const backgrounds = await page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll('film-card')].map((element) => [
            element.id,
            getComputedStyle(element.shadowRoot.querySelector('.fc-card, .fc-error')).backgroundColor,
          ]),
        ),
      );
      assert.equal(backgrounds.auto, CARD_BACKGROUND[scheme], 'auto follows the emulated scheme');
      assert.equal(backgrounds.broken, CARD_BACKGROUND[scheme], 'so does the error box');
      assert.equal(backgrounds.light, CARD_BACKGROUND.light);
      assert.equal(backgrounds.dark, CARD_BACKGROUND.dark);
      assert.equal(backgrounds['broken-dark'], CARD_BACKGROUND.dark);
      assert.equal(await page.locator('#many .fc-reviews__more').count(), 1, 'the show-all button is there');
      assert.deepEqual(await axeViolations(page), [], `${scheme}, collapsed`);
      await expandAll(page);
      assert.equal(await page.locator('#many .fc-review').count(), 12);
      assert.deepEqual(await axeViolations(page), [], `${scheme}, expanded`);
      if (!CANNOT.console[ENGINE]) assert.deepEqual(errors, Array(3).fill(BROKEN_MESSAGE));
    } finally {
      await context.close();
    }
  });
}

/** Fails unless the focused control shows a :focus-visible outline of 2 px at 3:1 and is 24 px. */
function assertVisibleFocus(now) {
  assert.ok(now.focusVisible, `${now.name} matches :focus-visible`);
  assert.notEqual(now.outline.style, 'none', `${now.name} shows an outline`);
  assert.ok(now.outline.width >= 2, `${now.name} outline is ${now.outline.width}px`);
  const ratio = contrast(now.outline.color, now.cardBackground);
  assert.ok(ratio >= 3, `${now.name}: outline ${now.outline.color} on ${now.cardBackground} is ${ratio.toFixed(2)}:1`);
  assert.ok(now.size.width >= 24 && now.size.height >= 24, `${now.name} is ${now.size.width}×${now.size.height}`);
}

/** Tabs from #before until focus leaves the card (at most `steps` presses), checking each stop. */
async function tabThrough(page, steps) {
  await page.focus('#before');
  const reached = [];
  for (let step = 0; step < steps; step += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    reached.push(now.name);
    if (now.name.startsWith('#')) break;
    assertVisibleFocus(now);
  }
  return reached;
}

for (const scheme of ['light', 'dark']) {
  test(`keyboard only, ${scheme}: trailer, each Copy link and View More, Show all, each with a visible focus outline and a 24 px target`, async () => {
    const path = addPage(`/a11y-keyboard-${scheme}.html`, [host('many', twelve(), `collapse-at="40" theme="${scheme}"`)]);
    const { context, page } = await open(path, { colorScheme: scheme });
    try {
      const reached = await tabThrough(page, 23);
      // Within each review, Copy link (in the byline) comes before View More (after the text).
      assert.deepEqual(reached, [
        'trailer',
        ...Array.from({ length: 10 }, (_, i) => [`copy-link:Reader ${i + 1}`, `toggle:Reader ${i + 1}`]).flat(),
        'show-all',
        '#after',
      ]);
      // Showing all keeps focus on the button; the reviews it revealed come just before it. They
      // arrive in a later task than the key press, so the list is awaited before tabbing back.
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Enter');
      await allReviewsShown(page, 'many', 12);
      assert.equal((await focused(page)).name, 'show-all');
      assert.equal(await page.locator('#many .fc-reviews__more').getAttribute('aria-expanded'), 'true');
      await page.keyboard.press('Shift+Tab');
      assert.equal((await focused(page)).name, 'toggle:Reader 12');
      // Expanded, each toggle still has a 24 px target.
      await page.keyboard.press('Enter');
      await page.locator('#many .fc-review__toggle[aria-expanded=true]').waitFor();
      assert.equal(await page.locator('#many .fc-review__toggle').last().getAttribute('aria-expanded'), 'true');
      const sizes = await page.evaluate(() =>
        [...document.getElementById('many').shadowRoot.querySelectorAll('a, button')].map((element) => {
          const box = element.getBoundingClientRect();
          return [element.className, box.width, box.height];
        }),
      );
      assert.equal(sizes.length, 1 + 12 + 12 + 1, 'the trailer, twelve Copy link and twelve View More, Show all');
      for (const [name, width, height] of sizes) assert.ok(width >= 24 && height >= 24, `${name} is ${width}×${height}`);
    } finally {
      await context.close();
    }
  });
}

for (const scheme of ['light', 'dark']) {
  test(`keyboard only, ${scheme}: Play trailer, Copy link, a spoiler warning, Show all and the dialog's Close, each with a visible focus outline and a 24 px target`, async () => {
    const path = addPage(`/a11y-keyboard-player-${scheme}.html`, [host('narcissus', narcissus, `theme="${scheme}"`)]);
    const { context, page } = await open(path, { colorScheme: scheme });
    // Nothing may reach a video site here: the player is opened, but never loads.
    await context.route(/youtube|vimeo/, (route) => route.abort());
    try {
      const reached = await tabThrough(page, 14);
      const first = narcissus.reviews.slice(0, 10).map((review) => review.author);
      assert.deepEqual(reached, [
        'trailer',
        ...first.flatMap((author) => [`copy-link:${author}`, ...(author === 'harriet_b' ? ['spoiler:harriet_b'] : [])]),
        'show-all',
        '#after',
      ]);
      // The Play button opens the dialog from the keyboard; its Close button takes the focus.
      await page.focus('#before');
      await page.keyboard.press('Tab');
      assert.equal((await focused(page)).name, 'trailer');
      await page.keyboard.press('Enter');
      await page.locator('#narcissus dialog.fc-player[open]').waitFor();
      const close = await focused(page);
      assert.equal(close.name, 'player-close');
      assertVisibleFocus(close);
      await page.keyboard.press('Escape');
      await page.locator('#narcissus dialog.fc-player').waitFor({ state: 'detached' });
      // The widget hands the focus back once the dialog is out, which may be a task later.
      await page.waitForFunction(() => document.getElementById('narcissus').shadowRoot.activeElement?.matches('.fc-trailer--play'), null, { timeout: 5000 }).catch(() => {});
      assert.equal((await focused(page)).name, 'trailer', 'the focus is back on Play trailer');
    } finally {
      await context.close();
    }
  });
}

test(...unless('the tree: an article named by its title, heading levels from heading-level, time, "Rated NR", a list', cannot('accessibilityTree')), async () => {
  const small = (level) => ({
    title: `Heading level ${level}`,
    certificate: 'NR',
    release: { date: '1948-10-22', region: 'USA' },
    reviews: [{ author: 'Reader', text: 'A short review.', date: '2015-03-14' }],
  });
  const hosts = [host('film', redShoes()), ...[1, 3, 5].map((level) => host(`level-${level}`, small(level), `heading-level="${level}"`))];
  const { context, page, errors } = await open(addPage('/a11y-tree.html', hosts));
  try {
    assert.deepEqual(errors, []);
    const tags = await page.evaluate(() =>
      [...document.querySelectorAll('film-card')].map((element) => {
        const root = element.shadowRoot;
        return [element.id, root.querySelector('.fc-card').localName, root.querySelector('.fc-card__title').localName, root.querySelector('.fc-reviews__heading').localName];
      }),
    );
    assert.deepEqual(tags, [
      ['film', 'article', 'h2', 'h3'],
      ['level-1', 'article', 'h1', 'h2'],
      ['level-3', 'article', 'h3', 'h4'],
      ['level-5', 'article', 'h5', 'h6'],
    ]);
    const tree = await accessibilityTree(page);
    for (const [title, level] of [['The Red Shoes', 2], ['Heading level 1', 1], ['Heading level 3', 3], ['Heading level 5', 5]]) {
      const [article] = tree.find('article', title);
      assert.ok(article, `an article named "${title}"`);
      const headings = tree.find('heading', undefined, tree.descendants(article)).map((h) => [tree.name(h), tree.property(h, 'level')]);
      assert.deepEqual(headings, [[title, level], ['Reviews', level + 1]], title);
    }
    const [article] = tree.find('article', 'The Red Shoes');
    const inside = tree.descendants(article);
    const times = await page.evaluate(() =>
      [...document.getElementById('film').shadowRoot.querySelectorAll('time')].map((time) => [time.getAttribute('datetime'), time.textContent]),
    );
    assert.deepEqual(times, [['1948-10-22', '22 October 1948'], ['2015-03-14', '14 March 2015']]);
    assert.equal(tree.find('time', undefined, inside).length, 2, 'the dates are exposed as times');
    const badge = inside.find((node) => tree.text(node) === 'Rated NR');
    assert.ok(badge, 'the certificate reads "Rated NR"');
    const [list] = tree.find('list', undefined, inside);
    assert.ok(list, 'the reviews are a list');
    const items = tree.find('listitem', undefined, tree.descendants(list));
    assert.equal(items.length, demo.reviews.length, 'one list item per review');
    assert.deepEqual(items.map((item) => tree.find('StaticText', undefined, tree.descendants(item)).map(tree.name)[0]), demo.reviews.map((r) => r.author));
  } finally {
    await context.close();
  }
});

test(...unless('each Copy link and View More button is named for its review: "View More: review by Maria Trim"', cannot('accessibilityTree')), async () => {
  const { context, page } = await open(addPage('/a11y-names.html', [host('film', redShoes())]));
  try {
    const long = demo.reviews.filter((review) => [...new Intl.Segmenter().segment(review.text)].length > 300).map((r) => r.author);
    assert.deepEqual(long, ['ib011f9545i', 'Maria Trim', 'katyhun']);
    const names = async () => (await accessibilityTree(page)).find('button').map((button) => button.name?.value);
    // Every review has its Copy link; the long ones then have their toggle.
    const expected = (action) =>
      demo.reviews.flatMap(({ author }) => [`Copy link: review by ${author}`, ...(long.includes(author) ? [`${action}: review by ${author}`] : [])]);
    assert.deepEqual(await names(), expected('View More'));
    await expandAll(page);
    assert.deepEqual(await names(), expected('View Less'));
  } finally {
    await context.close();
  }
});

/** Every transition and animation duration in the widgets' shadow roots, pseudo-elements too. */
function durations(page) {
  return page.evaluate(() => {
    const seconds = (list) => list.split(',').map((d) => (d.trim().endsWith('ms') ? parseFloat(d) / 1000 : parseFloat(d)));
    const moving = [];
    let checked = 0;
    for (const element of document.querySelectorAll('film-card')) {
      for (const node of element.shadowRoot.querySelectorAll('*')) {
        for (const pseudo of [null, '::before', '::after']) {
          const style = getComputedStyle(node, pseudo);
          checked += 1;
          const longest = Math.max(...seconds(style.transitionDuration), ...seconds(style.animationDuration));
          if (longest > 0) moving.push(`${node.className || node.localName}${pseudo ?? ''}: ${style.transitionDuration} / ${style.animationDuration}`);
        }
      }
    }
    return { checked, moving };
  });
}

test(...unless('prefers-reduced-motion: reduce leaves no transition or animation in the card, even one a page theme adds', cannot('reducedMotion')), async () => {
  const hosts = [host('film', redShoes()), host('many', twelve(), 'collapse-at="40"')];
  const plain = await open(addPage('/a11y-still.html', hosts), { reducedMotion: 'reduce' });
  try {
    const still = await durations(plain.page);
    assert.ok(still.checked > 100, `${still.checked} elements checked`);
    assert.deepEqual(still.moving, [], 'the card has no motion of its own');
  } finally {
    await plain.context.close();
  }
  const themed = await open(addPage('/a11y-motion.html', hosts, '<link rel="stylesheet" href="a11y-motion.css" />'), { reducedMotion: 'no-preference' });
  try {
    const moving = await durations(themed.page);
    assert.ok(moving.moving.length >= 5, `the theme's motion is measured: ${moving.moving.join('; ')}`);
  } finally {
    await themed.context.close();
  }
  // The same themed page for a reader who asked for no motion.
  const asked = await open('/a11y-motion.html', { reducedMotion: 'reduce' });
  try {
    assert.deepEqual((await durations(asked.page)).moving, [], 'the reader asked for no motion');
  } finally {
    await asked.context.close();
  }
});

test(...unless('forced-colors: active: every link and button still shows, and so does its focus outline', cannot('forcedColors')), async () => {
  const hosts = [
    host('film', redShoes()),
    host('many', twelve(), 'collapse-at="40"'),
    host('dark', redShoes(), 'theme="dark"'),
    host('narcissus', narcissus),
  ];
  const { context, page } = await open(addPage('/a11y-forced.html', hosts), { forcedColors: 'active' });
  try {
    const controls = await page.evaluate(() => {
      const canvas = document.createElement('div');
      canvas.style.background = 'Canvas';
      document.body.append(canvas);
      const pageBackground = getComputedStyle(canvas).backgroundColor;
      canvas.remove();
      const transparent = (color) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
      const backgroundOf = (element) => {
        for (let e = element; e; e = e.parentElement ?? e.getRootNode().host) {
          const color = getComputedStyle(e).backgroundColor;
          if (!transparent(color)) return color;
        }
        return pageBackground;
      };
      return [...document.querySelectorAll('film-card')].flatMap((element) =>
        [...element.shadowRoot.querySelectorAll('a, button')].map((control) => {
          const style = getComputedStyle(control);
          const box = control.getBoundingClientRect();
          return {
            name: `${element.id} ${control.getAttribute('part')}`,
            width: box.width,
            height: box.height,
            text: style.color,
            border: { width: parseFloat(style.borderTopWidth), style: style.borderTopStyle, color: style.borderTopColor },
            background: backgroundOf(control),
            behind: backgroundOf(control.parentElement),
          };
        }),
      );
    });
    const parts = (id) => controls.filter((control) => control.name.startsWith(`${id} `)).map((control) => control.name.slice(id.length + 1));
    const redShoesParts = ['trailer', 'copy-link', 'copy-link', 'toggle', 'copy-link', 'toggle', 'copy-link', 'toggle'];
    assert.deepEqual(parts('film'), redShoesParts, 'trailer link, four Copy link, three View More');
    assert.deepEqual(parts('dark'), redShoesParts);
    assert.deepEqual(parts('many'), ['trailer', ...Array(10).fill(['copy-link', 'toggle']).flat(), 'show-all'], 'trailer, ten Copy link and View More, Show all');
    assert.deepEqual(
      parts('narcissus'),
      ['trailer', ...Array(6).fill('copy-link'), 'spoiler', ...Array(4).fill('copy-link'), 'show-all'],
      'Play trailer, ten Copy link, the spoiler warning of the sixth review, Show all',
    );
    assert.equal(controls.length, 8 + 22 + 8 + 13);
    for (const control of controls) {
      assert.ok(control.width > 0 && control.height > 0, `${control.name} has a size`);
      const textShows = contrast(control.text, control.background) >= 3;
      const border = control.border;
      const borderShows = border.width > 0 && !['none', 'hidden'].includes(border.style) && contrast(border.color, control.behind) >= 3;
      assert.ok(textShows || borderShows, `${control.name}: text ${control.text} / border ${JSON.stringify(border)} on ${control.background}`);
    }
    await page.focus('#before');
    for (let step = 0; step < controls.length; step += 1) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      assert.notEqual(now.outline.style, 'none', `${now.name} shows a focus outline`);
      assert.ok(contrast(now.outline.color, now.cardBackground) >= 3, `${now.name}: outline ${now.outline.color} on ${now.cardBackground}`);
    }
  } finally {
    await context.close();
  }
});

test('a review in Hebrew or Arabic reads right to left inside a left-to-right card', async () => {
  const { context, page } = await open(addPage('/a11y-rtl.html', [host('rtl', RIGHT_TO_LEFT)]), { viewport: { width: 800, height: 600 } });
  try {
    const layout = await page.evaluate(() => {
      const root = document.getElementById('rtl').shadowRoot;
      const range = document.createRange();
      return {
        card: getComputedStyle(root.querySelector('.fc-card')).direction,
        title: getComputedStyle(root.querySelector('.fc-card__title')).direction,
        reviews: [...root.querySelectorAll('.fc-review')].map((review) => {
          const text = review.querySelector('.fc-review__text');
          const box = text.getBoundingClientRect();
          // The ink of the text itself: its paragraph's contents (a paragraph's box is as wide as
          // the review's).
          range.selectNodeContents(text.querySelector('p') ?? text);
          const ink = range.getBoundingClientRect();
          return {
            dir: text.getAttribute('dir'),
            text: getComputedStyle(text).direction,
            author: getComputedStyle(review.querySelector('.fc-review__author')).direction,
            // Which edge of its box the (one-line) text hugs.
            gapLeft: Math.round(ink.left - box.left),
            gapRight: Math.round(box.right - ink.right),
          };
        }),
      };
    });
    assert.equal(layout.card, 'ltr');
    assert.equal(layout.title, 'ltr');
    const [hebrew, arabic, english] = layout.reviews;
    for (const [name, review] of [['Hebrew', hebrew], ['Arabic', arabic]]) {
      assert.deepEqual([review.dir, review.text, review.author], ['auto', 'rtl', 'rtl'], name);
      assert.ok(review.gapRight <= 1 && review.gapLeft > 50, `${name} text starts at the right: ${JSON.stringify(review)}`);
    }
    assert.deepEqual([english.text, english.author], ['ltr', 'ltr']);
    assert.ok(english.gapLeft <= 1 && english.gapRight > 50, `English text starts at the left: ${JSON.stringify(english)}`);
  } finally {
    await context.close();
  }
});
