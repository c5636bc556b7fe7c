/** A labelled group of checkboxes with counts: one filter dimension. */
import type { FilterOption } from './options';

export function CheckList({
  title,
  options,
  chosen,
  onToggle,
  testId,
  labelOf = (option) => option.label,
}: {
  title: string;
  options: FilterOption[];
  chosen: readonly string[];
  onToggle(key: string): void;
  testId?: string;
  labelOf?: (option: FilterOption) => string;
}) {
  if (options.length === 0) return null;
  return (
    <fieldset className="check-list" data-testid={testId}>
      <legend>{title}</legend>
      {options.map((option) => (
        <label key={option.key} className="check-option">
          <input
            type="checkbox"
            value={option.key}
            checked={chosen.includes(option.key)}
            onChange={() => onToggle(option.key)}
          />
          <span className="check-label" dir="auto" title={labelOf(option)}>
            {labelOf(option)}
          </span>
          <span className="count">{option.count}</span>
        </label>
      ))}
    </fieldset>
  );
}
