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

/** An article whose second key point comes well after the lead. */
function laterPointArticle(): Article {
  const filler = Array.from({ length: 12 }, (_, i) => `<p>Paragraph ${i} tells more of the story in plain words that take a while to read through.</p>`).join('');
  const lead = 'The council approved the new budget on Monday after a long debate.';
  const later = 'Officials said the vote would be reviewed again next spring.';
  const html = `<p>${lead}</p>${filler}<p>${later}</p>`;
  const text = [lead, ...Array.from({ length: 12 }, (_, i) => `Paragraph ${i} tells more of the story in plain words that take a while to read through.`), later].join('\n\n');
  return {
    ...article,
    html,
    text,
    keyFacts: { ...article.keyFacts!, keyPoints: [lead, later], morePoints: [lead, later] },
  };
}

describe('the panel and reader view', () => {
  it('marks the key sentences of the lead in the text instead of listing them above it, and shows the entity lists', async () => {
    const el = mount(<ArticleView article={article} />);
    await tick(); // the marks' count shows after they are made
    const body = el.querySelector('[data-testid=article-body]')!;
    // Every key point of the seed stands in its opening paragraphs: marked there, not repeated above.
    const marked = [...body.querySelectorAll('mark.key-sentence[data-point]')];
    expect(new Set(marked.map((m) => m.getAttribute('data-point'))).size).toBe(article.keyFacts!.morePoints!.length);
    expect(texts(el, '[data-testid=key-point]')).toEqual([]);
    expect(el.querySelector('[data-testid=key-sentences-jump]')?.textContent).toBe(`${article.keyFacts!.morePoints!.length} key sentences marked in the text`);
    expect(body.textContent).toContain('Putin is set to meet North Korean leader Kim Jong Un in the capital on Tuesday.');
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

  it('opens the entity lists on demand where the block sits above the text', () => {
    const el = mount(<ArticleView article={article} />);
    expect(el.querySelector('[data-testid=key-facts]')?.getAttribute('data-placement')).toBe('inline');
    const groups = [...el.querySelectorAll<HTMLDetailsElement>('details.key-entity-group')];
    expect(groups.length).toBeGreaterThanOrEqual(5);
    expect(groups.every((group) => !group.open)).toBe(true);
  });

  it('lists a key point that comes after the lead; a click shows its sentence in the text', async () => {
    const el = mount(<ArticleView article={laterPointArticle()} />);
    const body = el.querySelector('[data-testid=article-body]')!;
    expect(texts(el, '[data-testid=key-point]')).toEqual(['Officials said the vote would be reviewed again next spring.']);
    const button = el.querySelector<HTMLButtonElement>('[data-testid=key-point] button')!;
    button.click();
    await tick();
    expect(texts(body, 'mark.key-sentence.active').join('')).toBe('Officials said the vote would be reviewed again next spring.');
    expect(button.getAttribute('aria-pressed')).toBe('true');
  });

  it('collapsed: the whole block is one closed disclosure; hidden: no block and no marks', () => {
    let el = mount(<ArticleView article={article} keyFacts="collapsed" />);
    const all = el.querySelector<HTMLDetailsElement>('details.glance-all');
    expect(all?.open).toBe(false);
    expect(el.querySelectorAll('mark.key-sentence').length).toBeGreaterThan(0);
    render(null, host);
    host.remove();
    el = mount(<ArticleView article={article} keyFacts="hidden" />);
    expect(el.querySelector('[data-testid=key-facts]')).toBeNull();
    expect(el.querySelectorAll('mark.key-sentence').length).toBe(0);
  });

  it('hides the entity lists where they do not apply (a non-English page)', () => {
    const facts = extractKeyFacts({
      text: 'Der russische Präsident Wladimir Putin ist in Pjöngjang eingetroffen. Er trifft am Dienstag Kim Jong Un. Die Gespräche dauern zwei Tage.',
      lang: 'de',
    });
    const el = mount(<ArticleView article={{ ...article, lang: 'de', keyFacts: facts }} />);
    expect(el.querySelector('[data-testid=key-facts]')).not.toBeNull();
    expect(el.querySelector('[data-testid=key-entities]')).toBeNull();
  });

  it('the popup shows nothing without key points', () => {
    const el = mount(<KeyFacts facts={extractKeyFacts({ text: '' })} />);
    expect(el.innerHTML).toBe('');
  });
});
