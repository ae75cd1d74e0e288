import { t } from '@/utils/i18n';

export interface AutoReaderSwitchProps {
  /** The site as the person knows it: `example.com`. */
  site: string;
  on: boolean;
  /** While the browser asks for the site's permission, or the change is written. */
  busy: boolean;
  /** Why the switch did not change (the permission refused), or null. */
  error: string | null;
  onToggle: (on: boolean) => void;
}

/** "Always open the reader on example.com", in the reader's settings (issue #10). */
export function AutoReaderSwitch({ site, on, busy, error, onToggle }: AutoReaderSwitchProps) {
  return (
    <div class="auto-reader">
      <div class="setting-row check">
        <input
          type="checkbox"
          id="setting-auto-reader"
          data-testid="auto-reader"
          checked={on}
          disabled={busy}
          aria-describedby="auto-reader-hint"
          onChange={(e) => onToggle(e.currentTarget.checked)}
        />
        <label for="setting-auto-reader">{t('autoReaderLabel', site)}</label>
      </div>
      <p id="auto-reader-hint" class="setting-hint">
        {t('autoReaderHint')}
      </p>
      {error && (
        <p class="notice error" role="alert" data-testid="auto-reader-error">
          {error}
        </p>
      )}
    </div>
  );
}
