#!/usr/bin/env bash
# Builds the embeddable bundle into dist/: filmcard.js (the entry a page loads), the wasm-bindgen
# glue and the size-optimised wasm, with stable names and a package.json ready to publish.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

# DIST_OUT and DIST_FEATURES build a variant elsewhere, e.g. the test build with panic-probe; it
# gets its own target folder so that switching features does not rebuild the real bundle.
out=${DIST_OUT:-dist}
target_dir=target
if [ -n "${DIST_FEATURES:-}" ]; then
  target_dir=target/variant-$(echo "$DIST_FEATURES" | tr -c 'a-z0-9\n' '-')
fi
cargo build --release --locked --bin filmcard --target wasm32-unknown-unknown \
  --target-dir "$target_dir" --features "${DIST_FEATURES:-}"
rm -rf "$out"
mkdir -p "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name filmcard-core \
  "$target_dir/wasm32-unknown-unknown/release/filmcard.wasm"
# The features rustc enables by default for wasm32, so wasm-opt may keep using them.
wasm-opt -Oz --strip-debug --strip-producers \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$out/filmcard-core_bg.wasm" -o "$out/filmcard-core_bg.wasm"
cp web/filmcard.js web/package.json "$out/"
cp docs/bundle-readme.md "$out/README.md"
echo "dist: $(ls "$out" | tr '\n' ' ')"
