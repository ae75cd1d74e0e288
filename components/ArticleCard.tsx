import type { ComponentChildren } from 'preact';
import type { Article } from '@/utils/article';
import { ArticleMeta } from './ArticleMeta';
import { KeyFacts } from './KeyFacts';
import { relatedCountLabel } from './RelatedLinks';
import { t } from '@/utils/i18n';

export interface ArticleCardProps {
  article: Article;
  onOpenReader: () => void;
  onOpenSidePanel: () => void;
  /** More actions (save for later…), rendered after the two view buttons. */
  children?: ComponentChildren;
  /** Under the actions: "This isn't the article?". */
  footer?: ComponentChildren;
}

/** The popup: the article at a glance and what to do with it. */
export function ArticleCard({ article, onOpenReader, onOpenSidePanel, children, footer }: ArticleCardProps) {
  return (
    <div class="article-card">
      <ArticleMeta article={article} />
      {article.keyFacts && <KeyFacts facts={article.keyFacts} />}
      {!!article.relatedLinks?.length && (
        // The links themselves live in the side panel: the count opens it (issue #4).
        <p class="related-count">
          <button type="button" class="link-button" data-testid="related-count" onClick={onOpenSidePanel}>
            {relatedCountLabel(article.relatedLinks.length)}
          </button>
        </p>
      )}
      <div class="actions">
        <button type="button" class="primary" data-testid="open-reader" onClick={onOpenReader}>
          {t('openReader')}
        </button>
        <button type="button" data-testid="open-sidepanel" onClick={onOpenSidePanel}>
          {t('openSidePanel')}
        </button>
        {children}
      </div>
      {footer}
    </div>
  );
}
