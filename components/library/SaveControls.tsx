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
            Saved
          </span>
          <button type="button" data-testid="open-library" onClick={onOpenLibrary}>
            Open in library
          </button>
          <button type="button" data-testid="remove-saved" onClick={onRemove}>
            Remove
          </button>
        </>
      ) : (
        <button type="button" data-testid="save-article" disabled={state !== 'unsaved'} onClick={onSave}>
          {state === 'saving' ? 'Saving…' : 'Save for later'}
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
