import type { Article } from '@/utils/article';
import { uiDir, uiLocale } from '@/utils/i18n';
import { formatDate, formatReadingTime, hostOf } from './format';

export interface ArticleMetaProps {
  article: Article;
  /** The heading level of the title: h1 in the reader and panel, h2 in the popup. */
  level?: 1 | 2;
}

/** Site, title, byline, date and reading time. The article's own words are in its language and
 * direction; the reading time is Lede's, in the UI's, isolated so neither reorders the other. */
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
        <bdi class="reading-time" data-testid="reading-time" lang={uiLocale()} dir={uiDir()}>
          {formatReadingTime(article.readingMinutes)}
        </bdi>
      </p>
    </header>
  );
}
