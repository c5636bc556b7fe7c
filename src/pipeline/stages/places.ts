/**
 * Stage: places named with a place noun (مدينة أنكوراج، بولاية ألاسكا، قاعدة إلمندورف –
 * ريتشاردسون العسكرية), and `located_in` where one place is given inside another
 * (بمدينة أنكوراج بولاية ألاسكا، في أنكوريج بألاسكا).
 */
import { lexicon } from '../lexicon/index.ts';
import type { Token } from '../tokenize.ts';
import type { ExtractedEntity } from '../types.ts';
import { wordFact, wordFlag } from '../word-facts.ts';
import { indexedWordFlag, positionsWith } from '../token-index.ts';
import {
  addMention,
  addRelation,
  mentionAtToken,
  mention,
  removeMention,
  type Doc,
  type EntityMention,
} from '../document.ts';
import { normalizeArabic } from '../../core/arabic.ts';
import { isQuoteMark } from './structure.ts';
import { LINEAGE_WORDS, ORDINAL_WORDS } from '../lexicon/nameParts.ts';
import { MONTH_WORDS } from '../lexicon/months.ts';
import {
  adjectiveCountry,
  hasArticle,
  infoOf,
  isStopGivenWord,
  isVerbalPlaceNoun,
  nameLike,
  readings,
} from '../words.ts';
import {
  SINGLE_WORDS,
  MULTI_WORDS,
  DESCRIPTORS_WORDS,
  ADJECTIVES_WORDS,
  NAMING_NOUNS_WORDS,
  FACILITY_WORDS,
  PLURAL_PLACE_WORDS,
  ABSTRACT_PLACE_NOUNS_WORDS,
  DEFINITE_NAMED_FACILITY_WORDS,
  ABSTRACT_COMPLEMENTS_WORDS,
  NOT_PLACE_AFTER,
  PREPOSITIONAL_PLACE_NOUNS,
  CONSTRUCT_TOPONYM_WORDS,
  LANDFORM_WORDS,
  PLACE_PREPOSITION_WORDS,
  NAMED_AFTER_TOWN_WORDS,
  VERB_PARTICLE_WORDS,
  TOPONYM_SUFFIX_WORDS,
  KNOWN_ONLY_PLACE_WORDS,
} from '../lexicon/placeWords.ts';
import { ORGANIZATION_HEADS } from '../rules/organizationHeads.ts';
import { originalOffset } from '../tokenize.ts';

/** A feminine past verb: فعلت, or a derived form (استفعلت، انفعلت، افتعلت، تفاعلت، فاعلت). */
const PAST_FEMININE = /^(...|است...|ان...|ا.ت..|ت.ا..|.ا..)ت$/;

const SINGLE = new Set(SINGLE_WORDS.map(normalizeArabic));
const MULTI = new Set(MULTI_WORDS.map(normalizeArabic));
const DESCRIPTORS = new Set(DESCRIPTORS_WORDS.map(normalizeArabic));
const ADJECTIVES = new Set(ADJECTIVES_WORDS.map(normalizeArabic));
const DASHES = new Set(['-', '–', '—', '‐']);
const ORDINALS = new Set(ORDINAL_WORDS.map(normalizeArabic));
const LINEAGE = new Set(LINEAGE_WORDS.map(normalizeArabic));

/** The last words of the people named so far with a given name and a surname. */
function personSurnames(doc: Doc): Set<string> {
  const out = new Set<string>();
  for (const m of doc.mentions)
    if (m.kind === 'person' && m.to - m.from >= 2) out.add(doc.tokens[m.to - 1]?.norm ?? '');
  return out;
}

function placeNoun(doc: Doc, t: number): 'single' | 'multi' | undefined {
  const tok = doc.tokens[t];
  return tok?.isWord ? placeNounOf(tok) : undefined;
}

function placeNounKind(tok: Token): 'single' | 'multi' | undefined {
  for (const s of infoOf(tok).stems) {
    if (SINGLE.has(s.stem)) return 'single';
    if (MULTI.has(s.stem)) return 'multi';
  }
  return undefined;
}
const isSinglePlaceNoun = wordFlag((tok) => placeNounKind(tok) === 'single');
const isMultiPlaceNoun = wordFlag((tok) => placeNounKind(tok) === 'multi');

function placeNounOf(tok: Token): 'single' | 'multi' | undefined {
  return isSinglePlaceNoun(tok) ? 'single' : isMultiPlaceNoun(tok) ? 'multi' : undefined;
}

const MONTHS = new Set(MONTH_WORDS.map(normalizeArabic));
const TOPONYM_SUFFIXES = new Set(TOPONYM_SUFFIX_WORDS.map(normalizeArabic));
const KNOWN_ONLY = new Set(KNOWN_ONLY_PLACE_WORDS.map(normalizeArabic));
/** «الثامن من شعبان», «السادس من أكتوبر»: an ordinal, «من» and a month, in one sentence. */
function datedName(doc: Doc, a: number): boolean {
  const [day, from, month] = [doc.tokens[a], doc.tokens[a + 1], doc.tokens[a + 2]];
  if (!day?.isWord || !ORDINALS.has(day.norm) || from?.norm !== 'من' || !month?.isWord)
    return false;
  return MONTHS.has(month.norm) && doc.sentence[a + 2] === doc.sentence[a];
}

