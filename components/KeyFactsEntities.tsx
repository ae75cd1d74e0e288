import type { KeyFacts } from '@/utils/key-facts/types';

export interface KeyFactsEntitiesProps {
  facts: KeyFacts;
}

/** How many of each list to show: the lists come most important first, the tail is noise. */
export const ENTITY_LIMIT = 12;
export const QUOTE_LIMIT = 5;

/** Who, where, when, how many, and who said what (issue #3), for the side panel and reader. */
export function KeyFactsEntities({ facts }: KeyFactsEntitiesProps) {
  const people = facts.people.slice(0, ENTITY_LIMIT);
  const quotes = facts.quotes.slice(0, QUOTE_LIMIT);
  const lists: [string, string, string[]][] = [
    ['Organisations', 'key-orgs', facts.organizations],
    ['Places', 'key-places', facts.places],
    ['When', 'key-dates', facts.dates],
    ['How many', 'key-numbers', facts.numbers],
  ];
  const any = people.length || quotes.length || lists.some(([, , items]) => items.length);
  if (!any) return null;
  return (
    <div class="key-entities" data-testid="key-entities">
      {people.length > 0 && (
        <div class="key-entity-group">
          <h3 class="key-entity-title">People</h3>
          <ul class="key-entity-list" data-testid="key-people">
            {people.map((person) => (
              <li key={person.name} data-testid="key-person">
                <span class="key-entity-name">{person.name}</span>
                {person.role && <span class="key-entity-role">{person.role}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {lists.map(
        ([title, testId, items]) =>
          items.length > 0 && (
            <div class="key-entity-group" key={testId}>
              <h3 class="key-entity-title">{title}</h3>
              <ul class="key-entity-list inline" data-testid={testId}>
                {items.slice(0, ENTITY_LIMIT).map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </div>
          ),
      )}
      {quotes.length > 0 && (
        <div class="key-entity-group">
          <h3 class="key-entity-title">Quotes</h3>
          <ul class="key-quotes" data-testid="key-quotes">
            {quotes.map((quote) => (
              <li key={quote.text} data-testid="key-quote">
                <q>{quote.text}</q>
                {quote.speaker && <span class="key-quote-speaker"> — {quote.speaker}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
