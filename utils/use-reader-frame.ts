import { useState } from 'preact/hooks';
import type { ReaderShellProps } from '@/components/ReaderShell';
import type { Article } from './article';
import { uiLocale } from './i18n';
import { primaryLanguage } from './read-aloud/engine';
import { readingUnits } from './read-aloud/segment';
import { useReadAloud } from './read-aloud/use-read-aloud';
import type { Settings } from './settings';
import { useReaderUi } from './use-reader-ui';
import { useSettings } from './use-settings';

export interface ReaderFrame {
  settings: Settings;
  /** Give it to ArticleView: the rendered body the keys and read aloud work on. */
  onBody: (body: HTMLDivElement | null) => void;
  shell: Omit<ReaderShellProps, 'children'>;
}

/**
 * Everything the reader's and the side panel's frame needs, for `<ReaderShell>` (issue #10):
 * the settings (applied to the page and kept live), read aloud of `article`, the panels and the
 * keys. The entrypoints only wire it.
 */
export function useReaderFrame(article: Article | null): ReaderFrame {
  const { settings, update } = useSettings();
  const [body, setBody] = useState<HTMLDivElement | null>(null);
  const lang = article?.lang ?? null;
  const voiceLang = primaryLanguage(lang ?? uiLocale()) ?? 'en';
  const speech = useReadAloud({
    body: article ? body : null,
    lang,
    // The key-sentence marks split the body's text nodes: a change of the key-facts setting
    // remakes them, and the sentences must be cut again.
    articleKey: article ? `${article.url} ${settings.keyFacts}` : null,
    rate: settings.speechRate,
    voiceURI: settings.voices[voiceLang] ?? null,
    onRateChange: (speechRate) => update({ speechRate }),
    onVoiceChange: (language, uri) => update((s) => ({ voices: { ...s.voices, [language]: uri } })),
  });
  const ui = useReaderUi({
    update,
    body,
    readAloud: article
      ? {
          toggle: speech.toggle,
          active: speech.status !== 'idle',
          // j and k while reading aloud: the voice follows to the paragraph the reader went to.
          jumpTo: (paragraph) => {
            const index = body ? readingUnits(body, lang).findIndex((unit) => paragraph.contains(unit.element) || unit.element.contains(paragraph)) : -1;
            if (index >= 0) speech.jumpTo(index);
          },
        }
      : undefined,
  });
  return {
    settings,
    onBody: setBody,
    shell: {
      settings,
      onSettings: update,
      panel: ui.panel,
      onOpenSettings: ui.openSettings,
      onOpenHelp: ui.openHelp,
      onClosePanel: ui.close,
      commands: ui.commands,
      mac: ui.mac,
      readAloud: article
        ? {
            status: speech.status,
            voices: speech.voices,
            voiceURI: speech.voice?.uri ?? null,
            rate: speech.rate,
            message: speech.message,
            onToggle: speech.toggle,
            onPrevious: speech.previous,
            onNext: speech.next,
            onRateChange: speech.setRate,
            onVoiceChange: speech.setVoice,
          }
        : undefined,
    },
  };
}
