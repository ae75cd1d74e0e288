// @vitest-environment jsdom
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract';
import { EMBED_FRAMES, embeddedPost, hiddenPlayer } from '@/utils/extract/embeds';
import { sanitizeHtml } from '@/utils/sanitize';
import { fixtureDocument } from '../fixtures';

const URL_ = 'https://paper.example/storm';

function shown() {
  const result = extractArticle(fixtureDocument('pages/embedded-posts.html', URL_), URL_);
  if (!result.ok) throw new Error(result.message);
  return { article: result.article, doc: new JSDOM(sanitizeHtml(result.article.html)).window.document };
}

describe('the embed frames of each network (a named table)', () => {
  it.each([
    ['https://platform.twitter.com/embed/Tweet.html?id=1790000000000000001&lang=en', 'X', 'https://x.com/i/status/1790000000000000001'],
    ['https://www.instagram.com/p/C7abcDEF123/embed/captioned/', 'Instagram', 'https://www.instagram.com/p/C7abcDEF123/'],
    ['https://www.instagram.com/reel/C7reel_1/embed', 'Instagram', 'https://www.instagram.com/reel/C7reel_1/'],
    ['https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fharbour%2Fposts%2F123&width=500', 'Facebook', 'https://www.facebook.com/harbour/posts/123'],
    ['https://www.tiktok.com/embed/v2/7312345678901234567', 'TikTok', 'https://www.tiktok.com/video/7312345678901234567'],
    ['https://embed.bsky.app/embed/did:plc:abc123xyz/app.bsky.feed.post/3kxyzpost', 'Bluesky', 'https://bsky.app/profile/did:plc:abc123xyz/post/3kxyzpost'],
    ['https://www.threads.com/@harbour.paper/post/C8abc/embed', 'Threads', 'https://www.threads.com/@harbour.paper/post/C8abc'],
    ['https://embed.reddit.com/r/sailing/comments/abc123/storm_at_the_harbour/', 'Reddit', 'https://www.reddit.com/r/sailing/comments/abc123/storm_at_the_harbour/'],
    ['https://mastodon.social/@harbour/112233445566/embed', 'Mastodon', 'https://mastodon.social/@harbour/112233445566'],
  ])('%s is a post on %s at %s', (src, network, url) => {
    expect(embeddedPost(src, URL_)).toEqual({ network, url });
  });

  it.each([
    'https://platform.twitter.com/widgets/follow_button.html?screen_name=harbour', // a button, no post
    'https://www.facebook.com/plugins/like.php?href=https%3A%2F%2Fpaper.example',
    'https://www.facebook.com/plugins/post.php?href=javascript%3Aalert(1)',
    'https://ads.example-adserver.com/frame?slot=mid-article',
    'https://www.youtube.com/embed/dQw4w9WgXcQ', // a video: the sanitizer's business
    'javascript:alert(1)',
    'http://[bad',
  ])('%s is no post', (src) => {
    expect(embeddedPost(src, URL_)).toBeNull();
  });

  it('names every network once', () => {
    const names = EMBED_FRAMES.map((f) => f.network);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('video players the reader does not show', () => {
  it('are cards linking to the player; the ones it shows, ad frames and other frames are not', () => {
    expect(hiddenPlayer('https://players.harbourtv.example/embed/video/88123', URL_)).toEqual({ network: 'Video', url: 'https://players.harbourtv.example/embed/video/88123' });
    expect(hiddenPlayer('/video/player.html?id=4', URL_)).toEqual({ network: 'Video', url: 'https://paper.example/video/player.html?id=4' });
    expect(hiddenPlayer('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', URL_)).toBeNull(); // shown in place
    expect(hiddenPlayer('https://ads.example-adserver.com/frame?slot=mid-article', URL_)).toBeNull();
    expect(hiddenPlayer('https://maps.example/frame?q=harbour', URL_)).toBeNull();
    expect(hiddenPlayer('https://calculators.example/embed/retirement?key=1', URL_)).toBeNull(); // "embed" alone is any widget
    expect(hiddenPlayer('javascript:alert(1)', URL_)).toBeNull();
  });
});

describe('an article with embedded posts (issue #12)', () => {
  it('shows a post turned into a frame as a card linking to it, its wrapper spared', () => {
    const cards = Array.from(shown().doc.querySelectorAll('blockquote'))
      .map((q) => q.textContent!.trim())
      .filter((t) => /^(X|Bluesky|Video):/.test(t));
    expect(cards).toEqual([
      'X: x.com/i/status/1790000000000000001',
      'Bluesky: bsky.app/profile/did:plc:abc123xyz/post/3kxyzpost',
      'Video: players.harbourtv.example/embed/video/88123?autoplay=0',
    ]);
    const link = shown().doc.querySelector('a[href="https://x.com/i/status/1790000000000000001"]');
    expect(link).not.toBeNull();
    expect(shown().article.text).not.toContain('x.com/i/status'); // a card, not running text
  });

  it('keeps a post the network’s script has not reached with its text and link', () => {
    const { doc, article } = shown();
    expect(doc.body.textContent).toContain('The sea came over the wall at seven');
    expect(doc.querySelector('a[href="https://www.instagram.com/p/C7abcDEF123/"]')).not.toBeNull();
    expect(article.text).toContain('Ferries are cancelled until further notice.');
    expect(article.text).toContain('Harbour Ferries (@harbourferries)');
    expect(doc.querySelector('a[href^="https://twitter.com/harbourferries/status/1790000000000000002"]')).not.toBeNull();
    expect(article.html).not.toContain('data-lede-embed');
  });

  it('keeps the video player and drops the ad frame, every paragraph in place', () => {
    const { doc, article } = shown();
    expect(doc.querySelectorAll('iframe')).toHaveLength(1);
    expect(doc.querySelector('iframe')!.getAttribute('src')).toContain('youtube-nocookie.com/embed/');
    expect(article.html).not.toContain('adserver');
    for (const start of ['The harbour master closed', 'Residents of the quay', 'The lifeboat was not called', 'The port reopened', 'The harbour board said']) {
      expect(article.text).toContain(start);
    }
  });
});
