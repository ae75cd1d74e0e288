import { render } from 'preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ArticleCard } from '@/components/ArticleCard';
import { ArticleView } from '@/components/ArticleView';
import { KeyFacts } from '@/components/KeyFacts';
import type { Article } from '@/utils/article';
import { extractArticle } from '@/utils/extract';
import { extractKeyFacts } from '@/utils/key-facts';
import { fixtureDocument, SEED_URL } from '../fixtures';

let article: Article;
beforeAll(() => {
  const result = extractArticle(fixtureDocument('news-page.html', SEED_URL), SEED_URL);
  if (!result.ok) throw new Error(result.message);
  article = result.article;
  article.keyFacts = extractKeyFacts({ text: article.text, title: article.title, lang: article.lang });
});

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
const texts = (el: Element, selector: string) => [...el.querySelectorAll(selector)].map((n) => n.textContent ?? '');
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the popup card', () => {
  it('shows the three key points, and no entity lists', () => {
    const el = mount(<ArticleCard article={article} onOpenReader={() => {}} onOpenSidePanel={() => {}} />);
    expect(texts(el, '[data-testid=key-point]')).toEqual(article.keyFacts!.keyPoints);
    expect(el.querySelector('[data-testid=key-people]')).toBeNull();
    expect(el.querySelector('.key-point-link')).toBeNull();
  });
});

describe('the panel and reader view', () => {
  it('shows up to five key points and the entity lists with their test ids', () => {
    const el = mount(<ArticleView article={article} />);
    const points = texts(el, '[data-testid=key-point]');
    expect(points.length).toBeGreaterThanOrEqual(3);
    expect(points.length).toBeLessThanOrEqual(5);
    const people = el.querySelector('[data-testid=key-people]')!;
    for (const name of ['Vladimir Putin', 'Kim Jong Un', 'Andrei Belousov', 'Sergei Lavrov', 'Alexander Novak', 'John Kirby', 'John Nilsson-Wright', 'Kim Jong Il', 'Xi Jinping']) {
      expect(people.textContent).toContain(name);
    }
    expect(people.textContent).toContain('Foreign Minister'); // roles are shown
    expect(texts(el, '[data-testid=key-places] li')).toEqual(expect.arrayContaining(['North Korea', 'Pyongyang', 'Moscow', 'Seoul', 'Washington']));
    expect(texts(el, '[data-testid=key-orgs] li')).toEqual(expect.arrayContaining(['Kremlin', 'White House', 'National Security Council', 'Cambridge University']));
    expect(texts(el, '[data-testid=key-dates] li')).toEqual(expect.arrayContaining(['Tuesday', 'September', '2000', '2019']));
    expect(texts(el, '[data-testid=key-numbers] li')).toContain('24 years');
    const quotes = el.querySelector('[data-testid=key-quotes]')!.textContent;
    expect(quotes).toContain('unbreakable relationship of comrades-in-arms');
    expect(quotes).toContain('— Kim Jong Un');
    expect(quotes).toContain('— Kremlin');
  });

  it('marks the sentence of a clicked key point in the body, one at a time', async () => {
    const el = mount(<ArticleView article={article} />);
    const buttons = [...el.querySelectorAll<HTMLButtonElement>('[data-testid=key-point] button')];
    const body = el.querySelector('[data-testid=article-body]')!;
    buttons[1]!.click();
    await tick();
    expect(texts(body, 'mark[data-testid=key-point-mark]').join('')).toBe(buttons[1]!.textContent);
    expect(buttons[1]!.getAttribute('aria-pressed')).toBe('true');
    buttons[0]!.click();
    await tick();
    expect(texts(body, 'mark[data-testid=key-point-mark]').join('')).toBe(buttons[0]!.textContent);
    expect(buttons[1]!.getAttribute('aria-pressed')).toBe('false');
    // The body's text is unchanged: only wrapped.
    expect(body.textContent).toContain('Putin is set to meet North Korean leader Kim Jong Un in the capital on Tuesday.');
  });

  it('hides the entity lists where they do not apply (a non-English page)', () => {
    const facts = extractKeyFacts({
      text: 'Der russische Präsident Wladimir Putin ist in Pjöngjang eingetroffen. Er trifft am Dienstag Kim Jong Un. Die Gespräche dauern zwei Tage.',
      lang: 'de',
    });
    const el = mount(<KeyFacts facts={facts} />);
    expect(texts(el, '[data-testid=key-point]')).toHaveLength(3);
    expect(el.querySelector('[data-testid=key-entities]')).toBeNull();
  });

  it('shows nothing without key points', () => {
    const el = mount(<KeyFacts facts={extractKeyFacts({ text: '' })} />);
    expect(el.innerHTML).toBe('');
  });
});