/** A given name and then ال with a given name: a person's name a place may bear. */
function namedAfterPerson(doc: Doc, a: number): boolean {
  const first = doc.tokens[a];
  const next = doc.tokens[a + 1];
  if (!first || !next?.isWord || !hasArticle(next) || doc.sentence[a + 1] !== doc.sentence[a])
    return false;
  const given = infoOf(first).givenStripped === 0 || isStopGivenWord(first.norm);
  return given && lexicon().givenNames.has(next.norm.slice(2)) && !infoOf(next).stop;
}

export function findPlaces(doc: Doc): Doc {
  const tokens = doc.tokens;
  const surnames = personSurnames(doc);
  for (let t = 0; t < tokens.length; t++) {
    const kind = placeNoun(doc, t);
    // «عزمي محافظة … وأضاف محافظة لبرنامج …»: a place noun that is a known person's surname.
    if (!kind || surnames.has(tokens[t]?.norm ?? '')) continue;
    if (PREPOSITIONAL.has(tokens[t]?.norm ?? '')) continue;
    // «إذا قصر المسؤول» (if the official fell short): after a particle that takes a verb.
    if (VERB_PARTICLES.has(tokens[t - 1]?.norm ?? '')) continue;
    let a = t + 1;
    const quoted = isQuoteMark(tokens[a]);
    if (quoted) a++;
    const known = mentionAtToken(doc, a);
    // «محافظة المفرق», «ولاية الخرطوم»: a known place after its noun is also named with it.
    if (known?.kind === 'place' && known.from === a && !quoted && kind === 'single')
      aliasWithNoun(doc, doc.entities.get(known.key), tokens[t], tokens[known.to - 1]);
    // «مطار صلالة الدولي», «ميناء العقبة»: a work named after a known town is a place of its own.
    if (known?.kind === 'place' && known.from === a && !quoted && namesWorkAfterTown(doc, t)) {
      t = workNamedAfterTown(doc, t, known) - 1;
      continue;
    }
    if (known) continue;
    // «ولاية جهة فاس مكناس»: a second, indefinite place noun heads the name (not «محافظة العاصمة»).
    if (!quoted && placeNoun(doc, a) && !hasArticle(tokens[a] as Token)) continue;
    // «جهة التحقيق» (the investigating party): a common word first names only a known place.
    if (infoOf(tokens[t] as Token).stems.some((st) => KNOWN_ONLY.has(st.stem))) continue;
    // «12 محافظة تضررت…», «كل محافظة تحدد…», «أول محافظة تعلن…»: a place noun counted or
    // quantified is a common noun; what follows it is its verb, not its name.
    if (!quoted && countedNoun(doc, t)) continue;
    // «مدن البلاد», «بسجن شقيق الوزير»: a generic word or a kinship noun names no place.
    if (
      !quoted &&
      (GENERIC_COMPLEMENTS.has(tokens[a]?.norm ?? '') || KIN.has(tokens[a]?.norm ?? ''))
    )
      continue;
    // «مدينة الثامن من شعبان»: a town named by a date (an ordinal, من, a month).
    const dated = !quoted && datedName(doc, a);
    // «منطقة غرب المدينة»: a point of the compass alone is no name (it heads one).
    const named =
      dated ||
      (nameLike(doc, a) &&
        !ADJECTIVES.has(tokens[a]?.norm ?? '') &&
        !COMPASS.has(tokens[a]?.norm ?? ''));
    // «بسجن سامي النجار»: imprisoning someone, not a prison named so.
    if (
      named &&
      !quoted &&
      infoOf(tokens[a] as Token).givenStripped === 0 &&
      infoOf(tokens[t] as Token).stems.some((s) => isVerbalPlaceNoun(s.stem))
    )
      continue;
    if (!named && (quoted || !definiteComplement(doc, t, a))) continue;
    // «زيارة للعاصمة استمرت أسبوعين», «المدينة شهدت»: after a definite place noun, a past verb
    // in ت (its subject) is no name; the place would be named with its own noun (العاصمة دمشق).
    if (!quoted && hasArticle(tokens[t] as Token) && PAST_FEMININE.test(tokens[a]?.norm ?? ''))
      continue;
    // «مقاطعة اجتماعات» (boycotting meetings): a sound feminine plural names no place.
    if (!quoted && /ات$/.test(tokens[a]?.norm ?? '') && (tokens[a]?.norm.length ?? 0) >= 5)
      continue;
    // «منطقة كوارث طبيعية»: a word an indefinite nisba adjective describes is a common noun.
    const described = tokens[a + 1];
    if (
      !quoted &&
      named &&
      described?.isWord &&
      !hasArticle(described) &&
      /^[^وفبلك].+يه$/.test(described.norm) &&
      !mentionAtToken(doc, a + 1) &&
      doc.sentence[a + 1] === doc.sentence[a]
    )
      continue;
    // «منطقة واعدة», «منطقة منكوبة» (a promising, a stricken area): after a feminine place
    // noun, an unknown word in ة shaped like an adjective (a participle in م, a nisba in ية, an
    // active participle فاعلة) is its adjective, not a name (منطقة ضبعة).
    if (
      !quoted &&
      named &&
      /ة[\u064B-\u065F]*$/.test(tokens[t]?.text ?? '') &&
      /ة[\u064B-\u065F]*$/.test(tokens[a]?.text ?? '') &&
      /^م|يه$|^.ا..ه$/.test(tokens[a]?.norm ?? '')
    )
      continue;
    let b = a + 1;
    if (dated) b = a + 3;
    // «قرية بني حسن», «بلدة عين صالح»: a construct first word takes the next one with it.
    else if (CONSTRUCT_TOPONYMS.has(tokens[a]?.norm ?? '') && toponymTail(doc, a + 1)) b = a + 2;
    // «مدينة صباح السالم», «ضاحية سعد العبدالله»: a town named after a person keeps the family name
    // made of ال and a given name.
    else if (named && namedAfterPerson(doc, a)) b = a + 2;
    else if (kind === 'multi' && named) {
      // Words and dashes: إلمندورف – ريتشاردسون.
      while (b < tokens.length && b - a < 6) {
        const tok = tokens[b];
        if (tok && DASHES.has(tok.text) && nameLike(doc, b + 1)) b += 2;
        else if (nameLike(doc, b)) b++;
        // «مطار محمد الخامس الدولي», «مستشفى عبد الله بن عبد العزيز»: a regnal number and a
        // lineage connector belong to the name the place bears.
        else if (
          ORDINALS.has(tok?.norm ?? '') ||
          (LINEAGE.has(tok?.norm ?? '') && nameLike(doc, b + 1))
        )
          b++;
        else break;
      }
    }
    // «منطقة حوش الريحان», «نجع السوق»: a bare name in the construct state takes its definite
    // complement (not an adjective: a nisba, a participle, a descriptor).
    if (b === a + 1 && named && !quoted && constructTail(doc, a + 1)) b = a + 2;
    // «قرية الحوامدية قبلي», «حي زيزينيا بك»: a half of a village, a bey's title.
    if (TOPONYM_SUFFIXES.has(tokens[b]?.norm ?? '') && doc.sentence[b] === doc.sentence[a]) b++;
    const coreEnd = b;
    while (b < tokens.length && DESCRIPTORS.has(tokens[b]?.norm ?? '')) b++;
    const first = tokens[a];
    const lastCore = tokens[coreEnd - 1];
    const lastAll = tokens[b - 1];
    if (!first || !lastCore || !lastAll) continue;
    const core = doc.text.slice(first.start, lastCore.end);
    const key = `place:${normalizeArabic(core.replace(/[-–—‐]/g, ' '))}`;
    const e = addMention(doc, {
      key,
      kind: 'place',
      from: a,
      to: b,
      start: first.start,
      end: lastAll.end,
      name: core,
      reason: { rule: 'place-noun', cue: tokens[a - 1]?.text ?? '' },
    });
    const full = doc.text.slice(first.start, lastAll.end);
    if (full !== core && !e.aliases.includes(full)) e.aliases.push(full);
    // «ميناء النشيمة», «مخيم النور»: the place is also named with its noun.
    if (!quoted) aliasWithNoun(doc, e, tokens[t], lastCore);
    if (quoted && isQuoteMark(tokens[b])) markNameQuote(doc, a);
    if (kind === 'multi') b = placeAfterBase(doc, quoted && isQuoteMark(tokens[b]) ? b + 1 : b);
    t = b - 1;
  }
  findFacilities(doc);
  findLandforms(doc);
  findPlaceLists(doc);
  return doc;
}

