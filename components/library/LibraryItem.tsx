import { t } from '@/utils/i18n';
import type { Card } from '@/utils/library/db';
import { hostOf, isWebUrl } from '@/utils/url';
import { formatReadingTime } from '../format';

export interface LibraryItemProps {
  card: Card;
  href: string;
  selected: boolean;
  onToggle: () => void;
  onTag: (tag: string) => void;
}

/** One saved article in the list: title, site, reading time, excerpt, tags, progress. */
export function LibraryItem({ card, href, selected, onToggle, onTag }: LibraryItemProps) {
  const percent = Math.round(card.progress * 100);
  return (
    <li class={`library-item${selected ? ' selected' : ''}${card.read ? ' read' : ''}`} data-testid="library-item" data-id={card.id}>
      <input type="checkbox" class="select" checked={selected} onChange={onToggle} aria-label={t('librarySelectItem', card.title)} data-testid="library-select" />
      <div class="item-body">
        <p class="item-meta">
          {/* A URL of another scheme (saved by an older version) is shown whole, as text (issue #16). */}
          <span class="site">{card.siteName ?? (isWebUrl(card.url) ? hostOf(card.url) : card.url)}</span>
          {card.linkOnly ? <span class="link-only">{t('libraryLinkOnly')}</span> : <span>{formatReadingTime(card.readingMinutes)}</span>}
          {card.favorite && <span class="favorite" role="img" aria-label={t('libraryFavourite')}>★</span>}
          {card.archived && <span class="archived">{t('libraryArchived')}</span>}
        </p>
        <a class="item-title" href={href} target="_blank" rel="noopener" data-testid="library-open">
          {card.title}
        </a>
        {card.excerpt && <p class="item-excerpt">{card.excerpt}</p>}
        <p class="item-foot">
          {card.tags.map((tag) => (
            <button type="button" class="tag" key={tag} data-testid="item-tag" onClick={() => onTag(tag)}>
              {tag}
            </button>
          ))}
          {card.read ? (
            <span class="progress-label">{t('libraryRead')}</span>
          ) : percent > 0 ? (
            <span class="progress" data-testid="item-progress" title={t('libraryPercentRead', percent)}>
              <span class="progress-bar" style={{ width: `${percent}%` }} />
            </span>
          ) : null}
        </p>
      </div>
    </li>
  );
}
