// Every repository path the docs write in backticks exists: README.md, BENCHMARKS.md and docs/*.md
// (docs/bundle-readme.md is the bundle's own README: its paths are the bundle's, not the
// repository's). A path is a backticked word whose first part is one of the repository's own
// top-level files or folders; what the build writes (target/, dist/, node_modules/) is left out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
const GENERATED = new Set(['target', 'dist', 'node_modules', '.git']);
const TOP = new Set(readdirSync(ROOT).filter((name) => !GENERATED.has(name)));

/** The backticked words of a Markdown text that name a repository path, outside fenced blocks. */
export function pathsIn(markdown) {
  const prose = markdown.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');
  const paths = [];
  for (const [, word] of prose.matchAll(/`([^`\s]+)`/g)) {
    // Placeholders (`lang/<code>.json`) and elisions (`target/nightly/…/x`) name no one file.
    if (/[<>…]/.test(word)) continue;
    const first = word.split('/')[0];
    if (word.includes('/') ? TOP.has(first) : TOP.has(word) && word.includes('.')) paths.push(word);
  }
  return paths;
}

/** Whether a path exists; a `*` in its last part matches any run of characters there. */
export function exists(path) {
  const bare = path.replace(/\/$/, '');
  if (!bare.includes('*')) return existsSync(join(ROOT, bare));
  const pattern = new RegExp(`^${bare.split('/').pop().split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  const folder = join(ROOT, dirname(bare));
  return existsSync(folder) && readdirSync(folder).some((name) => pattern.test(name));
}

const docs = ['README.md', 'BENCHMARKS.md', ...readdirSync(join(ROOT, 'docs'))
  .filter((name) => name.endsWith('.md') && name !== 'bundle-readme.md')
  .map((name) => `docs/${name}`)];

for (const doc of docs) {
  test(`${doc} names only paths that exist`, () => {
    const text = readFileSync(join(ROOT, doc), 'utf8');
    const missing = pathsIn(text).filter((path) => !exists(path));
    assert.deepEqual(missing, [], `${doc} names paths that do not exist`);
  });
}

test('a made-up path is caught, and what is not a repository path is left alone', () => {
  const text = [
    'The reader is `src/nowhere.rs`, its tests `tests/e2e/nothing.test.mjs`, its folder `web/gone/`,',
    'beside `src/embed/mount*` and `Cargo.toml`; the site writes `layouts/shortcodes/filmcard.html`,',
    'the build `target/dist-probe/` and `dist/cli/`, a placeholder `lang/<code>.json`, a command `make test`.',
    '```sh',
    'cat src/also-made-up.rs `src/in-a-fence.rs`',
    '```',
  ].join('\n');
  const paths = pathsIn(text);
  assert.deepEqual(paths, ['src/nowhere.rs', 'tests/e2e/nothing.test.mjs', 'web/gone/', 'src/embed/mount*', 'Cargo.toml']);
  assert.deepEqual(paths.filter((path) => !exists(path)), ['src/nowhere.rs', 'tests/e2e/nothing.test.mjs', 'web/gone/']);
});
