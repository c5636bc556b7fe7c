/**
 * Descriptions that stand for a person named elsewhere: «الرئيس الروسي» is the Russian
 * president of this article, «نظيره الأميركي» the American counterpart, «مساعد الرئيس» the
 * person who carries that title.
 */
import type { Doc, TitlePhrase } from '../document.ts';

export function resolveTitle(doc: Doc, title: TitlePhrase, position: number): string | undefined {
  if (title.person) return title.person;
  const roleKey = title.counterpart ? 'رئيس' : title.roleKey;
  const candidates: string[] = [];
  for (const [key, roles] of doc.roleKeys) {
    const e = doc.entities.get(key);
    if (!e || e.kind !== 'person') continue;
    if (title.countryId && e.countryId !== title.countryId) continue;
    if (!title.countryId && !title.counterpart && !roles.has(roleKey)) continue;
    if (title.countryId && !roles.has(roleKey) && roleKey !== 'رئيس') continue;
    if (title.countryId && roleKey === 'رئيس' && !roles.has('رئيس')) continue;
    candidates.push(key);
  }
  if (candidates.length === 0) return undefined;
  if (candidates.length === 1) return candidates[0];
  // Several: the one mentioned last before this point, else the first one after it.
  let best: string | undefined;
  let bestAt = -1;
  for (const m of doc.mentions) {
    if (!candidates.includes(m.key)) continue;
    if (m.from < position && m.from > bestAt) {
      best = m.key;
      bestAt = m.from;
    }
  }
  return best ?? candidates[0];
}
