/**
 * Stage: title phrases. A title head (وزير، الرئيس، مستشار …) followed by its complements
 * (الخارجية، الروسي، للشؤون الخارجية، باسم الكرملين …) is a role as written; a nationality
 * adjective inside gives the country.
 */
import { DEFINITE_GIVEN_NAMES } from '../lexicon/givenNames.ts';
import { FIELD_TITLES } from '../lexicon/fieldTitles.ts';
import type { Doc, TitlePhrase } from '../document.ts';
import { lexicon } from '../lexicon/index.ts';
import {
  COUNTERPART,
  HONORIFIC_ROLE_KEYS,
  INSTITUTION_NOUNS,
  TITLE_LINKS,
} from '../lexicon/titles.ts';
import { normalizeArabic } from '../../core/arabic.ts';
import { originalOffset, tokenAt, type Token } from '../tokenize.ts';
import {
  adjectiveCountry,
  closingFamilyNisba,
  hasArticle,
  hasTitleKey,
  infoOf,
  isStopword,
  readings,
  titleKeyOf,
} from '../words.ts';
import { ORGANIZATION_HEADS } from '../rules/organizationHeads.ts';
import { SINGLE_WORDS } from '../lexicon/placeWords.ts';
import { CONSTRUCT_MINISTRY_FIELDS_WORDS } from '../lexicon/organizationWords.ts';
import {
  TRAILING_LINKS_WORDS,
  SECRETARY_WORDS,
  AUDIENCE_WORDS,
  RANK_WORDS,
  RANK_GRADE_WORDS,
} from '../lexicon/titleWords.ts';
import { isComplementizer } from './cues.ts';
import { isComma, isQuoteMark } from './structure.ts';
import { wordFlag } from '../word-facts.ts';
import { positionsWith } from '../token-index.ts';

const LINKS = new Set(TITLE_LINKS.map(normalizeArabic));
const COUNTERPARTS = new Set(COUNTERPART.map(normalizeArabic));
/** The bodies a title may belong to: the title lexicon's institution nouns and every
 * organization head's first word (مدير شرطة …، لاعب نادي …، رئيس جمعية …). */
const INSTITUTIONS = new Set([
  ...INSTITUTION_NOUNS.map(normalizeArabic),
  ...ORGANIZATION_HEADS.map(
    (row) => normalizeArabic(row.head).split(' ')[0]?.replace(/^ال/, '') ?? '',
  ),
]);
/** The longest title phrase, in tokens (also how far back a phrase covering a word may start). */
export const MAX_PHRASE = 12;
/** Place nouns that name a town or a region after a body's noun (بلدية مدينة X، مجلس محافظة X). */
const TOWN_NOUNS = new Set(SINGLE_WORDS.map(normalizeArabic));
const HONORIFIC_KEYS = new Set(HONORIFIC_ROLE_KEYS.map(normalizeArabic));
const RANK_ORDINALS = new Set(['الأول', 'الأولى', 'الثاني', 'الثانية'].map(normalizeArabic));
const TRAILING_LINKS = new Set(TRAILING_LINKS_WORDS.map(normalizeArabic));

const SECRETARY = new Set(SECRETARY_WORDS);

const AUDIENCE = new Set(AUDIENCE_WORDS.map(normalizeArabic));
const RANKS = new Set(RANK_WORDS.map(normalizeArabic));
const GRADES = new Set(RANK_GRADE_WORDS.map(normalizeArabic));

/** What «باسم» links in a title: a definite word, a quote, a known body or place. */
function linksBody(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  if (!tok) return false;
  if (!tok.isWord) return isQuoteMark(tok);
  const m = doc.mentions[doc.mentionAt[t] ?? -1];
  return hasArticle(tok) || (!!m && m.kind !== 'person') || infoOf(tok).givenStripped < 0;
}

