/**
 * Month names (general knowledge): the Gregorian months as Egypt and the Gulf write them, their
 * Levantine and Iraqi names, and the Hijri months. Read by stages/places.ts: a town named by a
 * date (مدينة السادس من أكتوبر).
 */
export const MONTH_WORDS: readonly string[] = [
  // Gregorian.
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'إبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
  // Levantine and Iraqi.
  'كانون',
  'شباط',
  'آذار',
  'نيسان',
  'أيار',
  'حزيران',
  'تموز',
  'آب',
  'أيلول',
  'تشرين',
  // Hijri.
  'محرم',
  'صفر',
  'ربيع',
  'جمادى',
  'رجب',
  'شعبان',
  'رمضان',
  'شوال',
  'القعدة',
  'الحجة',
];
