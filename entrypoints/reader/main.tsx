import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { ArticleView } from '@/components/ArticleView';
import { Loading, NotArticle } from '@/components/NotArticle';
import { useTabRead } from '@/utils/tab-read';
import '@/components/lede.css';

function Reader() {
  const { result } = useTabRead();
  useEffect(() => {
    if (result?.ok) document.title = result.article.title;
  }, [result]);
  if (!result) return <Loading />;
  if (!result.ok) return <NotArticle message={result.message} />;
  return <ArticleView article={result.article} />;
}

render(<Reader />, document.getElementById('app')!);
