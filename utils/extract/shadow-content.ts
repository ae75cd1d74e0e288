/**
 * Text inside web components (issue #12): a page built of custom elements keeps its story in
 * open shadow roots, which `cloneNode`, `textContent` and Readability never see. Before reading,
 * such a page is copied with each shadow root's content put where the browser shows it: the
 * shadow tree in place of the host's children, each `<slot>` replaced by the light nodes assigned
 * to it (or by its fallback content). Closed shadow roots stay closed. Only a live page has shadow
 * roots (parsed HTML has none, declarative ones aside), so a page without any is returned as is,
 * after one walk that looks for them.
 */
/** `doc`, or a copy of it with its open shadow roots' content composed in. `doc` is never changed. */
export function withShadowContent(doc: Document): Document {
  const hosts = outermostShadowHosts(doc);
  if (!hosts.length) return doc;
  const copy = doc.cloneNode(true) as Document;
  const inCopy = counterparts(doc, copy, new Set(hosts));
  for (const host of hosts) {
    const target = inCopy.get(host);
    if (!target) continue;
    target.replaceChildren(...Array.from(host.shadowRoot!.childNodes, (node) => composedClone(node, copy)));
  }
  return copy;
}

/** Hosts of open shadow roots in the light tree, none inside another (that one's composition
 * takes them along). One native query and a property read per element (under a millisecond on
 * most DEV pages in Chromium: `npm run bench -- fight-back`). */
function outermostShadowHosts(doc: Document): Element[] {
  const hosts: Element[] = [];
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    // Document order: a host inside another comes after it, before the next one outside it.
    if (el.shadowRoot && !hosts[hosts.length - 1]?.contains(el)) hosts.push(el);
  }
  return hosts;
}

/** For each of `wanted` (elements of `doc`), the element at the same place in `copy`, a deep clone
 * of `doc`: the two trees are walked side by side. */
function counterparts(doc: Document, copy: Document, wanted: Set<Element>): Map<Element, Element> {
  const found = new Map<Element, Element>();
  const a = doc.createTreeWalker(doc.documentElement, 1);
  const b = copy.createTreeWalker(copy.documentElement, 1);
  for (let x: Node | null = a.currentNode, y: Node | null = b.currentNode; x && y && found.size < wanted.size; x = a.nextNode(), y = b.nextNode()) {
    if (wanted.has(x as Element)) found.set(x as Element, y as Element);
  }
  return found;
}

/** A clone of `node` into `target` as the page composes it: shadow roots open, slots filled. */
function composedClone(node: Node, target: Document): Node {
  if (node.nodeType !== 1) return target.importNode(node, false);
  const el = node as Element;
  if (el.localName === 'slot') {
    const fragment = target.createDocumentFragment();
    const assigned = (el as HTMLSlotElement).assignedNodes();
    for (const child of assigned.length ? assigned : Array.from(el.childNodes)) fragment.append(composedClone(child, target));
    return fragment;
  }
  if (el.localName === 'style' || el.localName === 'script') return target.importNode(el, true);
  const clone = target.importNode(el, false) as Element;
  for (const child of Array.from((el.shadowRoot ?? el).childNodes)) clone.append(composedClone(child, target));
  return clone;
}
