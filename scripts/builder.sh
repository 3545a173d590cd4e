#!/usr/bin/env bash
# Builds the card builder's page into a folder: index.html, its stylesheet, and its own wasm and
# glue (the filmcard-builder-page crate, crates/builder-page/, on the builder's views in
# crates/builder/), apart from the reader's bundle so readers never download it.
#   scripts/builder.sh OUT [release|debug]
# scripts/dist.sh runs it for dist/builder/; Trunk runs it after each build of the demo (see
# Trunk.toml) so `trunk serve` shows it at /builder/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
out=${1:?usage: scripts/builder.sh OUT [release|debug]}
profile=${2:-release}
flags=()
if [ "$profile" = release ]; then flags=(--release); fi
cargo build "${flags[@]}" --locked -p filmcard-builder-page --bin builder --target wasm32-unknown-unknown
mkdir -p "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name builder \
  "target/wasm32-unknown-unknown/$profile/builder.wasm"
if [ "$profile" = release ]; then
  node scripts/wasm-opt.mjs "$out/builder_bg.wasm"
fi
cp builder/index.html builder/start.js "$out/"
cat styles/builder.css |
  esbuild --loader=css --minify --log-level=warning > "$out/builder.css"
echo "builder: $(ls "$out" | tr '\n' ' ')"
