/**
 * Speech cues (general knowledge). Past-tense verbs (the masculine form; ت/وا endings and the
 * و/ف prefixes are handled by the matcher) and participles, which open a second claim by the
 * same speaker («مؤكدًا أن…»). Forms are written plainly and normalized on load.
 */

export const SPEECH_VERBS = [
  'قال', 'أكد', 'أشار', 'أوضح', 'أعلن', 'كشف', 'أقر', 'وصف', 'صرح', 'أضاف', 'تابع', 'ختم', 'اختتم',
  'شدد', 'لفت', 'اعتبر', 'رأى', 'ذكر', 'أفاد', 'نقل', 'أعرب', 'حذر', 'نفى', 'أكّد', 'أردف',
  'استطرد', 'زاد', 'واصل', 'لاحظ', 'دعا', 'طالب', 'اتهم', 'أبلغ', 'أخبر', 'نوه', 'أشاد', 'رد', 'علق',
  'أوضحت', 'أقرّ', 'صرّح', 'أفادت', 'تساءل', 'أضافت', 'ذكرت', 'قالت', 'أكدت', 'أشارت', 'أعلنت',
  'كشفت', 'نقلت', 'وصفت', 'تابعت', 'ختمت', 'اعتبرت', 'رأت', 'لفتت', 'شددت', 'حذرت', 'نفت',
  'قالوا', 'أكدوا', 'أشاروا', 'أوضحوا', 'أعلنوا', 'ذكروا', 'يقول', 'تقول', 'يؤكد', 'يرى',
];

/** Cues that usually introduce a statement by themselves («وأضاف:»): the speaker may carry over. */
export const CARRY_CUES = ['أضاف', 'تابع', 'ختم', 'اختتم', 'أردف', 'استطرد', 'زاد', 'واصل', 'أضافت', 'تابعت', 'ختمت'];

export const PARTICIPLES = [
  'مؤكدا', 'مشيرا', 'مضيفا', 'موضحا', 'لافتا', 'قائلا', 'مبينا', 'معتبرا', 'مشددا', 'محذرا', 'منوها',
  'متابعا', 'مردفا', 'واصفا', 'كاشفا', 'معلنا', 'مستطردا', 'معربا', 'داعيا', 'مطالبا', 'ناقلا',
  'مؤكدة', 'مشيرة', 'مضيفة', 'موضحة', 'لافتة', 'قائلة', 'مبينة', 'معتبرة', 'مشددة', 'محذرة',
  'مؤكدين', 'مشيرين',
];

/** Narration verbs that look like cues but report no speech. */
export const NOT_SPEECH_AFTER = ['أعرب عن شكره'];

/** Words after a cue that introduce reported content. Attached pronouns are stripped on match. */
export const COMPLEMENTIZERS = ['إن', 'أن', 'بأن'];
export const PREP_BEFORE_COMPLEMENTIZER = ['إلى', 'عن', 'على', 'في', 'من'];

/** Vague or non-entity subjects: a statement attributed to them is left out. */
export const VAGUE_SUBJECTS = [
  'مصادر', 'مصدر', 'تقارير', 'وسائل', 'مسؤولون', 'مسؤول', 'الصحيفة', 'صحيفة', 'التقرير', 'البيان',
  'بيان', 'المصادر', 'التقارير', 'مراقبون', 'محللون', 'خبراء', 'الخبراء', 'المحللون', 'شهود', 'سكان',
];
