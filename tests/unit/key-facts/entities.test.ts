import { describe, expect, it } from 'vitest';
import { extractKeyFacts, isEnglish } from '@/utils/key-facts';

const facts = (text: string, lang: string | null = 'en') => extractKeyFacts({ text, lang });
const people = (text: string) => facts(text).people;

describe('people', () => {
  it('takes the role from a title before the name, capitalised or not', () => {
    expect(people('Foreign Minister Sergei Lavrov arrived. The talks were led by Chinese leader Xi Jinping.')).toEqual([
      { name: 'Sergei Lavrov', role: 'Foreign Minister' },
      { name: 'Xi Jinping', role: 'Chinese leader' },
    ]);
    expect(people('The plan was announced by New York Mayor Michael Bloomberg on Monday.')).toEqual([
      { name: 'Michael Bloomberg', role: 'New York Mayor' },
    ]);
  });

  it('takes the role from an appositive, before or after the name', () => {
    expect(people('He will bring his new defense minister, Andrei Belousov, to the talks.')).toEqual([
      { name: 'Andrei Belousov', role: 'defense minister' },
    ]);
    expect(people('The deal was signed by Sergei Shoigu, the former defence minister, on Friday.')).toEqual([
      { name: 'Sergei Shoigu', role: 'former defence minister' },
    ]);
  });

  it('recognises people by a given name, an honorific, a speech verb or an age', () => {
    const names = people(
      'John Nilsson-Wright from Cambridge University noted the change. Ms Okafor was there. ' +
        'Rhian Tudwal said the vote was close. Aliesha Peterson, 22, detailed her routine.',
    ).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['John Nilsson-Wright', 'Okafor', 'Rhian Tudwal', 'Aliesha Peterson']));
  });

  it('resolves short names to the full name, the most mentioned first', () => {
    const text =
      'North Korean leader Kim Jong Un greeted the guests. Kim Jong Un smiled. In 2000, Putin met Kim Jong Il, ' +
      'Kim Jong Un’s father. Kim spoke first. Russian President Vladimir Putin replied.';
    const list = people(text);
    expect(list.map((p) => p.name)).toEqual(['Kim Jong Un', 'Vladimir Putin', 'Kim Jong Il']);
    expect(list[2]!.role).toBe('Kim Jong Un’s father');
  });

  it('links a titled short name to the full name given without evidence ("Ms Kunis")', () => {
    expect(people('Mila Kunis is being sued. A lawyer for Ms Kunis declined to comment.').map((p) => p.name)).toEqual(['Mila Kunis']);
  });

  it('takes a full name the text goes on to use by its last word for a person', () => {
    const text = 'The last keeper, Erik Holm, left in 1987. Today Holm lives on the mainland. Holm still wakes at dusk.';
    expect(people(text)).toEqual([{ name: 'Erik Holm' }]);
  });

  it('puts no place, organisation, month or common word among the people', () => {
    const text =
      'A parade in Kim Il Sung Square is expected. The White House said it was watching. In an article in ' +
      'North Korea’s Rodong Sinmun, nothing was said. The General Election is in May. BBC Scotland reported it.';
    expect(people(text)).toEqual([]);
  });

  it('ignores a capitalised sentence opener', () => {
    expect(people('During the visit nothing happened. Meanwhile talks went on.')).toEqual([]);
  });
});

describe('organisations and places', () => {
  it('knows them by list and by suffix, without "the"', () => {
    const f = facts(
      'The Kremlin and the White House traded words. The National Security Council met at Cambridge University. ' +
        'Officials in Moscow, Seoul and Washington reacted. The U.S. and the US Treasury responded.',
    );
    expect(f.organizations).toEqual(expect.arrayContaining(['Kremlin', 'White House', 'National Security Council', 'Cambridge University']));
    expect(f.places).toEqual(expect.arrayContaining(['Moscow', 'Seoul', 'Washington', 'United States']));
    expect(f.places).not.toContain('U.S.');
  });

  it('merges an acronym into the name it stands for', () => {
    const f = facts('Greece owes the International Monetary Fund money. The IMF wants it back. The IMF said so.');
    expect(f.organizations).toEqual(['International Monetary Fund']);
  });
});

