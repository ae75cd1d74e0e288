import type { ComponentChildren } from 'preact';
import type { Article, ReadResult } from '@/utils/article';
import { Loading, NotArticle } from './NotArticle';

export interface ReadResultViewProps {
  /** null while the page is being read. */
  result: ReadResult | null;
  children: (article: Article) => ComponentChildren;
}

/** A tab's article once read: "Reading the page…", the reason there is none, or the article. */
export function ReadResultView({ result, children }: ReadResultViewProps) {
  if (!result) return <Loading />;
  if (!result.ok) return <NotArticle message={result.message} />;
  return <>{children(result.article)}</>;
}
