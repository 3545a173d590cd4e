// Filmcard's trailer player: a file of its own beside the bundle, fetched by the widget only when
// a reader points at, focuses or presses a card's "Play trailer" (src/embed/player.js). It puts
// the video host's player in the card's shadow root, in a modal dialog named by its heading, keeps
// the page behind it from scrolling, and takes it all out again when the dialog closes (its Close
// button, Escape), the focus back on the button that opened it. Everything it is handed is text
// the widget checked: the player's address comes from the card's URL rule, the words are set as
// text, never as markup.
//
// scripts/player.sh minifies this file, with its stylesheet (styles/player.css) as text, into the
// bundle.
import styles from 'filmcard-player-styles';

/** The buttons whose player is open: a second press before the dialog is up opens nothing more. */
const playing = new WeakSet();

/** The page's own `overflow` while a player keeps it still; undefined when none does. */
let savedOverflow;

/** The player's stylesheet, made once and adopted by each card's shadow root that opens one. */
let sheet;

function adoptStyles(root) {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(styles);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

function element(name, attributes, text) {
  const node = document.createElement(name);
  for (const [attribute, value] of Object.entries(attributes)) node.setAttribute(attribute, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function keepPageStill(still) {
  const style = document.documentElement.style;
  if (still && savedOverflow === undefined) {
    savedOverflow = style.getPropertyValue('overflow');
    style.setProperty('overflow', 'hidden');
  } else if (!still && savedOverflow !== undefined) {
    // An empty value removes the declaration, as the page had it.
    style.setProperty('overflow', savedOverflow);
    savedOverflow = undefined;
  }
}

/**
 * Opens the player for `button`'s trailer: `url` is the video host's player, `name` the trailer's
 * name, `close` the Close button's words, `headingId` the id of the dialog's heading.
 */
export function open(button, { url, name, close, headingId }) {
  if (playing.has(button) || !button.isConnected) return;
  const dialog = element('dialog', { class: 'fc-player', part: 'player', 'aria-labelledby': headingId });
  const bar = element('div', { class: 'fc-player__bar' });
  const closeButton = element('button', { type: 'button', class: 'fc-player__close', part: 'player-close' }, close);
  bar.append(element('p', { id: headingId, class: 'fc-player__title', dir: 'auto' }, name), closeButton);
  const frame = element('div', { class: 'fc-player__frame' });
  frame.append(
    element('iframe', {
      src: url,
      title: name,
      allow: 'autoplay; fullscreen; picture-in-picture',
      referrerpolicy: 'strict-origin-when-cross-origin',
    }),
  );
  dialog.append(bar, frame);
  closeButton.addEventListener('click', () => dialog.close());
  // Escape and the Close button both end here, through the dialog's own `close` event.
  dialog.addEventListener(
    'close',
    () => {
      dialog.remove();
      playing.delete(button);
      keepPageStill(false);
      button.focus();
    },
    { once: true },
  );
  playing.add(button);
  adoptStyles(button.getRootNode());
  // Beside the button's paragraph, inside the card and its stylesheet.
  button.parentElement.after(dialog);
  dialog.showModal();
  keepPageStill(true);
}
