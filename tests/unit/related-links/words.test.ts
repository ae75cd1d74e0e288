import { describe, expect, it } from 'vitest';
import type { KeyFacts } from '@/utils/key-facts/types';
import { articleTerms, slugWords, stemOf, stems, subjectMatch, withoutSiteSuffix } from '@/utils/related-links/words';

/** The weights of utils/related-links/words.ts, worked out by hand: a word said n times in the
 * body weighs min(2.5, log2(n + 1) - 0.5), +3 in the title, +1.5 in the lead (600 characters), ×1.5
 * for a name. */
describe('stemOf and stems', () => {
  it('drops stopwords, their stems, bare numbers and fragments; keeps words with digits', () => {
    expect(stemOf('updated')).toBeNull(); // "updat" is "update" less its e
    expect(stemOf('News')).toBeNull();
    expect(stemOf('Un')).toBeNull();
    expect(stemOf('1990')).toBeNull();
    expect(stemOf('mp3')).toBe('mp3');
    expect(stemOf('4chan')).toBe('4chan'); // digits first, letters after: a word
    expect(stemOf('ice')).toBe('ice');
    expect(stemOf('Korea’s')).toBe('korea');
    expect(stemOf("don't")).toBe('dont');
    expect(stems('The Glaciers of the Alps, 2024')).toEqual(['glacier', 'alp']);
  });
});

describe('slugWords', () => {
  it('the longest segment of the path, less its extension, ids and separators', () => {
    expect(slugWords('https://a.example/news/2024/putin-to-visit-vietnam.html')).toBe('putin to visit vietnam');
    expect(slugWords('https://a.example/world/a1b2-putin-k9-visit')).toBe('putin visit');
    expect(slugWords('https://a.example/putin_visit+now.v2/x')).toBe('putin visit now');
    expect(slugWords('https://a.example/news/glacier%2Dmelt%2Dnow')).toBe('glacier melt now');
  });

  it('no slug in a segment with spaces or commas, nor in what is no URL', () => {
    expect(slugWords('https://a.example/a%20long%20pasted%20sentence/short')).toBe('short');
    expect(slugWords('https://a.example/one,two,three-four/ab')).toBe('ab');
    expect(slugWords('not a url')).toBe('');
    expect(slugWords('https://a.example/')).toBe('');
  });
});

describe('withoutSiteSuffix', () => {
  it('drops the site name after a dash or bar when four words are left', () => {
    expect(withoutSiteSuffix('Lexus goes topless with the LC500 - Auto News')).toBe('Lexus goes topless with the LC500');
    expect(withoutSiteSuffix('Lexus goes topless again | Auto News')).toBe('Lexus goes topless again');
    expect(withoutSiteSuffix('Lexus goes topless again — The Auto Pages')).toBe('Lexus goes topless again');
    expect(withoutSiteSuffix('Lexus goes topless - Auto News')).toBe('Lexus goes topless - Auto News');
    expect(withoutSiteSuffix('Lexus goes topless again - A')).toBe('Lexus goes topless again - A'); // no name is one letter
    expect(withoutSiteSuffix('Lexus goes topless-again today')).toBe('Lexus goes topless-again today');
    expect(withoutSiteSuffix('Lexus goes topless again  -  Auto News')).toBe('Lexus goes topless again');
    expect(withoutSiteSuffix('Lexus goes topless again - Auto News - Daily')).toBe('Lexus goes topless again - Auto News'); // the last one only
  });
});

