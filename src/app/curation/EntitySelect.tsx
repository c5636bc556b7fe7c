/** A picker of the graph's entities, grouped by kind; an optional first choice (e.g. "unknown"). */
import type { GraphIndex } from '../../graph/queries';
import { ENTITY_KINDS } from '../../graph/types';
import { kindName, useLang } from '../i18n';
import { entityChoices } from './refs';

export function EntitySelect({
  index,
  value,
  onChange,
  label,
  empty,
  exclude = [],
  kinds = ENTITY_KINDS,
  testId,
}: {
  index: GraphIndex;
  value: string;
  onChange(key: string): void;
  label: string;
  /** The text of the empty choice (value ''). */
  empty: string;
  exclude?: readonly string[];
  kinds?: readonly string[];
  testId?: string;
}) {
  const lang = useLang();
  const choices = entityChoices(index).filter(
    (c) => !exclude.includes(c.key) && kinds.includes(c.kind),
  );
  return (
    <select
      aria-label={label}
      value={value}
      data-testid={testId}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">{empty}</option>
      {kinds.map((kind) => {
        const ofKind = choices.filter((c) => c.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <optgroup key={kind} label={kindName(lang, kind)}>
            {ofKind.map((c) => (
              <option key={c.key} value={c.key}>
                {c.label}
              </option>
            ))}
          </optgroup>
        );
      })}
    </select>
  );
}
