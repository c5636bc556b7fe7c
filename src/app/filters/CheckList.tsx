/**
 * A labelled group of checkboxes with counts: one filter dimension. A long list (a corpus's
 * hundreds of articles or speakers) shows its first LONG_LIST options and what is chosen, with a
 * button for more: every option drawn made the page's first draw and each re-render slower.
 * Memoized: a change elsewhere in the panel does not re-render the lists that stay the same.
 */
import { memo, useState } from 'react';
import { useT } from '../i18n';
import type { FilterOption } from './options';

/** Options shown before "show more", and how many more each press shows. */
export const LONG_LIST = 40;

const byLabel = (option: FilterOption) => option.label;

export const CheckList = memo(function CheckList({
  title,
  options,
  chosen,
  onToggle,
  testId,
  labelOf = byLabel,
}: {
  title: string;
  options: FilterOption[];
  chosen: readonly string[];
  onToggle(key: string): void;
  testId?: string;
  labelOf?: (option: FilterOption) => string;
}) {
  const t = useT();
  const [limit, setLimit] = useState(LONG_LIST);
  if (options.length === 0) return null;
  const shown = options.filter((option, i) => i < limit || chosen.includes(option.key));
  const left = options.length - shown.length;
  return (
    <fieldset className="check-list" data-testid={testId}>
      <legend>{title}</legend>
      {shown.map((option) => (
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
      {left > 0 && (
        <button
          type="button"
          className="link-button show-more"
          onClick={() => setLimit(limit + LONG_LIST)}
        >
          {t('showMoreRows')
            .replace('{n}', String(Math.min(LONG_LIST, left)))
            .replace('{left}', String(left))}
        </button>
      )}
    </fieldset>
  );
});
