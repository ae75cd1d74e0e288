import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { ReaderKey } from '@/utils/reader-keys';
import { PanelHead } from './PanelHead';

export interface KeyboardHelpProps {
  keys: readonly ReaderKey[];
  /** The browser-wide shortcuts (the manifest's commands) as the browser has them set. */
  commands: { description: string; shortcut: string }[];
  /** Show Ctrl as ⌘. */
  mac: boolean;
  onClose: () => void;
}

const KEY_NAMES: Record<string, string> = { Escape: 'Esc', '-': '−' };

/** Every key of the reader, shown by `?` (issue #10), as a modal dialog: Escape closes it. */
export function KeyboardHelp({ keys, commands, mac, onClose }: KeyboardHelpProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (typeof el.showModal === 'function') el.showModal();
    else el.setAttribute('open', ''); // jsdom
    return () => el.close?.();
  }, []);
  const mod = mac ? '⌘' : t('keyCtrl');
  return (
    <dialog
      class="keyboard-help"
      ref={dialog}
      aria-labelledby="keyboard-help-title"
      data-testid="keyboard-help"
      onCancel={(e) => {
        e.preventDefault(); // the caller unmounts it, and puts focus back
        onClose();
      }}
    >
      <PanelHead id="keyboard-help-title" title={t('keysTitle')} onClose={onClose} />
      <table class="keys-table">
        <tbody>
          {keys.map((entry) => (
            <tr key={`${entry.action}-${entry.mod ? 'mod' : ''}`}>
              <td>
                {entry.keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 && ' '}
                    {entry.mod && <kbd>{mod}</kbd>}
                    {entry.mod && '+'}
                    <kbd>{KEY_NAMES[key] ?? key.toUpperCase()}</kbd>
                  </span>
                ))}
              </td>
              <td>{t(entry.label)}</td>
            </tr>
          ))}
          {commands.map((command) => (
            <tr key={command.description}>
              <td>
                <kbd>{command.shortcut || t('keysNotSet')}</kbd>
              </td>
              <td>{command.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="keys-note">{t('keysCommandsNote')}</p>
    </dialog>
  );
}
