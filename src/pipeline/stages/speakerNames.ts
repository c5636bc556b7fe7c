/**
 * Stage: the unknown subject of a speech verb is a name («وأضاف هارتلي أن…»).
 */
import { mentionAtToken, removeMention, titleStartingAt, type Doc } from '../document.ts';
import { ABSTRACT_NOUNS, DEFINITE_COMMON_NOUNS } from '../lexicon/commonWords.ts';
import { lexicon } from '../lexicon/index.ts';
import { normalizeArabic } from '../../core/arabic.ts';
import {
  hasArticle,
  infoOf,
  isCueVerb,
  isCueWord,
  isOrganizationHead,
  nameLike,
  wordInfo,
} from '../words.ts';
import { positionsWith } from '../token-index.ts';
import type { Token } from '../tokenize.ts';
import { isComplementizer, isFirstPersonVerb, predicateOfPronoun } from './cues.ts';
import { isAffirmedNoun } from './cueVerbs.ts';
import { addPerson, honoreeOfBody } from './persons.ts';
import { isComma, isQuoteMark } from './structure.ts';
import { ADJUNCT_START_WORDS, DOCUMENT_NOUNS, WHICH_WORDS } from '../lexicon/discourse.ts';
import { RELATIVES_WORDS } from '../lexicon/sides.ts';
import { PREP_BEFORE_COMPLEMENTIZER } from '../lexicon/speechVerbs.ts';

const ADJUNCT_START = new Set(ADJUNCT_START_WORDS.map(normalizeArabic));
const RELATIVE = new Set(RELATIVES_WORDS.map(normalizeArabic));
const WHICH = new Set(WHICH_WORDS.map(normalizeArabic));
const DOCUMENTS = new Set(DOCUMENT_NOUNS.map(normalizeArabic));
const PREP_BEFORE = new Set(PREP_BEFORE_COMPLEMENTIZER.map(normalizeArabic));

/** «وأضاف هارتلي أن…», «وقال غرانت: …»: the unknown word right after a speech verb is a name. */
export function findSpeakerNames(doc: Doc): Doc {
  const lex = lexicon();
  for (const t of positionsWith(doc.tokens, isCueWord)) {
    if (t + 2 >= doc.tokens.length) break;
    if ((doc.quoteOf[t] ?? -1) >= 0 || !isCueVerb(doc.tokens[t]) || predicateOfPronoun(doc, t))
      continue;
    // «البعثة التي اختتمت لقاءات…»: in a relative clause the subject is the antecedent, and the
    // word after the verb its object.
    // «مما يؤكد نجاح الخطة»: after «ما» (which, what) the verb's subject is that pronoun.
    if (RELATIVE.has(doc.tokens[t - 1]?.norm ?? '') || WHICH.has(doc.tokens[t - 1]?.norm ?? ''))
      continue;
    const a = t + 1;
    if (mentionAtToken(doc, a) || !nameLike(doc, a) || lex.vague.has(doc.tokens[a]?.norm ?? ''))
      continue;
    if (isFirstPersonVerb(doc.tokens[a], doc.tokens[a + 1])) continue;
    // «وأعلنت جائزة الشيخ زايد…»: a body's noun before an honoree's rank is named after him.
    if (honoreeOfBody(doc, a + 2)) continue;
    // «قال لصحيفة محلية…», «صرّح لراديو سوا…»: ل right after the verb opens whom it was said to;
    // only a known given name (لطفي، ليلى) starts with ل there.
    if (addressedTo(doc.tokens[a] as Token)) continue;
    // «أكد استعداد الشركة…»: a verbal noun the verb affirms is its claim, not its subject.
    if (isAffirmedNoun(doc.tokens[a]?.norm ?? '')) continue;
    // «رحب محامو الشركة», «قال مسؤولو الوزارة»: a title's plural in construct (ون without its
    // ن) names a group, never a person.
    const plural = doc.tokens[a]?.norm ?? '';
    if (
      plural.endsWith('و') &&
      (lex.titleHeads.has(plural.slice(0, -1)) || lex.titleHeads.has(`${plural.slice(0, -1)}ي`))
    )
      continue;
    // «لقاءات», «تصريحات»: a sound feminine plural is a common noun, never a name.
    if (/ات$/.test(doc.tokens[a]?.norm ?? '') && (doc.tokens[a]?.norm.length ?? 0) >= 5) continue;
    let len = nameLike(doc, a + 1) && !mentionAtToken(doc, a + 1) ? 2 : 1;
    // «وقال تيسير السامعي مسؤول الإعلام»: an unknown word and a family name in ال.
    if (len === 1 && definiteFamilyName(doc, a + 1)) len = 2;
    const after = doc.tokens[a + len];
    if (!after || doc.sentence[a + len] !== doc.sentence[t]) continue;
    if (
      isComplementizer(after) ||
      after.text === ':' ||
      after.text === '،' ||
      isQuoteMark(after) ||
      ADJUNCT_START.has(after.norm) ||
      // «وأشار بصل إلى أن…», «وكشف غرانت عن أن…»: the verb's preposition, then the content.
      (PREP_BEFORE.has(after.norm) && isComplementizer(doc.tokens[a + len + 1])) ||
      // «وقال تيسير السامعي مسؤول الإعلام في …»: the name's title follows it (bare, not an
      // addressee: «وصرح لاحقا لمراسل قناة …»).
      // «وقال رازي شويحات المنسق الإعلامي للفريق»: or a definite title in apposition.
      (!!titleStartingAt(doc, a + len) &&
        (lex.titleHeads.has(after.norm) ||
          (hasArticle(after) && lex.titleHeads.has(after.norm.slice(2)))))
    )
      addPerson(
        doc,
        a,
        a + len,
        0,
        {},
        { rule: 'subject-of-speech-verb', cue: doc.tokens[t]?.text ?? '' },
      );
  }
  findDefiniteSurnames(doc);
  return doc;
}

