import { describe, expect, it } from 'vitest';
import { evaluateInTarget, setupLede } from './harness';

const suite = setupLede();

const RELATED_ARTICLES = [
  'Kim Jong Un Meets Putin At Russia’s Vostochny Cosmodrome',
  'US Sanctions Firms Over North Korea–Russia Arms Transfers',
  'Putin To Visit Vietnam After Pyongyang Talks',
  'Andrei Belousov Named Russia’s New Defense Minister',
].sort();

interface PanelLink {
  title: string;
  href: string;
  target: string;
  rel: string;
  kind: string;
}

async function open(path: string) {
  const page = await suite.lede.context.newPage();
  await page.goto(suite.server.url(path));
  return { page, tabId: await suite.lede.tabIdOf(page) };
}

/** Opens the side panel from the popup's related count, and reads its related list. */
async function panelLinks(path: string): Promise<{ count: string | null; links: PanelLink[] }> {
  const { page, tabId } = await open(path);
  const popup = await suite.lede.context.newPage();
  await popup.goto(suite.lede.extensionUrl(`popup.html?tab=${tabId}`));
  const countButton = popup.getByTestId('related-count');
  await countButton.waitFor();
  const count = await countButton.textContent();
  await Promise.all([
    popup.waitForEvent('close'), // the popup closes itself once the panel is open
    countButton.click(), // a user gesture, as sidePanel.open() demands
  ]);
  await suite.lede.worker.evaluate((id) => chrome.tabs.update(id, { active: true }), tabId);
  const links = await evaluateInTarget<PanelLink[] | null>(
    page,
    `sidepanel.html?tab=${tabId}`,
    `(() => {
      const items = Array.from(document.querySelectorAll('[data-testid=related-link]'));
      return items.length ? items.map((li) => {
        const a = li.querySelector('a');
        return { title: a.textContent, href: a.href, target: a.target, rel: a.rel, kind: li.querySelector('[data-testid=related-kind]').textContent };
      }) : null;
    })()`,
  );
  await page.close();
  return { count, links: links ?? [] };
}

describe('related links, in Chromium', () => {
  it('on the seed page the popup counts them and the side panel lists the four related articles first', async () => {
    const { count, links } = await panelLinks('news-page.html');
    expect(count).toBe(`${links.length} related links`);
    expect(links.slice(0, 4).map((l) => l.title).sort()).toEqual(RELATED_ARTICLES);
    expect(links.slice(4).map((l) => l.title)).toEqual(links.length > 4 ? ['Mexico Elects Claudia Sheinbaum As Its First Female President'] : []);
    for (const link of links) {
      expect(link.target).toBe('_blank');
      expect(link.rel).toBe('noopener noreferrer');
      expect(link.kind).toBe('Related');
      // Relative links on the page resolve against the page's own address.
      expect(link.href.startsWith(suite.server.origin)).toBe(true);
    }
  });

  it('the reader lists them too', async () => {
    const { page, tabId } = await open('news-page.html');
    const reader = await suite.lede.context.newPage();
    await reader.goto(suite.lede.extensionUrl(`reader.html?tab=${tabId}`));
    const items = reader.getByTestId('related-link');
    await items.first().waitFor();
    const titles = await items.locator('a').allTextContents();
    expect(titles.slice(0, 4).sort()).toEqual(RELATED_ARTICLES);
    expect(await reader.getByTestId('related-kind').first().textContent()).toBe('Related');
    await reader.close();
    await page.close();
  });

  it('a related block that the page renders with a script is found on the live page', async () => {
    const { links } = await panelLinks('related/script-rendered.html');
    expect(links.map((l) => l.title).sort()).toEqual(
      ['Blue Lagoon Reopens After Volcano Eruption', 'Iceland Offers To Buy Grindavik Homes', 'Lava Walls Hold As Grindavik Eruption Slows'].sort(),
    );
  });
});
