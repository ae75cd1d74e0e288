import type { ComponentChildren } from 'preact';
import { t, tn } from '@/utils/i18n';
import type { KeyFacts } from '@/utils/key-facts/types';
import { KeyFactsEntities } from './KeyFactsEntities';

export interface AtAGlanceProps {
  facts: KeyFacts;
  /** Key points after the lead: listed, since the reader has not reached them yet. */
  listed: string[];
  /** How many key sentences are marked in the article's text. */
  marked: number;
  /** Beside the article (wide screens) or above its text (narrow screens, the side panel). */
  placement: 'margin' | 'inline';
  /** The person's setting: the whole block closed until asked for. */
  collapsed: boolean;
  /** The listed point shown in the article just now, if any. */
  activePoint: string | null;
  onPointClick: (point: string) => void;
  /** Takes the reader to the first marked sentence. */
  onMarkedClick: () => void;
  /** The side panel's optional AI key points. */
  children?: ComponentChildren;
}

/**
 * Key facts as the reader and the side panel show them (issue #10): a compact block that never
 * pushes the article down more than a few lines. The key sentences of the lead are marked in
 * the text (utils/key-facts/lead.ts says why), so this lists only the later ones, then who,
 * where, when, how many and the quotes, each list open on demand where space is short.
 */
export function AtAGlance(props: AtAGlanceProps) {
  const { facts, listed, marked, placement } = props;
  const margin = placement === 'margin';
  const content = (
    <>
      {marked > 0 && (
        <p class="glance-marked">
          <button type="button" class="link-button" data-testid="key-sentences-jump" onClick={props.onMarkedClick}>
            <span class="key-swatch" aria-hidden="true" />
            {tn('glanceMarked', marked)}
          </button>
        </p>
      )}
      {listed.length > 0 && (
        <ul class="key-points">
          {listed.map((point) => (
            <li data-testid="key-point" key={point} class={point === props.activePoint ? 'active' : undefined}>
              <button
                type="button"
                class="key-point-link"
                title={t('keyPointShow')}
                aria-pressed={point === props.activePoint}
                onClick={() => props.onPointClick(point)}
              >
                {point}
              </button>
            </li>
          ))}
        </ul>
      )}
      {props.children}
      {facts.entitiesSupported !== false && <KeyFactsEntities facts={facts} open={margin} />}
    </>
  );
  return (
    <aside class={`at-a-glance ${placement}`} data-testid="key-facts" data-placement={placement} aria-labelledby="glance-title">
      {props.collapsed ? (
        <details class="glance-all">
          <summary>
            <h2 class="section-title" id="glance-title">
              {t('glanceTitle')}
            </h2>
          </summary>
          {content}
        </details>
      ) : (
        <>
          <h2 class="section-title" id="glance-title">
            {t('glanceTitle')}
          </h2>
          {content}
        </>
      )}
    </aside>
  );
}