/** A word in ل that is not a known given name: the addressee of a speech verb. */
function addressedTo(tok: Token): boolean {
  return tok.norm.length >= 4 && tok.norm.startsWith('ل') && infoOf(tok).givenStripped !== 0;
}

const DEFINITE_COMMON = new Set([...DEFINITE_COMMON_NOUNS, ...ABSTRACT_NOUNS].map(normalizeArabic));

/** قالت، أكدت، أشارت: a feminine past-tense cue (a verb whose own root ends in ت, لفت, is not). */
function isFeminineCue(tok: Token): boolean {
  const n = tok.norm;
  return (
    n.endsWith('ت') && infoOf(tok).conjReadings.some((r) => lexicon().verbs.has(r.slice(0, -1)))
  );
}

/** «وأكد العايد أن…», «وقال الرزاز إن…», «وأشار القاويش إلى أن…»: a definite word right after a
 * masculine speech verb and right before the content is a family name, unless it is a title, a
 * nationality adjective, an institution or a common noun. */
/** The last words (normalized) of the organizations found so far, by document. */
const BODY_ENDS = new WeakMap<Doc, Set<string>>();

function bodyNamesEndWith(doc: Doc): Set<string> {
  let ends = BODY_ENDS.get(doc);
  if (!ends) {
    ends = new Set();
    for (const e of doc.entities.values())
      if (e.kind === 'organization') {
        const words = normalizeArabic(e.label).split(' ');
        if (words.length >= 2) ends.add(words[words.length - 1] ?? '');
      }
    BODY_ENDS.set(doc, ends);
  }
  return ends;
}

function findDefiniteSurnames(doc: Doc): void {
  const lex = lexicon();
  let firstWoman: number | undefined;
  for (const t of positionsWith(doc.tokens, isCueWord)) {
    if (t + 2 >= doc.tokens.length) break;
    const verb = doc.tokens[t] as Token;
    if ((doc.quoteOf[t] ?? -1) >= 0 || !isCueVerb(verb)) continue;
    const a = t + 1;
    const tok = doc.tokens[a];
    if (!tok || !tok.isWord || !tok.isArabic || !tok.norm.startsWith('ال')) continue;
    // After a feminine verb (a body, a town, a paper may be its subject: أعلنت الوزارة) only a
    // nisba-shaped family name of a woman named before (وقالت المليفي).
    if (isFeminineCue(verb)) {
      firstWoman ??= firstWomanAt(doc);
      if (!(/ي$/.test(tok.norm) && firstWoman >= 0 && firstWoman < t)) continue;
    }
    if (!hasArticle(tok) || tok.norm.length < 5) continue;
    // «وأشار الأبيض إلى أن…»: a town is feminine (أعلنت واشنطن), so a one-word town after a
    // masculine speech verb, right before the content, is a family name.
    const place = mentionAtToken(doc, a);
    if (place) {
      const town =
        place.kind === 'place' &&
        place.from === a &&
        place.to === a + 1 &&
        !doc.entities.get(place.key)?.lexiconId;
      if (!town || doc.sentence[a + 1] !== doc.sentence[t] || !contentSoon(doc, a + 1)) continue;
      removeMention(doc, place);
      addPerson(doc, a, a + 1, 0, {}, { rule: 'family-name-after-speech-verb', cue: verb.text });
      continue;
    }
    if (doc.sentence[a + 1] !== doc.sentence[t] || !contentSoon(doc, a + 1)) continue;
    const info = infoOf(tok);
    const bare = tok.norm.slice(2);
    if (info.titleKey || info.adjective || info.stop || info.cue || info.participle) continue;
    if (
      DEFINITE_COMMON.has(tok.norm) ||
      DOCUMENTS.has(tok.norm) ||
      lex.vague.has(tok.norm) ||
      lex.titleHeads.has(bare) ||
      // «وتؤكد المجموعة، أن…»: a body named by its kind (stages/unnamedBodies.ts).
      isOrganizationHead(bare)
    )
      continue;
    if (!surnameShaped(tok.norm, tok.text)) continue;
    // «أعلن النادي الساحلي … وقال الساحلي عبر صفحته»: the last word of a body's name, alone, is
    // that body named short (a club, a party), not a person's family name.
    if (bodyNamesEndWith(doc).has(tok.norm)) continue;
    addPerson(doc, a, a + 1, 0, {}, { rule: 'family-name-after-speech-verb', cue: verb.text });
  }
  findSurnamePairs(doc);
}

