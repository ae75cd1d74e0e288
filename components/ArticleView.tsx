import type { Article } from '@/utils/article';
import { ArticleBody } from './ArticleBody';
import { ArticleMeta } from './ArticleMeta';
import { showLeadImage } from './format';
import { KeyFacts } from './KeyFacts';
import { RelatedLinks } from './RelatedLinks';

export interface ArticleViewProps {
  article: Article;
}

/** The clean article as the reader tab and the side panel show it. */
export function ArticleView({ article }: ArticleViewProps) {
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
    </article>
  );
}
