/**
 * Stage: the other names of a list of places. Names joined by «و» share their kind: after a
 * known place (any rule's), an unknown name glued to «و» that ends a list item is a town too
 * (بين حلب وكفرنبود، إلى بيروت ودير قانون). Example rows:
 * tests/unit/pipeline/places.test.ts.
 */
import { mentionAtToken, type Doc } from '../document.ts';
import { lexicon } from '../lexicon/index.ts';
import { CONSTRUCT_TOPONYM_WORDS, PLACE_PREPOSITION_WORDS } from '../lexicon/placeWords.ts';
import { normalizeArabic } from '../../core/arabic.ts';
import type { Token } from '../tokenize.ts';
import { infoOf, nameLike } from '../words.ts';
import { addPlaceSpan, GENERIC_COMPLEMENTS, toponymTail } from './places.ts';

const CONSTRUCT = new Set(CONSTRUCT_TOPONYM_WORDS.map(normalizeArabic));
const PREPOSITIONS = new Set(PLACE_PREPOSITION_WORDS.map(normalizeArabic));

/** The word after «و» at `t` names a place by its shape: an unknown bare name, or a definite
 * name word; not a function word, cue, title, nationality or known given name. */
function listName(doc: Doc, t: number, bare: string): boolean {
  const tok = doc.tokens[t];
  // (Three letters are a past verb as often as a name: four at least.)
  if (!tok?.isWord || !tok.isArabic || mentionAtToken(doc, t) || bare.length < 4) return false;
  if (GENERIC_COMPLEMENTS.has(bare) || lexicon().givenNames.has(bare)) return false;
  const info = infoOf(tok);
  if (info.stop || info.cue || info.titleKey || info.adjective || info.notName) return false;
  if (lexicon().stopwords.has(bare)) return false;
  // «والتكامل», «والنتائج»: a definite word after a place is as often a common noun.
  if (/^ال/.test(bare)) return false;
  // «ووحدته», «وسنعمل», «وتصل», «وحالة», «وأجزاء»: a pronoun's ending, a verb's prefix, a
  // feminine noun, a broken plural (أفعال).
  if (/(ه|ها|هم|هما|نا|وا)$/.test(bare) || /^س?[يتنا].{2,3}$/.test(bare) || /ة$/.test(tok.text))
    return false;
  if (/^ا..ا.$/.test(bare)) return false;
  return nameLike(doc, t);
}

/** A list item ends at `t`: punctuation, the sentence's end, the next item or a preposition. */
function itemEnds(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  if (!tok || doc.sentence[t] !== doc.sentence[t - 1] || !tok.isWord) return true;
  return /^و/.test(tok.norm) || PREPOSITIONS.has(tok.norm) || /^ب/.test(tok.norm);
}

export function findTownsInLists(doc: Doc): Doc {
  const tokens = doc.tokens;
  const places = doc.mentions.filter((m) => m.kind === 'place').sort((a, b) => a.from - b.from);
  for (const m of places) {
    let t = m.to;
    while (t < tokens.length) {
      const tok = tokens[t] as Token;
      if (!tok.isWord || !/^و../.test(tok.norm) || doc.sentence[t] !== doc.sentence[m.from]) break;
      const known = mentionAtToken(doc, t);
      if (known) {
        if (known.kind !== 'place') break;
        t = known.to;
        continue;
      }
      const bare = tok.norm.slice(1);
      // «ووادي النحلة», «ودير ماما»: a construct first word and its name.
      const two = CONSTRUCT.has(bare) && toponymTail(doc, t + 1);
      const end = two ? t + 2 : t + 1;
      if (!(two || listName(doc, t, bare)) || !itemEnds(doc, end)) break;
      addPlaceSpan(doc, t, end, 1, { rule: 'place-list-after-known', cue: 'و' });
      t = end;
    }
  }
  return doc;
}
