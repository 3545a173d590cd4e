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
        // Defined before the parser reached the element's end (a page still loading): its data
        // and its prerendered shadow root (<template shadowrootmode>) are not parsed yet, and a
        // shadow root attached now would make the parser drop the prerendered one. It is handed
        // over once the page is parsed.
        if (document.readyState === 'loading' && !parsedPast(this)) {
          document.addEventListener('DOMContentLoaded', () => this.isConnected && connected(this), { once: true });
          return;
        }
        connected(this);
      }
      disconnectedCallback() {
        disconnected(this);
      }
    },
  );
  return true;
}

// Whether the parser has gone past `element`'s end tag: something follows it, or one of its
// ancestors.
function parsedPast(element) {
  for (let node = element; node; node = node.parentNode) if (node.nextSibling) return true;
  return false;
}