describe('dates and numbers', () => {
  it('finds weekdays, months, full dates, years and times', () => {
    const f = facts('On Tuesday, March 13, 2014, at 9.30pm he left. He had arrived in 2019 and again since 2000. It was May 2.');
    expect(f.dates).toEqual(expect.arrayContaining(['Tuesday', 'March 13, 2014', '9.30pm', '2019', '2000', 'May 2']));
  });

  it('reads ISO dates as dates, and no numbers out of paths or code', () => {
    const f = facts('The files from 2024-01-04 were read with glob("arrivals/2024-0[1-3]-*.csv") and row[1] counts.');
    expect(f.dates).toEqual(['2024-01-04']);
    expect(f.numbers).toEqual([]);
  });

  it('does not take the modal "may" or a count for a date', () => {
    const f = facts('Putin may stay there. He has 2000 soldiers. May I ask?');
    expect(f.dates).toEqual([]);
  });

  it('finds quantities with their units, money and percentages', () => {
    const f = facts('It was his first visit in 24 years. The loan is £330million and $3.5 billion. Turnout hit 82 per cent, or 45%. They won 29-10.');
    expect(f.numbers).toEqual(expect.arrayContaining(['24 years', '£330million', '$3.5 billion', '82 per cent', '45%', '29-10']));
  });
});

describe('quotes', () => {
  it('finds quotations in curly, straight and single quotes with their speakers', () => {
    const f = facts(
      'The Kremlin called it a “friendly state visit,” with Putin present. "We are ready to pay," Greek minister Dimitris Mardas said. ' +
        "Paul Casey was relieved. 'I was very relieved and excited,' said Casey. A word like 'pal' is no quote.",
    );
    expect(f.quotes).toEqual([
      { text: 'friendly state visit', speaker: 'Kremlin' },
      { text: 'We are ready to pay', speaker: 'Dimitris Mardas' },
      { text: 'I was very relieved and excited', speaker: 'Paul Casey' },
    ]);
  });

  it('gives "He said:" the last person named', () => {
    const f = facts('Deputy finance minister Dimitris Mardas spoke on Monday. He said: "We strive to pay on time."');
    expect(f.quotes).toEqual([{ text: 'We strive to pay on time', speaker: 'Dimitris Mardas' }]);
  });

  it('gives "…," he says the last person named', () => {
    const f = facts('Erik Holm, a keeper, is 84. Holm still wakes early. "The body remembers," he says.');
    expect(f.quotes).toEqual([{ text: 'The body remembers', speaker: 'Erik Holm' }]);
  });

  it('leaves the speaker out when the text names none', () => {
    expect(facts('Signs read “no entry here” all day.').quotes).toEqual([{ text: 'no entry here' }]);
  });
});

describe('non-English text', () => {
  const german =
    'Der russische Präsident Wladimir Putin ist zu seinem ersten Besuch seit 24 Jahren in Pjöngjang eingetroffen. ' +
    'Er trifft am Dienstag den nordkoreanischen Machthaber Kim Jong Un.\n\n' +
    'Die beiden hatten sich zuletzt im September in Russland getroffen. Die Gespräche sollen zwei Tage dauern.';

  it('still gets key points, but no entity lists', () => {
    const f = facts(german, 'de');
    expect(f.keyPoints).toHaveLength(3);
    expect(f.keyPoints[0]).toMatch(/^Der russische Präsident/);
    expect(f.entitiesSupported).toBe(false);
    expect([f.people, f.organizations, f.places, f.dates, f.numbers, f.quotes]).toEqual([[], [], [], [], [], []]);
  });

  it('tells English from other languages when the page gives no language', () => {
    expect(isEnglish(german, null)).toBe(false);
    expect(isEnglish('Russian President Vladimir Putin arrived in Pyongyang on Tuesday, where he met the leader of the country.', null)).toBe(true);
    expect(isEnglish('anything', 'en-GB')).toBe(true);
    expect(isEnglish('Russian President Vladimir Putin arrived in Pyongyang on Tuesday, where he met the leader.', 'fr')).toBe(false);
  });
});
