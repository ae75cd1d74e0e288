import type { ComponentChildren } from 'preact';
import { t } from '@/utils/i18n';

export interface NotArticleProps {
  message: string;
  /** What the person can do about it (pick the article by hand). */
  children?: ComponentChildren;
}

/** What a view shows instead of an article: the reason, plainly. */
export function NotArticle({ message, children }: NotArticleProps) {
  return (
    <div class="not-article" role="status" data-testid="not-article-message">
      <p class="not-article-title">{t('notArticleTitle')}</p>
      <p>{message}</p>
      {children}
    </div>
  );
}

export function Loading() {
  return (
    <p class="loading" role="status" data-testid="loading">
      {t('loadingPage')}
    </p>
  );
}