const LANDFORMS = new Set(LANDFORM_WORDS.map(normalizeArabic));
const PLACE_PREPOSITIONS = new Set(PLACE_PREPOSITION_WORDS.map(normalizeArabic));
/** «وادي», «بوادي»: a landform, or one with ب glued to it. */
const isLandformWord = indexedWordFlag(
  (tok: Token) =>
    tok.isWord &&
    (LANDFORMS.has(tok.norm) || (tok.norm.startsWith('ب') && LANDFORMS.has(tok.norm.slice(1)))),
);

/** «في وادي عتود», «بوادي النحلة»: a landform and its name after a preposition of place (or
 * the ب glued to it) is a place. */
function findLandforms(doc: Doc): void {
  const tokens = doc.tokens;
  const landforms = positionsWith(tokens, isLandformWord);
  for (let c = 0, t = -1; c < landforms.length; c++) {
    if ((landforms[c] as number) <= t) continue; // the name of the last one found
    t = landforms[c] as number;
    const tok = tokens[t];
    if (t + 1 >= tokens.length) break;
    if (!tok?.isWord || mentionAtToken(doc, t) || mentionAtToken(doc, t + 1)) continue;
    const glued = tok.norm.startsWith('ب') && LANDFORMS.has(tok.norm.slice(1));
    if (!glued && !(LANDFORMS.has(tok.norm) && PLACE_PREPOSITIONS.has(tokens[t - 1]?.norm ?? '')))
      continue;
    if (!toponymTail(doc, t + 1) || adjectiveCountry(tokens[t + 1] as Token)) continue;
    addNamedPlace(doc, t, originalOffset(tok, glued ? 1 : 0), t + 2, {
      rule: 'landform',
      cue: tok.text,
    });
    t++;
  }
}

