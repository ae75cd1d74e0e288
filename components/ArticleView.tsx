import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { Article } from '@/utils/article';
import { markSentence } from '@/utils/key-facts/highlight';
import type { LibraryLink } from '@/utils/library/reading';
import { safeImageUrl } from '@/utils/sanitize';
import { ArticleBody } from './ArticleBody';
import { ArticleMeta } from './ArticleMeta';
import { showLeadImage } from './format';
import { KeyFacts } from './KeyFacts';
import { LibraryRelated } from './library/LibraryRelated';
import { RelatedLinks } from './RelatedLinks';

export interface ArticleViewProps {
  article: Article;
  /** "Related in your library": up to three saved articles most like this one (issue #5). */
  libraryRelated?: LibraryLink[];
  /** Shown under the key points: the side panel's optional AI key points (issue #3). */
  keyFactsExtra?: ComponentChildren;
}

/** The clean article as the reader tab and the side panel show it. */
export function ArticleView({ article, libraryRelated, keyFactsExtra }: ArticleViewProps) {
  const articleRef = useRef<HTMLElement>(null);
  const leadImage = safeImageUrl(article.leadImage);
  const [markedPoint, setMarkedPoint] = useState<string | null>(null);
  // A click on a key point marks its sentence in the body and scrolls there (issue #3).
  const showPoint = (point: string) => {
    const body = articleRef.current?.querySelector('[data-testid=article-body]');
    const mark = body ? markSentence(body, point) : null;
    setMarkedPoint(mark ? point : null);
    mark?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  };
  return (
    <article class="article-view" ref={articleRef}>
      <ArticleMeta article={article} />
      {article.keyFacts && (
        <KeyFacts facts={article.keyFacts} onPointClick={showPoint} activePoint={markedPoint}>
          {keyFactsExtra}
        </KeyFacts>
      )}
      {leadImage && showLeadImage(leadImage, article.html) && (
        <img class="lead-image" src={leadImage} alt="" referrerpolicy="no-referrer" />
      )}
      <ArticleBody html={article.html} lang={article.lang} dir={article.dir} />
      <p class="source">
        <a href={article.url} target="_blank" rel="noopener noreferrer" data-testid="original-link">
          Read on the original page
        </a>
      </p>
      {article.relatedLinks && <RelatedLinks links={article.relatedLinks} />}
      {libraryRelated && <LibraryRelated links={libraryRelated} />}
    </article>
  );
}
