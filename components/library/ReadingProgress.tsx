import { t } from '@/utils/i18n';

export interface ReadingProgressProps {
  /** 0 to 1. */
  progress: number;
  read: boolean;
}

/** A thin bar at the top of the reader: how much of a saved article is read. */
export function ReadingProgress({ progress, read }: ReadingProgressProps) {
  const percent = Math.round(progress * 100);
  return (
    <div
      class="reading-progress"
      role="progressbar"
      aria-label={t(read ? 'libraryRead' : 'readingProgress')}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      data-testid="reading-progress"
      data-read={read ? 'true' : 'false'}
      style={{ width: `${percent}%` }}
    />
  );
}
