import { safeHref, xmlSafe } from './escape';

/**
 * Article HTML as well-formed XHTML for an EPUB: parsed by the browser's HTML parser, cleaned of
 * what an EPUB may not hold, serialized by XMLSerializer (so every tag is closed and every
 * character escaped as XML wants). Needs DOMParser and XMLSerializer: extension pages and jsdom.
 *
 * Removed: scripts and embeds; images, video and audio, because they live on the web and an
 * EPUB may not load remote images (and Lede fetches nothing); comments; attributes whose names
 * XML can't hold; links that go nowhere outside the book.
 */

const DROP = 'script,style,noscript,template,iframe,frame,object,embed,video,audio,source,track,picture,img,svg,math,canvas,form,input,button,select,textarea,link,meta,base';
const XML_NAME = /^[A-Za-z_][\w.-]*$/;

export function htmlToXhtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const body = doc.body;
  for (const el of Array.from(body.querySelectorAll(DROP))) el.remove();
  clean(body);
  const section = doc.createElement('section');
  section.setAttribute('class', 'article-body');
  while (body.firstChild) section.appendChild(body.firstChild);
  return new XMLSerializer().serializeToString(section);
}

function clean(root: Node): void {
  const doc = root.ownerDocument!;
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 | 0x80); // elements, text, comments
  const comments: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 8) comments.push(node);
    else if (node.nodeType === 3) node.nodeValue = xmlSafe(node.nodeValue ?? '');
    else cleanElement(node as Element);
  }
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}

function cleanElement(el: Element): void {
  for (const attr of Array.from(el.attributes)) {
    const name = attr.name;
    if (!XML_NAME.test(name) || /^on/i.test(name) || name === 'style' || name === 'id') {
      el.removeAttribute(name);
    } else {
      const value = xmlSafe(attr.value);
      if (value !== attr.value) el.setAttribute(name, value);
    }
  }
  if (el.localName === 'a') {
    // Links leave the book for the web; a relative or fragment link has nothing to point at here.
    const href = safeHref(el.getAttribute('href'));
    if (href) el.setAttribute('href', href);
    else el.removeAttribute('href');
    el.removeAttribute('target');
  }
}
