#!/usr/bin/env bash
# Installs everything building, serving and testing Filmcard needs, from the package registries
# only. Safe to run again: each step is skipped when its tool is already there at the right version.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
say() { echo "setup: $*"; }

# The wasm-bindgen CLI must be exactly the library version the build links.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
TRUNK_PIN=$(sed -n 's/^wasm_bindgen = "\(.*\)"/\1/p' Trunk.toml)
if [ "$WASM_BINDGEN_VERSION" != "$TRUNK_PIN" ]; then
  echo "setup: Cargo.lock has wasm-bindgen $WASM_BINDGEN_VERSION but Trunk.toml pins $TRUNK_PIN; make them agree" >&2
  exit 1
fi

has_version() { command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -qw "$2"; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in clippy rustfmt; do
  if ! rustup component list --installed | grep -q "^$component"; then
    rustup component add "$component"
  fi
done
# The dated nightly scripts/dist.sh builds the reader's wasm with, and the standard library's
# source, which it compiles (`-Z build-std`). Only the minimal profile: no docs, no clippy.
NIGHTLY=$(sed -n 's/^NIGHTLY=//p' scripts/dist.sh)
if ! rustup component list --toolchain "$NIGHTLY" --installed 2>/dev/null | grep -q '^rust-src'; then
  say "installing $NIGHTLY with rust-src"
  rustup toolchain install "$NIGHTLY" --profile minimal --component rust-src --no-self-update
fi

# The two cargo installs are the slow part; they build side by side.
installs=()
if ! has_version wasm-bindgen "$WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: the CLI's own lockfile pins a crate version the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force --quiet &
  installs+=($!)
fi
if ! has_version trunk "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION"
  cargo install trunk --version "$TRUNK_VERSION" --locked --force --quiet &
  installs+=($!)
fi

# cargo-fuzz, which builds and runs the fuzz targets (fuzz/, `make fuzz`) on that nightly.
if ! cargo fuzz --version >/dev/null 2>&1; then
  say "installing cargo-fuzz"
  cargo install cargo-fuzz --version 0.13.2 --locked --quiet &
  installs+=($!)
fi

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  say "installing Chromium and ChromeDriver"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver
fi

# The blog engines the integrations are tested against: WordPress (with MariaDB and PHP, its
# default theme) and Hugo, as Debian ships them, and zip and unzip for the plugin's zip. apt waits for a
# lock another install holds.
blog_packages=(wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql hugo zip unzip)
missing=()
for package in "${blog_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    -o DPkg::Lock::Timeout=600 "${missing[@]}"
fi

# A newer WordPress than Debian's, for the plugin's tests: 6.5.5 from the npm package
# @wp-playground/wordpress-builds (158 MB, fetched once): its release's PHP (wp-6.5.zip) with the
# static files it leaves out (public/wp-6.5/) laid over it, without the SQLite drop-in, kept in
# the user's cache, outside the repository (tests/wordpress/wordpress.mjs reads it there).
wordpress_newer=${XDG_CACHE_HOME:-$HOME/.cache}/filmcard/wordpress-6.5.5
if [ ! -f "$wordpress_newer/wp-includes/version.php" ]; then
  say "fetching WordPress 6.5.5 (@wp-playground/wordpress-builds@0.9.19)"
  fetched=$(mktemp -d)
  (cd "$fetched" && npm pack --silent @wp-playground/wordpress-builds@0.9.19 >/dev/null)
  tar -xzf "$fetched"/wp-playground-wordpress-builds-0.9.19.tgz -C "$fetched" \
    package/src/wordpress/wp-6.5.zip package/public/wp-6.5
  unzip -q "$fetched/package/src/wordpress/wp-6.5.zip" -d "$fetched/wordpress"
  cp -r "$fetched/package/public/wp-6.5/." "$fetched/wordpress/"
  rm -f "$fetched/wordpress/wp-content/db.php"
  mkdir -p "$(dirname "$wordpress_newer")"
  rm -rf "$wordpress_newer"
  mv "$fetched/wordpress" "$wordpress_newer"
  rm -rf "$fetched"
fi

# The other two engines readers use: Firefox ESR (driven over WebDriver BiDi) and WebKitGTK's
# MiniBrowser with its WebDriver, which has no headless mode and so runs in a virtual display.
if ! command -v firefox-esr >/dev/null 2>&1 || ! command -v WebKitWebDriver >/dev/null 2>&1 ||
  ! command -v xvfb-run >/dev/null 2>&1 || ! command -v xauth >/dev/null 2>&1; then
  say "installing Firefox ESR, WebKitGTK's WebDriver and Xvfb (with xauth, which xvfb-run needs)"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=600 firefox-esr webkit2gtk-driver xvfb xauth
fi

# npm packages: wasm-opt (binaryen), the browser drivers (playwright-core, puppeteer-core,
# selenium-webdriver) and axe-core, exactly as package-lock.json says; none downloads a browser.
export PUPPETEER_SKIP_DOWNLOAD=true
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.filmcard-lock 2>/dev/null)" != "$lock_hash" ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_hash" > node_modules/.filmcard-lock
fi

for pid in "${installs[@]}"; do
  wait "$pid"
done
say "ready (wasm-bindgen $WASM_BINDGEN_VERSION, trunk $TRUNK_VERSION, $(node_modules/.bin/wasm-opt --version), $NIGHTLY)"
