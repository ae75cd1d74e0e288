import { describe, expect, it } from 'vitest';
import { factsFor } from '../../../scripts/facts';

describe('npm run facts: one line in, one line out', () => {
  it('gives {id, keyFacts} for a line {id, title, text}', () => {
    const line = JSON.stringify({
      id: 'a1',
      title: 'Putin visits Pyongyang',
      text: 'Russian President Vladimir Putin arrived in Pyongyang on Tuesday for talks.\n\nHe will stay two days.',
    });
    const { ok, out } = factsFor(line, 1);
    expect(ok).toBe(true);
    expect(out.id).toBe('a1');
    const facts = out.keyFacts as { keyPoints: string[]; people: { name: string }[] };
    expect(facts.keyPoints[0]).toBe('Russian President Vladimir Putin arrived in Pyongyang on Tuesday for talks.');
    expect(facts.people[0]?.name).toBe('Vladimir Putin');
  });

  it('answers a bad line with a clear error in its place', () => {
    expect(factsFor('{not json', 3)).toMatchObject({ ok: false, out: { line: 3, error: expect.stringMatching(/^not JSON/) } });
    expect(factsFor('[1,2]', 4)).toMatchObject({ ok: false, out: { line: 4, error: expect.stringMatching(/expected an object/) } });
    expect(factsFor('{"id":"x","text":42}', 5)).toMatchObject({ ok: false, out: { id: 'x', line: 5, error: expect.stringMatching(/"text"/) } });
  });
});
