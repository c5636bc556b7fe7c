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
