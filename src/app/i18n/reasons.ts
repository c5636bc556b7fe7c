/**
 * Why the extractor made a mention or a statement, in words: the rule ids the pipeline records
 * (`Reason.rule`, `Reason.speakerBy`) explained in both languages. An id missing here is shown
 * as it is, so a new rule is never hidden.
 */
import type { Reason } from '../../core/types';
import type { Lang } from './messages';

const RULES: Record<string, { en: string; ar: string }> = {
  lexicon: { en: 'a name the lexicon knows', ar: 'اسم معروف في المعجم' },
  'name-after-title': { en: 'a name after the title', ar: 'اسم بعد اللقب' },
  'name-before-title': {
    en: 'a name before its title, between commas',
    ar: 'اسم قبل لقبه بين فاصلتين',
  },
  'given-name': {
    en: 'a known given name with a family name',
    ar: 'اسم علم معروف يليه اسم العائلة',
  },
  'given-and-family-name': {
    en: 'a given and a family name after a comma or a speech verb',
    ar: 'اسم وكنية بعد فاصلة أو فعل قول',
  },
  'subject-of-speech-verb': { en: 'the subject of a speech verb', ar: 'فاعل فعل قول' },
  'family-name-after-speech-verb': {
    en: 'a family name as the subject of a speech verb',
    ar: 'اسم عائلة فاعلٌ لفعل قول',
  },
  'family-name-of-earlier-person': {
    en: 'the family name of a person named earlier',
    ar: 'اسم عائلة شخص ذُكر قبل',
  },
  'delegation-list': { en: 'listed as a member of a side', ar: 'مذكور في قائمة أعضاء جانب' },
  'side-with-nationality': {
    en: 'a side or delegation with its nationality',
    ar: 'جانب أو وفد بجنسيته',
  },
  'side-of-organization': { en: 'a delegation of an organization', ar: 'وفد تابع لمنظمة' },
  'place-noun': { en: 'a name after a place noun', ar: 'اسم بعد كلمة مكان' },
  'town-of-base': {
    en: 'the town a base or airport is in',
    ar: 'المدينة التي تقع فيها القاعدة أو المطار',
  },
  'institution-head': {
    en: 'an institution noun with its complement',
    ar: 'اسم مؤسسة مع ما يكمله',
  },
  'ministry-field': {
    en: 'a ministry named by its field and country',
    ar: 'وزارة باسم مجالها وبلدها',
  },
  'government-of-country': { en: 'a government with its nationality', ar: 'حكومة بجنسيتها' },
  'news-agency': { en: 'a news agency', ar: 'وكالة أنباء' },
  'quoted-outlet': {
    en: 'a quoted name after a media noun',
    ar: 'اسم بين علامتي تنصيص بعد وسيلة إعلام',
  },
  'outlet-after-media-noun': { en: 'a name after a media noun', ar: 'اسم بعد وسيلة إعلام' },
  'quote-after-cue': { en: 'a quotation after a speech verb', ar: 'اقتباس بعد فعل قول' },
  'quote-before-cue': { en: 'a quotation before its speech verb', ar: 'اقتباس قبل فعل القول' },
  'reported-after-cue': { en: 'reported speech after a speech verb', ar: 'كلام منقول بعد فعل قول' },
  'direct-after-cue': {
    en: 'words after a speech verb and a colon',
    ar: 'كلام بعد فعل قول ونقطتين',
  },
  'subject-after-cue': {
    en: 'the subject right after the speech verb',
    ar: 'الفاعل بعد فعل القول مباشرة',
  },
  'subject-before-cue': { en: 'the subject before the speech verb', ar: 'الفاعل قبل فعل القول' },
  'same-sentence': {
    en: 'the speaker already speaking in this sentence',
    ar: 'المتحدث نفسه في الجملة ذاتها',
  },
  'sentence-subject': { en: "the sentence's subject", ar: 'فاعل الجملة' },
  'earlier-in-sentence': {
    en: 'the person named earlier in the sentence',
    ar: 'الشخص المذكور قبل في الجملة',
  },
  'document-of-last-speaker': {
    en: 'the issuer of the document named as subject (البيان، المنشور)',
    ar: 'مُصدر الوثيقة المذكورة فاعلًا (البيان، المنشور)',
  },
  'carried-over': {
    en: 'the last speaker continues (no subject given)',
    ar: 'المتحدث السابق مستمر (لا فاعل مذكور)',
  },
};

export function ruleText(lang: Lang, rule: string): string {
  return RULES[rule]?.[lang] ?? rule;
}

/** «a name after the title «وزير الخارجية»». */
export function reasonText(lang: Lang, reason: Reason): string {
  const cue = reason.cue ? ` «\u2068${reason.cue}\u2069»` : '';
  return `${ruleText(lang, reason.rule)}${cue}`;
}
