#!/usr/bin/env bash
# Builds the embeddable bundle into dist/: filmcard.js (the entry a page loads), the wasm-bindgen
# glue and the size-optimised wasm, with stable names and a package.json ready to publish; its
# stylesheet as a file, the `filmcard render` command for Node in cli/, the Hugo and Eleventy
# integrations, the card builder's page, the WordPress plugin's zip with that bundle inside, and
# the whole package packed as filmcard-<version>.tgz. One function per job; the last lines run
# them in order.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

# The reader's wasm is built by this dated nightly, which builds std itself with the bundle's own
# settings (rust-src; scripts/setup.sh installs both): a panic aborts at once, with no hook, no
# panic message and no source locations, Debug formatting prints nothing, and std takes its
# smaller variants of the code that has one (`optimize_for_size`). Every other build
# (tests, clippy, the builder, the prerender command, `trunk`) stays on stable. When a panic
# traps the wasm, the glue reports it and stops the widget (src/embed/trap.js, below). Every
# function may be inlined across crates (`-Zcross-crate-inline-threshold=always`): the bundle is
# built from the workspace's crates (docs/architecture.md), and without it each crate line cost
# inlining the one crate had (BENCHMARKS.md).
NIGHTLY=nightly-2026-05-20
DIST_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none -Zcross-crate-inline-threshold=always"

# DIST_OUT and DIST_FEATURES build a variant elsewhere, e.g. the test build with panic-probe; it
# gets its own folder for the stylesheet and the plugin. The wasm of every variant is built in
# target/nightly, apart from stable's builds so neither throws the other's away: std and the
# dependencies are built there once, and each variant's own crate is kept apart by its features.
# Test variants carry the widget only: no command, no builder, no package.
out=${DIST_OUT:-dist}
target_dir=target
if [ -n "${DIST_FEATURES:-}" ]; then
  target_dir=target/variant-$(echo "$DIST_FEATURES" | tr -c 'a-z0-9\n' '-')
fi
nightly_dir=target/nightly
release=$nightly_dir/wasm32-unknown-unknown/release
styles=$target_dir/filmcard.min.css
real_bundle() { [ -z "${DIST_FEATURES:-}" ]; }

# The card's stylesheet minified, which goes into the wasm (see crates/browser/build.rs); replaced
# only when it changes, so an unchanged stylesheet does not rebuild the crate.
minify_styles() {
  mkdir -p "$target_dir"
  cat styles/tokens.css styles/card.css |
    esbuild --loader=css --minify --log-level=warning > "$styles.new"
  if cmp -s "$styles.new" "$styles"; then rm "$styles.new"; else mv "$styles.new" "$styles"; fi
}

# The bundle's wasm, and the on-demand module (src/bin/extra.rs): what few cards need (the page's
# JSON-LD reader, and why a card's data was refused in full), fetched from beside the bundle only
# by a card that needs it, so every other reader downloads none of it. Both by the nightly; the
# bundle's with `terse-errors` (the data validator's texts left out, see crates/film/src/data/error.rs), so
# the two are built apart.
build_wasm() {
  local build bin features
  for build in "filmcard terse-errors${DIST_FEATURES:+,$DIST_FEATURES}" "extra ${DIST_FEATURES:-}"; do
    read -r bin features <<<"$build"
    FILMCARD_STYLES="$PWD/$styles" RUSTFLAGS="$DIST_RUSTFLAGS" \
      cargo "+$NIGHTLY" build --release --locked --bin "$bin" --target wasm32-unknown-unknown \
      -Z build-std=std,panic_abort -Z build-std-features=optimize_for_size \
      --target-dir "$nightly_dir" --no-default-features --features "$features"
  done
}

# The bundle's glue, for bundlers: its `_bg.js` module takes the wasm's exports from whoever starts
# the wasm, here web/src/core.js, which hands them over through the watch on traps. The glue is
# bundled with that entry and the modules it imports (the <film-card> class, src/embed/element.js,
# which wasm-bindgen writes under snippets/), so the bundle stays three files and a page makes no
# extra request for it; it is minified (esbuild, from package-lock.json), as every reader
# downloads it, and the names the wasm and the glue call each other by are short ones.
bundle_glue() {
  local work=$target_dir/glue
  rm -rf "$work"
  wasm-bindgen --target bundler --no-typescript --out-dir "$work" --out-name filmcard-core "$release/filmcard.wasm"
  node scripts/short-names.mjs "$work"
  mv "$work/filmcard-core_bg.wasm" "$out/"
  esbuild web/src/core.js --bundle --minify --format=esm --target=es2020 --log-level=warning \
    --alias:filmcard-glue="./$work/filmcard-core_bg.js" --alias:filmcard-wasm-names="./$work/wasm-names.js" \
    --outfile="$out/filmcard-core.js"
}

# The on-demand module's glue, as wasm-bindgen writes it for the web, minified. Its name comes
# from crates/film/src/contract.rs.
bundle_extra() {
  wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name "$extra" "$release/extra.wasm"
  rm -rf "$out/snippets"
  esbuild "$out/$extra.js" --minify --format=esm --target=es2020 --log-level=warning \
    --allow-overwrite --outfile="$out/$extra.js"
}

# Both wasm optimised for size (scripts/wasm-opt.mjs holds the flags).
optimise_wasm() {
  local wasm
  for wasm in filmcard-core "$extra"; do node scripts/wasm-opt.mjs "$out/${wasm}_bg.wasm"; done
}

