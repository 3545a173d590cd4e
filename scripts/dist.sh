#!/usr/bin/env bash
# Builds the embeddable bundle into dist/: filmcard.js (the entry a page loads), the wasm-bindgen
# glue and the size-optimised wasm, with stable names and a package.json ready to publish; its
# stylesheet as a file, the `filmcard render` command for Node in cli/, the Hugo and Eleventy
# integrations, the WordPress plugin's zip with that bundle inside, and the whole package packed
# as filmcard-<version>.tgz.
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
out=${DIST_OUT:-dist}
target_dir=target
if [ -n "${DIST_FEATURES:-}" ]; then
  target_dir=target/variant-$(echo "$DIST_FEATURES" | tr -c 'a-z0-9\n' '-')
fi
nightly_dir=target/nightly
# The stylesheet goes into the wasm minified (see build.rs).
mkdir -p "$target_dir"
# Replaced only when it changes, so an unchanged stylesheet does not rebuild the crate.
cat styles/tokens.css styles/card.css |
  esbuild --loader=css --minify --log-level=warning > "$target_dir/filmcard.min.css.new"
if cmp -s "$target_dir/filmcard.min.css.new" "$target_dir/filmcard.min.css"; then
  rm "$target_dir/filmcard.min.css.new"
else
  mv "$target_dir/filmcard.min.css.new" "$target_dir/filmcard.min.css"
fi
# The bundle's wasm, and the on-demand module (src/bin/extra.rs): what few cards need (the
# page's JSON-LD reader, and why a card's data was refused in full), fetched from beside the
# bundle only by a card that needs it, so every other reader downloads none of it. Its name comes
# from crates/film/src/contract.rs. Both by the nightly; the bundle's with `terse-errors` (the data
# validator's texts left out, see crates/film/src/data/error.rs), so the two are built apart.
for build in "filmcard terse-errors${DIST_FEATURES:+,$DIST_FEATURES}" "extra ${DIST_FEATURES:-}"; do
  read -r bin features <<<"$build"
  FILMCARD_STYLES="$PWD/$target_dir/filmcard.min.css" RUSTFLAGS="$DIST_RUSTFLAGS" \
    cargo "+$NIGHTLY" build --release --locked --bin "$bin" --target wasm32-unknown-unknown \
    -Z build-std=std,panic_abort -Z build-std-features=optimize_for_size \
    --target-dir "$nightly_dir" --no-default-features --features "$features"
done
extra=$(cargo run --quiet --locked -p filmcard-tooling --bin contract -- extra-module)
rm -rf "$out"
mkdir -p "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name filmcard-core \
  "$nightly_dir/wasm32-unknown-unknown/release/filmcard.wasm"
wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name "$extra" \
  "$nightly_dir/wasm32-unknown-unknown/release/extra.wasm"
# The features rustc enables by default for wasm32, so wasm-opt may keep using them.
for wasm in filmcard-core "$extra"; do
  wasm-opt -Oz --strip-debug --strip-producers \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$out/${wasm}_bg.wasm" -o "$out/${wasm}_bg.wasm"
done
cp web/package.json "$out/"
# The loader's constants, generated from crates/film/src/contract.rs and styles/ (natively, into target/
# whatever the variant), then the loader's modules bundled into one file. The loader and the
# wasm-bindgen glue are minified (esbuild, from package-lock.json): every reader of every blog
# downloads them.
scripts/contract.sh
esbuild web/src/start.js --bundle --external:./filmcard-core.js --minify --format=esm --target=es2020 \
  --log-level=warning --outfile="$out/filmcard.js"
# Every call into the wasm goes through the glue's `wasm` object, the instance's exports: they are
# wrapped (src/embed/trap.js) so that a trap is caught where it leaves the wasm, and reported.
glue=$out/filmcard-core.js
if ! grep -q '^    wasm = instance\.exports;$' "$glue"; then
  echo "dist: the wasm-bindgen glue no longer sets 'wasm = instance.exports;'; see src/embed/trap.js" >&2
  exit 1
