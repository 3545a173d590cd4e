#!/usr/bin/env bash
# Writes target/loader/contract.js (the loader's constants, imported by web/src/contract.js) and
# target/loader/samples.json (the card's verdicts the loader's tests check against), both from
# crates/film/src/contract.rs by `cargo run -p filmcard-tooling --bin contract`. Files are replaced only when they change.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/loader
for output in contract.js:"" samples.json:samples; do
  file=target/loader/${output%%:*}
  cargo run --quiet --locked -p filmcard-tooling --bin contract -- ${output#*:} > "$file.new"
  if cmp -s "$file.new" "$file"; then rm "$file.new"; else mv "$file.new" "$file"; fi
done
