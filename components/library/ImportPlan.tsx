import { t, tn } from '@/utils/i18n';
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
  // Problems of entries imported all the same (a bad date replaced, a bad field left out) are
  // told apart from the entries that cannot be imported (issue #16).
  const unreadable = plan.problems.filter((p) => !p.kept).length;
  const changed = plan.problems.length - unreadable;
  return (
    <section class="import-plan" data-testid="import-plan" aria-labelledby="import-plan-title">
      <h2 class="section-title" id="import-plan-title">
        {t('importTitle', plan.file)}
      </h2>
      <ul>
        <li data-testid="import-new">
          {tn('importNew', plan.fresh)}
        </li>
        <li data-testid="import-existing">{tn('importExisting', plan.existing)}</li>
        <li data-testid="import-unreadable">{tn('importUnreadable', unreadable)}</li>
        {changed > 0 && <li data-testid="import-changed">{tn('importChanged', changed)}</li>}
      </ul>
      {plan.problems.length > 0 && (
        <details>
          <summary>{t('importWhyUnreadable')}</summary>
          <ul class="import-problems">
            {plan.problems.slice(0, 200).map((p, i) => (
              <li key={i}>
                <strong>{p.where}</strong>
                {t('importProblem', p.reason)}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div class="actions">
        <button type="button" class="primary" data-testid="import-confirm" disabled={busy || plan.fresh + plan.existing === 0} onClick={onConfirm}>
          {t(busy ? 'importing' : 'importConfirm')}
        </button>
        <button type="button" data-testid="import-cancel" disabled={busy} onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </section>
  );
}