describe('articleTerms', () => {
  // 690 characters of filler: what follows is past the lead.
  const filler = 'Nothing else happened here at all that day. '.repeat(15);
  const terms = articleTerms({
    title: 'Glacier melt hits Swiss Alps - Paper',
    text: 'Glaciers in the Swiss Alps melted. Scientists said the Rhone Glacier shrank. The Rhone Glacier is big. ice ice ice ice ice ice ice ice.',
    siteWords: ['Paper'],
  });
  const weight = (stem: string) => terms.terms.get(stem)?.weight;

  it('weighs title, lead, repetition and names', () => {
    expect(weight('glacier')).toBeCloseTo((3 + 1.5 + 1.5) * 1.5); // title, lead, 3 times in the body, a name
    expect(weight('ice')).toBeCloseTo(2.5 + 1.5); // 8 times: capped
    expect(weight('hit')).toBeCloseTo(0.5 + 3); // the title only counts once
    expect(weight('big')).toBeCloseTo(0.5 + 1.5);
    expect(weight('paper')).toBeUndefined(); // the site's own name
  });

  it('shows a word as the text writes it most, a name capitalised, an acronym in capitals', () => {
    expect(terms.terms.get('glacier')).toMatchObject({ display: 'Glacier', name: true });
    expect(terms.terms.get('melt')).toMatchObject({ display: 'melted', name: false });
    expect(terms.terms.get('scientist')).toMatchObject({ display: 'scientists', name: false }); // opens a sentence
    const later = articleTerms({ title: 'Summit', text: `${filler}Leaders met at the NATO summit. The NATO chief spoke.` });
    expect(later.terms.get('nato')).toMatchObject({ display: 'NATO', name: true, weight: (Math.log2(3) - 0.5) * 1.5 }); // twice, a name
    expect(later.terms.get('leader')).toMatchObject({ weight: 0.5 }); // past the lead
  });

  it('a capitalised word the text also writes in lower case more often is no name', () => {
    const t = articleTerms({ title: 'x', text: 'We saw the Reef. The reef is big, the reef is old.' });
    expect(t.terms.get('reef')?.name).toBe(false);
    expect(t.terms.get('reef')?.display).toBe('reef');
  });

  it('multi-word names: a recurring run, or one whose words are mostly names; leading stopwords dropped', () => {
    const t = articleTerms({
      title: 'Reef heat',
      text: `${filler}The Great Barrier Reef bleached again. Officials said the Great Barrier Reef is vast. A Sunny Day came.`,
    });
    expect(t.phrases.map((p) => p.display)).toEqual(['Great Barrier Reef']);
    expect(t.phrases[0]).toMatchObject({ stems: ['great', 'barrier', 'reef'], tokens: ['great', 'barrier', 'reef'] });
    const once = articleTerms({ title: 'x', text: 'Officials met Vladimir Putin in Hanoi. Vladimir smiled. Putin spoke.' });
    expect(once.phrases.map((p) => p.display)).toEqual(['Vladimir Putin']);
  });

  it('phrases longest first', () => {
    const t = articleTerms({ title: 'x', text: 'Officials said Kim Jong Un met Vladimir Putin. Then Kim Jong Un and Vladimir Putin spoke.' });
    expect(t.phrases.map((p) => p.display)).toEqual(['Kim Jong Un', 'Vladimir Putin']);
  });

  it('key facts make names of words the text did not capitalise, and add their phrases', () => {
    const keyFacts = { keyPoints: [], people: [], organizations: ['Reef Authority'], places: [], dates: [], numbers: [], quotes: [] } as KeyFacts;
    const text = `${filler}the reef authority said the reef authority would act.`;
    const without = articleTerms({ title: 'x', text });
    const withFacts = articleTerms({ title: 'x', text, keyFacts });
    expect(without.terms.get('authority')).toMatchObject({ name: false });
    expect(withFacts.terms.get('authority')).toMatchObject({ name: true, weight: without.terms.get('authority')!.weight * 1.5 });
    expect(withFacts.phrases.map((p) => p.display)).toEqual(['Reef Authority']);
  });
});

describe('articleTerms: what each rule does on its own', () => {
  const filler = 'Nothing else happened here at all that day. '.repeat(15);
  const show = (title: string, text: string, siteWords?: string[]) =>
    Object.fromEntries([...articleTerms({ title, text: `${filler}${text}`, siteWords }).terms].filter(([stem]) => !['noth', 'else', 'happen'].includes(stem)).map(([stem, t]) => [stem, [Number(t.weight.toFixed(2)), t.display, t.name]]));

  it('the site’s own words are no terms, in the title or the text', () => {
    expect(show('Harbour Hits Record', 'The harbour said the Harbour Times reported it.', ['Harbour', 'Times'])).toEqual({ hit: [3.5, 'hits', false], record: [3.5, 'record', false] });
  });

  it('a title word the text writes otherwise is shown as the text writes it most', () => {
    expect(show('Starters Fail', 'One starter failed. The starter died. Starters are hard.')).toEqual({
      starter: [3 + (Math.log2(4) - 0.5), 'starter', false].map((v) => (typeof v === 'number' ? Number(v.toFixed(2)) : v)),
      fail: [3.5, 'failed', false],
      died: [0.5, 'died', false],
      hard: [0.5, 'hard', false],
    });
  });

  it('capitals more often than not make a name; a tie is no name and keeps the first form', () => {
    expect(show('x', 'We met the NASA team. Then nasa said no. The NASA rover. Also the Rover.')).toMatchObject({
      nasa: [2.25, 'NASA', true],
      rover: [1.08, 'rover', false],
    });
  });

  it('a possessive is no part of a name', () => {
    const t = articleTerms({ title: 'x', text: `${filler}Officials met Jane Doe’s team. Jane Doe’s plan held. The Harbour Board's vote passed and the Harbour Board's chair spoke.` });
    expect(t.phrases.map((p) => p.display)).toEqual(['Jane Doe', 'Harbour Board']);
    expect(subjectMatch('Jane Doe plan', t)).toMatchObject({ why: ['Jane Doe', 'plan'], names: 2, words: 1 });
  });
});

describe('subjectMatch', () => {
  const terms = articleTerms({
    title: 'Glacier melt hits Swiss Alps',
    text: 'Glaciers in the Swiss Alps melted. Scientists said the Rhone Glacier shrank. The Rhone Glacier is big. Russian and Russia envoys came. ice ice ice ice.',
  });

  it('sums the weights of shared words, counts names and words, and names a whole phrase once', () => {
    const match = subjectMatch('Rhone Glacier ice', terms);
    const w = (s: string) => terms.terms.get(s)!.weight;
    expect(match.score).toBeCloseTo(w('rhon') + w('glacier') + w('ice'));
    expect(match).toMatchObject({ names: 2, words: 1, why: ['Rhone Glacier', 'ice'] });
  });

  it('best reasons first; "Russia" and "Russian" are one', () => {
    const match = subjectMatch('ice and Russia and Russian envoys and Swiss glaciers', terms);
    expect(match.why).toEqual(['Glacier', 'Swiss', 'Russia', 'ice', 'envoys']);
  });

  it('nothing shared, nothing matched', () => {
    expect(subjectMatch('Cup final tickets sold out', terms)).toEqual({ score: 0, why: [], names: 0, words: 0 });
  });
});
