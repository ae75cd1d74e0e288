import type { KeyFacts as Facts } from '@/utils/key-facts/types';

export interface KeyFactsProps {
  facts: Facts;
  /** Popup: the three key points only. Panel and reader: up to five, and the entity lists. */
  compact?: boolean;
}

export function KeyFacts({ facts, compact = false }: KeyFactsProps) {
  const points = compact ? facts.keyPoints : (facts.morePoints ?? facts.keyPoints);
  if (!points.length) return null;
  return (
    <section class="key-facts" data-testid="key-facts" aria-label="Key facts">
      <h2 class="section-title">Key points</h2>
      <ul class="key-points">
        {points.map((point) => (
          <li data-testid="key-point" key={point}>
            {point}
          </li>
        ))}
      </ul>
    </section>
  );
}
