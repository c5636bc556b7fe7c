/** The caption drawn into an image: what the graph is of, where from, which filters, when. */
import type { SerializedGraph } from 'graphology-types';
import { isoDay } from '../../graph/export/index';
import type { ArticleRecord } from '../../graph/types';
import type { Lang } from '../i18n';
import { isolate } from '../i18n/names';
import { EXPORT_MESSAGES } from './messages';

export interface CaptionInput {
  graph: SerializedGraph | null;
  lang: Lang;
  /** The active filters as a sentence (describeView), empty when none. */
  filters: string;
  date: Date;
}

export function captionLines({ graph, lang, filters, date }: CaptionInput): string[] {
  const m = EXPORT_MESSAGES[lang];
  const articles = (graph?.attributes?.articles ?? []) as ArticleRecord[];
  const first = articles[0];
  const more = articles.length > 1 ? ` (+${articles.length - 1})` : '';
  const name = first ? first.title || first.id : 'Isnad';
  // An Arabic title inside an English caption is isolated: its opening «“» or quote mark would
  // otherwise be ordered by the English line and jump to the end.
  const title = `${lang === 'en' && first ? isolate(name) : name}${more}`;
  const meta = [
    first?.source ? `${m.source}: ${lang === 'en' ? isolate(first.source) : first.source}` : '',
    // LRM: without a strong left-to-right mark after Arabic, the bidi algorithm shows 29-11-2026.
    `${m.exported}: \u200E${isoDay(date)}`,
  ].filter(Boolean);
  return [title, meta.join(' · '), ...(filters ? [`${m.filters}: ${filters}`] : [])];
}
