/**
 * Ordinary words that look like names to the context rules: media nouns (قناة، صحيفة — the
 * outlet is an organization, the noun never a person) and frequent nisba adjectives that follow
 * a title without the article (مراسل غربي، مسؤول أمني، مصدر عسكري), and «قوله» after a relayed
 * speaker's name (عن الوزير X قوله إن).
 */

export const MEDIA_NOUNS = [
  'قناة',
  'صحيفة',
  'جريدة',
  'وكالة',
  'موقع',
  'شبكة',
  'مجلة',
  'إذاعة',
  'تلفزيون',
  'محطة',
];

export const COMMON_ADJECTIVES = `غربي شرقي شمالي جنوبي عربي أجنبي دولي محلي رسمي أمني عسكري سياسي
اقتصادي إقليمي دبلوماسي حكومي حزبي برلماني إعلامي صحفي قضائي رئاسي سابق حالي بارز رفيع كبير مقرب
مطلع آخر جديد مستقل مسؤول خاص كبيرة بارزة رفيعة سابقة
قوله قولها قولهم تصريحه تصريحها`;

/**
 * Past-tense verbs that often follow a title with no name («أن الرئيس الأمريكي تعهّد بدعم…»):
 * never part of a name. Masculine forms; the feminine ت form is added on load.
 */
export const NARRATION_VERBS = `تعهد وعد قرر أمر وقع التقى استقبل زار توجه وصل غادر بحث ناقش هدد
رفض وافق أبدى أجرى عقد شارك حضر ترأس تلقى أرسل طلب سعى حاول اقترح تحدث تطرق أشاد رحب أعرب
تعرض واجه اعتبر أكد قال أعلن طالب دعا أوضح أضاف شدد نفى أقر`;
