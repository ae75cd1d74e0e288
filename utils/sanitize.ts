import DOMPurify, { type Config } from 'dompurify';

/**
 * The one road from article HTML to a page. Article HTML comes from an untrusted page and has
 * crossed a message boundary, so it is sanitized here, at the sink, with one config.
 */

/** Video embeds allowed on purpose: the players of the big video hosts, over https. */
const ALLOWED_IFRAME_SRC =
  /^https:\/\/(?:www\.youtube(?:-nocookie)?\.com\/embed\/|player\.vimeo\.com\/video\/|www\.dailymotion\.com\/embed\/video\/)[\w-]+(?:[?#][^\s"'<>]*)?$/;

/** Links may only go to the web or to an e-mail address. */
const SAFE_HREF = /^(?:https?:|mailto:|#)/i;

const CONFIG: Config = {
  USE_PROFILES: { html: true }, // no SVG, no MathML: no namespace-confusion tricks
  ADD_TAGS: ['iframe'],
  ADD_ATTR: ['target', 'allowfullscreen'],
  FORBID_TAGS: ['style', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'option', 'object', 'embed', 'frame', 'frameset', 'noscript', 'template'],
  FORBID_ATTR: ['style', 'class', 'id', 'name', 'action', 'formaction', 'srcdoc', 'ping'],
  ALLOW_DATA_ATTR: false,
};

let configured = false;

function configure(): void {
  if (configured) return;
  configured = true;
  DOMPurify.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName !== 'iframe') return;
    const el = node as Element;
    if (!ALLOWED_IFRAME_SRC.test(el.getAttribute('src') ?? '')) el.remove();
  });
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (el.tagName === 'A') {
      const href = el.getAttribute('href');
      if (href !== null && !SAFE_HREF.test(href.trim())) el.removeAttribute('href');
      if (el.hasAttribute('href') && !el.getAttribute('href')!.startsWith('#')) {
        el.setAttribute('target', '_blank');
        el.setAttribute('rel', 'noopener noreferrer');
      }
    } else if (el.tagName === 'IFRAME') {
      el.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-presentation');
      el.setAttribute('referrerpolicy', 'no-referrer');
      el.setAttribute('loading', 'lazy');
    } else if (el.hasAttribute('target')) {
      el.removeAttribute('target');
    }
  });
}

export function sanitizeHtml(html: string): string {
  configure();
  return DOMPurify.sanitize(html, { ...CONFIG, RETURN_TRUSTED_TYPE: false }) as string;
}