const AFTER_TOWN = new Set(NAMED_AFTER_TOWN_WORDS.map(normalizeArabic));
const namesWorkAfterTown = (doc: Doc, t: number): boolean =>
  infoOf(doc.tokens[t] as Token).stems.some((s) => AFTER_TOWN.has(s.stem) && s.stripped <= 1);

/** The work (noun, town, descriptors) as one place, the town's mention inside it dropped; where
 * it ends. */
function workNamedAfterTown(doc: Doc, t: number, town: EntityMention): number {
  const noun = doc.tokens[t] as Token;
  const stem = infoOf(noun).stems.find((s) => AFTER_TOWN.has(s.stem)) as { stripped: number };
  const townEnd = town.to;
  removeMention(doc, town);
  return addNamedPlace(doc, t, originalOffset(noun, stem.stripped), townEnd, {
    rule: 'work-named-after-town',
    cue: noun.text,
  });
}

/** A place named from `start` (token `from`) to the end of token `coreEnd - 1`, and the
 * descriptors after it (الدولي، العسكرية): its name without them, with them as an alias
 * («مطار صلالة» and «مطار صلالة الدولي»). Returns where it ends. */
export function addNamedPlace(
  doc: Doc,
  from: number,
  start: number,
  coreEnd: number,
  reason: { rule: string; cue: string },
): number {
  const tokens = doc.tokens;
  let end = coreEnd;
  while (end < tokens.length && DESCRIPTORS.has(tokens[end]?.norm ?? '')) end++;
  const core = doc.text.slice(start, (tokens[coreEnd - 1] as Token).end);
  const full = doc.text.slice(start, (tokens[end - 1] as Token).end);
  const e = addMention(doc, {
    key: `place:${normalizeArabic(core)}`,
    kind: 'place',
    from,
    to: end,
    start,
    end: (tokens[end - 1] as Token).end,
    name: core,
    reason,
  });
  if (full !== core && !e.aliases.includes(full)) e.aliases.push(full);
  return end;
}

/** The place is also named with the place noun before it, without the noun's clitics. */
function aliasWithNoun(
  doc: Doc,
  e: ExtractedEntity | undefined,
  noun: Token | undefined,
  last: Token | undefined,
): void {
  const stem = noun?.isWord
    ? infoOf(noun).stems.find((s) => SINGLE.has(s.stem) || MULTI.has(s.stem))
    : undefined;
  if (!e || !noun || !stem || !last) return;
  const withNoun = doc.text.slice(originalOffset(noun, stem.stripped), last.end);
  if (withNoun !== e.label && !e.aliases.includes(withNoun)) e.aliases.push(withNoun);
}

const ABSTRACT_NOUNS = new Set(ABSTRACT_PLACE_NOUNS_WORDS.map(normalizeArabic));
const NOT_PLACE = new Map(
  Object.entries(NOT_PLACE_AFTER).map(([noun, before]) => [
    normalizeArabic(noun),
    new Set(before.map(normalizeArabic)),
  ]),
);
const PREPOSITIONAL = new Set(PREPOSITIONAL_PLACE_NOUNS.map(normalizeArabic));
const ABSTRACT_COMPLEMENTS = new Set(ABSTRACT_COMPLEMENTS_WORDS.map(normalizeArabic));
const CONSTRUCT_TOPONYMS = new Set(CONSTRUCT_TOPONYM_WORDS.map(normalizeArabic));
const HEADS_WITH_ARTICLE = new Set(
  ORGANIZATION_HEADS.map((r) => normalizeArabic(r.head)).map((h) => (/^ال/.test(h) ? h : `ال${h}`)),
);

/**
 * «قرية الحسينية», «ميناء الحمرية», «محافظة الجيزة»: an indefinite place noun before a definite
 * word is in the construct state, so the word is its complement — the place's name — and never
 * an adjective, which would have to be definite too (المدينة الساحلية). A nationality, a
 * descriptor, a title, a body's head or a plural (منطقة العمليات) is no name; after a noun that
 * is also a common word (منطقة الحرب، ولاية البعثة), neither is a common complement.
 */
function definiteComplement(doc: Doc, noun: number, t: number): boolean {
  const head = doc.tokens[noun];
  const tok = doc.tokens[t];
  if (!head || !tok?.isWord || !tok.isArabic || hasArticle(head)) return false;
  if (NOT_PLACE.get(head.norm)?.has(doc.tokens[noun - 1]?.norm ?? '')) return false;
  const n = tok.norm;
  if (!/^ال/.test(n) || n.length < 5 || doc.sentence[t] !== doc.sentence[noun]) return false;
  const info = infoOf(tok);
  if (info.stop || info.cue || info.titleKey || info.participle || info.adjective) return false;
  if (adjectiveCountry(tok) || DESCRIPTORS.has(n) || ADJECTIVES.has(n.slice(2))) return false;
  if (HEADS_WITH_ARTICLE.has(n) || /ات$/.test(n) || /[\u064B-\u064D]/.test(tok.text)) return false;
  // «قاعدة المؤيدين» (the supporters' base): a definite participle's plural names people.
  if (/^الم..+(ين|ون)$/.test(n)) return false;
  const abstract = infoOf(head).stems.some((s) => ABSTRACT_NOUNS.has(s.stem));
  if (abstract && (ABSTRACT_COMPLEMENTS.has(n) || doc.tokens[t + 1]?.norm === 'على')) return false;
  return true;
}

