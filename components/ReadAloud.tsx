import { t, uiLocale } from '@/utils/i18n';
import type { ReadStatus } from '@/utils/read-aloud/queue';
import { RANGES } from '@/utils/settings';

export interface ReadAloudVoice {
  uri: string;
  name: string;
  lang: string;
}

export interface ReadAloudProps {
  status: ReadStatus;
  /** The voices that speak the article's language. */
  voices: readonly ReadAloudVoice[];
  /** The voice that speaks, or null (none for the language, or the voices are loading). */
  voiceURI: string | null;
  rate: number;
  /** Why it cannot read (no voice for the language, no speech synthesis): play is disabled. */
  message: string | null;
  onToggle: () => void;
  onPrevious: () => void;
  onNext: () => void;
  onRateChange: (rate: number) => void;
  onVoiceChange: (voiceURI: string) => void;
}

/** Every speed the setting allows, on its step (0.5×, 0.6× … 2.5×). */
function rates(): number[] {
  const { min, max, step } = RANGES.speechRate;
  const count = Math.round((max - min) / step);
  return Array.from({ length: count + 1 }, (_, i) => Number((min + i * step).toFixed(1)));
}

function playLabel(status: ReadStatus): string {
  if (status === 'playing') return t('readAloudPause');
  return status === 'paused' ? t('readAloudResume') : t('readAloudPlay');
}

/**
 * Read aloud's controls in the reader toolbar and the side panel (issue #10). Play/pause says
 * what it does in its label (so no aria-pressed: a changing label and a pressed state together
 * would be announced twice). Previous and next appear once reading has started, when there is a
 * place to skip from. Speed and voice sit in a `<details>`: they are set once and rarely
 * touched, yet must be reachable before the first play (to pick a voice), which a control
 * shown only while playing would not allow. The speed is a `<select>` rather than a slider:
 * each change restarts the sentence and is saved to synced storage, which a dragged slider
 * would do at every step.
 */
export function ReadAloud(props: ReadAloudProps) {
  const { status, voices, voiceURI, rate, message } = props;
  const format = new Intl.NumberFormat(uiLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (
    <div class="read-aloud" role="group" aria-label={t('readAloudTitle')}>
      <button
        type="button"
        class={`read-aloud-play ${status}`}
        data-testid="read-aloud"
        disabled={message !== null}
        onClick={props.onToggle}
      >
        <span class="read-aloud-icon" aria-hidden="true" />
        {playLabel(status)}
      </button>
      {status !== 'idle' && message === null && (
        <>
          <button type="button" class="read-aloud-previous" aria-label={t('readAloudPrevious')} title={t('readAloudPrevious')} onClick={props.onPrevious}>
            <span class="read-aloud-icon" aria-hidden="true" />
          </button>
          <button type="button" class="read-aloud-next" aria-label={t('readAloudNext')} title={t('readAloudNext')} onClick={props.onNext}>
            <span class="read-aloud-icon" aria-hidden="true" />
          </button>
        </>
      )}
      {message === null ? (
        <details class="read-aloud-settings">
          {/* Named by its words, with the speed it shows in the name too (WCAG 2.5.3: an
              aria-label of "Voice and speed" would hide the "1.0×" a voice user reads off it). */}
          <summary title={t('readAloudSettings')}>
            <span class="visually-hidden">{t('readAloudSettings')} </span>
            {t('readAloudRate', format.format(rate))}
          </summary>
          <div class="read-aloud-panel">
            <label>
            {t('readAloudSpeed')}
            <select value={rate.toFixed(1)} onChange={(e) => props.onRateChange(Number(e.currentTarget.value))}>
              {rates().map((r) => (
                <option key={r} value={r.toFixed(1)}>
                  {t('readAloudRate', format.format(r))}
                </option>
              ))}
            </select>
          </label>
          {voices.length > 0 && (
            <label>
              {t('readAloudVoice')}
              <select value={voiceURI ?? ''} onChange={(e) => props.onVoiceChange(e.currentTarget.value)}>
                {voices.map((voice) => (
                  <option key={voice.uri} value={voice.uri} lang={voice.lang}>
                    {voice.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          </div>
        </details>
      ) : (
        <p class="read-aloud-message" data-testid="read-aloud-message" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