function continuesTitle(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  if (!tok || !tok.isWord) return false;
  // «لأمير البلاد واصفا الشيخ …»: a participle of speech opens what is said, never
  // goes on with a title.
  if (infoOf(tok).participle) return false;
  const n = tok.norm;
  if (AUDIENCE.has(n)) return false;
  // «الفريق أول», «اللواء الركن»: a grade after a rank (or after another grade) is the rank's.
  if (GRADES.has(n)) {
    const p = doc.tokens[t - 1]?.norm.replace(/^[وف]/, '') ?? '';
    return RANKS.has(p) || GRADES.has(p);
  }
  if (isStopword(n) && !LINKS.has(n)) return false;
  // «نائب رئيس المجلس الأعلى», «مساعد وزير الخارجية»: a head without the article before another
  // is in construct with it; the person holds the first office (the deputy), of the second.
  if (headInConstruct(doc, t)) return true;
  // «مفتي المنطقة الدكتور سامي …»: a definite honorific after the office opens the name.
  if (hasArticle(tok) && HONORIFIC_KEYS.has(infoOf(tok).titleKey ?? '')) return false;
  // «المستشار تركي آل الشيخ»: after a definite word an adjective is definite too, so an
  // indefinite nationality word there is a name (تركي), not the title's adjective.
  const prior = doc.tokens[t - 1];
  const agrees = !(prior?.isWord && hasArticle(prior) && !hasArticle(tok));
  if (adjectiveCountry(tok)) return agrees;
  // «المدرب باسم عوض الله»: «باسم» (on behalf of) links a body, not a given name.
  if (n === 'باسم' && !linksBody(doc, t + 1)) return false;
  if (LINKS.has(n)) return true;
  // «باسم X»: whatever follows «باسم» belongs to the title.
  if (doc.tokens[t - 1]?.norm === 'باسم') return true;
  // «وزير الاتصالات وتقنية المعلومات»: a second field joined by و, a construct noun («وإصلاح
  // المستشفيات» too: أ is ا once normalized; not a definite word, «وال…»).
  if (
    /^و(?!ال)/.test(n) &&
    n.length >= 4 &&
    !isStopword(n) &&
    infoOf(tok).givenStripped < 0 &&
    // «وزير الثقافة ونظيره الليبي»: a counterpart after و is another person (a second office,
    // «رئيس الوزراء ووزير الخارجية», is the same person's).
    !COUNTERPARTS.has(n.slice(1)) &&
    // «مديرة المدرسة وجدان الكعبي إن»: not a given name in و before a family nisba that closes.
    !closingFamilyNisba(doc, t + 1) &&
    doc.tokens[t + 1]?.isWord &&
    /^ال/.test(doc.tokens[t + 1]?.norm ?? '') &&
    doc.tokens[t - 1]?.isWord &&
    /^(ال|وال)/.test(doc.tokens[t - 1]?.norm ?? '')
  )
    return true;
  // «رئيس الاتحاد السوداني لكرة القدم»: ل with a construct noun before a definite word; a
  // known given name that starts with ل («الوزيرة ليلى الحسيني») is the person's name.
  const next = doc.tokens[t + 1];
  if (
    /^ل[^ل]/.test(n) &&
    !isStopword(n) &&
    infoOf(tok).givenStripped !== 0 &&
    next?.isWord &&
    ((/^ال/.test(next.norm) && hasArticle(next)) ||
      // «المعتمد الأول لولاية سوسة»: or before a place's name.
      (isTownWord(tok) && doc.mentions[doc.mentionAt[t + 1] ?? -1]?.kind === 'place'))
  )
    return true;
  // «مدرب المنتخب بكرة السلة»: the sport a team plays, with ب, names the team too.
  if (/^ب(كره|العاب)$/.test(n) && next?.isWord && hasArticle(next)) return true;
  // «الدكتور هلال النجار»: a head with the article takes no genitive, so an indefinite word
  // after it is no body of the title even when bodies are named with it (الهلال الأحمر).
  if (isInstitutionWord(tok) && !(hasArticle(tok) === false && definiteHeadBefore(doc, t)))
    return true;
  // «رئيس مجلس إدارته», «مدير مكتبها»: a body's noun with a pronoun (its board) ends the title.
  const possessed =
    n.length >= 4 && (n.endsWith('ه') || n.endsWith('ها') || n.endsWith('هم'))
      ? (/^(.{3,})ت(ه|ها|هم)$/.exec(n) ?? /^(.{3,})(ه|ها|هم)$/.exec(n))
      : null;
  if (
    possessed &&
    (INSTITUTIONS.has(`${possessed[1]}ه`) || INSTITUTIONS.has(possessed[1] ?? '')) &&
    isInstitution(doc.tokens[t - 1])
  )
    return true;
  // «رئيس بلدية مدينة زاكورة سعيد …»: a body named by its town's place noun and the one word
  // of the town's name; the person's name comes after it.
  // «رئيس إقليم الشمال كريم …», «والي ولاية سنار أحمد …»: so is a region the head itself
  // governs.
  const before = doc.tokens[t - 1];
  if ((isInstitution(before) || titleHeadAt(doc, t - 1) === t - 1) && isTownWord(tok)) return true;
  if (
    before?.isWord &&
    isTownWord(before) &&
    (isInstitution(doc.tokens[t - 2]) || titleHeadAt(doc, t - 2) === t - 2) &&
    !isStopword(n) &&
    !infoOf(tok).cue
  )
    return true;
  // «رئيس هيئة مكافحة الفساد», «مدير مكتب حماية المستهلك»: after a body's noun, a construct noun
  // before a definite word still names the body (the person's name comes after it).
  const prev = doc.tokens[t - 1];
  if (
    isInstitution(prev) &&
    !hasArticle(tok) &&
    !/^[وفبك]/.test(n) &&
    n.length >= 4 &&
    !infoOf(tok).cue &&
    infoOf(tok).givenStripped < 0 &&
    (doc.mentionAt[t] ?? -1) < 0 &&
    next?.isWord &&
    ((hasArticle(next) && !isStopword(next.norm)) ||
      doc.mentions[doc.mentionAt[t + 1] ?? -1]?.kind === 'place')
  )
    return true;
  // «مدير إعلام جامعة بغداد», «مدير تسويق الشركة»: right after the head, a verbal noun of a
  // derived form (إفعال، تفعيل، استفعال، افتعال) names the office's field before its body.
  if (
    t === titleHeadAt(doc, t - 1) + 1 &&
    !hasArticle(tok) &&
    FIELD_NOUN.test(n) &&
    infoOf(tok).givenStripped < 0 &&
    !infoOf(tok).cue &&
    (doc.mentionAt[t] ?? -1) < 0 &&
    next?.isWord &&
    (hasArticle(next) || isInstitutionWord(next) || (doc.mentionAt[t + 1] ?? -1) >= 0)
  )
    return true;
  // «وزير خارجية فرنسا», «وزيرة دفاع النرويج»: a ministry's field in construct right after the
  // head, before a place, is the office's field; the place is whose minister it is.
  if (
    t === titleHeadAt(doc, t - 1) + 1 &&
    CONSTRUCT_FIELDS.has(n) &&
    doc.mentions[doc.mentionAt[t + 1] ?? -1]?.kind === 'place'
  )
    return true;
  // «سفير السودان في روسيا»: a country right after the head.
  const m0 = doc.mentionAt[t] ?? -1;
  if (m0 >= 0 && doc.mentions[m0]?.kind === 'place') return true;
  const m = doc.mentionAt[t] ?? -1;
  if (m >= 0) return doc.mentions[m]?.kind !== 'person';
  // «وطالب الوزير المواطنين ب…»: a head that already has the article takes adjectives
  // (الوزير الروسي، الرئيس التنفيذي), not a genitive noun.
  const head = doc.tokens[t - 1];
  if (
    head &&
    /^(ال|وال|فال)/.test(head.norm) &&
    hasArticle(head) &&
    infoOf(head).titleKey &&
    !/ي(ه|ين|ون)?$/.test(n) &&
    // «الوزير الأول», «المعتمد الأول», «النائبة الأولى»: an ordinal is its adjective too
    // (not after a rank: «الفريق الأول» is also the first team).
    !(RANK_ORDINALS.has(n) && !RANKS.has(head.norm.replace(/^[وف]/, '')))
  )
    return false;
  // «رئيس فنلندا ألكسندر ستوب»: a given name spelled with أل is the name, not an article.
  return (
    /^(ال|وال|لل|بال|ل?ال)/.test(n) &&
    (hasArticle(tok) || infoOf(tok).givenStripped < 0) &&
    !isStopword(n.replace(/^(و|ب|ل)/, ''))
  );
}

