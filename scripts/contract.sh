#!/usr/bin/env bash
# The loader's share of the contract, generated from crates/film/src/contract.rs and styles/ by
# `cargo run -p filmcard-tooling --bin contract` and kept under version control, so the loader's sources and tests
# import files of the repository, never build output, and `node --test web/test/` runs on a fresh
# clone with no build at all:
#   web/src/contract.js    the loader's constants (`cargo run -p filmcard-tooling --bin contract`)
#   web/test/samples.json  the card's verdicts the loader's tests check against (`… samples`)
#   scripts/contract.sh          writes both (after a change to the contract or the styles)
#   scripts/contract.sh --check  writes nothing and fails when either differs from what the
#                                contract gives now (the loader layer of scripts/test.sh, and
#                                scripts/dist.sh before it bundles the loader)
set -euo pipefail
cd "$(dirname "$0")/.."
check=false
if [ "${1:-}" = --check ]; then check=true; fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
stale=0
for output in web/src/contract.js: web/test/samples.json:samples; do
  file=${output%%:*}
  fresh=$scratch/$(basename "$file")
  cargo run --quiet --locked -p filmcard-tooling --bin contract -- ${output#*:} > "$fresh"
  if cmp -s "$fresh" "$file"; then continue; fi
  if $check; then
    echo "contract: $file differs from what the contract and styles/ give; run scripts/contract.sh" >&2
    diff -u "$file" "$fresh" >&2 || true
    stale=1
  else
    cp "$fresh" "$file"
    echo "contract: wrote $file"
  fi
done
exit $stale
