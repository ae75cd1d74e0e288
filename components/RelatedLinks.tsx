import { t, tn, type MessageKey } from '@/utils/i18n';
import type { RelatedKind, RelatedLink } from '@/utils/related-links/types';
import { isWebUrl } from '@/utils/url';

export interface RelatedLinksProps {
  links: RelatedLink[];
}

const KIND_LABEL: Record<RelatedKind, MessageKey> = {
  related: 'relatedKindRelated',
  'in-article': 'relatedKindInArticle',
  elsewhere: 'relatedKindElsewhere',
};

/** "3 related links", for the popup. */
export function relatedCountLabel(count: number): string {
  return tn('relatedCount', count);
}

/** Where to read next (issue #4): each link with its title, site, kind and why it is there.
 * Self-contained: the library's "Related in your library" block sits beside it. */
export function RelatedLinks({ links }: RelatedLinksProps) {
  // The URLs crossed a message boundary: only web links become hrefs.
  const shown = links.filter((link) => isWebUrl(link.url));
  if (!shown.length) return null;
  return (
    <section class="related" data-testid="related-links" aria-labelledby="related-title">
      <h2 class="section-title" id="related-title">
        {t('relatedTitle')}
      </h2>
      <ul class="related-list">
        {shown.map((link) => (
          <li class="related-item" data-testid="related-link" key={link.url}>
            <a class="related-title" href={link.url} target="_blank" rel="noopener noreferrer">
              {link.title}
            </a>
            <span class="related-meta">
              <span class={`related-kind kind-${link.kind}`} data-testid="related-kind" data-kind={link.kind}>
                {t(KIND_LABEL[link.kind])}
              </span>
              {link.site && <span class="related-site">{link.site}</span>}
            </span>
            {link.why.length > 0 && (
              <span class="related-why" data-testid="related-why">
                {t('relatedWhy', link.why.join(', '))}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
