/**
 * Every statement as a table row (speaker, text, mode, mentions), filterable by speaker,
 * delegation and text; a row click (or Enter on a focused row) selects the statement. This is
 * also the keyboard-accessible alternative to the canvas.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { indexOf } from '../graph-index';
import { delegationOptions, speakerOptions } from '../filters/options';
import { useLang, useT } from '../i18n';
import { nodeName } from '../i18n/names';
import { useIsnad, type IsnadState } from '../store';
import { keptNodes } from '../visibility';
import { emptyRowFilter, filterRows, statementRows, type RowFilter } from './rows';
import { StatementRow } from './StatementRow';

const selectGraph = (state: IsnadState) => state.graph;
const selectSelected = (state: IsnadState) => state.selected;
const selectFilters = (state: IsnadState) => state.filters;

export function StatementsTable() {
  const t = useT();
  const lang = useLang();
  const graph = useIsnad(selectGraph);
  const selected = useIsnad(selectSelected);
  const filters = useIsnad(selectFilters);
  const [filter, setFilter] = useState<RowFilter>(emptyRowFilter);
  const body = useRef<HTMLTableSectionElement>(null);
  // A statement selected elsewhere (graph, article) scrolls into view here.
  useEffect(() => {
    if (!selected) return;
    body.current
      ?.querySelector(`tr[data-key="${CSS.escape(selected)}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  const data = useMemo(() => {
    if (!graph) return null;
    const index = indexOf(graph);
    return {
      index,
      rows: statementRows(index),
      speakers: speakerOptions(index),
      delegations: delegationOptions(index),
    };
  }, [graph]);
  // The page's filters narrow the table too, so it lists what the graph shows.
  const kept = useMemo(() => (data ? keptNodes(data.index, filters) : null), [data, filters]);
  const rows = useMemo(() => {
    if (!data) return [];
    const visible = kept ? data.rows.filter((row) => kept.has(row.key)) : data.rows;
    return filterRows(visible, filter);
  }, [data, kept, filter]);
  if (!data) return null;
  const update = (patch: Partial<RowFilter>) => setFilter((f) => ({ ...f, ...patch }));

  return (
    <section className="statements" data-testid="statements" aria-label={t('statements')}>
      <div className="table-filters">
        <select
          aria-label={t('speaker')}
          value={filter.speaker}
          onChange={(e) => update({ speaker: e.target.value })}
        >
          <option value="">{t('allSpeakers')}</option>
          {data.speakers.map((o) => (
            <option key={o.key} value={o.key}>
              {nodeName(data.index, o.key, lang)} ({o.count})
            </option>
          ))}
        </select>
        <select
          aria-label={t('delegation')}
          value={filter.delegation}
          onChange={(e) => update({ delegation: e.target.value })}
        >
          <option value="">{t('allDelegations')}</option>
          {data.delegations.map((o) => (
            <option key={o.key} value={o.key}>
              {nodeName(data.index, o.key, lang)}
            </option>
          ))}
        </select>
        <input
          type="search"
          dir="auto"
          aria-label={t('filterByText')}
          placeholder={t('filterByText')}
          value={filter.text}
          onChange={(e) => update({ text: e.target.value })}
        />
        <span className="count">
          {rows.length} / {data.rows.length} {t('rowsShown')}
        </span>
      </div>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('speaker')}</th>
              <th scope="col">{t('text')}</th>
              <th scope="col">{t('mode')}</th>
              <th scope="col">{t('mentions')}</th>
            </tr>
          </thead>
          <tbody ref={body}>
            {rows.map((row) => (
              <StatementRow
                key={row.key}
                row={row}
                index={data.index}
                selected={row.key === selected}
                lang={lang}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
