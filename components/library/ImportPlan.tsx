import type { ImportProblem } from '@/utils/library/types';

export interface ImportPlanSummary {
  file: string;
  fresh: number;
  existing: number;
  problems: ImportProblem[];
}

export interface ImportPlanProps {
  plan: ImportPlanSummary;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** What an import will do, shown before it does it. */
export function ImportPlan({ plan, busy, onConfirm, onCancel }: ImportPlanProps) {
  return (
    <section class="import-plan" data-testid="import-plan" aria-label="Import">
      <h2 class="section-title">Import “{plan.file}”</h2>
      <ul>
        <li data-testid="import-new">
          {plan.fresh} new article{plan.fresh === 1 ? '' : 's'} will be added
        </li>
        <li data-testid="import-existing">{plan.existing} already saved (left as they are)</li>
        <li data-testid="import-unreadable">{plan.problems.length} unreadable</li>
      </ul>
      {plan.problems.length > 0 && (
        <details>
          <summary>Why some entries can’t be read</summary>
          <ul class="import-problems">
            {plan.problems.slice(0, 200).map((p, i) => (
              <li key={i}>
                <strong>{p.where}</strong>: {p.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div class="actions">
        <button type="button" class="primary" data-testid="import-confirm" disabled={busy || plan.fresh + plan.existing === 0} onClick={onConfirm}>
          {busy ? 'Importing…' : 'Import'}
        </button>
        <button type="button" data-testid="import-cancel" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
