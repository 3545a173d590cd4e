#!/usr/bin/env node
// `filmcard render film.json [--lang fr] …`: the prerendered card, for static-site builds. The
// work is the card's own Rust (src/prerender/), compiled to wasm: Node is all it needs.
'use strict';
const { readFileSync } = require('node:fs');
const { run } = require('./filmcard-render.js');

try {
  process.stdout.write(run(process.argv.slice(2), (path) => readFileSync(path === '-' ? 0 : path, 'utf8')));
} catch (message) {
  process.stderr.write(`${message}`.endsWith('\n') ? `${message}` : `${message}\n`);
  process.exitCode = 1;
}