/** The second word of a construct place name: a name, or a definite word (دير البلح). */
export function toponymTail(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  if (!tok?.isWord || !tok.isArabic || doc.sentence[t] !== doc.sentence[t - 1]) return false;
  if (nameLike(doc, t)) return true;
  const info = infoOf(tok);
  return (
    /^ال/.test(tok.norm) && !info.stop && !info.cue && !info.titleKey && !adjectiveCountry(tok)
  );
}

const PLURAL_PLACES = new Set(PLURAL_PLACE_WORDS.map(normalizeArabic));
const isPluralPlaceNoun = indexedWordFlag((tok: Token) =>
  infoOf(tok).stems.some((st) => PLURAL_PLACES.has(st.stem)),
);

/** «ولايات كوتاهيا وأيدين وهاتاي»: after a plural place noun, each name of the list is a place. */
function findPlaceLists(doc: Doc): void {
  const tokens = doc.tokens;
  const nouns = positionsWith(tokens, isPluralPlaceNoun);
  for (let c = 0, t = -1; c < nouns.length; c++) {
    if ((nouns[c] as number) <= t) continue; // an item of the last list
    t = nouns[c] as number;
    const tok = tokens[t];
    if (!tok?.isWord) continue;
    // «مدن الزيتونة والمنارة»: after a noun without the article, a definite word is its construct
    // complement, a name; after «المدن» it would be an adjective (المدن الكبرى).
    const construct = !hasArticle(tok);
    let j = t + 1;
    let items = 0;
    const found: { at: number; to: number; stripped: number }[] = [];
    while (j < tokens.length && items < 8 && doc.sentence[j] === doc.sentence[t]) {
      const m = mentionAtToken(doc, j);
      if (m) {
        if (m.kind !== 'place') break;
        j = m.to;
      } else {
        const w = tokens[j];
        // «عمالات وأقاليم تاغزوت»: a second plural noun joined to the first opens the same list.
        if (items === 0 && w?.isWord && PLURAL_PLACES.has(w.norm.replace(/^و(?=..)/, ''))) {
          j++;
          continue;
        }
        // The first item bare, the next ones after و or a comma.
        const bare = items === 0 ? w?.norm : w?.norm.replace(/^و(?=..)/, '');
        if (!w?.isWord || !bare || (items > 0 && bare === w.norm && tokens[j - 1]?.text !== '،'))
          break;
        // «مناطق جديدة», «مدن وبلدات»: an adjective (feminine after a plural) or another plural
        // noun is no name.
        if (ADJECTIVES.has(bare) || PLURAL_PLACES.has(bare.replace(/^ال/, ''))) break;
        // «محافظات إقليم الجبل»: a place noun of its own heads the next name, no item.
        if (items === 0 && placeNounOf(w)) break;
        if (/ه$/.test(bare) && !(construct && /^ال/.test(bare))) break;
        // «بمحافظات الوسطى وجنوب الساحل»: a point of the compass heads the next name.
        if (COMPASS.has(bare)) break;
        // «…محافظات السلطنة، لاختيار»: after a comma, a preposition's phrase ends the list.
        if (bare === w.norm && /^[لب]/.test(bare) && tokens[j - 1]?.text === '،') break;
        const stripped = w.norm.length - bare.length;
        const definite = construct && takesDefiniteNames(tok) && definiteListName(doc, j, bare);
        // «بلديتا سوق الزيتون وباردو»: a construct first word (سوق، عين، دير) and its tail.
        const construct2 = CONSTRUCT_TOPONYMS.has(bare) && toponymTail(doc, j + 1);
        if (
          !definite &&
          !construct2 &&
          !nameLike(doc, j) &&
          !(stripped > 0 && isNameAfterAnd(doc, j))
        )
          break;
        // «منطقتي وادي الريح والبركة»: a name of two words (no و before the second).
        const to = construct2 || listNameTail(doc, j + 1) ? j + 2 : j + 1;
        found.push({ at: j, to, stripped });
        j = to;
      }
      items++;
      if (tokens[j]?.text === '،' || tokens[j]?.text === ',') j++;
    }
    // A list: at least two names, known or not.
    if (items >= 2)
      for (const { at, to, stripped } of found)
        addPlaceSpan(doc, at, to, stripped, { rule: 'place-list', cue: tok.text });
    t = Math.max(t, j - 1);
  }
}

/** Definite words a list after a place noun holds that name no place: «مدن الجوار» (nearby
 * towns), «مناطق البلاد» (the country's regions), «مناطق الريف» (rural areas). */
