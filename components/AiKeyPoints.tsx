import { t, tn } from '@/utils/i18n';
import type { AiKeyPointsState } from '@/utils/key-facts/use-ai-key-points';

export interface AiKeyPointsProps extends AiKeyPointsState {
  onStart: () => void;
}

/** The side panel's optional AI key points (Chrome's on-device Summarizer), beside the local ones.
 * Renders nothing where the browser has no Summarizer. */
export function AiKeyPoints({ availability, status, progress, points, dropped, error, onStart }: AiKeyPointsProps) {
  if (availability === null || availability === 'absent' || availability === 'unavailable') return null;
  return (
    <div class="ai-key-points" data-testid="ai-key-points">
      <h3 class="key-entity-title">{t('aiTitle')}</h3>
      {status === 'idle' && (
        <button type="button" data-testid="ai-start" onClick={onStart}>
          {t(availability === 'available' ? 'aiSummarize' : 'aiDownloadAndSummarize')}
        </button>
      )}
      {status === 'downloading' && (
        <p class="loading" data-testid="ai-progress">
          {t('aiDownloading')} <progress max={1} value={progress} aria-label={t('aiDownloading')} /> {t('percent', Math.round(progress * 100))}
        </p>
      )}
      {status === 'running' && !points.length && <p class="loading">{t('aiRunning')}</p>}
      {points.length > 0 && (
        <ul class="key-points ai" data-testid="ai-points">
          {points.map((point) => (
            <li key={point} data-testid="ai-point">
              {point}
            </li>
          ))}
        </ul>
      )}
      {status === 'done' && (
        <p class="ai-note">
          {dropped > 0 ? tn('aiWrittenDropped', dropped) : t('aiWritten')}
        </p>
      )}
      {status === 'error' && (
        <p class="ai-note" data-testid="ai-error">
          {t('aiError', error ?? '')}{' '}
          <button type="button" onClick={onStart}>
            {t('tryAgain')}
          </button>
        </p>
      )}
    </div>
  );
}