/** إعلام، تسويق، استثمار، اتصال: the shapes of a derived verbal noun, bare. */
const FIELD_NOUN = /^(ا..ا.|ت..ي.|است...ا.|ا.ت.ا.)$/;
const CONSTRUCT_FIELDS = new Set(CONSTRUCT_MINISTRY_FIELDS_WORDS.map(normalizeArabic));

/** Both `t` and the word before are title heads as written (no clitic, no article). */
function headInConstruct(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  const before = doc.tokens[t - 1];
  if (!tok?.isWord || !before?.isWord || hasArticle(tok) || hasArticle(before)) return false;
  const heads = lexicon().titleHeads;
  return heads.has(tok.norm) && heads.has(before.norm.replace(/^[وف]/, ''));
}

/** `t` itself if it is a title's head word, else -2 (no head there). */
function titleHeadAt(doc: Doc, t: number): number {
  const tok = doc.tokens[t];
  return tok?.isWord && infoOf(tok).titleKey ? t : -2;
}

/** A body's noun in any clitic reading (وزارة، لمجلس، بلدية), asked of a word once. */
const isInstitutionWord = wordFlag(
  (tok: Token): boolean =>
    tok.isWord &&
    readings(tok).some(
      (r) =>
        INSTITUTIONS.has(r) ||
        // «رئيس غرفتي صناعة المدينة والريف»: the dual in construct of a body's noun (غرفة →
        // غرفتي، هيئة → هيئتي) names the bodies too.
        (r.length >= 5 && r.endsWith('تي') && INSTITUTIONS.has(`${r.slice(0, -2)}ه`)),
    ),
);
const isTownWord = wordFlag(
  (tok: Token): boolean => tok.isWord && readings(tok).some((r) => TOWN_NOUNS.has(r)),
);

