import { render } from 'preact';
import { ArticleView } from '@/components/ArticleView';
import { Loading, NotArticle } from '@/components/NotArticle';
import { useTabRead } from '@/utils/tab-read';
import '@/components/lede.css';

function SidePanel() {
  const { result } = useTabRead();
  if (!result) return <Loading />;
  if (!result.ok) return <NotArticle message={result.message} />;
  return <ArticleView article={result.article} />;
}

render(<SidePanel />, document.getElementById('app')!);
