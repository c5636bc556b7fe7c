/**
 * Stage: find where the article body ends. Pages append boilerplate (related headlines, "read
 * also", ads) after the body; it is not part of the article.
 */
import type { Doc } from '../document.ts';
import { firstNormalizedCode, normalizeArabic } from '../../core/arabic.ts';

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

/** The markers by their first letter: a line is tested only against those its first letter
 * starts (every line of every article is tested). */
const MARKERS_BY_FIRST = new Map<number, string[]>();
for (const m of MARKERS) {
  const c = m.charCodeAt(0);
  MARKERS_BY_FIRST.set(c, [...(MARKERS_BY_FIRST.get(c) ?? []), m]);
}

export function findBody(doc: Doc): Doc {
  const text = doc.text;
  let lineStart = 0;
  // Only a marker at the start of a line, and not in the first line, ends the body.
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    // Most lines start with a letter no marker starts with: they are not normalized.
    const headEnd = Math.min(lineEnd, lineStart + 40);
    if (lineStart > 0 && MARKERS_BY_FIRST.has(firstNormalizedCode(text, lineStart, headEnd))) {
      const head = normalizeArabic(text.slice(lineStart, headEnd));
      if (MARKERS_BY_FIRST.get(head.charCodeAt(0))?.some((m) => head.startsWith(m))) {
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
