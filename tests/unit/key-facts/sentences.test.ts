import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/utils/key-facts/sentences';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps titles, initials and "U.S." inside a sentence', () => {
    expect(texts('Mr. Smith met Dr. J. Doe in Washington. Then U.S. officials left. George W. Bush spoke.')).toEqual([
      'Mr. Smith met Dr. J. Doe in Washington.',
      'Then U.S. officials left.',
      'George W. Bush spoke.',
    ]);
  });

  it('ends a sentence on an abbreviation when the next word opens one', () => {
    expect(texts('Russia signed a deal with the U.S. The Kremlin said so.')).toEqual([
      'Russia signed a deal with the U.S.',
      'The Kremlin said so.',
    ]);
  });

  it('does not split decimals, times or "No. 10"', () => {
    expect(texts('The loan is $3.5 billion, due at 9 a.m. on Friday. He lives at No. 10 Downing Street.')).toEqual([
      'The loan is $3.5 billion, due at 9 a.m. on Friday.',
      'He lives at No. 10 Downing Street.',
    ]);
  });

  it('keeps a quotation with its attribution and ends after a closing quote', () => {
    expect(texts('"It was great," he said. She called it “a friendly visit.” Then she left! Why? Nobody knows.')).toEqual([
      '"It was great," he said.',
      'She called it “a friendly visit.”',
      'Then she left!',
      'Why?',
      'Nobody knows.',
    ]);
    expect(texts('"Are you sure?" he asked. Yes.')).toEqual(['"Are you sure?" he asked.', 'Yes.']);
  });

  it('treats a blank line as a boundary and marks unterminated blocks (headings)', () => {
    const sentences = splitSentences('The White House\n\nThe White House expressed concern. It said more.');
    expect(sentences.map((s) => [s.text, s.block, s.terminated])).toEqual([
      ['The White House', 0, false],
      ['The White House expressed concern.', 1, true],
      ['It said more.', 1, true],
    ]);
  });

  it('gives offsets into the original text', () => {
    const text = 'First one here.  Second one.\n\nThird.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('splits text in other scripts', () => {
    expect(texts('Путин прибыл в Пхеньян. Он встретится с Ким Чен Ыном.')).toHaveLength(2);
    expect(texts('普京抵达平壤。他将会见金正恩。')).toEqual(['普京抵达平壤。', '他将会见金正恩。']);
  });

  it('returns nothing for empty text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('  \n\n ')).toEqual([]);
  });
});
