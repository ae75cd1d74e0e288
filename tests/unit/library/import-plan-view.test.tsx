import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ImportPlan } from '@/components/library/ImportPlan';

describe('the import plan', () => {
  it('counts the entries it cannot read apart from those it imports with a change', () => {
    const host = document.createElement('div');
    const problems = [
      { where: 'line 2', reason: 'no URL' },
      { where: 'line 5', reason: 'date out of range: the import date is used', kept: true },
      { where: 'line 7', reason: 'key facts left out', kept: true },
    ];
    render(<ImportPlan plan={{ file: 'pocket.csv', fresh: 4, existing: 1, problems }} busy={false} onConfirm={() => {}} onCancel={() => {}} />, host);
    expect(host.querySelector('[data-testid=import-unreadable]')?.textContent).toBe('1 unreadable');
    expect(host.querySelector('[data-testid=import-changed]')?.textContent).toBe('2 imported with a change (see why)');
    expect(host.querySelectorAll('.import-problems li')).toHaveLength(3);
  });
});
