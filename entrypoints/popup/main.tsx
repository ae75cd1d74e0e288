import { render } from 'preact';
import { ArticleCard } from '@/components/ArticleCard';
import { Loading, NotArticle } from '@/components/NotArticle';
import { openReader, openSidePanel } from '@/utils/views';
import { useTabRead } from '@/utils/tab-read';
import '@/components/lede.css';

function Popup() {
  const { tabId, result } = useTabRead();
  if (!result) return <Loading />;
  if (!result.ok || tabId === null) return <NotArticle message={result.ok ? 'No tab to read.' : result.message} />;
  return (
    <ArticleCard
      article={result.article}
      onOpenReader={() => void openReader(tabId).then(() => window.close())}
      onOpenSidePanel={() => void openSidePanel(tabId).then(() => window.close())}
    />
  );
}

render(<Popup />, document.getElementById('app')!);
