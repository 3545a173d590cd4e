// Short names for what the bundle's wasm and its glue call each other by. wasm-bindgen names each
// import after its JS function with a hash (`__wbg_insertBefore_10ab0c19b463c12b`, 148 of them)
// and each closure's export after its types, and both files carry every name: hashes that no
// compressor can shorten (what they cost is a row in BENCHMARKS.md). wasm-opt's minifier renames the wasm's imports, their
// module and its exports, and prints what it renamed; this applies the same to the glue and writes
// the few names the hand-written modules use (web/src/core.js, src/embed/trap.js) to a module of
// their own, so no name is written twice.
//
//   node scripts/short-names.mjs GLUE_DIR    GLUE_DIR holds wasm-bindgen's `--target bundler`
//                                             output: filmcard-core_bg.wasm and filmcard-core_bg.js
//                                             (both rewritten), and gets wasm-names.js
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FEATURES } from './wasm-opt.mjs';

/** The exports the hand-written modules call, by the names they call them. */
const USED = { start: '__wbindgen_start', stop: 'stop' };

const fail = (message) => {
  console.error(`short-names: ${message}`);
  process.exit(1);
};

const dir = process.argv[2];
if (!dir || process.argv.length > 3) fail('usage: node scripts/short-names.mjs GLUE_DIR');
const wasm = join(dir, 'filmcard-core_bg.wasm');
const gluePath = join(dir, 'filmcard-core_bg.js');

const minified = spawnSync('wasm-opt', ['--minify-imports-and-exports-and-modules', ...FEATURES, wasm, '-o', wasm], {
  encoding: 'utf8',
  maxBuffer: 1 << 24,
});
if (minified.error || minified.status !== 0) fail(`wasm-opt: ${minified.error?.message ?? minified.stderr}`);
// The mapping is the JSON object wasm-opt prints: `imports` as [module, name, new name] and
// `exports` as [name, new name].
const { imports, exports } = JSON.parse(minified.stdout.slice(minified.stdout.indexOf('{')));
// The module's new name, as the wasm now has it: the glue must be the only one imported from.
const modules = new Set(WebAssembly.Module.imports(new WebAssembly.Module(await readFile(wasm))).map((i) => i.module));
if (modules.size !== 1 || new Set(imports.map(([old]) => old)).size !== 1) {
  fail(`expected the glue as the only module imported from, found ${[...modules].join(', ')}`);
}
const [module] = modules;

let glue = await readFile(gluePath, 'utf8');
const count = (pattern) => (glue.match(pattern) ?? []).length;
const escape = (name) => name.replace(/[$]/g, '\\$');

// Each imported function stays defined under its own name and is exported under the new one.
const renamed = [];
for (const [, name, short] of imports) {
  const definition = new RegExp(`^export function ${escape(name)}\\(`, 'm');
  if (count(new RegExp(definition, 'gm')) !== 1) fail(`the glue does not define ${name} once`);
  glue = glue.replace(definition, `function ${name}(`);
  renamed.push(`${name} as ${short}`);
}
// Each export the glue calls, under its new name.
const exported = new Map(exports);
glue = glue.replace(/\bwasm\.([A-Za-z_$][\w$]*)/g, (whole, name) => {
  if (!exported.has(name)) fail(`the glue calls wasm.${name}, which the wasm does not export`);
  return `wasm.${exported.get(name)}`;
});
glue += `\nexport { ${renamed.join(', ')} };\n`;

const names = Object.fromEntries(
  Object.entries(USED).map(([key, name]) => {
    if (!exported.has(name)) fail(`the wasm does not export ${name}`);
    return [key, exported.get(name)];
  }),
);
await writeFile(gluePath, glue);
await writeFile(
  join(dir, 'wasm-names.js'),
  `// Written by scripts/short-names.mjs: the names the wasm's imports and exports have in this build.\n` +
    `export const MODULE = ${JSON.stringify(module)};\n` +
    Object.entries(names)
      .map(([key, name]) => `export const ${key.toUpperCase()} = ${JSON.stringify(name)};\n`)
      .join(''),
);
console.error(`short-names: ${imports.length} imports and ${exports.length} exports renamed`);
