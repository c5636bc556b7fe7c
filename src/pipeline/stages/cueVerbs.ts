/**
 * What kind of speech verb a cue is: one that relays someone else's words (نقل عن X), one that
 * affirms or denies a noun (أكد التزام…، نفى وجود…), one that describes (وصف … بأنه).
 */
import type { Doc } from '../document.ts';
import { normalizeArabic } from '../../core/arabic.ts';
import { infoOf } from '../words.ts';
import type { Cue } from './cues.ts';

const RELAY = new Set(['نقل', 'نقلت', 'نقلوا', 'ذكر', 'ذكرت'].map(normalizeArabic));

/** نقل/ذكر … عن X: relays what X said. */
export function isRelayVerb(doc: Doc, cue: Cue): boolean {
  const tok = doc.tokens[cue.at];
  return !!tok && cue.kind === 'verb' && infoOf(tok).conjReadings.some((r) => RELAY.has(r));
}

const AFFIRM = new Set(
  ['أكد', 'أكدت', 'شدد', 'شددت', 'جدد', 'جددت', 'نفى', 'نفت'].map(normalizeArabic),
);
/** Verbal nouns an affirmation takes as its object: what is affirmed is the claim. */
const AFFIRMED = new Set(
  [
    'التزام',
    'ضرورة',
    'أهمية',
    'استعداد',
    'رفض',
    'دعم',
    'حرص',
    'تمسك',
    'رغبة',
    'استمرار',
    'وجود',
    'بدء',
    'صحة',
  ].map(normalizeArabic),
);

const POSSESSIVE = /(ها|هم|هما|ه|نا)$/;

/** «التزامها»: a verbal noun an affirmation takes as its claim. */
export function isAffirmedNoun(norm: string): boolean {
  return AFFIRMED.has(norm.replace(POSSESSIVE, ''));
}

export function isAffirmVerb(doc: Doc, cue: Cue): boolean {
  const tok = doc.tokens[cue.at];
  return !!tok && cue.kind === 'verb' && infoOf(tok).conjReadings.some((r) => AFFIRM.has(r));
}

export function isDescribeVerb(doc: Doc, cue: Cue): boolean {
  const tok = doc.tokens[cue.at];
  return !!tok && infoOf(tok).conjReadings.some((r) => r === 'وصف' || r === 'وصفت');
}
