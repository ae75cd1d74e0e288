import type { ComponentChildren } from 'preact';
import { t } from '@/utils/i18n';
import { READER_KEYS } from '@/utils/reader-keys';
import type { Settings } from '@/utils/settings';
import { ReadAloud, type ReadAloudProps } from './ReadAloud';
import { KeyboardHelp } from './KeyboardHelp';
import { SettingsPanel } from './SettingsPanel';

export interface ReaderShellProps {
  settings: Settings;
  onSettings: (patch: Partial<Settings>) => void;
  /** Which of the reader's panels is open. */
  panel: 'settings' | 'help' | null;
  onOpenSettings: (opener: HTMLElement) => void;
  onOpenHelp: (opener: HTMLElement) => void;
  onClosePanel: () => void;
  /** Read aloud's controls, when the view has an article. */
  readAloud?: ReadAloudProps;
  /** More settings rows: the per-site switch, in the reader. */
  settingsExtra?: ComponentChildren;
  /** The browser-wide shortcuts, for the keys list. */
  commands: { description: string; shortcut: string }[];
  mac: boolean;
  /** The view: the article, or a message. */
  children: ComponentChildren;
}

/** The reader's and the side panel's frame (issue #10): a slim bar (read aloud, settings, keys)
 * over the page's one `main` landmark. */
export function ReaderShell(props: ReaderShellProps) {
  return (
    <>
      <header class="reader-bar">
        <span class="reader-brand">{t('extName')}</span>
        <span class="reader-bar-tools">
          {props.readAloud && <ReadAloud {...props.readAloud} />}
          <button
            type="button"
            class="icon-button"
            data-testid="settings-open"
            aria-label={t('settingsOpen')}
            title={t('settingsOpen')}
            aria-expanded={props.panel === 'settings'}
            onClick={(e) => (props.panel === 'settings' ? props.onClosePanel() : props.onOpenSettings(e.currentTarget))}
          >
            <span aria-hidden="true">Aa</span>
          </button>
          <button
            type="button"
            class="icon-button"
            data-testid="keyboard-help-open"
            aria-label={t('keysOpen')}
            title={t('keysOpen')}
            onClick={(e) => props.onOpenHelp(e.currentTarget)}
          >
            <span aria-hidden="true">?</span>
          </button>
        </span>
        {props.panel === 'settings' && (
          <SettingsPanel settings={props.settings} onChange={props.onSettings} onClose={props.onClosePanel}>
            {props.settingsExtra}
          </SettingsPanel>
        )}
      </header>
      <main id="main" class="reader-main">
        {props.children}
      </main>
      {props.panel === 'help' && <KeyboardHelp keys={READER_KEYS} commands={props.commands} mac={props.mac} onClose={props.onClosePanel} />}
    </>
  );
}
