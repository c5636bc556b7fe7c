/**
 * A short sentence of the active filters and search, in the interface language — the caption of
 * an exported image. Empty when the view shows everything.
 */
import { indexOf } from '../graph-index';
import { KIND_NAMES, MESSAGES } from '../i18n/messages';
import { isolate, nodeName } from '../i18n/names';
import type { IsnadState } from './index';

type ViewState = Pick<IsnadState, 'graph' | 'filters' | 'query' | 'lang'>;

export function describeView(state: ViewState): string {
  const { filters, lang } = state;
  const m = MESSAGES[lang];
  const index = state.graph ? indexOf(state.graph) : null;
  // In English, a name left in Arabic is isolated so its direction does not reorder the sentence.
  const label = (key: string) => {
    const name = index ? nodeName(index, key, lang) : key;
    return lang === 'en' && /[\u0600-\u06FF]/.test(name) ? isolate(name) : name;
  };
  const list = (items: string[]) => items.join(lang === 'ar' ? '، ' : ', ');
  const parts: string[] = [];
  if (filters.delegations.length > 0)
    parts.push(`${m.viewDelegations}: ${list(filters.delegations.map(label))}`);
  if (filters.speakers.length > 0)
    parts.push(`${m.viewSpeakers}: ${list(filters.speakers.map(label))}`);
  if (filters.kinds.length > 0)
    parts.push(
      `${m.viewKinds}: ${list(filters.kinds.map((kind) => KIND_NAMES[lang][kind] ?? kind))}`,
    );
  const query = state.query.trim();
  if (query)
    parts.push(
      lang === 'ar' ? `${m.viewSearch}: «${query}»` : `${m.viewSearch}: “${isolate(query)}”`,
    );
  if (parts.length === 0) return '';
  const sentence = parts.join(' · ');
  return filters.mode === 'dim' && parts.length > (query ? 1 : 0)
    ? `${sentence} (${m.viewDimmed})`
    : sentence;
}