/** The word before is a title's head written with the article (الدكتور، الوزير). */
function definiteHeadBefore(doc: Doc, t: number): boolean {
  const head = doc.tokens[t - 1];
  return (
    !!head?.isWord &&
    hasArticle(head) &&
    !!infoOf(head).titleKey &&
    titleHeadAt(doc, t - 1) === t - 1
  );
}

function isInstitution(tok: Token | undefined): boolean {
  return !!tok?.isWord && isInstitutionWord(tok);
}

function quotedBodyEnd(doc: Doc, end: number): number {
  const open = doc.tokens[end];
  if (!open || open.isWord || !/^["“«]$/.test(open.text)) return end;
  const first = doc.tokens[end + 1];
  if (!first?.isWord) return end;
  const body = isInstitutionWord(first);
  for (let k = end + 2; k <= end + 5; k++) {
    const tok = doc.tokens[k];
    if (!tok || doc.sentence[k] !== doc.sentence[end]) return end;
    if (tok.isWord) continue;
    if (!/^["”»]$/.test(tok.text)) return end;
    // «مدير عام “تطوير المفرق”، ليزا الدغمي،»: whatever is quoted between the title and a name
    // set off by a comma is the body the title belongs to (a quoted name has no comma before it).
    // «… القابضة للغازات "ايجاس" المهندس محمود …»: or a title of the person's own after it.
    const comma = isComma(doc.tokens[k + 1]);
    const honorific = !!titleKeyOf(doc.tokens[k + 1]);
    // «… "الأفق"، السيد سامي …»: or a comma, an honorific and the name.
    const named =
      ((comma || honorific) &&
        nameShaped(doc.tokens[k + 2]) &&
        doc.sentence[k + 2] === doc.sentence[end]) ||
      (comma &&
        !!titleKeyOf(doc.tokens[k + 2]) &&
        nameShaped(doc.tokens[k + 3]) &&
        doc.sentence[k + 3] === doc.sentence[end]);
    return body || named ? k + 1 : end;
  }
  return end;
}

/** A word that could open a name: Arabic, no article, no function word, cue or title. */
function nameShaped(tok: Token | undefined): boolean {
  if (!tok?.isWord || !tok.isArabic || hasArticle(tok) || tok.norm.length < 2) return false;
  const info = infoOf(tok);
  return !info.stop && !info.cue && !info.titleKey && !info.participle;
}

/** A title broken over lines by a scraped page reads with a space. */
function oneLine(s: string): string {
  return /[\n\r]/.test(s) ? s.replace(/\s+/g, ' ') : s;
}

/** A word in ال shaped like a family name: no nationality, common adjective, title, body or
 * plural (السبيعي، الحميدي — not الرسمي، الروسي، العام، الوزراء). */
function familyNameWord(doc: Doc, t: number, nisba = true): boolean {
  const tok = doc.tokens[t];
  if (!tok?.isWord || !tok.isArabic || !/^ال/.test(tok.norm) || !hasArticle(tok)) return false;
  const info = infoOf(tok);
  const bare = tok.norm.slice(2);
  if (info.stop || info.cue || info.titleKey || info.adjective || adjectiveCountry(tok))
    return false;
  if (lexicon().commonAdjectives.has(bare) || INSTITUTIONS.has(bare) || LINKS.has(tok.norm))
    return false;
  if ((doc.mentionAt[t] ?? -1) >= 0) return false;
  return (
    bare.length >= (nisba ? 4 : 3) &&
    !/(ون|ين|ات|اء|ان)$/.test(tok.norm) &&
    (!nisba || /ي$/.test(tok.norm))
  );
}

export function familyNamePair(doc: Doc, t: number): boolean {
  if (familyNameWord(doc, t) && familyNameWord(doc, t + 1)) return true;
  // «المتحدث باسم المكتب الصديق الصور،»: a given name written with ال, then a family name.
  const first = doc.tokens[t];
  return (
    !!first?.isWord &&
    DEFINITE_GIVEN.has(first.norm) &&
    (doc.mentionAt[t] ?? -1) < 0 &&
    familyNameWord(doc, t + 1, false)
  );
}

const DEFINITE_GIVEN = new Set(DEFINITE_GIVEN_NAMES.map(normalizeArabic));
/** «أمير»: an emir's title, and a given name right after another title. */
export const EMIR = normalizeArabic('أمير');

/** A colon, a comma, a cue or أن right after a phrase or a name (not a preposition, which may
 * follow a verb: حصل على). */
export function closesPhrase(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  if (!tok || doc.sentence[t] !== doc.sentence[t - 1]) return false;
  if (!tok.isWord) return tok.text === ':' || tok.text === '،' || tok.text === ',';
  return isComplementizer(tok) || infoOf(tok).cue;
}

function nisbaAfterNoun(prev: Token | undefined, tok: Token): boolean {
  if (!prev?.isWord || !prev.isArabic || hasArticle(tok) || !/يه?$/.test(tok.norm)) return false;
  const info = infoOf(prev);
  return (
    !hasArticle(prev) &&
    !info.stop &&
    !info.cue &&
    !info.participle &&
    !info.titleKey &&
    prev.norm.length >= 3
  );
}

const SUBJECT_ONLY = new Set(
  FIELD_TITLES.flatMap((row) => row.subjectOnly ?? []).map(normalizeArabic),
);

/** Token `t` stands where a subject does: first in its sentence, after punctuation or a
 * conjunction, or after a verb of speech. */
function subjectPosition(doc: Doc, t: number): boolean {
  const before = doc.tokens[t - 1];
  if (!before || doc.sentence[t - 1] !== doc.sentence[t] || !before.isWord) return true;
  return /^[وف]$/.test(before.norm) || infoOf(before).cue;
}

/** «نظيره», «ونظيره», «لنظيره»: a counterpart, asked once per word. */
const isCounterpartWord = wordFlag(
  (tok: Token) => COUNTERPARTS.has(tok.norm.replace(/^[وفل]/, '')) || COUNTERPARTS.has(tok.norm),
);

export function findTitles(doc: Doc): Doc {
  const tokens = doc.tokens;
  const titleWords = positionsWith(tokens, hasTitleKey);
  for (let c = 0, t = -1; c < titleWords.length; c++) {
    if ((titleWords[c] as number) <= t) continue; // inside the last title phrase
    t = titleWords[c] as number;
    const tok = tokens[t];
    const roleKey = titleKeyOf(tok);
    if (!tok || !roleKey) continue;
    if ((doc.mentionAt[t] ?? -1) >= 0) continue;
    // «أمين عام», «أمين سر» are titles; «أمين الناصر» is a given name.
    if (/^[وف]?امين$/.test(tok.norm) && !SECRETARY.has(tokens[t + 1]?.norm ?? '')) continue;
    // «المخرج أمير النجار»: right after another title, «أمير» is the holder's given name.
    if (tok.norm === EMIR && doc.titles.at(-1)?.to === t) continue;
    // «عبد الملك», «عبد الأمير»: after «عبد» a title word is the second half of a given name.
    if (/^[وفلب]?عبد$/.test(tokens[t - 1]?.norm ?? '')) continue;
    // «في العالم أثمن», «كأس العالم»: a form that is a common noun too is a title only as a
    // subject (after a verb, or first in its sentence or clause).
    if (SUBJECT_ONLY.has(tok.norm) && !subjectPosition(doc, t)) continue;
    // «نقطة إعلامية», «مؤتمر صحفي»: a nisba title word after an indefinite noun qualifies it.
    if (nisbaAfterNoun(tokens[t - 1], tok)) continue;
    let end = t + 1;
    while (
      end < tokens.length &&
      end - t < MAX_PHRASE &&
      doc.sentence[end] === doc.sentence[t] &&
      continuesTitle(doc, end)
    )
      end++;
    // «رئيس "حزب النور"», «مدير "مركز الأبحاث"»: a body's name in quotes after the title or its
    // institution noun belongs to the phrase.
    end = quotedBodyEnd(doc, end);
    // «وقال المرشح الحميدي السبيعي:»: two family names in ال closing the phrase before a colon,
    // a comma, a cue or أن are a person's name (a name of the Gulf), not the title's adjectives.
    if (end - t >= 3 && familyNamePair(doc, end - 2) && closesPhrase(doc, end)) end -= 2;
    // «الفريق أول الطيب خالد،»: a definite word, then a known given name that closes the
    // phrase, are a name that begins with ال (الطريفي، الصادق، الطيب), not the title's adjective.
    if (
      end - t >= 2 &&
      hasArticle(tokens[end - 1] as Token) &&
      !adjectiveCountry(tokens[end - 1]) &&
      !infoOf(tokens[end - 1] as Token).titleKey &&
      (doc.mentionAt[end - 1] ?? -1) < 0 &&
      tokenAt(tokens, end)?.isWord &&
      infoOf(tokens[end] as Token).givenStripped === 0 &&
      closesPhrase(doc, end + 1)
    )
      end--;
    // Prepositions never end a phrase (…الخاص للرئيس مع → stop before مع); adjectives may (مبعوث خاص).
    while (end > t + 1 && TRAILING_LINKS.has(tokens[end - 1]?.norm ?? '')) end--;
    let countryId: string | undefined;
    for (let k = t; k < end && !countryId; k++) countryId = adjectiveCountry(tokens[k]);
    // The role as written starts at the title head, after any glued و/ب/ل (the word's first
    // reading that is a title head, found once per word: words.ts).
    const head = infoOf(tok).titleHead ?? tok.norm;
    const stripped = Math.max(0, tok.norm.length - head.length);
    const first = tokens[t];
    const last = tokens[end - 1];
    const phrase: TitlePhrase = {
      from: t,
      to: end,
      roleKey,
      role: first && last ? oneLine(doc.text.slice(originalOffset(first, stripped), last.end)) : '',
      counterpart: isCounterpartWord(tok),
      // Every field set here, those unknown yet undefined: a title given its country, person or
      // memo later took one of several hidden classes, and the scans that read titles' fields
      // were optimized for some of them and thrown away at the others.
      countryId: countryId ? countryId : undefined,
      person: undefined,
      resolved: undefined,
    };
    doc.titles.push(phrase);
    t = end - 1;
  }
  return doc;
}
