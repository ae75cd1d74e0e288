import type { Article } from '@/utils/article';
import { t } from '@/utils/i18n';

export interface PickControlsProps {
  /** The site's pick, as the article was read with it (issue #12). */
  pick?: Article['pick'];
  /** Starts picking the article by hand; absent where there is no page to pick on. */
  onPick?: () => void;
  onForget?: () => void;
  /** Why picking could not start. */
  error?: string | null;
}

/** "This isn't the article?", and once a block is picked for the site, what was used and a way
 * to forget it. */
export function PickControls({ pick, onPick, onForget, error }: PickControlsProps) {
  if (!onPick && !pick) return null;
  return (
    <p class="pick-controls">
      {pick && <span data-testid="pick-note">{pick.found ? t('pickedNote') : t('pickMissed')} </span>}
      {onPick && (
        <button type="button" class="link-button" data-testid="pick-content" onClick={onPick}>
          {pick ? t('pickAgain') : t('pickContent')}
        </button>
      )}
      {pick && onForget && (
        <>
          {' · '}
          <button type="button" class="link-button" data-testid="forget-pick" onClick={onForget}>
            {t('forgetPick')}
          </button>
        </>
      )}
      {error && (
        <span class="pick-error" role="alert">
          {' '}
          {error}
        </span>
      )}
    </p>
  );
}
