import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Article } from '@/utils/article';
import { clearMarks, KEY_SENTENCE_CLASS, markKeySentences } from '@/utils/key-facts/highlight';
import { splitLeadPoints } from '@/utils/key-facts/lead';
import type { LibraryLink } from '@/utils/library/reading';
import { safeImageUrl } from '@/utils/sanitize';
import type { KeyFactsMode } from '@/utils/settings';
import { scrollBehavior } from '@/utils/motion';
import { useMarginLayout } from '@/utils/use-margin-layout';
import { t } from '@/utils/i18n';
import { isWebUrl } from '@/utils/url';
import { ArticleBody } from './ArticleBody';
import { ArticleMeta } from './ArticleMeta';
import { AtAGlance } from './AtAGlance';
import { showLeadImage } from './format';
import { LibraryRelated } from './library/LibraryRelated';
import { RelatedLinks } from './RelatedLinks';

export interface ArticleViewProps {
  article: Article;
  /** "Related in your library": up to three saved articles most like this one (issue #5). */
  libraryRelated?: LibraryLink[];
  /** Shown in the key facts: the side panel's optional AI key points (issue #3). */
  keyFactsExtra?: ComponentChildren;
  /** The person's key-facts setting (utils/settings.ts). */
  keyFacts?: KeyFactsMode;
  /** Whether key facts may go in the margin beside the text: the reader's, not the side panel's. */
  margin?: boolean;
  /** Called with the rendered body once it is on the page: read aloud and the paragraph keys
   * work on it. */
  onBody?: (body: HTMLDivElement | null) => void;
  /** "This isn't the article?" under the article (components/PickControls.tsx). */
  pickControls?: ComponentChildren;
}

/** The clean article as the reader tab and the side panel show it: the article first. */
export function ArticleView({ article, libraryRelated, keyFactsExtra, keyFacts = 'open', margin = false, onBody, pickControls }: ArticleViewProps) {
  const viewRef = useRef<HTMLElement>(null);
  const columnRef = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const leadImage = safeImageUrl(article.leadImage);
  const facts = keyFacts === 'hidden' ? null : (article.keyFacts ?? null);
  const points = useMemo(() => facts?.morePoints ?? facts?.keyPoints ?? [], [facts]);
  const { later } = useMemo(() => splitLeadPoints(points, article.text), [points, article.text]);
  const [marks, setMarks] = useState<(HTMLElement | null)[]>([]);
  const [activePoint, setActivePoint] = useState<string | null>(null);
  const wide = useMarginLayout(viewRef, columnRef, margin && !!facts);

  // Every key sentence is marked in the text (issue #10); the marks are made again whenever
  // the body's HTML or the points change.
  useLayoutEffect(() => {
    const el = body.current;
    if (!el) return;
    setMarks(points.length ? markKeySentences(el, points) : []);
    return () => clearMarks(el, KEY_SENTENCE_CLASS);
  }, [body, article.html, points]);

  // An image that fails to load (gone, or blocked by the site) leaves a broken-image box and
  // its alt text in the text: hide it instead, and one the sanitizer left without any address
  // (a loopback or data: source, issue #16). Sanitized HTML carries no handlers; this is ours.
  useLayoutEffect(() => {
    const el = body.current;
    if (!el) return;
    for (const img of el.querySelectorAll<HTMLImageElement>('img:not([src]):not([srcset])')) {
      if (!img.closest('picture')?.querySelector('source[srcset]')) img.hidden = true;
    }
    const onError = (event: Event) => {
      if ((event.target as Element).tagName === 'IMG') (event.target as HTMLElement).hidden = true;
    };
    el.addEventListener('error', onError, true);
    return () => el.removeEventListener('error', onError, true);
  }, [body, article.html]);

  // Told after the marks are made: read aloud cuts the text into sentences from this DOM.
  useLayoutEffect(() => {
    onBody?.(body.current);
    return () => onBody?.(null);
  }, [onBody]);

  const showPoint = (point: string) => {
    const index = points.indexOf(point);
    for (const mark of body.current?.querySelectorAll(`mark.${KEY_SENTENCE_CLASS}`) ?? []) {
      mark.classList.toggle('active', mark.getAttribute('data-point') === String(index));
    }
    setActivePoint(point);
    marks[index]?.scrollIntoView?.({ block: 'center', behavior: scrollBehavior() });
  };
  const firstMark = marks.find((mark) => mark !== null);

  const glance = facts && (
    <AtAGlance
      facts={facts}
      listed={later}
      marked={marks.filter(Boolean).length}
      placement={wide ? 'margin' : 'inline'}
      collapsed={keyFacts === 'collapsed'}
      activePoint={activePoint}
      onPointClick={showPoint}
      onMarkedClick={() => firstMark?.scrollIntoView?.({ block: 'center', behavior: scrollBehavior() })}
    >
      {keyFactsExtra}
    </AtAGlance>
  );

  return (
    <article class={`article-view${wide ? ' wide' : ''}`} ref={viewRef} lang={article.lang ?? undefined} dir={article.dir ?? undefined}>
      <div class="article-column" ref={columnRef}>
        <ArticleMeta article={article} />
        {!wide && glance}
        {leadImage && showLeadImage(leadImage, article.html) && (
          <img class="lead-image" src={leadImage} alt="" referrerpolicy="no-referrer" />
        )}
        <ArticleBody html={article.html} lang={article.lang} dir={article.dir} bodyRef={body} />
        <p class="source">
          {/* A record saved by an older version may hold any scheme: text, never an href (issue #16). */}
          {isWebUrl(article.url) ? (
            <a href={article.url} target="_blank" rel="noopener noreferrer" data-testid="original-link">
              {t('originalLink')}
            </a>
          ) : (
            <span class="original-url" data-testid="original-url">
              {article.url}
            </span>
          )}
        </p>
        {pickControls}
        {article.relatedLinks && <RelatedLinks links={article.relatedLinks} />}
        {libraryRelated && <LibraryRelated links={libraryRelated} />}
      </div>
      {wide && glance}
    </article>
  );
}
