/** How far a layout running in a worker has come (0…1), as a bar that says its percentage. */
import { useT } from '../i18n';

export function LayoutProgress({
  value,
  testId,
  titled = false,
}: {
  value: number;
  testId: string;
  /** Also as a tooltip (beside a button that says nothing of it). */
  titled?: boolean;
}) {
  const t = useT();
  const label = t('arranging').replace('{p}', String(Math.round(value * 100)));
  return (
    <progress
      className="layout-progress"
      max={1}
      value={value}
      data-testid={testId}
      aria-label={label}
      {...(titled ? { title: label } : {})}
    />
  );
}
