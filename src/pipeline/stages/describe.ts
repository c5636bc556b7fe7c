/**
 * Descriptions that stand for a person named elsewhere: «الرئيس الروسي» is the Russian
 * president of this article, «نظيره الأميركي» the American counterpart, «مساعد الرئيس» the
 * person who carries that title; «الوزارة» the ministry named earlier.
 */
import { mentionAtToken, type Doc, type TitlePhrase } from '../document.ts';
import { INSTITUTION_NOUNS } from '../lexicon/titles.ts';
import { normalizeArabic } from '../../core/arabic.ts';

const INSTITUTION_STEMS = new Set(INSTITUTION_NOUNS.map(normalizeArabic));
/** Ministries are often named by their field alone (الخارجية الإيرانية). */
const MINISTRY_FIELDS = ['الخارجيه', 'الداخليه', 'الدفاع'];
const LOOK_BACK = 800;

export function resolveTitle(doc: Doc, title: TitlePhrase, position: number): string | undefined {
  if (title.person) return title.person;
  if (title.resolved !== undefined && position === title.from) return title.resolved ?? undefined;
  const who = resolve(doc, title, position);
  if (position === title.from) title.resolved = who ?? null;
  return who;
}

function resolve(doc: Doc, title: TitlePhrase, position: number): string | undefined {
  const roleKey = title.counterpart ? 'رئيس' : title.roleKey;
  const exact: string[] = [];
  const unknownCountry: string[] = [];
  for (const key of doc.byRole.get(roleKey) ?? []) {
    const e = doc.entities.get(key);
    if (!e || e.kind !== 'person') continue;
    if (!title.countryId || e.countryId === title.countryId) exact.push(key);
    else if (!e.countryId) unknownCountry.push(key);
  }
  // «المتحدث باسم الوزارة الفلسطينية» may be the «المتحدث أشرف القدرة» whose country is not said.
  const candidates = exact.length > 0 ? exact : unknownCountry;
  if (candidates.length === 0) return undefined;
  if (candidates.length === 1) return candidates[0];
  // Several: the one mentioned last before this point (looking back a bounded stretch).
  for (let t = position - 1; t >= 0 && position - t < 800; t--) {
    const m = mentionAtToken(doc, t);
    if (m && candidates.includes(m.key)) return m.key;
  }
  return candidates[0];
}

/**
 * «وأعلنت الوزارة أن…» after «الخارجية الإيرانية» or «وزارة الصحة»: the organization of that kind
 * named last before `at` (looking back a bounded stretch), if any.
 */
export function resolveInstitution(doc: Doc, at: number): string | undefined {
  const tok = doc.tokens[at];
  if (!tok?.isWord) return undefined;
  const bare = tok.norm.replace(/^[وف]/, '');
  if (!bare.startsWith('ال')) return undefined;
  const noun = bare.slice(2);
  if (!INSTITUTION_STEMS.has(noun)) return undefined;
  for (let t = at - 1; t >= 0 && at - t < LOOK_BACK; t--) {
    const m = mentionAtToken(doc, t);
    if (m?.kind !== 'organization' || m.to > at) continue;
    const name = normalizeArabic(m.name);
    if (
      name.includes(noun) ||
      (noun === 'وزاره' && MINISTRY_FIELDS.some((f) => name.startsWith(f)))
    )
      return m.key;
    t = m.from;
  }
  return undefined;
}
