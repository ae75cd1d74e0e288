import { render, type ComponentChildren } from 'preact';
import { AiKeyPoints } from '@/components/AiKeyPoints';
import { ArticleView } from '@/components/ArticleView';
import { PickControls } from '@/components/PickControls';
import { ReaderShell } from '@/components/ReaderShell';
import { ReadResultView } from '@/components/ReadResultView';
import type { Article } from '@/utils/article';
import { useAiKeyPoints } from '@/utils/key-facts/use-ai-key-points';
import { useLibraryRelated } from '@/utils/library/use-reader';
import type { KeyFactsMode } from '@/utils/settings';
import { useTabRead } from '@/utils/use-tab-article';
import { usePickActions, usePickChanges } from '@/utils/use-site-pick';
import { useReaderFrame } from '@/utils/use-reader-frame';
import { applyCachedSettings } from '@/utils/use-settings';
import { recordTestErrors } from '@/utils/test-errors';
import '@/components/lede.css';

function SidePanel() {
  const { tabId, result } = useTabRead(undefined, usePickChanges());
  const article = result?.ok ? result.article : null;
  const { settings, onBody, shell } = useReaderFrame(article);
  const pick = usePickActions(tabId, article, 'panel');
  const pickControls = <PickControls pick={article?.pick} {...pick} />;
  return (
    <ReaderShell {...shell}>
      <ReadResultView result={result} notArticleExtra={pickControls}>
        {(read) => <PanelArticle article={read} keyFacts={settings.keyFacts} onBody={onBody} pickControls={pickControls} />}
      </ReadResultView>
    </ReaderShell>
  );
}

/** The article, with Chrome's on-device AI key points offered beside the local ones where the
 * browser has a Summarizer (issue #3; the side panel only, never the service worker). */
function PanelArticle({ article, keyFacts, onBody, pickControls }: { article: Article; keyFacts: KeyFactsMode; onBody: (body: HTMLDivElement | null) => void; pickControls: ComponentChildren }) {
  const { start, ...ai } = useAiKeyPoints(article.text, article.lang);
  const related = useLibraryRelated(article);
  return (
    <ArticleView
      article={article}
      libraryRelated={related}
      keyFacts={keyFacts}
      onBody={onBody}
      pickControls={pickControls}
      keyFactsExtra={<AiKeyPoints {...ai} onStart={start} />}
    />
  );
}

if (import.meta.env.MODE === 'e2e') recordTestErrors('sidepanel'); // tests read what it records
applyCachedSettings();
render(<SidePanel />, document.getElementById('app')!);
