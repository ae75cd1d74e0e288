import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ArticleView } from '@/components/ArticleView';
import { LinkOnly } from '@/components/library/LinkOnly';
import { ReadingProgress } from '@/components/library/ReadingProgress';
import { Loading, NotArticle } from '@/components/NotArticle';
import { ReaderShell } from '@/components/ReaderShell';
import { ReadResultView } from '@/components/ReadResultView';
import { useLibraryRelated, useReadingPosition, useSavedArticle } from '@/utils/library/use-reader';
import { requestSiteAccess, savedIdParam } from '@/utils/library/views';
import { useTabRead } from '@/utils/tab-read';
import { useReaderFrame } from '@/utils/use-reader-frame';
import { applyCachedSettings } from '@/utils/use-settings';
import '@/components/lede.css';

function Reader() {
  const { result } = useTabRead();
  const article = result?.ok ? result.article : null;
  const { settings, onBody, shell } = useReaderFrame(article);
  const related = useLibraryRelated(article);
  useEffect(() => {
    if (article) document.title = article.title;
  }, [article]);
  return (
    <ReaderShell {...shell}>
      <ReadResultView result={result}>
        {(read) => <ArticleView article={read} libraryRelated={related} keyFacts={settings.keyFacts} margin onBody={onBody} />}
      </ReadResultView>
    </ReaderShell>
  );
}

/** reader.html?id=ID: a saved article, offline, from the library (issue #5). */
function SavedReader({ id }: { id: string }) {
  const [attempt, setAttempt] = useState(0);
  const saved = useSavedArticle(id, attempt);
  const ready = saved.state === 'ready' ? saved : null;
  const { settings, onBody, shell } = useReaderFrame(ready?.article ?? null);
  const position = useReadingPosition(ready?.record ?? null);
  const related = useLibraryRelated(ready?.article ?? null, id);
  useEffect(() => {
    if (ready) document.title = ready.article.title;
  }, [ready]);
  let view;
  if (saved.state === 'loading') view = saved.message ? <p class="loading" role="status">{saved.message}</p> : <Loading />;
  else if (saved.state === 'link') {
    const { record } = saved;
    const fetch = () => void requestSiteAccess(record.url).then((granted) => granted && setAttempt((n) => n + 1));
    view = <LinkOnly title={record.title} url={record.url} message={saved.message} onFetch={saved.needsAccess ? fetch : undefined} />;
  } else if (saved.state !== 'ready') view = <NotArticle message={saved.message} />;
  else {
    view = (
      <>
        <ReadingProgress progress={position.progress} read={position.read} />
        <ArticleView article={saved.article} libraryRelated={related} keyFacts={settings.keyFacts} margin onBody={onBody} />
      </>
    );
  }
  return <ReaderShell {...shell}>{view}</ReaderShell>;
}

applyCachedSettings();
const savedId = savedIdParam();
render(savedId ? <SavedReader id={savedId} /> : <Reader />, document.getElementById('app')!);