export const GENERIC_COMPLEMENTS = new Set(
  [
    'الجوار',
    'البلاد',
    'الدولة',
    'المملكة',
    'السلطنة',
    'الإمارة',
    'الإقليم',
    'الوطن',
    'القطاع',
    'العالم',
    'المنطقة',
    'الأطراف',
    'الداخل',
    'الخارج',
    'الأرياف',
    'الريف',
    'الصحراء',
    'البادية',
  ].map(normalizeArabic),
);
const COMPASS = new Set(['شمال', 'جنوب', 'شرق', 'غرب', 'وسط'].map(normalizeArabic));
/** «أحياء» is also «إحياء» (reviving) once normalized: «إحياء الندوات» lists no quarters. */
const REVIVING = normalizeArabic('أحياء');
const takesDefiniteNames = (tok: Token) => !readings(tok).includes(REVIVING);

/** «الزيتونة» in «مدن الزيتونة والمنارة»: a definite name word with no digits. */
function definiteListName(doc: Doc, t: number, bare: string): boolean {
  return definiteNameWord(doc, t, bare) && !/[0-9٠-٩]/.test(bare);
}

/** What a definite word must be to name a place after a place noun, in a list or in construct:
 * Arabic, not generic, not yet a mention, no function word, cue, title, participle or adjective,
 * and not a nisba («مدن الجنوبية»). */
function definiteNameWord(doc: Doc, t: number, bare: string): boolean {
  const w = doc.tokens[t];
  if (!w?.isArabic || !/^ال../.test(bare) || GENERIC_COMPLEMENTS.has(bare)) return false;
  if (mentionAtToken(doc, t)) return false;
  const info = infoOf(w);
  return (
    !info.stop &&
    !info.cue &&
    !info.titleKey &&
    !info.participle &&
    !info.adjective &&
    !/ي$/.test(bare)
  );
}

/** The second word of a two-word name in a list, after a first word without the article: a
 * definite construct complement (وادي «النحلة»، مشتى «الحلو»), or a bare name part the list goes
 * on after (كارن «كول» والبركة). A verb (المهرة «شهدتا») or a place noun ends the name. */
function listNameTail(doc: Doc, t: number): boolean {
  const w = doc.tokens[t];
  const head = doc.tokens[t - 1];
  if (!w?.isWord || !w.isArabic || doc.sentence[t] !== doc.sentence[t - 1]) return false;
  if (!head || hasArticle(head) || /^و/.test(w.norm) || mentionAtToken(doc, t)) return false;
  if (ADJECTIVES.has(w.norm) || PLURAL_PLACES.has(w.norm) || placeNounOf(w)) return false;
  if (/^ال/.test(w.norm)) return definiteListName(doc, t, w.norm);
  const next = doc.tokens[t + 1];
  const listGoesOn =
    !next || !next.isWord || /^و/.test(next.norm) || doc.sentence[t + 1] !== doc.sentence[t];
  return listGoesOn && nameLike(doc, t) && !PLACE_PREPOSITIONS.has(w.norm);
}

/** The definite complement of a bare place name at `t`: a definite word no lexicon reads as an
 * adjective, a title, a function word or a country's adjective, and not shaped as a nisba (ي,
 * ية) or a participle (الم…). */
function constructTail(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  if (!tok?.isWord || doc.sentence[t] !== doc.sentence[t - 1]) return false;
  const n = tok.norm;
  // A definite name word (definiteNameWord), and no adjective of any kind either.
  if (!hasArticle(tok) || !definiteNameWord(doc, t, n)) return false;
  if (adjectiveCountry(tok) || DESCRIPTORS.has(n) || ADJECTIVES.has(n.slice(2))) return false;
  if (/(يه|يين|يون|ات|ين|ون)$/.test(n) || /^الم/.test(n)) return false;
  return !/[\u064B-\u064D]/.test(tok.text);
}

/** «وهاتاي»: a name after و (nameLike refuses some words that start with و) — not a word with
 * a pronoun (وسواهما) or a verb of the first person plural or the plural (واخترنا، وقالوا). */
function isNameAfterAnd(doc: Doc, t: number): boolean {
  const w = doc.tokens[t];
  if (!w?.isWord || w.norm.length < 4) return false;
  const info = infoOf(w);
  if (/(هما|هم|ها|نا|وا)$/.test(w.norm)) return false;
  return !info.stop && !info.cue && !info.titleKey && !/^وال/.test(w.norm);
}

/** Words before a noun that count or quantify it: a number, «كل», «أول», «أي», «بعض». */
const QUANTIFIERS = new Set(
  ['كل', 'لكل', 'وكل', 'أول', 'أي', 'بعض', 'أكثر', 'معظم', 'أغلب'].map(normalizeArabic),
);
const KIN = new Set(
  ['نجل', 'ابن', 'ابنة', 'بنت', 'شقيق', 'شقيقة', 'زوج', 'زوجة', 'والد', 'والدة', 'أخ', 'أخت'].map(
    normalizeArabic,
  ),
);

/** «14 محافظة», «كل محافظة», «أول محافظة»: the place noun at `t` is counted. */
function countedNoun(doc: Doc, t: number): boolean {
  const before = doc.tokens[t - 1];
  if (!before || doc.sentence[t - 1] !== doc.sentence[t]) return false;
  return /^[0-9٠-٩]+$/.test(before.text) || (before.isWord && QUANTIFIERS.has(before.norm));
}

