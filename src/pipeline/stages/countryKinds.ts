/**
 * Stage: a country named by its kind alone (المملكة، السلطنة: lexicon/placeWords.ts
 * COUNTRY_KIND_WORDS) is the kingdom or sultanate the article is about: among the countries one
 * of whose names begins with that kind, the one its other words point to most — its name, its
 * towns, its nationality adjective (وزير الاقتصاد العماني، في مسقط). With no such word, or a
 * tie, the word stays unnamed; so does a country the article never names otherwise. The kind
 * without ال before a known country's name (مملكة الأردن) is an alias of it. Example rows:
 * tests/unit/pipeline/places.test.ts.
 */
import { addMention, mentionAtToken, type Doc } from '../document.ts';
import { lexicon } from '../lexicon/index.ts';
import { COUNTRIES } from '../lexicon/countries.ts';
import { COUNTRY_KIND_WORDS } from '../lexicon/placeWords.ts';
import { normalizeArabic } from '../../core/arabic.ts';
import { originalOffset, type Token } from '../tokenize.ts';
import { adjectiveCountry, hasArticle, infoOf } from '../words.ts';
import { isQuoteMark } from './structure.ts';
import { indexedWordFlag, positionsWith } from '../token-index.ts';

const KINDS = new Set(COUNTRY_KIND_WORDS.map(normalizeArabic));

/** The countries of each kind word: «المملكة» → the kingdoms of the hand table. */
const COUNTRIES_OF_KIND = new Map<string, string[]>();
for (const c of COUNTRIES)
  for (const name of [...c.names, ...(c.official ?? [])]) {
    const first = normalizeArabic(name.split(' ')[0] ?? '');
    const kind = first.startsWith('ال') ? first : `ال${first}`;
    if (!KINDS.has(kind)) continue;
    const list = COUNTRIES_OF_KIND.get(kind) ?? [];
    if (!list.includes(c.id)) list.push(c.id);
    COUNTRIES_OF_KIND.set(kind, list);
  }

/** How often the article points to each country: its place mentions (a country, or a town in
 * it) and nationality adjectives. */
function countrySigns(doc: Doc): Map<string, number> {
  const lex = lexicon();
  const counts = new Map<string, number>();
  const add = (id: string | undefined) => {
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  };
  for (const m of doc.mentions) {
    if (m.kind !== 'place') continue;
    const e = doc.entities.get(m.key);
    add(e?.lexiconId ?? lex.cityCountry.get(m.key));
  }
  doc.tokens.forEach((tok, t) => {
    if (!mentionAtToken(doc, t)) add(adjectiveCountry(tok));
  });
  return counts;
}

/** The kind word the token is, after its clitics (بالمملكة → المملكة), and how many letters
 * the clitics take. */
function kindOf(tok: Token): { kind: string; stripped: number } | undefined {
  const s = infoOf(tok).stems.find((st) => KINDS.has(st.stem));
  return s ? { kind: s.stem, stripped: s.stripped } : undefined;
}

/** «مملكة الأردن», «سلطنة بروناي»: the kind without ال before a country's name names it too
 * (an alias of the country, as the place nouns give theirs). */
function aliasWithKind(doc: Doc, t: number, tok: Token): boolean {
  const bare = infoOf(tok).stems.find((s) => KINDS.has(`ال${s.stem}`));
  const m = mentionAtToken(doc, t + 1);
  if (!bare || m?.kind !== 'place' || m.from !== t + 1) return false;
  const e = doc.entities.get(m.key);
  if (!e?.lexiconId) return false;
  const alias = doc.text.slice(originalOffset(tok, bare.stripped), m.end);
  if (alias !== e.label && !e.aliases.includes(alias)) e.aliases.push(alias);
  return true;
}

/** A word that is a kind word with or without ال, after its clitics: the only tokens the
 * stage visits (a scan that read every word's stems cost a tenth of extraction). */
const mayBeKind = indexedWordFlag(
  (tok: Token) =>
    tok.isWord && infoOf(tok).stems.some((st) => KINDS.has(st.stem) || KINDS.has(`ال${st.stem}`)),
);

export function findCountryKinds(doc: Doc): Doc {
  const tokens = doc.tokens;
  let signs: Map<string, number> | undefined;
  for (const t of positionsWith(tokens, mayBeKind)) {
    const tok = tokens[t] as Token;
    if (!tok.isWord || !tok.isArabic || mentionAtToken(doc, t)) continue;
    if (aliasWithKind(doc, t, tok)) continue;
    const found = kindOf(tok);
    if (!found) continue;
    // «المملكة المغربية», «السلطنة العمانية»: a definite adjective after it makes another name
    // (the lexicon's, or one it lacks); «“المملكة”»: a quoted word is a title (a channel).
    const next = tokens[t + 1];
    if (next?.isWord && hasArticle(next) && /يه$/.test(next.norm)) continue;
    if (isQuoteMark(tokens[t - 1]) || isQuoteMark(next)) continue;
    signs ??= countrySigns(doc);
    const candidates = COUNTRIES_OF_KIND.get(found.kind) ?? [];
    const scored = candidates
      .map((id) => ({ id, n: signs?.get(id) ?? 0 }))
      .sort((a, b) => b.n - a.n);
    const best = scored[0];
    if (!best || best.n === 0 || (scored[1]?.n ?? 0) === best.n) continue;
    const lex = lexicon();
    const key = lex.countryKey.get(best.id);
    if (!key) continue;
    const start = originalOffset(tok, found.stripped);
    // Only a country the article names otherwise: the kind alone introduces no place (it is
    // often the outlet's own state, left unnamed).
    const label = doc.entities.get(key)?.label;
    if (!label) continue;
    const e = addMention(
      doc,
      {
        key,
        kind: 'place',
        from: t,
        to: t + 1,
        start,
        end: tok.end,
        name: doc.text.slice(start, tok.end),
        reason: { rule: 'country-kind', cue: tok.text },
      },
      { labelEn: lex.countryEn.get(best.id), countryId: best.id, lexiconId: best.id },
    );
    // The country keeps its own name as label (الأردن, not the longer المملكة).
    if (e.label !== label) {
      e.aliases = [...e.aliases.filter((a) => a !== label), e.label];
      e.label = label;
    }
  }
  return doc;
}
