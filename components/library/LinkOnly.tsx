import { t } from '@/utils/i18n';

export interface LinkOnlyProps {
  title: string;
  url: string;
  message: string;
  /** Shown when Lede may ask for the site: the click grants it and fetches the article. */
  onFetch?: () => void;
}

/** A saved link whose article is not in the library yet. */
export function LinkOnly({ title, url, message, onFetch }: LinkOnlyProps) {
  return (
    <div class="not-article link-only" role="status" data-testid="link-only">
      <p class="not-article-title">{title}</p>
      <p>{message}</p>
      <p class="actions">
        {onFetch && (
          <button type="button" class="primary" data-testid="fetch-link" onClick={onFetch}>
            {t('fetchArticle')}
          </button>
        )}
        <a href={url} target="_blank" rel="noopener noreferrer" data-testid="original-link">
          {t('openOriginal')}
        </a>
      </p>
    </div>
  );
}
