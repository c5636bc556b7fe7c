/**
 * Stage: the items of a list of people joined by و. «برّأت المحكمة سامي الحداد ونصّار
 * البدري وهاني العمري»: an item next to a person already found — right after one, or right
 * before one — that has a name's shape (a name word and a family name, closed like a name) is a
 * person too, though its given name is unknown (نصّار) and no title introduces it. What counts
 * as a name's shape is the rows of ITEM_SHAPES; what closes an item is `closesItem`.
 */
import { mentionAtToken, type Doc } from '../document.ts';
import { lexicon } from '../lexicon/index.ts';
import type { Token } from '../tokenize.ts';
import { hasArticle, infoOf, nameLike, wordInfo } from '../words.ts';
import { isComma, isQuoteMark } from './structure.ts';
import { addPerson, closesName, CONNECTORS, familyNameLike, isAli } from './persons.ts';

/** An item is found next to one found in an earlier pass: «X وY وZ وعباس الشعبي» is read from
 * its known end back to its start, a few items at most. */
const MAX_PASSES = 4;

interface ItemShape {
  /** What the shape is, in words (the mention records the rule «joined-name»). */
  what: string;
  /** Is the item, starting with و at `t`, two name words of this shape? */
  matches: (doc: Doc, t: number) => boolean;
  example: string;
}

/** The shapes of a two-word item joined by و, tried in order. */
export const ITEM_SHAPES: readonly ItemShape[] = [
  {
    // A word that reads as a bare name once و is dropped (a known given name, or no article,
    // function word, verb, title or adjective), then a family name in ال or علي as written
    // with ي. («وشغل منصب»: an unknown past verb and its object have that shape too, so an
    // indefinite second word must be a known given name, the father's, or follow one.)
    what: 'a name word and a family name',
    matches: (doc, t) =>
      bareNameAfterAnd(doc.tokens[t]) &&
      (familyNameLike(doc, t + 1) ||
        isAli(doc.tokens[t + 1]) ||
        (nameLike(doc, t + 1) &&
          !hasArticle(doc.tokens[t + 1] as Token) &&
          (infoOf(doc.tokens[t] as Token).givenStripped === 1 ||
            infoOf(doc.tokens[t + 1] as Token).givenStripped === 0))),
    example: 'أفرجت السلطات عن سامي الحداد ونصّار البدري.',
  },
  {
    // A family nisba in ال read without و (a name by the family's town: البرقاوي), then a
    // family name in ال.
    what: 'two family names in ال',
    matches: (doc, t) => definiteNisbaAfterAnd(doc.tokens[t]) && familyNameLike(doc, t + 1),
    example: 'وأدين سامي الحداد والبرقاوي الشمالي بالتهم.',
  },
];

export function findJoinedNames(doc: Doc): Doc {
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let added = false;
    for (let t = doc.tokens.length - 2; t >= 1; t--) {
      // (A person next to it first: two look-ups by position, before the word's facts.)
      if (!nextToPerson(doc, t) || !opensItem(doc, t)) continue;
      if (!ITEM_SHAPES.some((shape) => shape.matches(doc, t))) continue;
      addPerson(doc, t, t + 2, 1, {}, { rule: 'joined-name', cue: 'و' });
      added = true;
    }
    if (!added) break;
  }
  return doc;
}

/** «و» glued to a word that is no lineage link (وبن), two unclaimed words in one sentence, and
 * an item's end after them. */
function opensItem(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  if (!tok?.isWord || !tok.isArabic || !/^و../.test(tok.norm) || CONNECTORS.has(tok.norm))
    return false;
  // «وليد»: a given name whose own first letter is و is no item joined by و; «وزير»,
  // «واصفا»: nor is a word that the lexicons read whole (a title, a verb, a function word).
  const whole = infoOf(tok);
  if (whole.givenStripped === 0 || whole.titleKey || whole.cue || whole.participle) return false;
  if (mentionAtToken(doc, t) || mentionAtToken(doc, t + 1)) return false;
  return doc.sentence[t + 1] === doc.sentence[t] && closesItem(doc, t + 2);
}

/** A person ends right before the و, or the next item, right after, is a person. */
function nextToPerson(doc: Doc, t: number): boolean {
  const before = mentionAtToken(doc, t - 1);
  if (before?.kind === 'person' && before.to === t) return true;
  const after = mentionAtToken(doc, t + 2);
  return (
    after?.kind === 'person' && after.from === t + 2 && /^و/.test(doc.tokens[t + 2]?.norm ?? '')
  );
}

/** What may follow an item: the sentence's end or punctuation, a word that closes a name (a
 * comma, a preposition, أن, a speech verb, a function word), or the next item joined by و. */
function closesItem(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  if (!tok || doc.sentence[t] !== doc.sentence[t - 1]) return true;
  if (!tok.isWord) return isComma(tok) || isQuoteMark(tok) || /^[.:؛)(–—-]$/.test(tok.text);
  return (
    closesName(doc, t) ||
    // «… والبرقاوي الشمالي بما نسب إليهما»: a function word.
    lexicon().stopwords.has(tok.norm) ||
    (/^و../.test(tok.norm) && !CONNECTORS.has(tok.norm))
  );
}

/** The word read without its و is a known given name (ومنة), or a bare name word: no article,
 * function word, verb, title, adjective or participle. */
function bareNameAfterAnd(tok: Token | undefined): boolean {
  if (!tok?.isWord) return false;
  if (infoOf(tok).givenStripped === 1) return true;
  const norm = tok.norm.slice(1);
  return norm.length >= 3 && !/^ال/.test(norm) && readOnlyAsName(norm);
}

/** No lexicon reads the word otherwise: no function word, verb, title, adjective or participle. */
function readOnlyAsName(norm: string): boolean {
  const info = wordInfo(norm);
  return (
    !info.stop &&
    !info.cue &&
    !info.titleKey &&
    !info.adjective &&
    !info.participle &&
    !info.notName
  );
}

/** «والبرقاوي»: و and a word in ال and ي of a name's length that no lexicon reads otherwise
 * (no adjective of a country, title, function word or verb). */
function definiteNisbaAfterAnd(tok: Token | undefined): boolean {
  if (!tok?.isWord || !/^وال.{3,}ي$/.test(tok.norm)) return false;
  return readOnlyAsName(tok.norm.slice(1));
}
