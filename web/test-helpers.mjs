// Shared by the unit tests in web/test/: the card's verdicts (web/test/samples.json, written by
// `scripts/contract.sh`) and a host element with inline data, enough of the DOM for scan.js and fallback.js.
import { readFileSync } from 'node:fs';

export const samples = JSON.parse(readFileSync(new URL('./test/samples.json', import.meta.url), 'utf8'));

/** A stand-in element: children, attributes, textContent and an open shadow root. */
export function element(tag, attributes = {}) {
  return {
    tag,
    attributes,
    children: [],
    shadowRoot: null,
    textContent: '',
    append(...nodes) {
      this.children.push(...nodes);
    },
    getAttribute(name) {
      return name in this.attributes ? this.attributes[name] : null;
    },
    attachShadow() {
      this.shadowRoot = element('#shadow-root');
      return this.shadowRoot;
    },
  };
}

/** A host whose inline JSON script holds `json` (text or a value). */
export function host(json, attributes = {}) {
  const node = element('film-card', attributes);
  const script = { textContent: typeof json === 'string' ? json : JSON.stringify(json) };
  node.querySelector = (selector) => (selector === ":scope > script[type='application/json']" && json !== undefined ? script : null);
  return node;
}

globalThis.document ??= { createElement: (tag) => element(tag) };
