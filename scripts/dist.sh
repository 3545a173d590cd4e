#!/usr/bin/env bash
# Builds the embeddable bundle into dist/: filmcard.js (the entry a page loads), the wasm-bindgen
# glue and the size-optimised wasm, with stable names and a package.json ready to publish.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

out=dist
cargo build --release --locked --bin filmcard --target wasm32-unknown-unknown
rm -rf "$out"
mkdir -p "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name filmcard-core \
  target/wasm32-unknown-unknown/release/filmcard.wasm
# The features rustc enables by default for wasm32, so wasm-opt may keep using them.
wasm-opt -Oz --strip-debug --strip-producers \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$out/filmcard-core_bg.wasm" -o "$out/filmcard-core_bg.wasm"
cp web/filmcard.js web/package.json "$out/"
cp docs/bundle-readme.md "$out/README.md"
echo "dist: $(ls "$out" | tr '\n' ' ')"
