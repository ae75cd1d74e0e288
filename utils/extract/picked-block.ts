/**
 * The block the person picked as the article (issue #12, "This isn't the article?"): a CSS
 * selector for it that still finds it on the site's next page, and a copy of a page narrowed to
 * it for the extraction. The selector is made from what a site's template keeps from page to page
 * (an id, the block's own classes, an itemprop or a role) before its position, and only from
 * names that look written by a person: a generated one ("css-1x2y3z", "sc-a8Bc2") changes with
 * the next deploy.
 */

/** A class or id token that names a role: letters first, then letters, digits, '-' or '_'. */
const NAMED_TOKEN = /^[a-z][\w-]*$/i;
/** ...and not one a build tool made: a run of digits, or digits mixed with capitals (hashes). */
const GENERATED_TOKEN = /\d{3,}|[A-Z].*\d|\d.*[A-Z]|^(?:css|sc|jsx|svelte|emotion)-/;
const MAX_TOKEN_LENGTH = 40;
/** The attributes that name a block's role in a template. */
const ROLE_ATTRS = ['itemprop', 'role'] as const;
const ROLE_VALUE = /^[\w-]{1,40}$/;
/** Class names tried per element: the first few (a site lists its role classes first). */
const MAX_CLASSES = 4;

function isNamed(token: string): boolean {
  return token.length <= MAX_TOKEN_LENGTH && NAMED_TOKEN.test(token) && !GENERATED_TOKEN.test(token);
}

function namedClasses(el: Element): string[] {
  return Array.from(el.classList).filter(isNamed).slice(0, MAX_CLASSES);
}

/** The selectors that name `el` by itself, most telling first. */
function ownSelectors(el: Element): string[] {
  const tag = el.localName;
  const selectors: string[] = [];
  if (el.id && isNamed(el.id)) selectors.push(`#${el.id}`);
  for (const attr of ROLE_ATTRS) {
    const value = el.getAttribute(attr);
    if (value && ROLE_VALUE.test(value)) selectors.push(`${tag}[${attr}="${value}"]`);
  }
  const classes = namedClasses(el);
  for (const name of classes) selectors.push(`${tag}.${name}`);
  for (let i = 0; i < classes.length; i++) {
    for (let j = i + 1; j < classes.length; j++) selectors.push(`${tag}.${classes[i]}.${classes[j]}`);
  }
  return selectors;
}

/** `el` among its parent's children: its tag, its first named class, and its place among the
 * children of that tag when it is not the only one. */
function step(el: Element): string {
  const tag = el.localName;
  const [name] = namedClasses(el);
  const base = name ? `${tag}.${name}` : tag;
  const sameTag = el.parentElement ? Array.from(el.parentElement.children).filter((c) => c.localName === tag) : [el];
  return sameTag.length > 1 ? `${base}:nth-of-type(${sameTag.indexOf(el) + 1})` : base;
}

function findsOnly(doc: Document, selector: string, el: Element): boolean {
  try {
    const found = doc.querySelectorAll(selector);
    return found.length === 1 && found[0] === el;
  } catch {
    return false;
  }
}

/** A selector that finds `el` and nothing else in its document. */
export function selectorFor(el: Element): string {
  const doc = el.ownerDocument;
  for (const selector of ownSelectors(el)) if (findsOnly(doc, selector, el)) return selector;
  const path: string[] = [];
  for (let node: Element = el; node.parentElement && node !== doc.body; node = node.parentElement) {
    path.unshift(step(node));
    const parent = node.parentElement;
    if (parent === doc.body) break;
    for (const anchor of ownSelectors(parent)) {
      const selector = `${anchor} > ${path.join(' > ')}`;
      if (findsOnly(doc, selector, el)) return selector;
    }
  }
  return el === doc.body ? 'body' : `body > ${path.join(' > ')}`;
}

/** The element `selector` finds in `doc`, or null (none, or a selector the browser refuses). */
export function findPicked(doc: Document, selector: string): Element | null {
  try {
    return doc.querySelector(selector);
  } catch {
    return null;
  }
}

/** Narrows `copy` (a clone: it is changed) to the picked block, its `<head>` kept for the
 * metadata. False when the block is not on this page (a page of another template, a redesign). */
export function narrowToPicked(copy: Document, selector: string): boolean {
  const el = findPicked(copy, selector);
  if (!el || !copy.body || !copy.body.contains(el)) return false;
  if (el !== copy.body) copy.body.replaceChildren(el);
  return true;
}
