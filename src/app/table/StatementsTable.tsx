/**
 * Every statement as a table row (speaker, text, mode, mentions, source), filterable by speaker,
 * delegation, article and text, sorted by source, speaker or date; a row click (or Enter on a
 * focused row) selects the statement. This is also the keyboard alternative to the canvas:
 * the rows are one Tab stop, ↑ ↓ Home End move between them (a grid's roving focus).
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { indexOf } from '../graph-index';
import { delegationOptions, speakerOptions } from '../filters/options';
import { useLang, useT } from '../i18n';
import { nodeName } from '../i18n/names';
import { useIsnad, type IsnadState } from '../store';
import { keptNodes } from '../visibility';
import { useWorkspaceT } from '../workspace/messages';
import {
  emptyRowFilter,
  filterRows,
  sortRows,
  statementRows,
  type RowFilter,
  type RowSort,
} from './rows';
import { StatementRow } from './StatementRow';

const selectGraph = (state: IsnadState) => state.graph;
const selectSelected = (state: IsnadState) => state.selected;
const selectFilters = (state: IsnadState) => state.filters;
/** Rows drawn at first (and added per "show more"): a corpus has thousands, the page stays light. */
const PAGE = 200;

export function StatementsTable() {
  const t = useT();
  const tw = useWorkspaceT();
  const lang = useLang();
  const graph = useIsnad(selectGraph);
  const selected = useIsnad(selectSelected);
  const filters = useIsnad(selectFilters);
  const [filter, setFilter] = useState<RowFilter>(emptyRowFilter);
  const [sort, setSort] = useState<RowSort>({ by: 'source', descending: false });
  const [limit, setLimit] = useState(PAGE);
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
      articles: index.articles,
    };
  }, [graph]);
  // The page's filters narrow the table too, so it lists what the graph shows.
  const kept = useMemo(() => (data ? keptNodes(data.index, filters) : null), [data, filters]);
  const rows = useMemo(() => {
    if (!data) return [];
    const visible = kept ? data.rows.filter((row) => kept.has(row.key)) : data.rows;
    const name = (row: (typeof visible)[number]) =>
      row.speaker ? nodeName(data.index, row.speaker, lang) : '';
    return sortRows(filterRows(visible, filter), sort, name);
  }, [data, kept, filter, sort, lang]);
  if (!data) return null;
  const update = (patch: Partial<RowFilter>) => setFilter((f) => ({ ...f, ...patch }));
  // The rows drawn: the first pages, and as far as the selected statement.
  const selectedAt = selected ? rows.findIndex((row) => row.key === selected) : -1;
  const shown = rows.slice(0, Math.max(limit, selectedAt + 1));
  const tabStop =
    shown.find((row) => row.key === focusKey)?.key ??
    shown.find((row) => row.key === selected)?.key ??
    shown[0]?.key;
  const moveFocus = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const keys: Record<string, (i: number) => number> = {
      ArrowDown: (i) => i + 1,
      ArrowUp: (i) => i - 1,
      Home: () => 0,
      End: () => shown.length - 1,
      PageDown: (i) => i + 10,
      PageUp: (i) => i - 10,
    };
    const step = keys[event.key];
    if (!step) return;
    event.preventDefault();
    const at = shown.findIndex((row) => row.key === tabStop);
    const next = shown[Math.max(0, Math.min(shown.length - 1, step(at)))];
    if (!next) return;
    setFocusKey(next.key);
    body.current?.querySelector<HTMLElement>(`tr[data-key="${CSS.escape(next.key)}"]`)?.focus();
  };
  const sortBy = (by: RowSort['by']) =>
    setSort((s) => ({ by, descending: s.by === by ? !s.descending : false }));
  const sortHeader = (by: RowSort['by'], label: string) => (
    <th
      scope="col"
      aria-sort={sort.by === by ? (sort.descending ? 'descending' : 'ascending') : 'none'}
    >
      <button
        type="button"
        className="sort-button"
        data-testid={`sort-${by}`}
        onClick={() => sortBy(by)}
      >
        {label}
        <span aria-hidden="true">{sort.by === by ? (sort.descending ? ' ▼' : ' ▲') : ' ↕'}</span>
      </button>
    </th>
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
        {data.articles.length > 1 && (
          <select
            aria-label={tw('articleFilter')}
            data-testid="statements-article-filter"
            value={filter.article}
            onChange={(e) => update({ article: e.target.value })}
          >
            <option value="">{tw('allArticles')}</option>
            {data.articles.map((a) => (
              <option key={a.id} value={a.id}>
                {[a.source, a.title || a.id].filter(Boolean).join(' — ')}
              </option>
            ))}
          </select>
        )}
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
        <table aria-label={t('statements')}>
          <thead>
            <tr>
              {sortHeader('speaker', t('speaker'))}
              <th scope="col">{t('text')}</th>
              <th scope="col">{t('mode')}</th>
              <th scope="col">{t('mentions')}</th>
              {sortHeader('source', tw('source'))}
              {sortHeader('date', tw('date'))}
            </tr>
          </thead>
          <tbody ref={body} onKeyDown={moveFocus}>
            {shown.map((row) => (
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
        {rows.length > shown.length && (
          <button
            type="button"
            className="link-button show-more"
            data-testid="show-more-rows"
            onClick={() => setLimit(shown.length + PAGE)}
          >
            {t('showMoreRows')
              .replace('{n}', String(Math.min(PAGE, rows.length - shown.length)))
              .replace('{left}', String(rows.length - shown.length))}
          </button>
        )}
      </div>
    </section>
  );
}
