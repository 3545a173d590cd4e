// What the Firefox and WebKit drivers run inside the page: finding elements the way Playwright's
// CSS locators do (through open shadow roots) and reporting values as JSON, `undefined` kept.

/** Source of `__fc`, defined in the page before each call. Runs in the page. */
function helpers() {
  const UNDEFINED = '__fc_undefined__';
  // Splits a selector list on top-level commas, and a selector on its descendant combinators.
  const split = (text, separator) => {
    const parts = [];
    let depth = 0;
    let quote = null;
    let current = '';
    for (const char of text) {
      if (quote) {
        if (char === quote) quote = null;
      } else if (char === '"' || char === "'") quote = char;
      else if (char === '[' || char === '(') depth += 1;
      else if (char === ']' || char === ')') depth -= 1;
      else if (depth === 0 && (separator === ',' ? char === ',' : /\s/.test(char))) {
        if (current.trim()) parts.push(current.trim());
        current = '';
        continue;
      }
      current += char;
    }
    if (current.trim()) parts.push(current.trim());
    return parts;
  };
  const parentOf = (element) => element.parentElement ?? (element.parentNode instanceof ShadowRoot ? element.parentNode.host : null);
  // Right to left: the element matches the last compound, each earlier one matches an ancestor,
  // shadow hosts counting as ancestors.
  const matches = (element, selector) =>
    split(selector, ',').some((one) => {
      const compounds = split(one, ' ');
      if (!element.matches(compounds.at(-1))) return false;
      let at = element;
      for (let i = compounds.length - 2; i >= 0; i -= 1) {
        do at = parentOf(at);
        while (at && !at.matches(compounds[i]));
        if (!at) return false;
      }
      return true;
    });
  // Every element under `root`, each followed by its shadow tree, then its children.
  const everything = (root) => {
    const out = [];
    const walk = (node) => {
      for (const child of node.children) {
        out.push(child);
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    };
    walk(root.shadowRoot && root !== document ? root.shadowRoot : root);
    if (root !== document) walk(root);
    return [...new Set(out)];
  };
  const resolve = (steps, scope = document) => {
    let found = [scope];
    for (const step of steps) {
      if ('nth' in step) {
        const one = step.nth < 0 ? found.at(step.nth) : found[step.nth];
        found = one ? [one] : [];
      } else if ('has' in step) {
        found = found.filter((element) => resolve(step.has, element).length > 0);
      } else {
        const next = [];
        for (const root of found) {
          for (const element of everything(root)) {
            if (!matches(element, step.css)) continue;
            if (step.hasText !== undefined && !element.textContent.includes(step.hasText)) continue;
            next.push(element);
          }
        }
        found = [...new Set(next)];
      }
    }
    return found;
  };
  const visible = (element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
  };
  const encode = (value) =>
    JSON.stringify({ value }, (key, v) => (v === undefined ? UNDEFINED : typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));
  return { resolve, visible, encode, UNDEFINED };
}

export const UNDEFINED = '__fc_undefined__';

/** JavaScript source for `value`: JSON, with functions (at any depth) and `undefined` as code. */
function source(value) {
  if (typeof value === 'function') return `(${String(value)})`;
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `[${value.map(source).join(', ')}]`;
  if (value && typeof value === 'object') return `{${Object.entries(value).map(([key, v]) => `${JSON.stringify(key)}: ${source(v)}`).join(', ')}}`;
  return JSON.stringify(value);
}

/**
 * An expression that runs `fn(arg)` in the page (with `__fc` defined) and resolves to the JSON of
 * its result. The functions travel as source inside the expression, so nothing is evaluated from
 * a string in the page and a page's CSP does not stand in the way.
 */
export function callExpression(fn, arg) {
  return `(async () => { const __fc = (${helpers})(); return __fc.encode(await (${fn})(${source(arg)})); })()`;
}

/** The value JSON from `callExpression` stands for, `undefined` restored. */
export function decode(json) {
  const restore = (value) => {
    if (value === UNDEFINED) return undefined;
    if (Array.isArray(value)) return value.map(restore);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, restore(v)]));
    return value;
  };
  return restore(JSON.parse(json).value);
}

/** A WebDriver script body that returns the element `steps` find first. */
export function elementScript(steps) {
  return `const __fc = (${helpers})(); return __fc.resolve(${JSON.stringify(steps)})[0];`;
}
