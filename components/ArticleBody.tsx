import type { Ref } from 'preact';
import { useMemo } from 'preact/hooks';
import { sanitizeHtml } from '@/utils/sanitize';

export interface ArticleBodyProps {
  html: string;
  lang?: string | null;
  dir?: 'ltr' | 'rtl' | null;
  /** The rendered body, for what works on its text (key sentences, read aloud, paragraph keys). */
  bodyRef?: Ref<HTMLDivElement>;
}

/** The only component that puts article HTML into a page, and only through sanitizeHtml(). */
export function ArticleBody({ html, lang, dir, bodyRef }: ArticleBodyProps) {
  const clean = useMemo(() => sanitizeHtml(html), [html]);
  return (
    <div
      ref={bodyRef}
      class="article-body"
      data-testid="article-body"
      lang={lang ?? undefined}
      dir={dir ?? undefined}
      dangerouslySetInnerHTML={{ __html: clean }}
    />
  );
}