/** «وأكد الصفدي والسديري، عمق العلاقات…»: two family names joined by و after a speech verb,
 * before the content, are two people. */
function findSurnamePairs(doc: Doc): void {
  for (const t of positionsWith(doc.tokens, isCueWord)) {
    if (t + 3 >= doc.tokens.length) break;
    const verb = doc.tokens[t] as Token;
    if ((doc.quoteOf[t] ?? -1) >= 0 || !isCueVerb(verb) || isFeminineCue(verb)) continue;
    const a = t + 1;
    const b = t + 2;
    const second = doc.tokens[b];
    if (!second?.isWord || !/^وال/.test(second.norm)) continue;
    if (doc.sentence[b + 1] !== doc.sentence[t] || !contentSoon(doc, b + 1)) continue;
    const first = mentionAtToken(doc, a);
    if (!(first?.kind === 'person' && first.to === a + 1) && !definiteFamilyName(doc, a)) continue;
    if (mentionAtToken(doc, b) || !definiteFamilyNameWord(second, second.norm.slice(1))) continue;
    const reason = { rule: 'family-name-after-speech-verb', cue: verb.text };
    if (!first) addPerson(doc, a, a + 1, 0, {}, reason);
    addPerson(doc, b, b + 1, 1, {}, reason);
  }
}

/** Where the first woman is named: a person whose title is feminine (مرشحة، الوزيرة) or whose
 * speech verb was (-1: none). Computed once per text (no scan per cue). */
function firstWomanAt(doc: Doc): number {
  const feminineTitle = new Set<string>();
  for (const x of doc.titles)
    if (x.person && /[ةه]$/.test(normalizeArabic(x.role.split(' ')[0] ?? '')))
      feminineTitle.add(x.person);
  let first = -1;
  for (const m of doc.mentions) {
    if (m.kind !== 'person' || (first >= 0 && m.from >= first)) continue;
    const verb = doc.tokens[m.from - 1];
    if ((verb && isCueVerb(verb) && isFeminineCue(verb)) || feminineTitle.has(m.key))
      first = m.from;
  }
  return first;
}

/** A word in ال shaped like a family name (not a title, a nationality, a common noun). */
function definiteFamilyName(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  if (!tok?.isWord || !tok.isArabic || !hasArticle(tok) || mentionAtToken(doc, t)) return false;
  return definiteFamilyNameWord(tok, tok.norm);
}

/** definiteFamilyName of the word read as `norm` (without a و before it: والسديري). */
function definiteFamilyNameWord(tok: Token, norm: string): boolean {
  const info = wordInfo(norm);
  if (info.titleKey || info.adjective || info.stop || info.cue || info.participle) return false;
  if (DEFINITE_COMMON.has(norm) || lexicon().vague.has(norm) || norm.length < 5) return false;
  return /^ال/.test(norm) && surnameShaped(norm, tok.text);
}

/** No plural (المسؤولون، السلطات، الوزراء، الأعيان، المشاركين), dual (الوزيران), verbal noun
 * (الاستعداد) or noun in ى (الملتقى): the shapes a family name does not take. */
function surnameShaped(n: string, text: string): boolean {
  if (/(ون|ات|اء)$/.test(n) || (n.length >= 7 && n.endsWith('ين'))) return false;
  if (n.startsWith('الاست') || /^الا..ا.$/.test(n) || /ى$/.test(text)) return false;
  const dual = n.endsWith('ان') ? n.slice(0, -2) : '';
  return !(dual && (DEFINITE_COMMON.has(dual) || lexicon().titleHeads.has(dual.slice(2))));
}

/** Content right after the word, or after a short adjunct: «وقال الخشن في تصريحات تلفزيونية إن»,
 * «وأضاف العايد، خلال مؤتمر صحفي، أن». */
function contentSoon(doc: Doc, t: number): boolean {
  if (opensContent(doc, t)) return true;
  const tok = doc.tokens[t];
  if (!tok || !(tok.text === '،' || tok.text === ',' || ADJUNCT_START.has(tok.norm))) return false;
  // «وأكد الصفدي، تضامن المجلس مع…»: a comma, then the affirmed noun that is the claim.
  const next = doc.tokens[t + 1];
  if (isComma(tok) && next?.isWord && isAffirmedNoun(next.norm)) return true;
  for (let k = t + 1; k < t + 12 && doc.sentence[k] === doc.sentence[t]; k++) {
    const x = doc.tokens[k];
    if (!x || isCueVerb(x) || (doc.quoteOf[k] ?? -1) >= 0) return false;
    if (opensContent(doc, k)) return true;
  }
  return false;
}

/** أن/إن, «:», a quote mark, or «إلى أن» / «على أن»: reported or quoted content starts here. */
function opensContent(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  if (!tok) return false;
  if (isComplementizer(tok) || tok.text === ':' || isQuoteMark(tok)) return true;
  return (tok.norm === 'الي' || tok.norm === 'علي') && isComplementizer(doc.tokens[t + 1]);
}
