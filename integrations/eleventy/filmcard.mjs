// Filmcard for Eleventy, for an ESM configuration (eleventy.config.js with `export default`):
// `import filmcard from 'filmcard/eleventy';` then `eleventyConfig.addPlugin(filmcard, { … })`.
// The plugin itself is ./filmcard.cjs.
import filmcard from './filmcard.cjs';

export default filmcard;
