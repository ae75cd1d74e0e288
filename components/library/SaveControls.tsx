import { t } from '@/utils/i18n';

export type SaveState = 'unknown' | 'unsaved' | 'saving' | 'saved';

export interface SaveControlsProps {
  state: SaveState;
  /** Why the last save or removal failed, in words for people. */
  error: string | null;
  onSave: () => void;
  onOpenLibrary: () => void;
  onRemove: () => void;
}

/** The popup's "Save for later", then "Saved" with "Open in library" and "Remove". */
export function SaveControls({ state, error, onSave, onOpenLibrary, onRemove }: SaveControlsProps) {
  return (
    <>
      {state === 'saved' ? (
        <>
          <span class="saved-indicator" data-testid="saved-indicator" role="status">
            {t('saved')}
          </span>
          <button type="button" data-testid="open-library" onClick={onOpenLibrary}>
            {t('openInLibrary')}
          </button>
          <button type="button" data-testid="remove-saved" onClick={onRemove}>
            {t('removeSaved')}
          </button>
        </>
      ) : (
        <button type="button" data-testid="save-article" disabled={state !== 'unsaved'} onClick={onSave}>
          {t(state === 'saving' ? 'saving' : 'saveForLater')}
        </button>
      )}
      {error && (
        <p class="save-error" role="alert" data-testid="save-error">
          {error}
        </p>
      )}
    </>
  );
}