const FACILITIES = new Set(FACILITY_WORDS.map(normalizeArabic));
const DEFINITE_NAMED = new Set(DEFINITE_NAMED_FACILITY_WORDS.map(normalizeArabic));
/** How many words after its noun a facility's name may run (ملعب الأمير سامي بن خالد). */
const FACILITY_REACH = 6;
const facilityStem = wordFact((tok: Token) =>
  infoOf(tok).stems.find((st) => FACILITIES.has(st.stem)),
);
const opensFacility = indexedWordFlag((tok: Token) => facilityStem(tok) !== undefined);

const VERB_PARTICLES = new Set(VERB_PARTICLE_WORDS.map(normalizeArabic));

/** The facility noun at `t` is a common noun or a verb here, not the head of a name. */
function commonFacilityNoun(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t] as Token;
  const after = doc.tokens[t + 1];
  const twoAfter = doc.tokens[t + 2];
  // «7500 برج», «كل ملعب»: counted or quantified.
  if (countedNoun(doc, t)) return true;
  // «جسر رئيسي» (a main bridge): an indefinite adjective describes it.
  if (after?.isWord && ADJECTIVES.has(after.norm)) return true;
  // «إذا قصر» (if he fell short): after a particle that takes a verb, the spelling is the verb.
  if (VERB_PARTICLES.has(doc.tokens[t - 1]?.norm ?? '')) return true;
  // «ملعب استاد الحمراء»: the pitch of a stadium is named by the stadium, the second noun.
  if (after?.isWord && facilityStem(after) && doc.sentence[t + 1] === doc.sentence[t]) return true;
  // «لسد فراغ المنصب» (to fill the post's gap): a verbal noun with a construct chain (an
  // indefinite word and its definite complement) as its object, not a dam's name — unless the
  // chain is a toponym (سد وادي الحمر).
  return (
    infoOf(tok).stems.some((s) => isVerbalPlaceNoun(s.stem)) &&
    !!after?.isWord &&
    !hasArticle(after) &&
    !CONSTRUCT_TOPONYMS.has(after.norm) &&
    !LANDFORMS.has(after.norm) &&
    !mentionAtToken(doc, t + 1) &&
    !!twoAfter?.isWord &&
    hasArticle(twoAfter) &&
    doc.sentence[t + 2] === doc.sentence[t]
  );
}

/**
 * «مسرح حديقة النخيل», «ملعب الملك فهد», «قلعة صلاح الدين»: a facility is named with its noun, and
 * may carry a person's or a place's name (which then is no mention of its own).
 */
function findFacilities(doc: Doc): void {
  const tokens = doc.tokens;
  const nouns = positionsWith(tokens, opensFacility);
  for (let c = 0, t = -1; c < nouns.length; c++) {
    if ((nouns[c] as number) <= t) continue; // inside the last facility's name
    t = nouns[c] as number;
    const tok = tokens[t];
    if (!tok?.isWord || mentionAtToken(doc, t)) continue;
    const stem = facilityStem(tok);
    if (!stem || commonFacilityNoun(doc, t)) continue;
    let b = t + 1;
    while (b < tokens.length && b - t <= FACILITY_REACH && doc.sentence[b] === doc.sentence[t]) {
      const m = mentionAtToken(doc, b);
      const w = tokens[b];
      // «ملعب الأمير سامي بن خالد»: the person's lineage goes on with بن and a name.
      if (
        !m &&
        b > t + 2 &&
        w?.isWord &&
        LINEAGE.has(w.norm) &&
        nameLike(doc, b + 1) &&
        !mentionAtToken(doc, b + 1) &&
        doc.sentence[b + 1] === doc.sentence[t]
      ) {
        b += 2;
        continue;
      }
      // «بالقاهرة»: a place after a preposition is where the facility is.
      if (
        m &&
        m.from === b &&
        (m.kind === 'person' || m.kind === 'place') &&
        m.start === w?.start
      ) {
        b = m.to;
        continue;
      }
      // «ملعب الملك فهد»: a title and the person it names.
      const named = mentionAtToken(doc, b + 1);
      if (
        !m &&
        w?.isWord &&
        infoOf(w).titleKey &&
        named?.kind === 'person' &&
        named.from === b + 1
      ) {
        b = named.to;
        continue;
      }
      // «مستشفى الأمير هاني»: persons found no one there (an honorific after such a noun names
      // the place); the title, then the name's words.
      if (!m && w?.isWord && b === t + 1 && infoOf(w).titleKey && nameLike(doc, b + 1)) {
        b++;
        continue;
      }
      if (m || !w?.isWord || infoOf(w).stop || infoOf(w).cue) break;
      // «وخلفنا», «بقلعة»: a glued conjunction or preposition starts the next phrase.
      if (b > t + 1 && /^[وفبل]/.test(w.norm) && infoOf(w).givenStripped !== 0) break;
      // «حديقة النخيل»: a construct noun and its definite complement; a name of unknown words.
      // «حقل الشرارة»: a field or a refinery is named by one definite word of its own.
      const ownName =
        b === t + 1 &&
        DEFINITE_NAMED.has(stem.stem) &&
        hasArticle(w) &&
        !infoOf(w).adjective &&
        !lexicon().definiteCommon.has(w.norm) &&
        !ABSTRACT_COMPLEMENTS.has(w.norm);
      // It ends there: what follows describes it (حقل الشمال الضخم) or starts the clause.
      if (ownName) {
        b++;
        break;
      }
      if (nameLike(doc, b) || (b > t + 1 && /^ال/.test(w.norm) && !DESCRIPTORS.has(w.norm))) b++;
      else break;
    }
    if (b === t + 1) continue;
    for (let k = t + 1; k < b; k++) {
      const inner = mentionAtToken(doc, k);
      if (inner) removeMention(doc, inner);
    }
    const start = originalOffset(tok, stem.stripped);
    // «ملعب النخيل الدولي»: descriptors after the name belong to the facility too (an alias).
    t = addNamedPlace(doc, t, start, b, { rule: 'facility-noun', cue: tok.text }) - 1;
  }
}

