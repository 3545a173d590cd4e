#!/usr/bin/env bash
# Builds the trailer player (web/src/player.js with styles/player.css, minified, the stylesheet as
# text inside the script) into OUT, a file named as crates/film/src/contract.rs names it
# (`contract -- player-script`). Used by scripts/dist.sh for the bundle and by scripts/extra.sh
# for the site Trunk builds.
#   scripts/player.sh OUT
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
out=${1:?usage: scripts/player.sh OUT}
work=target/player
mkdir -p "$work"
esbuild styles/player.css --minify --log-level=warning --outfile="$work/player.min.css"
esbuild web/src/player.js --bundle --minify --format=esm --target=es2020 --log-level=warning \
  --loader:.css=text --alias:filmcard-player-styles="./$work/player.min.css" --outfile="$out"
