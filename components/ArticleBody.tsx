import { useMemo } from 'preact/hooks';
import { sanitizeHtml } from '@/utils/sanitize';

export interface ArticleBodyProps {
  html: string;
  lang?: string | null;
  dir?: 'ltr' | 'rtl' | null;
}

/** The only component that puts article HTML into a page, and only through sanitizeHtml(). */
export function ArticleBody({ html, lang, dir }: ArticleBodyProps) {
  const clean = useMemo(() => sanitizeHtml(html), [html]);
  return (
    <div
      class="article-body"
      data-testid="article-body"
      lang={lang ?? undefined}
      dir={dir ?? undefined}
      dangerouslySetInnerHTML={{ __html: clean }}
    />
  );
}