/** «قاعدة … في أنكوريج،»: the town a base or airport is in, even when no lexicon knows it. */
function placeAfterBase(doc: Doc, b: number): number {
  const tokens = doc.tokens;
  const town = b + 1;
  const after = tokens[town + 1];
  if (tokens[b]?.norm !== 'في' || mentionAtToken(doc, town) || !nameLike(doc, town)) return b;
  if (after && after.isWord && doc.sentence[town + 1] === doc.sentence[town]) return b;
  const tok = tokens[town];
  if (!tok) return b;
  addMention(doc, {
    key: `place:${tok.norm}`,
    kind: 'place',
    from: town,
    to: town + 1,
    start: tok.start,
    end: tok.end,
    name: tok.text,
    reason: { rule: 'town-of-base', cue: 'في' },
  });
  return town + 1;
}

function markNameQuote(doc: Doc, t: number): void {
  const q = doc.quoteOf[t] ?? -1;
  if (q >= 0) doc.nameQuotes.add(q);
}

const NAMING_NOUNS = new Set(NAMING_NOUNS_WORDS.map(normalizeArabic));
/** A reading of the word is a naming noun (once per word). */
const isNamingNoun = wordFlag((tok: Token) =>
  infoOf(tok).stems.some((s) => NAMING_NOUNS.has(s.stem)),
);

/** Quotes that wrap only names (“فوكس نيوز”) or a title after a naming noun: not statements. */
export function markNameQuotes(doc: Doc): Doc {
  doc.quotes.forEach((q, i) => {
    if (q.close < 0) return;
    const before = doc.tokens[q.open - 1];
    if (before?.isWord && isNamingNoun(before)) {
      doc.nameQuotes.add(i);
      return;
    }
    let allNames = true;
    for (let t = q.open + 1; t < q.close && allNames; t++) {
      const tok = doc.tokens[t];
      if (tok?.isWord && (doc.mentionAt[t] ?? -1) < 0) allNames = false;
    }
    if (allNames) doc.nameQuotes.add(i);
  });
  return doc;
}

/** «X بـY», «X في Y», «X بولاية Y»: X lies in Y. */
export function linkPlaces(doc: Doc): Doc {
  const placeMentions = doc.mentions
    .filter((m) => m.kind === 'place')
    .sort((a, b) => a.from - b.from);
  const seen = new Set<string>();
  for (let i = 0; i + 1 < placeMentions.length; i++) {
    const a = placeMentions[i] as EntityMention;
    const b = placeMentions[i + 1] as EntityMention;
    if (a.key === b.key || doc.sentence[a.from] !== doc.sentence[b.from]) continue;
    if (b.from - a.to > 2 || doc.entities.get(a.key)?.lexiconId) continue;
    let linked = b.from === a.to && /^[وف]?ب/.test(doc.tokens[b.from]?.norm ?? '');
    for (let t = a.to; t < b.from; t++) {
      const n = doc.tokens[t]?.norm ?? '';
      linked = n === 'في' || /^[وف]?ب/.test(n) ? true : linked;
      if (n !== 'في' && !placeNoun(doc, t)) linked = false;
      if (n !== 'في' && !placeNoun(doc, t)) break;
    }
    if (!linked) continue;
    const id = `${a.key}>${b.key}`;
    if (seen.has(id)) continue;
    seen.add(id);
    addRelation(doc, {
      kind: 'located_in',
      source: a.key,
      target: b.key,
      evidence: mention(doc, a.start, b.end),
    });
  }
  return doc;
}

/** A place named by the tokens [from, to), starting `stripped` normalized letters into the
 * first (its clitics left out), with the rule that found it. */
export function addPlaceSpan(
  doc: Doc,
  from: number,
  to: number,
  stripped: number,
  reason: { rule: string; cue: string },
): void {
  const first = doc.tokens[from] as Token;
  const last = doc.tokens[to - 1] as Token;
  const start = originalOffset(first, stripped);
  const name = doc.text.slice(start, last.end);
  addMention(doc, {
    key: `place:${normalizeArabic(name)}`,
    kind: 'place',
    from,
    to,
    start,
    end: last.end,
    name,
    reason,
  });
}
