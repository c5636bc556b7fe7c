/**
 * One row of the statements table. Memoized: a selection re-renders only the row that gains it
 * and the row that loses it, not the whole list (the click → inspector path stays short).
 */
import { memo } from 'react';
import { labelOf, type GraphIndex } from '../../graph/queries';
import { EditedBadge } from '../curation/EditedNote';
import { ModeBadge } from '../inspector/parts';
import { useIsnad } from '../store';
import type { StatementRow as Row } from './rows';

interface Props {
  row: Row;
  index: GraphIndex;
  selected: boolean;
}

export const StatementRow = memo(function StatementRow({ row, index, selected }: Props) {
  const select = () => useIsnad.getState().select(row.key);
  return (
    <tr
      data-key={row.key}
      tabIndex={0}
      aria-selected={selected}
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
        {row.speakerLabel || '—'}
      </td>
      <td dir="rtl" className="cell-text">
        {row.text}
        {index.nodes.get(row.key)?.edited && <EditedBadge />}
      </td>
      <td>
        <ModeBadge mode={row.mode} />
      </td>
      <td dir="auto" className="cell-mentions">
        {row.mentions.map((m) => labelOf(index, m.key)).join('، ')}
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
