/**
 * Stage: relations between entities — who heads a side (when the article names no head: the
 * president of that country present in the article), and which country each person belongs to.
 */
import { addRelation, type Doc } from '../document.ts';
import { lexicon } from '../lexicon/index.ts';

export function linkHeadsAndCountries(doc: Doc): Doc {
  const members = new Set(doc.relations.filter((r) => r.kind === 'member_of').map((r) => r.source));
  // A side whose head the article names (explicit-heads.ts) needs no guess.
  const seen = new Set(doc.relations.filter((r) => r.kind === 'heads').map((r) => r.target));
  for (const d of doc.delegations) {
    if (seen.has(d.key) || !d.countryId) continue;
    seen.add(d.key);
    const head = [...doc.entities.values()].find(
      (e) =>
        e.kind === 'person' &&
        e.countryId === d.countryId &&
        !members.has(e.key) &&
        doc.roleKeys.get(e.key)?.has('رئيس'),
    );
    if (head) addRelation(doc, { kind: 'heads', source: head.key, target: d.key });
  }
  // A person's country, when that country is itself named in the article.
  const countryKeys = lexicon().countryKey;
  for (const e of doc.entities.values()) {
    if (e.kind !== 'person' || !e.countryId) continue;
    const target = countryKeys.get(e.countryId);
    if (target && doc.entities.has(target))
      addRelation(doc, { kind: 'affiliated_with', source: e.key, target });
  }
  return doc;
}
