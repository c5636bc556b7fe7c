/**
 * Every statement as a table row (speaker, text, mode, mentions), filterable by speaker,
 * delegation and text, sortable by column; a row click (or Enter on a row) selects the
 * statement. This is also the keyboard alternative to the canvas: the rows are one Tab stop,
 * ↑ ↓ Home End move between them (a grid's roving focus).
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { indexOf } from '../graph-index';
import { delegationOptions, speakerOptions } from '../filters/options';
import { useLang, useT } from '../i18n';
import { nodeName } from '../i18n/names';
import { useIsnad, type IsnadState } from '../store';
import { keptNodes } from '../visibility';
import {
  defaultSort,
  emptyRowFilter,
  filterRows,
  sortRows,
  statementRows,
  type RowFilter,
  type RowSort,
  type SortColumn,
} from './rows';
import { StatementRow } from './StatementRow';

const selectGraph = (state: IsnadState) => state.graph;
const selectSelected = (state: IsnadState) => state.selected;
const selectFilters = (state: IsnadState) => state.filters;

const COLUMNS: Array<{ column: SortColumn; label: 'speaker' | 'text' | 'mode' | 'mentions' }> = [
  { column: 'speaker', label: 'speaker' },
  { column: 'text', label: 'text' },
  { column: 'mode', label: 'mode' },
  { column: 'mentions', label: 'mentions' },
];

export function StatementsTable() {
  const t = useT();
  const lang = useLang();
  const graph = useIsnad(selectGraph);
  const selected = useIsnad(selectSelected);
  const filters = useIsnad(selectFilters);
  const [filter, setFilter] = useState<RowFilter>(emptyRowFilter);
  const [sort, setSort] = useState<RowSort>(defaultSort);
  /** The row that holds the table's one Tab stop. */
  const [focusKey, setFocusKey] = useState<string | null>(null);
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
    return sortRows(filterRows(visible, filter), sort, (key) => nodeName(data.index, key, lang));
  }, [data, kept, filter, sort, lang]);
  if (!data) return null;
  const update = (patch: Partial<RowFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const tabStop =
    rows.find((row) => row.key === focusKey)?.key ??
    rows.find((row) => row.key === selected)?.key ??
    rows[0]?.key;

  const moveFocus = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const keys: Record<string, (i: number) => number> = {
      ArrowDown: (i) => i + 1,
      ArrowUp: (i) => i - 1,
      Home: () => 0,
      End: () => rows.length - 1,
      PageDown: (i) => i + 10,
      PageUp: (i) => i - 10,
    };
    const step = keys[event.key];
    if (!step) return;
    event.preventDefault();
    const at = rows.findIndex((row) => row.key === tabStop);
    const next = rows[Math.max(0, Math.min(rows.length - 1, step(at)))];
    if (!next) return;
    setFocusKey(next.key);
    body.current?.querySelector<HTMLElement>(`tr[data-key="${CSS.escape(next.key)}"]`)?.focus();
  };
  const sortBy = (column: SortColumn) =>
    setSort((current) =>
      current.column !== column
        ? { column, descending: false }
        : current.descending
          ? defaultSort()
          : { column, descending: true },
    );

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
        <table role="grid" aria-label={t('statements')} aria-rowcount={rows.length + 1}>
          <thead>
            <tr>
              {COLUMNS.map(({ column, label }) => {
                const active = sort.column === column;
                return (
                  <th
                    key={column}
                    scope="col"
                    aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
                  >
                    <button
                      type="button"
                      className="sort-button"
                      data-testid={`sort-${column}`}
                      onClick={() => sortBy(column)}
                    >
                      {t(label)}
                      <span aria-hidden="true" className="sort-mark">
                        {active ? (sort.descending ? '▼' : '▲') : ''}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody ref={body} onKeyDown={moveFocus}>
            {rows.map((row) => (
              <StatementRow
                key={row.key}
                row={row}
                index={data.index}
                selected={row.key === selected}
                tabStop={row.key === tabStop}
                onFocusRow={setFocusKey}
                lang={lang}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
