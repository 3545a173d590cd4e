#!/usr/bin/env bash
# Builds `filmcard render` for Node into the folder given (dist/cli by scripts/dist.sh): the
# prerenderer (crates/prerender/) compiled to wasm with wasm-bindgen's Node target, and the small
# script the package's `bin` runs. Readers never download these files.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
out=${1:?usage: scripts/cli.sh OUT_DIR}
target_dir=${CLI_TARGET_DIR:-target}
cargo build --release --locked -p filmcard-prerender --bin filmcard-render --target wasm32-unknown-unknown \
  --target-dir "$target_dir"
rm -rf "$out"
mkdir -p "$out"
# wasm-bindgen's Node glue as an ES module, bundled by esbuild into one CommonJS file, as the
# command requires it. The glue finds its wasm from `import.meta.url`, which a CommonJS file has
# as its own __filename.
wasm-bindgen --target experimental-nodejs-module --no-typescript --out-dir "$out" --out-name filmcard-render \
  "$target_dir/wasm32-unknown-unknown/release/filmcard-render.wasm"
esbuild "$out/filmcard-render.js" --bundle --platform=node --format=cjs --target=node18 \
  --define:import.meta.url=moduleUrl --banner:js="const moduleUrl = require('node:url').pathToFileURL(__filename).href;" \
  --log-level=warning --allow-overwrite --outfile="$out/filmcard-render.js"
# The bundle's package.json says "module"; the command's files are CommonJS.
echo '{ "type": "commonjs" }' > "$out/package.json"
# The command itself, and what `filmcard hugo` and the Eleventy plugin share (web/cli/).
cp web/cli/filmcard.js web/cli/hugo.js web/cli/site.js "$out/"
rm -rf "$out/snippets"
