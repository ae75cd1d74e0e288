import { afterEach, describe, expect, it, vi } from 'vitest';
import { notArticle } from '@/utils/article';
import { savePage } from '@/utils/library/background';
import { library } from '@/utils/library/db';
import { savedId } from '@/utils/library/store';
import { makeArticle } from './helpers';

const readTab = vi.hoisted(() => vi.fn());
vi.mock('@/utils/tab-extraction', () => ({ readTab }));

afterEach(async () => {
  await library().inbox.clear();
  await library().articles.clear();
});

describe('saving from the context menu or the shortcut (service worker)', () => {
  it('queues the article whole for a page to sanitize, and the popup sees it as saved', async () => {
    readTab.mockResolvedValue({ ok: true, article: makeArticle() });
    const result = await savePage(7);
    expect(result.ok).toBe(true);
    const queued = await library().inbox.toArray();
    expect(queued).toHaveLength(1);
    expect(queued[0]!.article.title).toBe('Putin visits Pyongyang');
    expect(await library().articles.count()).toBe(0); // never stored unsanitized
    expect(await savedId(library(), makeArticle())).toBe('http://news.example/world/story-1');
  });

  it('a page that is not an article is not queued', async () => {
    readTab.mockResolvedValue(notArticle('not-article', 'This is a home page.'));
    expect((await savePage(7)).ok).toBe(false);
    expect(await library().inbox.count()).toBe(0);
  });
});
