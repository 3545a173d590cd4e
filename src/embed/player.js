// The trailer player (web/src/player.js, its own file in the bundle): what only a reader who
// reaches for "Play trailer" needs. Imported from beside this script (the bundle's glue, which
// esbuild bundles this file into) the first time a reader points at, focuses or presses the
// button; one import for every card on the page. A failed import is tried again on the next
// press (a network that came back is not held against the reader), not on every pointer move.
let loaded;
let failed = false;

function load(file) {
  loaded ??= import(new URL(file, import.meta.url).href).catch((error) => {
    loaded = undefined;
    failed = true;
    throw error;
  });
  return loaded;
}

// Starts the import early, unless it failed before; whether it worked is for the press to find out.
export function preparePlayer(file) {
  if (!failed) load(file).catch(() => {});
}

// Opens the player for `button`'s trailer, and resolves to true; to false when the script cannot be
// had (a missing file, a Content-Security-Policy that does not allow it, no network), the button
// then marked unavailable until a press opens the player.
export async function openPlayer(file, button, url, name, close, headingId) {
  let player;
  try {
    player = await load(file);
  } catch {
    button.setAttribute('aria-disabled', 'true');
    return false;
  }
  button.removeAttribute('aria-disabled');
  player.open(button, { url, name, close, headingId });
  return true;
}
