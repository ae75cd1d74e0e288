import { t } from '@/utils/i18n';
import type { LibraryLink } from '@/utils/library/reading';

export interface LibraryRelatedProps {
  links: LibraryLink[];
}

/** "Related in your library": saved articles most like this one. */
export function LibraryRelated({ links }: LibraryRelatedProps) {
  if (!links.length) return null;
  return (
    <section class="related library-related" data-testid="library-related" aria-labelledby="library-related-title">
      <h2 class="section-title" id="library-related-title">
        {t('libraryRelatedTitle')}
      </h2>
      <ul>
        {links.map((link) => (
          <li data-testid="library-related-link" key={link.id}>
            <a href={link.href}>{link.title}</a>
            {link.site && <span class="site"> · {link.site}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