# The loader's modules bundled into one file, minified: every reader of every blog downloads it.
# Its constants (web/src/contract.js) must be what the contract gives now.
bundle_loader() {
  scripts/contract.sh --check
  esbuild web/src/start.js --bundle --external:./filmcard-core.js --minify --format=esm --target=es2020 \
    --log-level=warning --outfile="$out/filmcard.js"
}

# The trailer player (web/src/player.js and styles/player.css), a file of its own that the widget
# fetches only when a reader reaches for "Play trailer"; its name comes from
# crates/film/src/contract.rs.
bundle_player() {
  scripts/player.sh "$out/$player"
}

# What the package holds besides the bundle: package.json, its README, the same minified
# stylesheet as a file (a prerendered card, `filmcard render`, links it from its shadow root, so
# it is styled before any script runs, under a CSP without inline styles), `filmcard render` for
# Node in cli/ (the package's `bin`; readers never download it), and the static-site
# integrations, which use the command: the Hugo shortcode (hugo/, which `filmcard hugo` copies
# into a site, with the card's table of attribute values, the one the WordPress plugin reads)
# and the Eleventy plugin (eleventy/, the package's `filmcard/eleventy`).
package_files() {
  cp web/package.json "$out/"
  cp docs/bundle-readme.md "$out/README.md"
  cp "$styles" "$out/filmcard.css"
  if real_bundle; then scripts/cli.sh "$out/cli"; fi
  mkdir -p "$out/hugo/data/filmcard" "$out/eleventy"
  cp -r integrations/hugo/layouts "$out/hugo/"
  cp integrations/wordpress/filmcard/attributes.json "$out/hugo/data/filmcard/"
  cp integrations/eleventy/filmcard.cjs integrations/eleventy/filmcard.mjs "$out/eleventy/"
}

# The card builder's page, in a folder of its own: its wasm is not the reader's, and the size
# check counts only the bundle's top-level files.
builder_page() {
  FILMCARD_STYLES="$PWD/$styles" scripts/builder.sh "$out/builder" release
}

# The block editor's JSON-LD module (src/bin/schema.rs, the mapping of crates/film/src/schema/), into the
# folder given: the editor computes each Film card block's JSON-LD with it, and the plugin writes
# that in the post's head. Readers never download it. Built on stable, with the default features. It imports none of the card's own JS: the
# snippets wasm-bindgen copies are left out.
schema_module() {
  local dir=$1
  cargo build --release --locked --bin filmcard-schema --target wasm32-unknown-unknown
  wasm-bindgen --target web --no-typescript --out-dir "$dir" --out-name filmcard-schema \
    target/wasm32-unknown-unknown/release/filmcard-schema.wasm
  node scripts/wasm-opt.mjs "$dir/filmcard-schema_bg.wasm"
  if grep -q 'snippets/' "$dir/filmcard-schema.js"; then
    echo "dist: the schema module imports a snippet; ship schema/snippets/ with it" >&2
    return 1
  fi
  rm -rf "$dir/snippets"
}

# The block editor's prerenderer (crates/prerender/src/editor.rs, in the Node command's wasm): the
# editor writes each Film card block's card with it, and the plugin prints that in the page,
# checked against snippet-allowlist.json. Built for the browser, its glue minified and bundled
# with whatever JS it imports (none since the prerenderer has a crate of its own, apart from the
# bundle's edge); readers never download it.
prerender_module() {
  local dir=$1
  cargo build --release --locked -p filmcard-prerender --bin filmcard-render --target wasm32-unknown-unknown
  wasm-bindgen --target web --no-typescript --out-dir "$dir" --out-name filmcard-prerender \
    target/wasm32-unknown-unknown/release/filmcard-render.wasm
  esbuild "$dir/filmcard-prerender.js" --bundle --minify --format=esm --target=es2020 \
    --log-level=warning --allow-overwrite --outfile="$dir/filmcard-prerender.js"
  rm -rf "$dir/snippets"
}

# The WordPress plugin with this bundle inside it, as the zip WordPress uploads (Plugins, Add New).
wordpress_plugin() {
  local plugin=$target_dir/wordpress-plugin
  rm -rf "$plugin"
  mkdir -p "$plugin/filmcard/bundle"
  cp -r integrations/wordpress/filmcard/. "$plugin/filmcard/"
  cp "$out/filmcard.js" "$out/filmcard-core.js" "$out/filmcard-core_bg.wasm" "$out/$extra.js" \
    "$out/${extra}_bg.wasm" "$out/$player" "$plugin/filmcard/bundle/"
  schema_module "$plugin/filmcard/schema"
  prerender_module "$plugin/filmcard/prerender"
  # Prerendered cards link the bundle's stylesheet.
  cp "$out/filmcard.css" "$plugin/filmcard/bundle/"
  (cd "$plugin" && zip -q -X -r filmcard-wordpress.zip filmcard)
  mv "$plugin/filmcard-wordpress.zip" "$out/"
}

# The installable package a site adds with `npm install ./filmcard-<version>.tgz`: what
# package.json's `files` lists (its own .tgz is not among them).
pack() {
  (cd "$out" && npm pack --silent --pack-destination . >/dev/null)
}

minify_styles
build_wasm
extra=$(cargo run --quiet --locked -p filmcard-tooling --bin contract -- extra-module)
player=$(cargo run --quiet --locked -p filmcard-tooling --bin contract -- player-script)
rm -rf "$out"
mkdir -p "$out"
bundle_glue
bundle_extra
optimise_wasm
bundle_loader
bundle_player
package_files
if real_bundle; then builder_page; fi
wordpress_plugin
if real_bundle; then pack; fi
echo "dist: $(ls "$out" | tr '\n' ' ')"
