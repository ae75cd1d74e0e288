import type { Article } from '@/utils/article';
import { formatDate, formatReadingTime, hostOf } from './format';

export interface ArticleMetaProps {
  article: Article;
  /** The heading level of the title: h1 in the reader, h2 in the popup and panel. */
  level?: 1 | 2;
}

/** Title, site, byline, date and reading time. */
export function ArticleMeta({ article, level = 1 }: ArticleMetaProps) {
  const Title = level === 1 ? 'h1' : 'h2';
  const date = formatDate(article.publishedTime, article.lang ?? undefined);
  return (
    <header class="article-meta" lang={article.lang ?? undefined} dir={article.dir ?? undefined}>
      <p class="site" data-testid="article-site">
        {article.siteName ?? hostOf(article.url)}
      </p>
      <Title class="title" data-testid="article-title">
        {article.title}
      </Title>
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
        <span class="reading-time" data-testid="reading-time">
          {formatReadingTime(article.readingMinutes)}
        </span>
      </p>
    </header>
  );
}
