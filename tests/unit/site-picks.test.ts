import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetPick, MAX_PICKS, MAX_SELECTOR_LENGTH, pickFor, rememberPick, validPicks, watchPicks } from '@/utils/site-picks';

const STORY = 'https://news.example/world/story-1';

describe('the block picked per site (issue #12)', () => {
  it('is found for every page of the site, and for no other site', async () => {
    await rememberPick(STORY, 'div.story-text');
    expect(await pickFor('https://news.example/sport/other-story?x=1#top')).toBe('div.story-text');
    expect(await pickFor('https://other.example/world/story-1')).toBeNull();
    expect(await pickFor('http://news.example/world/story-1')).toBeNull(); // another origin
    expect(await pickFor('chrome://settings')).toBeNull();
  });

  it('a new pick for the site replaces the old; forgetting it leaves the other sites’', async () => {
    await rememberPick(STORY, 'div.a');
    await rememberPick('https://b.example/x', 'div.b');
    await rememberPick(STORY, 'div.c');
    expect(await pickFor(STORY)).toBe('div.c');
    await forgetPick(STORY);
    expect(await pickFor(STORY)).toBeNull();
    expect(await pickFor('https://b.example/x')).toBe('div.b');
  });

  it('two changes at once are both kept (never two writes from one read)', async () => {
    await Promise.all([rememberPick('https://a.example/', 'div.a'), rememberPick('https://b.example/', 'div.b')]);
    expect([await pickFor('https://a.example/'), await pickFor('https://b.example/')]).toEqual(['div.a', 'div.b']);
  });

  it('keeps no pick for a page that is not on the web, nor an empty or overlong selector', async () => {
    await rememberPick('about:blank', 'div.a');
    await rememberPick(STORY, '  ');
    await rememberPick(STORY, 'div'.repeat(MAX_SELECTOR_LENGTH));
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('keeps the newest MAX_PICKS sites', async () => {
    const raw = Object.fromEntries(Array.from({ length: MAX_PICKS + 5 }, (_, i) => [`https://s${i}.example`, { selector: 'main', at: i }]));
    const kept = validPicks(raw);
    expect(Object.keys(kept)).toHaveLength(MAX_PICKS);
    expect(kept['https://s0.example']).toBeUndefined();
    expect(kept[`https://s${MAX_PICKS + 4}.example`]).toEqual({ selector: 'main', at: MAX_PICKS + 4 });
  });

  it('reads whatever storage holds as picks, or as none', () => {
    expect(validPicks(null)).toEqual({});
    expect(validPicks(['https://a.example'])).toEqual({});
    expect(
      validPicks({
        'https://a.example': { selector: 'main', at: 1, extra: 'x' },
        'https://a.example/path': { selector: 'main', at: 1 },
        'javascript:alert(1)': { selector: 'main', at: 1 },
        'https://b.example': { selector: 42, at: 1 },
        'https://c.example': { selector: 'main', at: 'now' },
        'https://d.example': 'main',
      }),
    ).toEqual({ 'https://a.example': { selector: 'main', at: 1 } });
  });

  it('tells watchers when a pick is made or forgotten', async () => {
    let changes = 0;
    const unwatch = watchPicks(() => changes++);
    await rememberPick(STORY, 'main');
    await forgetPick(STORY);
    await new Promise((r) => setTimeout(r, 0));
    expect(changes).toBe(2);
    unwatch();
  });
});
