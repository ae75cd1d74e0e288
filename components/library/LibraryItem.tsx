import type { Card } from '@/utils/library/db';
import { formatReadingTime, hostOf } from '../format';

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
      <input type="checkbox" class="select" checked={selected} onChange={onToggle} aria-label={`Select “${card.title}”`} data-testid="library-select" />
      <div class="item-body">
        <p class="item-meta">
          <span class="site">{card.siteName ?? hostOf(card.url)}</span>
          {card.linkOnly ? <span class="link-only">Link only</span> : <span>{formatReadingTime(card.readingMinutes)}</span>}
          {card.favorite && <span class="favorite" aria-label="Favourite">★</span>}
          {card.archived && <span class="archived">Archived</span>}
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
            <span class="progress-label">Read</span>
          ) : percent > 0 ? (
            <span class="progress" data-testid="item-progress" title={`${percent}% read`}>
              <span class="progress-bar" style={{ width: `${percent}%` }} />
            </span>
          ) : null}
        </p>
      </div>
    </li>
  );
}
