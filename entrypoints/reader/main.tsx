import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ArticleView } from '@/components/ArticleView';
import { AutoReaderSwitch } from '@/components/AutoReaderSwitch';
import { LinkOnly } from '@/components/library/LinkOnly';
import { ReadingProgress } from '@/components/library/ReadingProgress';
import { Loading, NotArticle } from '@/components/NotArticle';
import { PickControls } from '@/components/PickControls';
import { ReaderShell } from '@/components/ReaderShell';
import { ReadResultView } from '@/components/ReadResultView';
import { useLibraryRelated, useReadingPosition, useSavedArticle } from '@/utils/library/use-reader';
import { savedIdParam } from '@/utils/library/open-library';
import { requestSiteAccess } from '@/utils/site-access';
import { useLinkRead } from '@/utils/link-read';
import { linkUrlParam } from '@/utils/reader-handoff';
import { useAutoReader } from '@/utils/use-auto-reader';
import { useTabRead } from '@/utils/use-tab-article';
import { usePickActions, usePickChanges } from '@/utils/use-site-pick';
import { useReaderFrame } from '@/utils/use-reader-frame';
import { applyCachedSettings } from '@/utils/use-settings';
import { recordTestErrors } from '@/utils/test-errors';
import { hostOf } from '@/utils/url';
import '@/components/lede.css';

function Reader() {
  const { tabId, result } = useTabRead(undefined, usePickChanges());
  const article = result?.ok ? result.article : null;
  const pick = usePickActions(tabId, article, 'reader');
  const pickControls = <PickControls pick={article?.pick} {...pick} />;
  const { settings, onBody, shell } = useReaderFrame(article);
  const related = useLibraryRelated(article);
  const autoReader = useAutoReader(article?.url ?? null);
  useEffect(() => {
    if (article) document.title = article.title;
  }, [article]);
  return (
    <ReaderShell {...shell} settingsExtra={autoReader && <AutoReaderSwitch {...autoReader} />}>
      <ReadResultView result={result} notArticleExtra={pickControls}>
        {(read) => <ArticleView article={read} libraryRelated={related} keyFacts={settings.keyFacts} margin onBody={onBody} pickControls={pickControls} />}
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

/** reader.html?url=URL: a link's page, or a page of a site where the reader always opens (issue #10). */
function LinkReader({ url }: { url: string }) {
  const [attempt, setAttempt] = useState(0);
  const read = useLinkRead(url, attempt);
  const article = read.state === 'ready' ? read.article : null;
  const { settings, onBody, shell } = useReaderFrame(article);
  const related = useLibraryRelated(article);
  const autoReader = useAutoReader(article?.url ?? null);
  useEffect(() => {
    if (article) document.title = article.title;
  }, [article]);
  let view;
  if (read.state === 'loading') view = read.message ? <p class="loading" role="status">{read.message}</p> : <Loading />;
  else if (read.state === 'needs-access') {
    const fetch = () => void requestSiteAccess(url).then((granted) => granted && setAttempt((n) => n + 1));
    view = <LinkOnly title={hostOf(url)} url={url} message={read.message} onFetch={fetch} />;
  } else if (read.state === 'failed') view = read.url ? <LinkOnly title={hostOf(read.url)} url={read.url} message={read.message} /> : <NotArticle message={read.message} />;
  else view = <ArticleView article={read.article} libraryRelated={related} keyFacts={settings.keyFacts} margin onBody={onBody} />;
  return (
    <ReaderShell {...shell} settingsExtra={autoReader && <AutoReaderSwitch {...autoReader} />}>
      {view}
    </ReaderShell>
  );
}

if (import.meta.env.MODE === 'e2e') recordTestErrors('reader'); // tests read what it records
applyCachedSettings();
const savedId = savedIdParam();
const linkUrl = linkUrlParam();
render(savedId ? <SavedReader id={savedId} /> : linkUrl !== null ? <LinkReader url={linkUrl} /> : <Reader />, document.getElementById('app')!);
