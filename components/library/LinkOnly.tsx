import { t } from '@/utils/i18n';
import { isWebUrl } from '@/utils/url';

export interface LinkOnlyProps {
  title: string;
  url: string;
  message: string;
  /** Shown when Lede may ask for the site: the click grants it and fetches the article. */
  onFetch?: () => void;
}

/** A saved link whose article is not in the library yet. A URL that is not a web page (saved by an
 * older version of Lede) is shown as text, never as a link (issue #16). */
export function LinkOnly({ title, url, message, onFetch }: LinkOnlyProps) {
  return (
    <div class="not-article link-only" role="status" data-testid="link-only">
      <p class="not-article-title">{title}</p>
      <p>{message}</p>
      <p class="actions">
        {onFetch && isWebUrl(url) && (
          <button type="button" class="primary" data-testid="fetch-link" onClick={onFetch}>
            {t('fetchArticle')}
          </button>
        )}
        {isWebUrl(url) ? (
          <a href={url} target="_blank" rel="noopener noreferrer" data-testid="original-link">
            {t('openOriginal')}
          </a>
        ) : (
          <span class="original-url" data-testid="original-url">
            {url}
          </span>
        )}
      </p>
    </div>
  );
}
