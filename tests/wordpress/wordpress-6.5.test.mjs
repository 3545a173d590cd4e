// The plugin's tests (wordpress.test.mjs) on WordPress 6.5.5, the release scripts/setup.sh keeps
// in the user's cache: script modules, Twenty Twenty-Four.
process.env.FILMCARD_WP_VERSION = '6.5';
await import('./wordpress.test.mjs');
