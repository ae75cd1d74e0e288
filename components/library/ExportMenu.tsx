import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/utils/i18n';

export type ExportFormat = 'json' | 'markdown' | 'html' | 'epub'; // utils/library/export ExportKind

const EXPORTS: { format: ExportFormat; label: MessageKey }[] = [
  { format: 'json', label: 'exportJson' },
  { format: 'markdown', label: 'exportMarkdown' },
  { format: 'html', label: 'exportHtml' },
  { format: 'epub', label: 'exportEpub' },
];

/**
 * The item a key moves to in a menu of `count` items from item `index`, as the WAI-ARIA menu
 * button pattern has it (https://www.w3.org/WAI/ARIA/apg/patterns/menu-button/): the arrows step
 * and wrap around, Home and End go to the ends. Null for any other key.
 */
export function menuKeyTarget(key: string, index: number, count: number): number | null {
  if (key === 'ArrowDown') return (index + 1) % count;
  if (key === 'ArrowUp') return (index - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

export interface ExportMenuProps {
  /** The button's words: "Export all", or "Export 3 selected". */
  label: string;
  onExport: (format: ExportFormat) => void;
}

/**
 * The library's Export button and its menu of formats (issue #10), a WAI-ARIA menu button: Enter,
 * Space or a click opens it on its first item (the up arrow on its last), the arrows, Home and
 * End move through it, Escape closes it and gives focus back to the button, and Tab or focus
 * going anywhere else (a click outside) closes it.
 */
export function ExportMenu({ label, onExport }: ExportMenuProps) {
  // Which item takes focus as the menu opens; false while it is closed.
  const [open, setOpen] = useState<false | 'first' | 'last'>(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);

  // Before paint, not after (useEffect): an arrow key pressed right after Enter must find the
  // focus already in the menu.
  useLayoutEffect(() => {
    if (open) items.current[open === 'first' ? 0 : EXPORTS.length - 1]?.focus();
  }, [open]);

  /** Closes the menu and gives focus back to the button. */
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div
      class="export-menu"
      ref={root}
      onFocusOut={(e) => {
        if (open && !root.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        type="button"
        id="export-button"
        ref={button}
        data-testid="library-export"
        aria-haspopup="menu"
        aria-expanded={!!open}
        aria-controls={open ? 'export-formats' : undefined}
        onClick={() => setOpen(open ? false : 'first')}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
          e.preventDefault(); // not a scroll of the page
          setOpen(e.key === 'ArrowDown' ? 'first' : 'last');
        }}
      >
        {label}
      </button>
      {open && (
        <div
          class="menu"
          role="menu"
          id="export-formats"
          aria-labelledby="export-button"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              e.stopPropagation();
              close();
              return;
            }
            if (e.key === 'Tab') {
              // Focus goes back to the button first, so that Tab (not prevented) moves on from
              // there, as if the menu had not been opened.
              close();
              return;
            }
            const target = menuKeyTarget(e.key, items.current.indexOf(e.target as HTMLButtonElement), EXPORTS.length);
            if (target === null) return;
            e.preventDefault();
            items.current[target]?.focus();
          }}
        >
          {EXPORTS.map(({ format, label: name }, i) => (
            <button
              type="button"
              role="menuitem"
              // One tab stop, the Export button: the arrows move within the menu.
              tabIndex={-1}
              key={format}
              ref={(el) => {
                items.current[i] = el;
              }}
              data-testid={`export-${format}`}
              onClick={() => {
                close();
                onExport(format);
              }}
            >
              {t(name)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