fi
sed -i 's/^    wasm = instance\.exports;$/    wasm = guard(instance.exports);/' "$glue"
echo "import { guard } from '$PWD/src/embed/trap.js';" >> "$glue"
# The glue is bundled with the modules it imports (the <film-card> class, src/embed/element.js,
# which wasm-bindgen writes under snippets/), so the bundle stays three files and a page makes no
# extra request for it.
esbuild "$out/filmcard-core.js" --bundle --minify --format=esm --target=es2020 --log-level=warning \
  --allow-overwrite --outfile="$out/filmcard-core.js"
esbuild "$out/$extra.js" --minify --format=esm --target=es2020 --log-level=warning \
  --allow-overwrite --outfile="$out/$extra.js"
rm -rf "$out/snippets"
# The same minified stylesheet as a file: a prerendered card (`filmcard render`) links it from its
# shadow root, so it is styled before any script runs, under a CSP without inline styles.
cp "$target_dir/filmcard.min.css" "$out/filmcard.css"
# `filmcard render` for Node, the package's `bin`, in cli/: readers never download it. Only the
# real bundle carries it (a variant is for tests of the widget).
if [ -z "${DIST_FEATURES:-}" ]; then
  scripts/cli.sh "$out/cli"
fi
cp docs/bundle-readme.md "$out/README.md"
# The static-site integrations, which use the command: the Hugo shortcode (hugo/, which
# `filmcard hugo` copies into a site, with the card's table of attribute values, the one the
# WordPress plugin reads) and the Eleventy plugin (eleventy/, the package's `filmcard/eleventy`).
mkdir -p "$out/hugo/data/filmcard" "$out/eleventy"
cp -r integrations/hugo/layouts "$out/hugo/"
cp integrations/wordpress/filmcard/attributes.json "$out/hugo/data/filmcard/"
cp integrations/eleventy/filmcard.cjs integrations/eleventy/filmcard.mjs "$out/eleventy/"
# The card builder's page, in a folder of its own: its wasm is not the reader's, and the size
# check counts only the bundle's top-level files. Not part of test variants of the bundle.
if [ -z "${DIST_FEATURES:-}" ]; then
  FILMCARD_STYLES="$PWD/$target_dir/filmcard.min.css" scripts/builder.sh "$out/builder" release
fi
# The WordPress plugin with this bundle inside it, as the zip WordPress uploads (Plugins, Add New).
plugin=$target_dir/wordpress-plugin
rm -rf "$plugin"
mkdir -p "$plugin/filmcard/bundle"
cp -r integrations/wordpress/filmcard/. "$plugin/filmcard/"
cp "$out/filmcard.js" "$out/filmcard-core.js" "$out/filmcard-core_bg.wasm" "$out/$extra.js" \
  "$out/${extra}_bg.wasm" "$plugin/filmcard/bundle/"
# The block editor's JSON-LD module (src/bin/schema.rs, the mapping of crates/film/src/schema/), in the
# plugin's schema/ only: the editor computes each Film card block's JSON-LD with it, and the
# plugin writes that in the post's head. Readers never download it. Built on stable, with the
# builder's features, so the library is built once for both.
cargo build --release --locked --bin filmcard-schema --target wasm32-unknown-unknown
wasm-bindgen --target web --no-typescript --out-dir "$plugin/filmcard/schema" --out-name filmcard-schema \
  target/wasm32-unknown-unknown/release/filmcard-schema.wasm
wasm-opt -Oz --strip-debug --strip-producers \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$plugin/filmcard/schema/filmcard-schema_bg.wasm" -o "$plugin/filmcard/schema/filmcard-schema_bg.wasm"
# The module imports none of the card's own JS: the snippets wasm-bindgen copies are left out.
if grep -q 'snippets/' "$plugin/filmcard/schema/filmcard-schema.js"; then
  echo "dist: the schema module imports a snippet; ship schema/snippets/ with it" >&2
  exit 1
fi
rm -rf "$plugin/filmcard/schema/snippets"
(cd "$plugin" && zip -q -X -r filmcard-wordpress.zip filmcard)
mv "$plugin/filmcard-wordpress.zip" "$out/"
# The installable package a site adds with `npm install ./filmcard-<version>.tgz`: what
# package.json's `files` lists (its own .tgz is not among them). Not for test variants.
if [ -z "${DIST_FEATURES:-}" ]; then
  (cd "$out" && npm pack --silent --pack-destination . >/dev/null)
fi
echo "dist: $(ls "$out" | tr '\n' ' ')"
