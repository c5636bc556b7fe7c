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
  'government-of-kind': {
    en: 'a government named by its kind (federal, interim…), with its nationality when given',
    ar: 'حكومة باسم نوعها (الاتحادية، الانتقالية…) وبجنسيتها إن ذُكرت',
  },
  'news-agency': { en: 'a news agency', ar: 'وكالة أنباء' },
  'quoted-outlet': {
    en: 'a quoted name after a media noun',
    ar: 'اسم بين علامتي تنصيص بعد وسيلة إعلام',
  },
  'quoted-addressee': {
    en: 'a marked-off name the speaker talked to (قال لـ«…»، في مقابلة مع «…»): the outlet',
    ar: 'اسم مميَّز وُجّه إليه الكلام (قال لـ«…»، في مقابلة مع «…»): وسيلة الإعلام',
  },
  'received-by': {
    en: 'a marked-off name that received or followed a statement (بيان تلقته «…»): the outlet',
    ar: 'اسم مميَّز تلقّى البيان أو تابعه (بيان تلقته «…»): وسيلة الإعلام',
  },
  'credited-source': {
    en: 'a marked-off name a report is credited to (وفقا لـ«…»، بحسب «…»): the outlet',
    ar: 'اسم مميَّز يُنسب إليه الخبر (وفقا لـ«…»، بحسب «…»): وسيلة الإعلام',
  },
  'outlet-after-media-noun': { en: 'a name after a media noun', ar: 'اسم بعد وسيلة إعلام' },
  'definite-outlet-after-media-noun': {
    en: 'a name with the article after a media noun',
    ar: 'اسم معرّف بعد وسيلة إعلام',
  },
  'quoted-short-name': {
    en: 'a short name given in quotes or parentheses',
    ar: 'اسم مختصر بين علامتي تنصيص أو قوسين',
  },
  'letter-acronym': { en: 'an acronym spelled in letters', ar: 'اختصار بالحروف' },
  'field-company': {
    en: 'a name and the field it serves (مصر للطيران)',
    ar: 'اسم والمجال الذي يخدمه (مصر للطيران)',
  },
  'national-branch': {
    en: 'a movement of national societies with a nationality: that country’s own society',
    ar: 'حركة جمعيات وطنية تليها نسبة: جمعية ذلك البلد',
  },
  'company-tail': {
    en: 'a name, then the word that ends a company’s name (القابضة، العقارية)',
    ar: 'اسم تليه كلمة تختم اسم شركة (القابضة، العقارية)',
  },
  'body-named-again': {
    en: 'a body named again by its kind and a describing adjective',
    ar: 'جهة سبق ذكرها تُذكر ثانيةً بنوعها وصفةٍ تصفها',
  },
  'unnamed-body-speaks': {
    en: 'a body named only by its kind, as a speaker',
    ar: 'جهة مذكورة بنوعها فقط متحدثةً',
  },
  'team-frame': {
    en: 'a club in a match report (its coach, a win over it, a match against it)',
    ar: 'نادٍ في خبر مباراة (مدربه، الفوز عليه، مباراة أمامه)',
  },
  'short-name': {
    en: 'the short name of a body named in full in the article',
    ar: 'الاسم المختصر لجهة ذُكر اسمها كاملًا في المقال',
  },
  'name-after-nationality': {
    en: 'a name after a nationality adjective',
    ar: 'اسم بعد صفة جنسية',
  },
  'name-list': {
    en: 'an item of a list of people',
    ar: 'بند في قائمة أشخاص',
  },
  'joined-name': {
    en: 'a name joined by «و» to a person next to it in a list',
    ar: 'اسم معطوف بالواو على شخص مجاور له في قائمة',
  },
  'place-list': {
    en: 'a name in a list after a plural place noun',
    ar: 'اسم في قائمة بعد اسم مكان بصيغة الجمع',
  },
  'facility-noun': {
    en: 'a name after a facility noun (ملعب، حديقة، قلعة)',
    ar: 'اسم بعد كلمة منشأة (ملعب، حديقة، قلعة)',
  },
  'feature-of-place': {
    en: 'a gulf, valley, desert or mountain named after a known place (خليج، وادي، صحراء، جبل)',
    ar: 'خليج أو وادٍ أو صحراء أو جبل سُمّي باسم مكان معروف',
  },
  'place-list-after-known': {
    en: 'an unknown name joined by «و» to a known place (بين حلب وكفرنبود)',
    ar: 'اسم غير معروف معطوف بالواو على مكان معروف',
  },
  landmark: {
    en: 'a definite landmark noun and its adjective (القصر الرئاسي، المتحف الوطني)',
    ar: 'معلم معرّف بأل مع صفته (القصر الرئاسي، المتحف الوطني)',
  },
  'country-kind': {
    en: 'a state named by its kind alone (المملكة، السلطنة): the one the article names',
    ar: 'دولة ذُكرت بنوعها وحده (المملكة، السلطنة): التي يسميها الخبر',
  },
  landform: {
    en: 'a valley, mountain or hamlet and its name after a preposition of place (وادي، جبل، نجع)',
    ar: 'وادٍ أو جبل أو نجع واسمه بعد حرف جر مكاني',
  },
  'work-named-after-town': {
    en: 'an airport, port or crossing named after its town (مطار، ميناء، معبر)',
    ar: 'مطار أو ميناء أو معبر يحمل اسم مدينته',
  },
  'side-of-body': {
    en: 'the delegation of a government, a movement or a party',
    ar: 'وفد حكومة أو حركة أو حزب',
  },
  'first-person-continuation': {
    en: 'the next sentence, in the first person, by the same speaker',
    ar: 'الجملة التالية بصيغة المتكلم للمتحدث نفسه',
  },
  'source-before-content': {
    en: 'a source phrase before the claim (بحسب … فإن)',
    ar: 'عبارة إسناد قبل الكلام (بحسب … فإن)',
  },
  'source-after-content': {
    en: 'a source phrase after the claim (…، وفقا لـ)',
    ar: 'عبارة إسناد بعد الكلام (…، وفقا لـ)',
  },
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
  'addressee-after-cue': {
    en: 'the subject before the verb (the one after it is who was told)',
    ar: 'الفاعل قبل الفعل (من بعده هو المخاطَب)',
  },
  'named-source': {
    en: 'the one a source phrase names (بحسب، وفقا لـ، نقلا عن)',
    ar: 'من تسمّيه عبارة الإسناد (بحسب، وفقا لـ، نقلا عن)',
  },
  'by-hand': { en: 'added by hand', ar: 'أضيف يدويًا' },
  'document-of-last-speaker': {
    en: 'the issuer of the document named as subject (البيان، المنشور)',
    ar: 'مُصدر الوثيقة المذكورة فاعلًا (البيان، المنشور)',
  },
  'document-issuer': {
    en: 'the one who issued the document named as subject («صدر عن» before it)',
    ar: 'من صدرت عنه الوثيقة المذكورة فاعلًا («صدر عن» قبلها)',
  },
  'subject-of-sentence-before': {
    en: 'the subject of the sentence before (no one has spoken yet)',
    ar: 'فاعل الجملة السابقة (لم يتحدث أحد بعد)',
  },
  'carried-over': {
    en: 'the last speaker continues (no subject given)',
    ar: 'المتحدث السابق مستمر (لا فاعل مذكور)',
  },
};

/** A run of Arabic (with its «…» marks) inside an English sentence, isolated so the bidi
 * algorithm keeps it whole instead of reordering it with the English around it. */
const ARABIC_RUN = /[\u0600-\u06FF«][\u0600-\u06FF«»…، ]*[\u0600-\u06FF»]/g;

export function ruleText(lang: Lang, rule: string): string {
  const text = RULES[rule]?.[lang];
  if (!text) return rule;
  return lang === 'en' ? text.replace(ARABIC_RUN, (run) => `\u2068${run}\u2069`) : text;
}

/** «a name after the title «وزير الخارجية»». */
export function reasonText(lang: Lang, reason: Reason): string {
  const cue = reason.cue ? ` «\u2068${reason.cue}\u2069»` : '';
  return `${ruleText(lang, reason.rule)}${cue}`;
}
