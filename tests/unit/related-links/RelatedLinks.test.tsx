import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleCard } from '@/components/ArticleCard';
import { ArticleView } from '@/components/ArticleView';
import { RelatedLinks } from '@/components/RelatedLinks';
import { extractArticle } from '@/utils/extract';
import { findRelatedLinks } from '@/utils/related-links';
import type { RelatedLink } from '@/utils/related-links/types';
import { SEED_URL } from '../fixtures';
import { pageOf } from './helpers';

const LINKS: RelatedLink[] = [
  { url: 'https://a.example/news/one-two-three', title: 'One Two Three', kind: 'related', score: 9, why: ['Putin', 'North Korea'], site: 'a.example' },
  { url: 'https://a.example/news/four-five-six', title: 'Four Five Six', kind: 'in-article', score: 5, why: [], site: 'a.example' },
  { url: 'https://b.example/report', title: 'A Report', kind: 'elsewhere', score: 3, why: ['sanctions'], site: 'b.example' },
  { url: 'javascript:alert(1)', title: 'Not a web link', kind: 'related', score: 1, why: [] },
];

let host: HTMLElement;
function mount(node: preact.ComponentChild): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  render(node, host);
  return host;
}
afterEach(() => {
  render(null, host);
  host.remove();
});

describe('RelatedLinks', () => {
  it('lists each web link with title, kind label, site and why, opening in a new tab', () => {
    const el = mount(<RelatedLinks links={LINKS} />);
    const items = Array.from(el.querySelectorAll('[data-testid=related-link]'));
    expect(items).toHaveLength(3); // the javascript: URL is no link
    const a = items[0]!.querySelector('a')!;
    expect(a.textContent).toBe('One Two Three');
    expect(a.getAttribute('href')).toBe('https://a.example/news/one-two-three');
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    expect(items.map((i) => i.querySelector('[data-testid=related-kind]')!.textContent)).toEqual(['Related', 'In the article', 'Elsewhere']);
    expect(items[0]!.textContent).toContain('a.example');
    expect(items[0]!.querySelector('[data-testid=related-why]')!.textContent).toBe('Shares Putin, North Korea');
    expect(items[1]!.querySelector('[data-testid=related-why]')).toBeNull();
  });

  it('renders nothing without links', () => {
    expect(mount(<RelatedLinks links={[]} />).innerHTML).toBe('');
  });
});

describe('on the seed page', () => {
  const doc = pageOf('news-page.html', SEED_URL);
  const result = extractArticle(doc, SEED_URL);
  if (!result.ok) throw new Error(result.message);
  const article = { ...result.article, relatedLinks: findRelatedLinks(doc, result.article) };

  it('the reader and panel view lists the related articles', () => {
    const el = mount(<ArticleView article={article} />);
    const titles = Array.from(el.querySelectorAll('[data-testid=related-link] a')).map((a) => a.textContent);
    expect(titles.slice(0, 4)).toContain('Putin To Visit Vietnam After Pyongyang Talks');
    expect(titles.length).toBe(article.relatedLinks.length);
  });

  it('the popup shows how many, and the count opens the side panel', () => {
    const open = vi.fn();
    const el = mount(<ArticleCard article={article} onOpenReader={() => {}} onOpenSidePanel={open} />);
    const count = el.querySelector<HTMLButtonElement>('[data-testid=related-count]')!;
    expect(count.textContent).toBe(`${article.relatedLinks.length} related links`);
    count.click();
    expect(open).toHaveBeenCalledOnce();
  });

  it('the popup shows no count when there are none', () => {
    const el = mount(<ArticleCard article={{ ...article, relatedLinks: [] }} onOpenReader={() => {}} onOpenSidePanel={() => {}} />);
    expect(el.querySelector('[data-testid=related-count]')).toBeNull();
  });
});
