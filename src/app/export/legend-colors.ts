/**
 * The legend's colour entries when nodes are coloured by a measure rather than by kind (pure):
 * the categories actually drawn in the picture — articles (title and outlet), outlets or
 * delegations — each with the colour it is drawn in, in the order the appearance key lists them,
 * then one grey entry when grey nodes are drawn. Arabic names inside an English legend are
 * bidi-isolated so their punctuation stays with them.
 */
import type { GraphIndex } from '../../graph/queries';
import { categories, categoryOf, NO_CATEGORY } from '../graph-view/measures';
import type { Lang } from '../i18n';
import { isolate, nodeName } from '../i18n/names';
import type { ColorMeasure } from '../store/display-slice';
import { EXPORT_MESSAGES } from './messages';
import type { LegendEntry } from './overlay-layout';

/** A legend line stays on one row of the image. */
const MAX_LABEL = 48;
const ARABIC = /[\u0600-\u06FF]/;
const ELLIPSIS = '…';

/** The name a category goes by in the legend, in the interface language. */
export function categoryLabel(
  index: GraphIndex,
  by: ColorMeasure,
  key: string,
  lang: Lang,
): string {
  const embed = (text: string) => {
    const short =
      text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1).trimEnd()}${ELLIPSIS}` : text;
    return lang === 'en' && ARABIC.test(short) ? isolate(short) : short;
  };
  if (by === 'article') {
    const article = index.articles.find((a) => a.id === key);
    if (!article) return embed(key);
    const title = embed(article.title || article.id);
    const outlet = article.source?.trim();
    return outlet ? `${title} — ${embed(outlet)}` : title;
  }
  if (by === 'delegation') return embed(nodeName(index, key, lang));
  return embed(key);
}

/** Colour entries for the nodes shown (none when colouring by kind). */
export function colorEntries(
  index: GraphIndex,
  by: ColorMeasure,
  shown: Iterable<string>,
  lang: Lang,
): LegendEntry[] {
  if (by === 'kind') return [];
  const palette = categories(index, by);
  const colorOf = new Map(palette.map((c) => [c.key, c.color]));
  const drawn = new Set<string>();
  let grey = false;
  for (const key of shown) {
    const category = categoryOf(index, key, by);
    const color = category ? colorOf.get(category) : undefined;
    if (category && color && color !== NO_CATEGORY) drawn.add(category);
    else grey = true;
  }
  const entries: LegendEntry[] = palette
    .filter((c) => drawn.has(c.key))
    .map((c) => ({
      shape: 'node',
      label: categoryLabel(index, by, c.key, lang),
      color: c.color,
      nodeShape: 'ellipse',
    }));
  if (grey)
    entries.push({
      shape: 'node',
      label:
        EXPORT_MESSAGES[lang][by === 'delegation' ? 'legendNoDelegation' : 'legendOtherArticles'],
      color: NO_CATEGORY,
      nodeShape: 'ellipse',
    });
  return entries;
}
