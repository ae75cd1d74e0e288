import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ArticleView } from '@/components/ArticleView';
import { LinkOnly } from '@/components/library/LinkOnly';
import { ReadingProgress } from '@/components/library/ReadingProgress';
import { Loading, NotArticle } from '@/components/NotArticle';
import { useLibraryRelated, useReadingPosition, useSavedArticle } from '@/utils/library/use-reader';
import { requestSiteAccess, savedIdParam } from '@/utils/library/views';
import { useTabRead } from '@/utils/tab-read';
import '@/components/lede.css';

function Reader() {
  const { result } = useTabRead();
  const related = useLibraryRelated(result?.ok ? result.article : null);
  useEffect(() => {
    if (result?.ok) document.title = result.article.title;
  }, [result]);
  if (!result) return <Loading />;
  if (!result.ok) return <NotArticle message={result.message} />;
  return <ArticleView article={result.article} libraryRelated={related} />;
}

/** reader.html?id=ID: a saved article, offline, from the library (issue #5). */
function SavedReader({ id }: { id: string }) {
  const [attempt, setAttempt] = useState(0);
  const saved = useSavedArticle(id, attempt);
  const ready = saved.state === 'ready' ? saved : null;
  const position = useReadingPosition(ready?.record ?? null);
  const related = useLibraryRelated(ready?.article ?? null, id);
  useEffect(() => {
    if (ready) document.title = ready.article.title;
  }, [ready]);
  if (saved.state === 'loading') return saved.message ? <p class="loading" role="status">{saved.message}</p> : <Loading />;
  if (saved.state === 'link') {
    const { record } = saved;
    const fetch = () => void requestSiteAccess(record.url).then((granted) => granted && setAttempt((n) => n + 1));
    return <LinkOnly title={record.title} url={record.url} message={saved.message} onFetch={saved.needsAccess ? fetch : undefined} />;
  }
  if (saved.state !== 'ready') return <NotArticle message={saved.message} />;
  return (
    <>
      <ReadingProgress progress={position.progress} read={position.read} />
      <ArticleView article={saved.article} libraryRelated={related} />
    </>
  );
}

const savedId = savedIdParam();
render(savedId ? <SavedReader id={savedId} /> : <Reader />, document.getElementById('app')!);
