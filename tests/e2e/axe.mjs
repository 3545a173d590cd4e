// axe-core run in a page, the project's one accessibility scanner: by the suites written against
// the engine layer (tests/e2e/engines/, which re-exports it) in every engine, and by the
// Chromium-only suites on Playwright's page.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const AXE_SOURCE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's rule tags for WCAG 2.2 AA, the level every page of the project is checked at. */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core in the page, shadow roots included, with these rule tags, over the whole document
 * or the elements `include` selects; resolves to { violations: ['rule: targets'], passes: count }.
 * The same script in every engine: evaluated by Playwright's page, added by the other engines'
 * (tests/e2e/engines/).
 */
export async function runAxe(page, tags = WCAG_AA, include = null) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) {
    // Run as the driver's own script: a page's CSP would refuse a script element or eval.
    if (typeof page.addScript === 'function') await page.addScript(AXE_SOURCE);
    else await page.evaluate(AXE_SOURCE);
  }
  return page.evaluate(async ([only, selector]) => {
    const context = selector ? { include: [selector] } : document;
    const results = await window.axe.run(context, { runOnly: { type: 'tag', values: only }, resultTypes: ['violations'] });
    return {
      violations: results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.flat().join(' ')).join(', ')}`),
      passes: results.passes.length,
    };
  }, [tags, include]);
}
