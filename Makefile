# Filmcard's two everyday commands: `make serve` and `make test`. Both install what they need.
SHELL := bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true

.PHONY: setup serve build dist test fuzz size bench screenshot builder-screenshot clean

## Install the toolchain pieces that are missing (idempotent).
setup:
	scripts/setup.sh

## Serve the demo page at http://127.0.0.1:8080 and the card builder at /builder/, rebuilding on
## every change.
serve: setup
	trunk serve

## Build the demo site, release mode, into target/site/.
build: setup
	trunk build --release

## Build the embeddable bundle into dist/: filmcard.js, its glue and wasm, package.json, and the
## package packed for npm (dist/filmcard-<version>.tgz, with the command and the site integrations).
dist: setup
	scripts/dist.sh

## Run every test layer: lint, unit, render, browser, end-to-end.
test: setup
	scripts/test.sh

## Fuzz every reader of untrusted text for FUZZ_TIME seconds each (fuzz/, docs/fuzzing.md).
FUZZ_TIME ?= 300
fuzz: setup
	scripts/fuzz.sh $(FUZZ_TIME)

## Print the bundle's size, raw, gzip and brotli.
size: dist
	node scripts/size.mjs dist

## Take the README's screenshot of the demo card again: docs/screenshot.png (tests only write
## target/screenshot.png).
screenshot: build
	UPDATE_SCREENSHOT=1 node --test --test-name-pattern=screenshot tests/e2e/demo.test.mjs

## Take the README's screenshot of the card builder again: docs/builder.png (tests only write
## target/builder.png).
builder-screenshot: dist
	UPDATE_SCREENSHOT=1 node --test --test-name-pattern="screenshot of the builder" tests/e2e/builder.test.mjs

## Measure Filmcard against the vanilla-JS baseline (about 3 minutes); updates BENCHMARKS.md.
bench: setup
	node bench/run.mjs

clean:
	cargo clean
	rm -rf dist node_modules
