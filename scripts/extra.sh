#!/usr/bin/env bash
# Builds the on-demand module (src/bin/extra.rs: the page's JSON-LD reader, fetched only by a card
# with `source="ld+json"`) and the trailer player (scripts/player.sh) for a site Trunk builds:
# Trunk runs it after each build of the demo (see Trunk.toml), so a JSON-LD card and a trailer
# work under `trunk serve` and `trunk build` as with the bundle.
#   scripts/extra.sh SITE [release|debug]
# The card imports the module from beside src/embed/extra.js, the wasm-bindgen snippet that loads
# it: in dist/ esbuild bundles that snippet into the glue, so the module sits beside the glue;
# in Trunk's site the snippet is a file of its own under snippets/, so the module goes beside it.
# Built on stable with Trunk's profile, in Trunk's target folder, so the library Trunk built for
# the demo is reused. wasm-bindgen's output is kept in target/trunk-extra/ and made again only when
# cargo linked a new wasm: the hook runs on every rebuild of `trunk serve`.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
site=${1:?usage: scripts/extra.sh SITE [release|debug]}
profile=${2:-release}
flags=()
if [ "$profile" = release ]; then flags=(--release); fi
cargo build "${flags[@]}" --locked --bin extra --target wasm32-unknown-unknown

shopt -s nullglob
loaders=("$site"/snippets/*/src/embed/extra.js)
if [ "${#loaders[@]}" -ne 1 ]; then
  echo "extra: expected one snippets/*/src/embed/extra.js in $site (wasm-bindgen's snippets), found ${#loaders[@]}" >&2
  exit 1
fi
beside=$(dirname "${loaders[0]}")

wasm=target/wasm32-unknown-unknown/$profile/extra.wasm
cache=target/trunk-extra/$profile
stamp=$(stat -c '%y %s' "$wasm")
if [ "$(cat "$cache/stamp" 2>/dev/null)" != "$stamp" ]; then
  rm -rf "$cache"
  mkdir -p "$cache/out"
  # The module's name, from crates/film/src/contract.rs (the tooling crate builds on the core
  # alone, so no feature of the card's changes it).
  extra=$(cargo run --quiet --locked -p filmcard-tooling --bin contract -- extra-module)
  wasm-bindgen --target web --no-typescript --out-dir "$cache/out" --out-name "$extra" "$wasm"
  # wasm-bindgen writes every snippet of the library; the module's glue imports none of them.
  rm -rf "$cache/out/snippets"
  if [ "$profile" = release ]; then
    node scripts/wasm-opt.mjs "$cache/out/${extra}_bg.wasm"
  fi
  echo "$stamp" > "$cache/stamp"
fi
cp -r "$cache/out/." "$beside/"
echo "extra: ${beside#"$site"/}/: $(ls "$cache/out" | tr '\n' ' ')"

# The trailer player goes beside its own snippet, src/embed/player.js, which imports it.
players=("$site"/snippets/*/src/embed/player.js)
if [ "${#players[@]}" -ne 1 ]; then
  echo "extra: expected one snippets/*/src/embed/player.js in $site, found ${#players[@]}" >&2
  exit 1
fi
player=$(cargo run --quiet --locked -p filmcard-tooling --bin contract -- player-script)
scripts/player.sh "$(dirname "${players[0]}")/$player"
echo "extra: the trailer player, $player, beside ${players[0]#"$site"/}"
