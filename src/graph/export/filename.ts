/**
 * Meaningful file names: `isnad-<article-slug>-<YYYY-MM-DD>.<ext>`. Arabic titles are
 * transliterated letter by letter (a simple, readable scheme, not a scholarly one) so the name
 * survives every file system, mail client and URL.
 */
// prettier-ignore
const ARABIC_TO_LATIN: Record<string, string> = {
  ا: 'a', ء: '', ى: 'a', ة: 'a', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd',
  ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: '', غ: 'gh',
  ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', و: 'w', ي: 'y', پ: 'p', چ: 'ch',
  ڤ: 'v', گ: 'g', '٠': '0', '١': '1', '٢': '2', '٣': '3', '٤': '4', '٥': '5', '٦': '6',
  '٧': '7', '٨': '8', '٩': '9',
};

// Combining marks: Latin accents, Arabic short vowels and the hamza that NFKD splits off أ إ ؤ ئ,
// the dagger alif, and the tatweel (a stretching stroke, not a letter).
const MARKS = /[\p{M}\u0640]/gu;

const MAX_SLUG_LENGTH = 60;

/** Latin, lowercase, hyphen-separated; empty when nothing usable is left. */
export function slugify(text: string): string {
  const latin = Array.from(text.normalize('NFKD').replace(MARKS, ''))
    .map((char) => ARABIC_TO_LATIN[char] ?? char)
    .join('')
    .toLowerCase();
  const slug = latin
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH);
  return slug.replace(/-+$/, '');
}

/** YYYY-MM-DD in the user's calendar day (local time), as people expect of a download. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The first candidate that gives a usable slug (title, then article id), else `graph`. */
export function exportFileName(
  candidates: ReadonlyArray<string | undefined>,
  date: Date,
  extension: string,
  suffix = '',
): string {
  const slug = candidates.map((text) => slugify(text ?? '')).find((s) => s.length > 0) ?? 'graph';
  return `isnad-${slug}-${isoDay(date)}${suffix}.${extension}`;
}
