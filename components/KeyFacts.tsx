import type { ComponentChildren } from 'preact';
import type { KeyFacts as Facts } from '@/utils/key-facts/types';
import { KeyFactsEntities } from './KeyFactsEntities';

export interface KeyFactsProps {
  facts: Facts;
  /** Popup: the three key points only. Panel and reader: up to five, and the entity lists. */
  compact?: boolean;
  /** Panel and reader: a click on a key point shows that sentence in the article. */
  onPointClick?: (point: string) => void;
  /** The point whose sentence is marked in the article, if any. */
  activePoint?: string | null;
  /** Shown after the local key points (the side panel's optional AI key points). */
  children?: ComponentChildren;
}

/** What the article says, at a glance (issue #3). */
export function KeyFacts({ facts, compact = false, onPointClick, activePoint, children }: KeyFactsProps) {
  const points = compact ? facts.keyPoints : (facts.morePoints ?? facts.keyPoints);
  if (!points.length) return null;
  return (
    <section class="key-facts" data-testid="key-facts" aria-label="Key facts">
      <h2 class="section-title">Key points</h2>
      <ul class="key-points">
        {points.map((point) => (
          <li data-testid="key-point" key={point} class={point === activePoint ? 'active' : undefined}>
            {onPointClick && !compact ? (
              <button
                type="button"
                class="key-point-link"
                title="Show in the article"
                aria-pressed={point === activePoint}
                onClick={() => onPointClick(point)}
              >
                {point}
              </button>
            ) : (
              point
            )}
          </li>
        ))}
      </ul>
      {children}
      {!compact && facts.entitiesSupported !== false && <KeyFactsEntities facts={facts} />}
    </section>
  );
}
