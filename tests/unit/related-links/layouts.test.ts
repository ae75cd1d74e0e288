import { describe, expect, it } from 'vitest';
import { harvestLinks } from '@/utils/related-links/harvest';
import { pageOf, paths, relatedOf, titles } from './helpers';

describe('related links on other layouts', () => {
  it('card grid: titles from card headings apart from the links, and a "Most read" item only on subject', () => {
    const links = relatedOf('related/card-grid.html', 'https://coastpost.example/world/africa/kenya-drought-millions-hunger-un-warns');
    expect(titles(links).sort()).toEqual(
      [
        'Maize Harvest Fails Across Northern Kenya', // <h3> beside an image link and a "Read more"
        'Turkana Herders Walk For Days To Find Water As Drought Deepens', // a <span> headline beside an image link
        'World Food Programme Warns Of Funding Gap In East Africa',
        'UN Appeals For $500m In Kenya Drought Aid', // "Most read", but on the subject
      ].sort(),
    );
    // The three "More on this story" picks come before the popular item.
    expect(paths(links).slice(0, 3)).not.toContain('/world/africa/un-appeals-for-kenya-drought-aid');
    // Off-subject "Most read" items, the nav's and the footer's links are gone.
    for (const link of links) expect(link.url).not.toMatch(/football|film-festival|elections|live-updates|authors|sharer|intent/);
  });

  it('list under a heading: "See also", schema.org relatedLink, an on-subject next post; not tags, authors, menus, comments', () => {
    const links = relatedOf('related/list-heading.html', 'https://crumbnotes.example/2024/03/sourdough-starter-freezer-survival/');
    expect(titles(links).sort()).toEqual(
      [
        'A Simple Feeding Schedule For Your Sourdough Starter',
        'Reviving A Neglected Starter From The Back Of The Fridge',
        'Drying your starter into flakes', // named by the page's JSON-LD relatedLink
        'Baking With A Starter Frozen For Eight Weeks', // "Next post", on the subject, prefix dropped
      ].sort(),
    );
    expect(links.every((l) => l.kind === 'related')).toBe(true);
    expect(links.map((l) => l.url).join(' ')).not.toMatch(/rye-bread|best-flour|\/tag\/|\/author\/|\/category\/|example\.org|#respond/);
  });

  it('"Read more" in the body, in-article links and cited sources, kinds labelled', () => {
    const links = relatedOf('related/read-more-body.html', 'https://tidereport.example/science/great-barrier-reef-record-marine-heatwave');
    const byPath = Object.fromEntries(links.map((l) => [new URL(l.url).pathname, l]));
    expect(byPath['/science/coral-bleaching-great-barrier-reef-fifth-mass-event']).toMatchObject({
      kind: 'related',
      title: 'Great Barrier Reef Suffers Fifth Mass Bleaching In Eight Years',
    });
    expect(byPath['/science/ocean-heat-record-2023-explained']).toMatchObject({ kind: 'in-article', title: 'last year’s record ocean heat'.replace('’', "'") });
    // "published here": the slug is the title.
    expect(byPath['/science/reef-authority-aerial-survey-results-bleaching']).toMatchObject({
      kind: 'in-article',
      title: 'Reef authority aerial survey results bleaching',
    });
    expect(byPath['/coral-reef-watch/great-barrier-reef-heat-stress-2024']).toMatchObject({ kind: 'elsewhere', site: 'noaa.example' });
    expect(byPath['/coral-reef-watch/great-barrier-reef-heat-stress-2024']!.why).toContain('Great Barrier Reef');
    // "Follow us on Instagram" is a follow button even in the text.
    expect(links.map((l) => l.url).join(' ')).not.toContain('instagram');
    expect(links).toHaveLength(4);
  });

  it('sponsored widgets are rejected, however well their words match', () => {
    const links = relatedOf('related/sponsored.html', 'https://metrodaily.example/local/city-council-approves-electric-bus-fleet');
    expect(titles(links).sort()).toEqual(['Construction Begins On Bus Charging Depot', 'Transit Agency Orders Its First Electric Buses']);
  });

  it('a block rendered by a script is found on the live page', () => {
    const url = 'https://northwire.example/world/iceland-volcano-erupts-grindavik';
    const live = relatedOf('related/script-rendered.html', url, true);
    expect(titles(live).sort()).toEqual(
      ['Blue Lagoon Reopens After Volcano Eruption', 'Iceland Offers To Buy Grindavik Homes', 'Lava Walls Hold As Grindavik Eruption Slows'].sort(),
    );
    expect(relatedOf('related/script-rendered.html', url, false)).toEqual([]);
  });

  it('a page with no links has no related links: named anchors, an address in the text and head links are none', () => {
    const url = 'https://alpinecourier.example/science/glacier-retreat-medieval-pass';
    expect(harvestLinks(pageOf('related/no-links.html', url), { url, text: '' })).toEqual([]);
    expect(relatedOf('related/no-links.html', url)).toEqual([]);
  });
});
