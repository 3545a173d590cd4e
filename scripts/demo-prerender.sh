#!/usr/bin/env bash
# Trunk's pre-build hook (Trunk.toml): the demo page's prerendered card, made fresh on every build
# by `filmcard render` (natively), and the stylesheet it links, both under target/demo/ for
# index.html to inline and copy.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
mkdir -p target/demo
cat styles/tokens.css styles/card.css |
  esbuild --loader=css --minify --log-level=warning > target/demo/filmcard.css
cargo run --quiet --locked -p filmcard-prerender --bin filmcard-render -- \
  render demo/the-red-shoes.json --theme dark --css filmcard.css > target/demo/prerendered.html.new
mv target/demo/prerendered.html.new target/demo/prerendered.html
