import { t } from '@/utils/i18n';

export interface PanelHeadProps {
  id: string;
  title: string;
  onClose: () => void;
}

/** A panel's title, which labels it (`aria-labelledby={id}`), and its close button. */
export function PanelHead({ id, title, onClose }: PanelHeadProps) {
  return (
    <div class="settings-head">
      <h2 id={id}>{title}</h2>
      <button type="button" class="icon-button" aria-label={t('close')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
