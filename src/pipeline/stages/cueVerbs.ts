/**
 * What kind of speech verb a cue is: one that relays someone else's words (نقل عن X), one that
 * affirms or denies a noun (أكد التزام…، نفى وجود…), one that describes (وصف … بأنه).
 */
import type { Doc } from '../document.ts';
import { normalizeArabic } from '../../core/arabic.ts';
import { AFFIRMED_NOUNS, infoOf } from '../words.ts';
import { wordFlag } from '../word-facts.ts';
import type { Cue } from './cues.ts';
import {
  RELAY_WORDS,
  AFFIRM_WORDS,
  ATTRIBUTE_WORDS,
  AFFIRM_PARTICIPLE_WORDS,
} from '../lexicon/discourse.ts';
import { INFORMING_VERBS } from '../lexicon/speechVerbs.ts';
import type { Token } from '../tokenize.ts';

const RELAY = new Set(RELAY_WORDS.map(normalizeArabic));

/** نقل/ذكر … عن X: relays what X said. */
export function isRelayVerb(doc: Doc, cue: Cue): boolean {
  const tok = doc.tokens[cue.at];
  return !!tok && cue.kind === 'verb' && infoOf(tok).conjReadings.some((r) => RELAY.has(r));
}

const INFORMING = new Set(INFORMING_VERBS.map(normalizeArabic));

/** أبلغ، أخبر (and أبلغت): a verb of informing, whose object is the person told. */
export function isInformingVerb(tok: Token | undefined): boolean {
  return !!tok?.isWord && infoOf(tok).conjReadings.some((r) => INFORMING.has(r.replace(/ت$/, '')));
}

const ATTRIBUTE = new Set(ATTRIBUTE_WORDS.map(normalizeArabic));

/** نسب … لـX قوله: attributes words to X. */
export function isAttributeVerb(doc: Doc, cue: Cue): boolean {
  const tok = doc.tokens[cue.at];
  return !!tok && cue.kind === 'verb' && infoOf(tok).conjReadings.some((r) => ATTRIBUTE.has(r));
}

const AFFIRM = new Set(AFFIRM_WORDS.map(normalizeArabic));
const AFFIRMED = AFFIRMED_NOUNS;

const POSSESSIVE = /(ها|هم|هما|ه|نا)$/;

/** «التزامها»: a verbal noun an affirmation takes as its claim. */
export function isAffirmedNoun(norm: string): boolean {
  const bare = norm.replace(POSSESSIVE, '');
  // «جاهزيته»: the ة of the noun is written ت before a pronoun.
  return (
    AFFIRMED.has(norm) ||
    AFFIRMED.has(bare) ||
    (bare !== norm && bare.endsWith('ت') && AFFIRMED.has(`${bare.slice(0, -1)}ه`))
  );
}

/** The shapes of the derived verbal nouns (indefinite, as the object of an affirmation is: «أكد
 * الوزير تسخير…», «أعلن انطلاق…», «جدد استعداد…»): تفعيل، إفعال، افتعال، انفعال، استفعال، تفاعل،
 * مفاعلة — the nouns of the derived verbs, which name an act or a state. */
const VERBAL_NOUN_SHAPES = [
  /^ت..ي.$/, // تفعيل: تسخير، تشغيل، توفير
  /^ا..ا.$/, // إفعال: إغلاق، إيقاف، إطلاق
  /^ا.ت.ا.$/, // افتعال: اعتقال، ارتفاع، اكتمال
  /^ا[صضطظ]ط.ا.$/, // افتعال after an emphatic: اضطراب، اصطفاف
  /^ا[زدذ]د.ا.$/, // افتعال after ز or د: ازدياد، ازدهار، ازدحام
  /^ان..ا.$/, // انفعال: انطلاق، انخفاض
  /^است..ا.$/, // استفعال: استئناف، استقرار
  /^ت.ا..$/, // تفاعل: تراجع، تضامن، تعاون
  /^م.ا..ه$/, // مفاعلة: مساهمة، مطالبة، مساندة
];

/** «أكد الوزير تسخير الوزارة…»: a word shaped like a derived verbal noun (with a pronoun too:
 * تضامنها) that is not a given name (ابتسام، إيمان، انتصار are names as well). A word flag:
 * persons asks it of every word of a name candidate, and it runs up to eighteen patterns. */
export const isVerbalNounShaped = wordFlag((tok: Token): boolean => {
  if (!tok.isWord || infoOf(tok).givenStripped === 0 || infoOf(tok).stop) return false;
  const bare = tok.norm.replace(POSSESSIVE, '');
  const noun = bare !== tok.norm && bare.endsWith('ت') ? `${bare.slice(0, -1)}ه` : bare;
  return [tok.norm, noun].some((n) => VERBAL_NOUN_SHAPES.some((shape) => shape.test(n)));
});

/** «مؤكدًا عدم وجود…»: the participles of affirmation take a verbal noun as their claim too. */
const AFFIRM_PARTICIPLES = new Set(AFFIRM_PARTICIPLE_WORDS.map(normalizeArabic));

export function isAffirmVerb(doc: Doc, cue: Cue): boolean {
  const tok = doc.tokens[cue.at];
  if (!tok) return false;
  if (cue.kind === 'participle')
    return infoOf(tok).conjReadings.some((r) => AFFIRM_PARTICIPLES.has(r));
  return cue.kind === 'verb' && infoOf(tok).conjReadings.some((r) => AFFIRM.has(r));
}

export function isDescribeVerb(doc: Doc, cue: Cue): boolean {
  const tok = doc.tokens[cue.at];
  return !!tok && infoOf(tok).conjReadings.some((r) => r === 'وصف' || r === 'وصفت');
}
