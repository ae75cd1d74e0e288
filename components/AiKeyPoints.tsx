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
      <h3 class="key-entity-title">AI key points</h3>
      {status === 'idle' && (
        <button type="button" data-testid="ai-start" onClick={onStart}>
          {availability === 'available' ? 'Summarize with on-device AI' : 'Download the on-device AI model and summarize'}
        </button>
      )}
      {status === 'downloading' && (
        <p class="loading" data-testid="ai-progress">
          Downloading the model… <progress max={1} value={progress} /> {Math.round(progress * 100)}%
        </p>
      )}
      {status === 'running' && !points.length && <p class="loading">Summarizing…</p>}
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
          Written by the browser's model
          {dropped > 0 && `; ${dropped} point${dropped === 1 ? '' : 's'} left out for using words the article doesn't`}.
        </p>
      )}
      {status === 'error' && (
        <p class="ai-note" data-testid="ai-error">
          The on-device AI could not summarize this: {error}{' '}
          <button type="button" onClick={onStart}>
            Try again
          </button>
        </p>
      )}
    </div>
  );
}
