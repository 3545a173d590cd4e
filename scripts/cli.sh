#!/usr/bin/env bash
# Builds `filmcard render` for Node into the folder given (dist/cli by scripts/dist.sh): the
# prerenderer (src/prerender/) compiled to wasm with wasm-bindgen's Node target, and the small
# script the package's `bin` runs. Readers never download these files.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
out=${1:?usage: scripts/cli.sh OUT_DIR}
target_dir=${CLI_TARGET_DIR:-target}
# The same minified stylesheet as the bundle's (scripts/dist.sh writes it), so the build script
# sees the same input and the library is not built twice for it.
if [ -f "$target_dir/filmcard.min.css" ]; then
  export FILMCARD_STYLES="$PWD/$target_dir/filmcard.min.css"
fi
cargo build --release --locked --bin filmcard-render --target wasm32-unknown-unknown \
  --no-default-features --features prerender --target-dir "$target_dir"
rm -rf "$out"
mkdir -p "$out"
# wasm-bindgen's Node glue as an ES module, which imports the card's own JS (such as the grapheme
# segmenter in src/embed/, written under snippets/) with plain imports, bundled by esbuild with
# them into one CommonJS file, as the command requires it. The glue finds its wasm from
# `import.meta.url`, which a CommonJS file has as its own __filename.
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
