/**
 * The statements table's rows and its filters (speaker, delegation, text), as pure functions.
 * Text filtering uses the same forgiving match as search.
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
  /** Text, speaker and mentions in matching form, for the text filter. */
  haystack: string;
}

export interface RowFilter {
  speaker: string;
  delegation: string;
  text: string;
}

export const emptyRowFilter = (): RowFilter => ({ speaker: '', delegation: '', text: '' });

export function statementRows(index: GraphIndex): StatementRow[] {
  const rows: StatementRow[] = [];
  for (const [key, attrs] of index.nodes) {
    if (!isStatement(attrs)) continue;
    const speaker = speakerOf(index, key) ?? attrs.speaker ?? null;
    const speakerKind = speaker ? index.nodes.get(speaker)?.kind : undefined;
    const mentions = mentionedBy(index, key).map((m) => ({ key: m, label: labelOf(index, m) }));
    const speakerLabel = speaker ? labelOf(index, speaker) : '';
    rows.push({
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
      haystack: matchForm([attrs.text, speakerLabel, ...mentions.map((m) => m.label)].join(' ')),
    });
  }
  // Article order: the table reads like the article.
  return rows.sort((a, b) => a.article.localeCompare(b.article) || a.start - b.start);
}

export function filterRows(rows: StatementRow[], filter: RowFilter): StatementRow[] {
  const text = matchForm(filter.text);
  return rows.filter(
    (row) =>
      (!filter.speaker || row.speaker === filter.speaker) &&
      (!filter.delegation || row.delegations.includes(filter.delegation)) &&
      (!text || row.haystack.includes(text)),
  );
}

export const SORT_COLUMNS = ['article', 'speaker', 'text', 'mode', 'mentions'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export interface RowSort {
  column: SortColumn;
  descending: boolean;
}
/** Article order, as the table opens. */
export const defaultSort = (): RowSort => ({ column: 'article', descending: false });

const collator = new Intl.Collator(['ar', 'en']);

/** Rows sorted by a column (names by `nameOf`, so English names sort in English); stable. */
export function sortRows(
  rows: readonly StatementRow[],
  sort: RowSort,
  nameOf: (key: string) => string = (key) => key,
): StatementRow[] {
  const value = (row: StatementRow): string | number => {
    switch (sort.column) {
      case 'speaker':
        return row.speaker ? nameOf(row.speaker) : '';
      case 'text':
        return row.text;
      case 'mode':
        return row.mode;
      case 'mentions':
        return row.mentions.length;
      case 'article':
        return 0;
    }
  };
  const sign = sort.descending ? -1 : 1;
  const base = rows.map((row, i) => ({ row, i, v: value(row) }));
  base.sort((a, b) => {
    const order =
      typeof a.v === 'number' && typeof b.v === 'number'
        ? a.v - b.v
        : collator.compare(String(a.v), String(b.v));
    return sign * order || a.i - b.i;
  });
  return base.map((entry) => entry.row);
}
