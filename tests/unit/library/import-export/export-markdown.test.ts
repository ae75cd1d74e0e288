import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { articleToMarkdown, exportMarkdownZip, fileSlug, UniqueNames } from '@/utils/library/export';
import { sampleArticles } from './articles';

/** The front matter of a Markdown file as key → raw YAML value. */
function frontMatter(md: string): Record<string, string> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(md);
  if (!match) throw new Error('no front matter');
  return Object.fromEntries(match[1]!.split('\n').map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)]));
}

describe('Markdown zip export', () => {
  const articles = sampleArticles();
  const files = unzipSync(exportMarkdownZip(articles));
  const names = Object.keys(files);

  it('holds one Markdown file per article, in one folder, named after the title', () => {
    expect(names).toEqual([
      'lede-library/putin-makes-first-trip-to-north-korea-in-24-years.md',
      'lede-library/example-org-link-only.md',
      'lede-library/tricky-quotes-tags-not-a-comment.md',
    ]);
  });

  it('starts each file with front matter: title, url, site, saved (ISO) and tags', () => {
    const md = strFromU8(files[names[0]!]!);
    const front = frontMatter(md);
    expect(JSON.parse(front.title!)).toBe('Putin makes first trip to North Korea in 24 years');
    expect(JSON.parse(front.url!)).toBe(articles[0]!.url);
    expect(JSON.parse(front.site!)).toBe('The Daily Ledger');
    expect(front.saved).toBe('2024-06-18T08:40:00.000Z');
    expect(JSON.parse(front.tags!)).toEqual(['politics', 'asia']);
    expect(front.favorite).toBe('true');
  });

  it('has the article body in Markdown, and the highlights', () => {
    const md = strFromU8(files[names[0]!]!);
    expect(md).toContain('# Putin makes first trip to North Korea in 24 years');
    expect(md).toContain('## Arrival');
    expect(md).toContain('The Russian leader landed in **Pyongyang** on Tuesday.');
    expect(md).toContain('- Talks');
    expect(md).toContain('[Kim’s week](https://dailyledger.example/news/kim)');
    expect(md).toContain('![Lead](https://dailyledger.example/img/lead.jpg)');
    expect(md).toContain('[Embedded media](https://www.youtube-nocookie.com/embed/abc123)');
    expect(md).toMatch(/## Highlights\n\n> landed in Pyongyang\n\nA note\.\n$/);
    expect(md).not.toContain('<');
  });

  it('writes a plain table as a pipe table, and a table with merged cells as blocks', () => {
    const md = strFromU8(files[names[0]!]!);
    expect(md).toContain('| Year | 2000 |\n| --- | --- |');
    const table = (html: string): string => articleToMarkdown({ ...articles[0]!, html, highlights: [] });
    expect(table('<table><caption>Votes</caption><thead><tr><th>Party</th><th>Seats</th></tr></thead><tbody><tr><td>A | B</td><td><strong>12</strong></td></tr></tbody></table>')).toContain(
      'Votes\n\n| Party | Seats |\n| --- | --- |\n| A \\| B | **12** |',
    );
    const merged = table('<table><tr><td colspan="2">Wide</td></tr><tr><td>1</td><td>2</td></tr></table>');
    expect(merged).not.toContain('| --- |');
    expect(merged).toContain('Wide');
  });

  it('writes a link for a link-only article', () => {
    const md = strFromU8(files[names[1]!]!);
    expect(md).toContain('Saved as a link on 2020-09-13: <https://example.org/link-only>');
    expect(frontMatter(md).archived).toBe('true');
  });

  it('keeps front matter valid whatever the title and tags hold', () => {
    const md = articleToMarkdown(articles[2]!);
    const front = frontMatter(md);
    expect(JSON.parse(front.title!)).toBe(articles[2]!.title);
    expect(JSON.parse(front.tags!)).toEqual(['a "tag"', 'b: c', 'd\nnewline']);
    expect(JSON.parse(front.site!)).toBe('Evil & Co <script>');
    expect(md.split('\n---\n')).toHaveLength(2);
    expect(md).not.toContain('javascript:');
    expect(md).toContain('bad link, fragment, relative.');
    expect(md).not.toContain('\u0007');
  });

  it('names files safely and uniquely', () => {
    expect(fileSlug('Ça va? / Yes: "no" <> | * ..')).toBe('ça-va-yes-no');
    expect(fileSlug('北朝鮮を訪問')).toBe('北朝鮮を訪問');
    expect(fileSlug('...')).toBe('article');
    expect(fileSlug('CON')).toBe('con-');
    expect(fileSlug('😀')).toBe('article');
    expect(Array.from(fileSlug('𝒜'.repeat(100)))).toHaveLength(80);
    expect(fileSlug('a'.repeat(200))).toHaveLength(80);
    const names = new UniqueNames();
    expect(['same', 'Same', 'same', 'same-2'].map((n) => names.take(n, 'md'))).toEqual(['same.md', 'Same-2.md', 'same-3.md', 'same-2-2.md']);
  });
});
