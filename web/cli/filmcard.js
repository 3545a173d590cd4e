#!/usr/bin/env node
// `filmcard render film.json [--lang fr] …`: the prerendered card, for static-site builds. The
// work is the card's own Rust (crates/prerender/), compiled to wasm: Node is all it needs.
// `filmcard hugo`: the same for every card of a Hugo site (./hugo.js).
'use strict';
const { readFileSync } = require('node:fs');

const args = process.argv.slice(2);
if (args[0] === 'hugo') {
  const { out, error } = require('./hugo.js')(args.slice(1));
  if (out) process.stdout.write(out);
  if (error) {
    process.stderr.write(error.endsWith('\n') ? error : `${error}\n`);
    process.exitCode = 1;
  }
} else {
  const { run } = require('./filmcard-render.js');
  try {
    process.stdout.write(run(args, (path) => readFileSync(path === '-' ? 0 : path, 'utf8')));
  } catch (message) {
    process.stderr.write(`${message}`.endsWith('\n') ? `${message}` : `${message}\n`);
    process.exitCode = 1;
  }
}
