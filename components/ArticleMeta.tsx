import type { Article } from '@/utils/article';
import { uiDir, uiLocale } from '@/utils/i18n';
import { hostOf } from '@/utils/url';
import { formatDate, formatReadingTime } from './format';

export interface ArticleMetaProps {
  article: Article;
}

/** Site, title, byline, date and reading time. The article's own words are in its language and
 * direction; the reading time is Lede's, in the UI's, isolated so neither reorders the other.
 * The title is the page's one h1, the popup's too (axe's page-has-heading-one): each view shows
 * one article. */
export function ArticleMeta({ article }: ArticleMetaProps) {
  const date = formatDate(article.publishedTime, article.lang ?? undefined);
  return (
    <header class="article-meta" lang={article.lang ?? undefined} dir={article.dir ?? undefined}>
      <p class="site" data-testid="article-site">
        {article.siteName ?? hostOf(article.url)}
      </p>
      <h1 class="title" data-testid="article-title">
        {article.title}
      </h1>
      <p class="byline-line">
        {article.byline && (
          <span class="byline" data-testid="article-byline">
            {article.byline}
          </span>
        )}
        {date && (
          <time class="date" data-testid="article-date" dateTime={article.publishedTime ?? undefined}>
            {date}
          </time>
        )}
        <bdi class="reading-time" data-testid="reading-time" lang={uiLocale()} dir={uiDir()}>
          {formatReadingTime(article.readingMinutes)}
        </bdi>
      </p>
    </header>
  );
}
