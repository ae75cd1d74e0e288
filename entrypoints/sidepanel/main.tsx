import { render } from 'preact';
import { AiKeyPoints } from '@/components/AiKeyPoints';
import { ArticleView } from '@/components/ArticleView';
import { Loading, NotArticle } from '@/components/NotArticle';
import type { Article } from '@/utils/article';
import { useAiKeyPoints } from '@/utils/key-facts/use-ai-key-points';
import { useLibraryRelated } from '@/utils/library/use-reader';
import { useTabRead } from '@/utils/tab-read';
import '@/components/lede.css';

function SidePanel() {
  const { result } = useTabRead();
  if (!result) return <Loading />;
  if (!result.ok) return <NotArticle message={result.message} />;
  return <PanelArticle article={result.article} />;
}

/** The article, with Chrome's on-device AI key points offered beside the local ones where the
 * browser has a Summarizer (issue #3; the side panel only, never the service worker). */
function PanelArticle({ article }: { article: Article }) {
  const { start, ...ai } = useAiKeyPoints(article.text, article.lang);
  const related = useLibraryRelated(article);
  return (
    <ArticleView article={article} libraryRelated={related} keyFactsExtra={<AiKeyPoints {...ai} onStart={start} />} />
  );
}

render(<SidePanel />, document.getElementById('app')!);
