/**
 * One row of the statements table. Memoized: a selection re-renders only the row that gains it
 * and the row that loses it, not the whole list (the click → inspector path stays short).
 */
import { memo } from 'react';
import type { GraphIndex } from '../../graph/queries';
import { EditedBadge } from '../curation/EditedNote';
import type { Lang } from '../i18n';
import { nodeName } from '../i18n/names';
import { ModeBadge } from '../inspector/parts';
import { useIsnad } from '../store';
import type { StatementRow as Row } from './rows';

interface Props {
  row: Row;
  index: GraphIndex;
  selected: boolean;
  /** The table's one Tab stop (roving focus); the others are reached with the arrow keys. */
  tabStop: boolean;
  onFocusRow(key: string): void;
  lang: Lang;
}

export const StatementRow = memo(function StatementRow({
  row,
  index,
  selected,
  tabStop,
  onFocusRow,
  lang,
}: Props) {
  const select = () => useIsnad.getState().select(row.key);
  return (
    <tr
      data-key={row.key}
      tabIndex={tabStop ? 0 : -1}
      aria-selected={selected}
      onFocus={() => onFocusRow(row.key)}
      className={selected ? 'is-selected' : undefined}
      onClick={select}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          select();
        }
      }}
    >
      <td dir="auto" className="cell-speaker" title={row.speakerLabel || undefined}>
        {row.speaker ? nodeName(index, row.speaker, lang) : '—'}
      </td>
      <td dir="rtl" className="cell-text">
        {row.text}
        {index.nodes.get(row.key)?.edited && <EditedBadge />}
      </td>
      <td>
        <ModeBadge mode={row.mode} />
      </td>
      <td dir="auto" className="cell-mentions">
        {row.mentions.map((m) => nodeName(index, m.key, lang)).join(lang === 'ar' ? '، ' : ', ')}
      </td>
      <td className="cell-source">
        <span className="source-outlet" dir="auto">
          {row.outlet}
        </span>{' '}
        <span className="source-title" dir="auto">
          {row.articleTitle}
        </span>
      </td>
      <td className="cell-date">{row.date}</td>
    </tr>
  );
});
