import type { ComponentChildren } from 'preact';
import type { Article, ReadResult } from '@/utils/article';
import { Loading, NotArticle } from './NotArticle';

export interface ReadResultViewProps {
  /** null while the page is being read. */
  result: ReadResult | null;
  children: (article: Article) => ComponentChildren;
  /** Shown under the reason a page gave no article, when it is a page one can pick on. */
  notArticleExtra?: ComponentChildren;
}

/** Whether the page that gave no article is one the person can pick the article on: a web page
 * with content, not a browser page, a file or a read that broke. */
export function canPick(result: ReadResult): boolean {
  return !result.ok && ['no-content', 'too-short', 'not-article'].includes(result.reason);
}

/** A tab's article once read: "Reading the page…", the reason there is none, or the article. */
export function ReadResultView({ result, children, notArticleExtra }: ReadResultViewProps) {
  if (!result) return <Loading />;
  if (!result.ok) return <NotArticle message={result.message}>{canPick(result) && notArticleExtra}</NotArticle>;
  return <>{children(result.article)}</>;
}
