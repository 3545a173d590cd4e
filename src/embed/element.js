// The class of the <film-card> element. A custom element's lifecycle callbacks belong to a
// JavaScript class, so this much of the edge is JavaScript; each callback hands the element to
// the widget. Returns false, defining nothing, when the name is taken (another copy of the widget
// on the page defined it) or the page has no custom elements.
export function defineHost(name, connected, disconnected) {
  const registry = globalThis.customElements;
  if (!registry || registry.get(name)) return false;
  registry.define(
    name,
    class extends HTMLElement {
      connectedCallback() {
        connected(this);
      }
      disconnectedCallback() {
        disconnected(this);
      }
    },
  );
  return true;
}
