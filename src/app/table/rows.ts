/**
 * The statements table's rows, its filters (speaker, delegation, article, text) and its sort
 * orders, as pure functions. Text filtering uses the same forgiving match as search.
 */
import {
  delegationsOf,
  labelOf,
  mentionedBy,
  speakerOf,
  type GraphIndex,
} from '../../graph/queries';
import { isStatement, type StatementMode } from '../../graph/types';
import { matchForm } from '../search/normalize';

export interface StatementRow {
  key: string;
  speaker: string | null;
  speakerLabel: string;
  /** Delegations of the speaker (or the speaker itself when it is a delegation). */
  delegations: string[];
  text: string;
  mode: StatementMode;
  mentions: { key: string; label: string }[];
  article: string;
  start: number;
  /** The statement's source: the article's title, outlet and date (empty when unknown). */
  articleTitle: string;
  outlet: string;
  date: string;
  /** The article's place in the workspace, for the source order. */
  articleOrder: number;
  /** Text, speaker and mentions in matching form, for the text filter. */
  haystack: string;
}

export interface RowFilter {
  speaker: string;
  delegation: string;
  article: string;
  text: string;
}

export const emptyRowFilter = (): RowFilter => ({
  speaker: '',
  delegation: '',
  article: '',
  text: '',
});

export const ROW_SORTS = ['source', 'speaker', 'date'] as const;
export type RowSort = { by: (typeof ROW_SORTS)[number]; descending: boolean };

/**
 * `haystack`, made on first use: a table that is never filtered by text never needs it, and
 * making every row's took 55 ms of a 5,000-node corpus's first draw.
 */
function withLazyHaystack(row: Omit<StatementRow, 'haystack'>, parts: () => string): StatementRow {
  let made: string | undefined;
  return Object.defineProperty(row as StatementRow, 'haystack', {
    enumerable: true,
    get: () => (made ??= matchForm(parts())),
  });
}

export function statementRows(index: GraphIndex): StatementRow[] {
  const rows: StatementRow[] = [];
  const articles = new Map(index.articles.map((a, i) => [a.id, { ...a, order: i }]));
  for (const [key, attrs] of index.nodes) {
    if (!isStatement(attrs)) continue;
    const speaker = speakerOf(index, key) ?? attrs.speaker ?? null;
    const speakerKind = speaker ? index.nodes.get(speaker)?.kind : undefined;
    const mentions = mentionedBy(index, key).map((m) => ({ key: m, label: labelOf(index, m) }));
    const speakerLabel = speaker ? labelOf(index, speaker) : '';
    const row = {
      key,
      speaker,
      speakerLabel,
      delegations: !speaker
        ? []
        : speakerKind === 'delegation'
          ? [speaker]
          : delegationsOf(index, speaker),
      text: attrs.text,
      mode: attrs.mode,
      mentions,
      article: attrs.article,
      start: attrs.start,
      articleTitle: articles.get(attrs.article)?.title ?? attrs.article,
      outlet: articles.get(attrs.article)?.source ?? '',
      date: articles.get(attrs.article)?.date ?? '',
      articleOrder: articles.get(attrs.article)?.order ?? Number.MAX_SAFE_INTEGER,
    };
    rows.push(
      withLazyHaystack(row, () =>
        [
          attrs.text,
          speakerLabel,
          ...mentions.map((m) => m.label),
          articles.get(attrs.article)?.source ?? '',
        ].join(' '),
      ),
    );
  }
  // Workspace order, then article order: the table reads like the articles.
  return sortRows(rows, { by: 'source', descending: false });
}

/**
 * Rows in one order; ties keep the source order (workspace, then place in the article). Speakers
 * sort by the name shown (`nameOf`: the English name in the English interface).
 */
export function sortRows(
  rows: StatementRow[],
  sort: RowSort,
  nameOf: (row: StatementRow) => string = (row) => row.speakerLabel,
): StatementRow[] {
  const bySource = (a: StatementRow, b: StatementRow) =>
    a.articleOrder - b.articleOrder || a.start - b.start;
  const key: Record<RowSort['by'], (a: StatementRow, b: StatementRow) => number> = {
    source: bySource,
    speaker: (a, b) => nameOf(a).localeCompare(nameOf(b), ['ar', 'en']),
    // Undated articles come after dated ones (ascending).
    date: (a, b) => (a.date || '~').localeCompare(b.date || '~'),
  };
  const direction = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => direction * key[sort.by](a, b) || bySource(a, b));
}

export function filterRows(rows: StatementRow[], filter: RowFilter): StatementRow[] {
  const text = matchForm(filter.text);
  return rows.filter(
    (row) =>
      (!filter.speaker || row.speaker === filter.speaker) &&
      (!filter.delegation || row.delegations.includes(filter.delegation)) &&
      (!filter.article || row.article === filter.article) &&
      (!text || row.haystack.includes(text)),
  );
}
