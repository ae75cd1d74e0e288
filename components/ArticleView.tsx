import type { Article } from '@/utils/article';
import type { LibraryLink } from '@/utils/library/reading';
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
}

/** The clean article as the reader tab and the side panel show it. */
export function ArticleView({ article, libraryRelated }: ArticleViewProps) {
  return (
    <article class="article-view">
      <ArticleMeta article={article} />
      {article.keyFacts && <KeyFacts facts={article.keyFacts} />}
      {showLeadImage(article.leadImage, article.html) && (
        <img class="lead-image" src={article.leadImage!} alt="" referrerpolicy="no-referrer" />
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
