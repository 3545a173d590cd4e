#!/usr/bin/env bash
# Runs every test layer in order and prints one summary line per layer, then the total.
# Expects the tools from scripts/setup.sh (`make test` runs that first).
set -euo pipefail
cd "$(dirname "$0")/.."

export PATH="$PWD/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CARGO_TERM_COLOR=never
# A one-off run (CI) gains nothing from incremental caches, which would double the disk it needs.
if [[ -n "${CI:-}" ]]; then export CARGO_INCREMENTAL=0; fi

log_dir=target/test-logs
mkdir -p "$log_dir"
summary=()
total_passed=0

# Runs a layer, keeping its output in a log and echoing it; fails the run when the layer fails.
run_layer() {
  local name=$1
  shift
  echo "== $name: $*"
  layer_start=$SECONDS
  if ! "$@" 2>&1 | tee "$log_dir/$name.log"; then
    echo "$name: FAILED (log: $log_dir/$name.log)"
    for line in "${summary[@]}"; do echo "$line"; done
    exit 1
  fi
}

# Adds the passed count a layer's runner reported to the summary.
count_layer() {
  local name=$1 passed
  case $name in
    e2e* | wordpress | hugo | eleventy) passed=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$log_dir/$name.log" | tail -n 1) ;;
    *) passed=$(grep -o 'test result: ok\. [0-9]* passed' "$log_dir/$name.log" | awk '{ sum += $4 } END { print sum + 0 }') ;;
  esac
  # The loader layer runs both: cargo's tests and node's (tap).
  if [ "$name" = loader ]; then
    passed=$((passed + $(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$log_dir/$name.log" | tail -n 1)))
  fi
  if [ "${passed:-0}" -eq 0 ]; then
    echo "$name: no tests ran"
    exit 1
  fi
  total_passed=$((total_passed + passed))
  case $name in
    e2e-*)
      local skipped
      skipped=$(sed -n 's/^# skipped \([0-9]*\)$/\1/p' "$log_dir/$name.log" | tail -n 1)
      summary+=("$name: $passed passed, 0 failed, ${skipped:-0} skipped (the engine cannot check them; docs/engines.md), $((SECONDS - layer_start)) s")
      ;;
    *) summary+=("$name: $passed passed, 0 failed") ;;
  esac
}

# Chained with &&: run_layer calls this as an `if` condition, where bash ignores `set -e`, so
# one line per command would let every check but the last fail unnoticed.
# Every crate of the workspace (crates/) natively and for wasm32; the bundle's and the command's
# builds are the root package's.
lint() {
  cargo fmt --all --check &&
    cargo clippy --workspace --all-targets --locked -- -D warnings &&
    cargo clippy --workspace --all-targets --locked --target wasm32-unknown-unknown -- -D warnings &&
    cargo clippy --locked --target wasm32-unknown-unknown --no-default-features --features panic-probe,terse-errors -- -D warnings &&
    cargo clippy --all-targets --locked -p filmcard-prerender -- -D warnings &&
    cargo clippy --locked --target wasm32-unknown-unknown -p filmcard-prerender --bin filmcard-render -- -D warnings
}
run_layer lint lint
summary+=("lint: fmt and clippy (native and wasm32) clean")

run_layer unit cargo test --locked --workspace --lib
count_layer unit

# The loader (web/): its constants and samples, generated from crates/film/src/contract.rs and
# committed, checked to be what the contract gives now, the edge checked against the contract, and
# its modules' unit tests, its rules run over the card's own verdicts; and every repository path
# the docs name (tests/docs/).
loader() {
  scripts/contract.sh --check &&
    cargo test --locked --test contract &&
    node --test --test-reporter=tap web/test/ tests/docs/
}
run_layer loader loader
count_layer loader

run_layer render cargo test --locked -p filmcard -p filmcard-builder --test render --test builder_render
count_layer render

run_layer hardening cargo test --locked --test bad_data --test json_ld_corpus --test source_guard --test contrast
count_layer hardening

# The readers of untrusted text under libFuzzer (fuzz/, on the pinned nightly; `make fuzz` runs
# longer): each target replays its saved corpus, every crash found kept there as a regression
# case, and the project's corpora, then mutates them for 10 s; under a minute once built.
run_layer fuzz scripts/fuzz.sh 10
summary+=("fuzz: $(awk '/^fuzz: .* runs in .* no crash$/ { targets++; runs += $3 } END { print targets " targets, " runs " runs, no crash" }' "$log_dir/fuzz.log")")

run_layer browser cargo test --locked --target wasm32-unknown-unknown -p filmcard -p filmcard-builder-page --test browser --test browser_lifecycle --test builder_browser
count_layer browser

run_layer build trunk build --release --locked
run_layer dist scripts/dist.sh
run_layer dist-probe env DIST_OUT=target/dist-probe DIST_FEATURES=panic-probe scripts/dist.sh
run_layer size node scripts/size.mjs dist
run_layer size-ceiling node bench/check-size.mjs dist
summary+=("size: $(awk '$1 == "total" { print $4 " bytes brotli (" $2 " raw), dist/ JS + wasm" }' "$log_dir/size.log")")
summary+=("size-ceiling: $(grep '^size:' "$log_dir/size-ceiling.log")")

# End to end, once per engine: every suite in Chromium; the suites written against the engine
# layer (tests/e2e/engines/) in Firefox ESR and WebKitGTK too. MiniBrowser has no headless mode,
# so WebKit runs in a virtual display; WebKitWebDriver takes ports from E2E_PORTS (9300-9399).
mapfile -t every_engine < <(grep -l "from './engines/index.mjs'" tests/e2e/*.test.mjs)
run_layer e2e-chromium env E2E_ENGINE=chromium node --test --test-timeout=1200000 --test-reporter=tap tests/e2e/
count_layer e2e-chromium
run_layer e2e-firefox env E2E_ENGINE=firefox node --test --test-timeout=1200000 --test-reporter=tap "${every_engine[@]}"
count_layer e2e-firefox
run_layer e2e-webkit env E2E_ENGINE=webkit xvfb-run -a -s "-screen 0 1920x1200x24" node --test --test-timeout=1200000 --test-reporter=tap "${every_engine[@]}"
count_layer e2e-webkit

# The WordPress plugin (dist/filmcard-wordpress.zip) on a throwaway WordPress from Debian's
# packages: every PHP file must parse, then the posts are read in Chromium.
wordpress() {
  local file
  for file in $(find integrations tests -name '*.php' | sort); do
    php -l "$file" >/dev/null || { echo "php -l $file failed"; return 1; }
  done &&
    node --test --test-reporter=tap tests/wordpress/
}
started=$SECONDS
run_layer wordpress wordpress
count_layer wordpress
summary[-1]="${summary[-1]} ($((SECONDS - started)) s)"

# The Hugo shortcode (integrations/hugo/) in small sites built by Debian's hugo: as copied, and
# installed with the package's tarball and `npx filmcard hugo`, which prerenders every card.
run_layer hugo node --test --test-reporter=tap tests/hugo/
count_layer hugo

# The Eleventy plugin (integrations/eleventy/) from the package's tarball, in a site built by
# npm's @11ty/eleventy (package-lock.json), with an ESM and a CommonJS configuration.
run_layer eleventy node --test --test-reporter=tap tests/eleventy/
count_layer eleventy

echo
echo "== summary"
for line in "${summary[@]}"; do echo "$line"; done
echo "all layers: $total_passed passed, 0 failed"
