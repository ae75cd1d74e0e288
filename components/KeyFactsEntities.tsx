import { t, type MessageKey } from '@/utils/i18n';
import type { KeyFacts } from '@/utils/key-facts/types';

export interface KeyFactsEntitiesProps {
  facts: KeyFacts;
  /** In the reader's margin the lists are open; inline (narrow screens, the side panel) each is
   * a closed disclosure that opens on demand, so the block stays a line or two high. */
  open: boolean;
}

/** How many of each list to show: the lists come most important first, the tail is noise. */
const ENTITY_LIMIT = 12;
const QUOTE_LIMIT = 5;

interface Group {
  title: MessageKey;
  testId: string;
  count: number;
  body: preact.ComponentChild;
}

/** Who, where, when, how many, and who said what (issue #3), for the side panel and reader. */
export function KeyFactsEntities({ facts, open }: KeyFactsEntitiesProps) {
  const people = facts.people.slice(0, ENTITY_LIMIT);
  const quotes = facts.quotes.slice(0, QUOTE_LIMIT);
  const lists: [MessageKey, string, string[]][] = [
    ['keyFactsOrganisations', 'key-orgs', facts.organizations],
    ['keyFactsPlaces', 'key-places', facts.places],
    ['keyFactsWhen', 'key-dates', facts.dates],
    ['keyFactsNumbers', 'key-numbers', facts.numbers],
  ];
  const groups: Group[] = [];
  if (people.length) {
    groups.push({
      title: 'keyFactsPeople',
      testId: 'key-people',
      count: people.length,
      body: (
        <ul class="key-entity-list" data-testid="key-people">
          {people.map((person) => (
            <li key={person.name} data-testid="key-person">
              <span class="key-entity-name">{person.name}</span>
              {person.role && <span class="key-entity-role">{person.role}</span>}
            </li>
          ))}
        </ul>
      ),
    });
  }
  for (const [title, testId, all] of lists) {
    const items = all.slice(0, ENTITY_LIMIT);
    if (!items.length) continue;
    groups.push({
      title,
      testId,
      count: items.length,
      body: (
        <ul class="key-entity-list inline" data-testid={testId}>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ),
    });
  }
  if (quotes.length) {
    groups.push({
      title: 'keyFactsQuotes',
      testId: 'key-quotes',
      count: quotes.length,
      body: (
        <ul class="key-quotes" data-testid="key-quotes">
          {quotes.map((quote) => (
            <li key={quote.text} data-testid="key-quote">
              <q>{quote.text}</q>
              {quote.speaker && <span class="key-quote-speaker"> — {quote.speaker}</span>}
            </li>
          ))}
        </ul>
      ),
    });
  }
  if (!groups.length) return null;
  return (
    <div class="key-entities" data-testid="key-entities">
      {groups.map((group) => (
        <details class="key-entity-group" key={group.testId} open={open}>
          <summary>
            <span class="key-entity-title">{t(group.title)}</span> <span class="key-entity-count">{group.count}</span>
          </summary>
          {group.body}
        </details>
      ))}
    </div>
  );
}
