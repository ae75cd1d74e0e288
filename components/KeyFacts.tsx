import { t } from '@/utils/i18n';
import type { KeyFacts as Facts } from '@/utils/key-facts/types';

export interface KeyFactsProps {
  facts: Facts;
}

/** The popup's key points: the three sentences that carry the news (issue #3). The reader and
 * the side panel show key facts their own way (AtAGlance). */
export function KeyFacts({ facts }: KeyFactsProps) {
  if (!facts.keyPoints.length) return null;
  return (
    <section class="key-facts" data-testid="key-facts" aria-labelledby="key-points-title">
      <h2 class="section-title" id="key-points-title">
        {t('keyPointsTitle')}
      </h2>
      <ul class="key-points">
        {facts.keyPoints.map((point) => (
          <li data-testid="key-point" key={point}>
            {point}
          </li>
        ))}
      </ul>
    </section>
  );
}
