/** Walking a DOM with a TreeWalker, portably: browsers, jsdom and linkedom (whose TreeWalker has
 * only `nextNode`). */

/** Moves `walker` past everything inside `el`, its current node, and returns the next node, or
 * null at the end. */
export function skipSubtree(walker: TreeWalker, el: Node): Node | null {
  let next = walker.nextNode();
  while (next && el.contains(next)) next = walker.nextNode();
  return next;
}
