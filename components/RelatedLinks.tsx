import type { RelatedLink } from '@/utils/related-links/types';

export interface RelatedLinksProps {
  links: RelatedLink[];
}

export function RelatedLinks({ links }: RelatedLinksProps) {
  if (!links.length) return null;
  return (
    <section class="related" data-testid="related-links" aria-label="Related">
      <h2 class="section-title">Related</h2>
      <ul>
        {links.map((link) => (
          <li data-testid="related-link" key={link.url}>
            <a href={link.url} target="_blank" rel="noopener noreferrer">
              {link.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
