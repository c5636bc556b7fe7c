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
  /** Ids of the articles the view shows (an article filter); all of them when absent. */
  shownArticles?: readonly string[];
}

export function captionLines({
  graph,
  lang,
  filters,
  date,
  shownArticles,
}: CaptionInput): string[] {
  const m = EXPORT_MESSAGES[lang];
  const all = (graph?.attributes?.articles ?? []) as ArticleRecord[];
  const articles =
    shownArticles && shownArticles.length > 0
      ? all.filter((a) => shownArticles.includes(a.id))
      : all;
  // Every outlet shown is named: an image of a merged graph says who reported it.
  // In English, Arabic names are isolated (FSI … PDI): an Arabic title's opening quote mark or
  // an outlet's name would otherwise be ordered by the English line and jump to its end.
  // The canvas does not honour isolates everywhere (Chromium's fillText orders «(+5)» after an
  // Arabic title as Arabic numbers): a left-to-right mark after each closes the run for it.
  const embed = (text: string) => (lang === 'en' ? `${isolate(text)}\u200E` : text);
  const outlets = [...new Set(articles.map((a) => a.source?.trim() ?? '').filter(Boolean))].map(
    embed,
  );
  const separator = lang === 'ar' ? '، ' : ', ';
  const first = articles[0];
  const more = articles.length > 1 ? ` (+${articles.length - 1})` : '';
  const title = first ? `${embed(first.title || first.id)}${more}` : 'Isnad';
  const meta = [
    outlets.length === 1 ? `${m.source}: ${outlets[0]}` : '',
    outlets.length > 1 ? `${m.sources}: ${outlets.join(separator)}` : '',
    // LRM: without a strong left-to-right mark after Arabic, the bidi algorithm shows 29-11-2026.
    `${m.exported}: \u200E${isoDay(date)}`,
  ].filter(Boolean);
  return [title, meta.join(' · '), ...(filters ? [`${m.filters}: ${filters}`] : [])];
}
