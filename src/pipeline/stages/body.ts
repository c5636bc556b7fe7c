/**
 * Stage: find where the article body ends. Pages append boilerplate (related headlines, "read
 * also", ads) after the body; it is not part of the article.
 */
import type { Doc } from '../document.ts';
import { normalizeArabic } from '../../core/arabic.ts';

const MARKERS = [
  'مواضيع ذات صلة',
  'مواضيع متعلقة',
  'أخبار ذات صلة',
  'أخبار متعلقة',
  'مقالات ذات صلة',
  'اقرأ أيضا',
  'اقرأ أيضاً',
  'إقرأ أيضا',
  'اقرأ المزيد',
  'شاهد أيضا',
  'قد يهمك أيضا',
  'قد يهمك',
  'يقرأون الآن',
  'المزيد من الأخبار',
  'الأكثر قراءة',
  'تابعونا على',
  'لا توجد تعليقات',
].map(normalizeArabic);

export function findBody(doc: Doc): Doc {
  const text = doc.text;
  let lineStart = 0;
  // Only a marker at the start of a line, and not in the first line, ends the body.
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineStart > 0) {
      const head = normalizeArabic(text.slice(lineStart, Math.min(lineEnd, lineStart + 40)));
      if (MARKERS.some((m) => head.startsWith(m))) {
        let end = lineStart;
        while (end > 0 && /\s/.test(text[end - 1] ?? '')) end--;
        doc.bodyEnd = end;
        return doc;
      }
    }
    lineStart = lineEnd + 1;
  }
  return doc;
}
