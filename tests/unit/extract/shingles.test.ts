import { describe, expect, it } from 'vitest';
import { scorePage, shingles, tokenize, totals } from '../../../scripts/lib/shingles';

// The bench's port of the Article Extraction Benchmark's evaluate.py: checked on small cases
// worked out by hand, so its numbers compare with the published ones.
describe('the extraction benchmark metric', () => {
  it('tokenizes on word characters in any script, keeping case', () => {
    expect(tokenize('Putin’s visit, 2024: «Доброе утро» snake_case')).toEqual(['Putin', 's', 'visit', '2024', 'Доброе', 'утро', 'snake_case']);
  });

  it('counts 4-token shingles as a multiset, and a short text as one shorter shingle', () => {
    expect([...shingles('a b c d e').values()]).toEqual([1, 1]);
    expect(shingles('a b c d a b c d').get('a\u0001b\u0001c\u0001d')).toBe(2);
    expect([...shingles('just two').keys()]).toEqual(['just\u0001two']);
    expect(shingles('').size).toBe(0);
  });

  it('normalises tp, fp and fn per page', () => {
    // truth: 3 shingles; prediction: the same 3 plus 1 extra
    const score = scorePage('a b c d e f', 'a b c d e f g');
    expect(score.tp).toBeCloseTo(3 / 4);
    expect(score.fp).toBeCloseTo(1 / 4);
    expect(score.fn).toBe(0);
    expect(score.exact).toBe(false);
    expect(scorePage('One, two. Three four!', 'One two\n\nThree four').exact).toBe(true);
  });

  it('averages precision and recall over pages, and leaves empty predictions out of precision', () => {
    const t = totals([scorePage('a b c d e f', 'a b c d e f g'), scorePage('a b c d e', '')]);
    expect(t.precision).toBeCloseTo(3 / 4); // the empty prediction has no precision
    expect(t.recall).toBeCloseTo((1 + 0) / 2);
    expect(t.f1).toBeCloseTo((2 * 0.75 * 0.5) / 1.25);
    expect(t.accuracy).toBe(0);
  });

  it('costs points when blocks are glued together', () => {
    const truth = 'The first paragraph ends here.\n\nAnd the second one starts there.';
    const glued = 'The first paragraph ends hereAnd the second one starts there.'; // textContent of <p>…</p><p>…</p>
    expect(scorePage(truth, 'The first paragraph ends here.\n\nAnd the second one starts there.').exact).toBe(true);
    expect(scorePage(truth, glued).tp).toBeLessThan(1);
  });
});
