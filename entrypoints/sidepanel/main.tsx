import { render } from 'preact';
import { AiKeyPoints } from '@/components/AiKeyPoints';
import { ArticleView } from '@/components/ArticleView';
import { ReaderShell } from '@/components/ReaderShell';
import { ReadResultView } from '@/components/ReadResultView';
import type { Article } from '@/utils/article';
import { useAiKeyPoints } from '@/utils/key-facts/use-ai-key-points';
import { useLibraryRelated } from '@/utils/library/use-reader';
import type { KeyFactsMode } from '@/utils/settings';
import { useTabRead } from '@/utils/use-tab-article';
import { useReaderFrame } from '@/utils/use-reader-frame';
import { applyCachedSettings } from '@/utils/use-settings';
import { recordTestErrors } from '@/utils/test-errors';
import '@/components/lede.css';

function SidePanel() {
  const { result } = useTabRead();
  const { settings, onBody, shell } = useReaderFrame(result?.ok ? result.article : null);
  return (
    <ReaderShell {...shell}>
      <ReadResultView result={result}>{(article) => <PanelArticle article={article} keyFacts={settings.keyFacts} onBody={onBody} />}</ReadResultView>
    </ReaderShell>
  );
}

/** The article, with Chrome's on-device AI key points offered beside the local ones where the
 * browser has a Summarizer (issue #3; the side panel only, never the service worker). */
function PanelArticle({ article, keyFacts, onBody }: { article: Article; keyFacts: KeyFactsMode; onBody: (body: HTMLDivElement | null) => void }) {
  const { start, ...ai } = useAiKeyPoints(article.text, article.lang);
  const related = useLibraryRelated(article);
  return (
    <ArticleView
      article={article}
      libraryRelated={related}
      keyFacts={keyFacts}
      onBody={onBody}
      keyFactsExtra={<AiKeyPoints {...ai} onStart={start} />}
    />
  );
}

if (import.meta.env.MODE === 'e2e') recordTestErrors('sidepanel'); // tests read what it records
applyCachedSettings();
render(<SidePanel />, document.getElementById('app')!);
