/**
 * Arabic normalization for MATCHING only (never for display): diacritics, tatweel and invisible
 * format marks are dropped, hamza-carrying alifs fold to ا, ى → ي, ة → ه. Every original
 * character maps to at most one normalized character, which keeps offset mapping trivial.
 */

/** Harakat, Quranic marks and the superscript alif: dropped. */
export function isDiacritic(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    (code >= 0x06d6 && code <= 0x06ed) ||
    code === 0x0640 // tatweel
  );
}

/** Zero-width and bidi controls: invisible, dropped, never split a word. */
export function isFormatMark(code: number): boolean {
  return (
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2069) ||
    code === 0xfeff ||
    code === 0x061c ||
    code === 0x00ad
  );
}

export function isArabicLetter(code: number): boolean {
  return (
    (code >= 0x0621 && code <= 0x063a) ||
    (code >= 0x0641 && code <= 0x064a) ||
    (code >= 0x066e && code <= 0x06d3) ||
    (code >= 0x06fa && code <= 0x06ff) ||
    (code >= 0x0750 && code <= 0x077f)
  );
}

/** The normalized form of one character, or '' when it is dropped. */
export function normalizeChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (isDiacritic(code) || isFormatMark(code)) return '';
  switch (ch) {
    case 'أ':
    case 'إ':
    case 'آ':
    case 'ٱ':
      return 'ا';
    case 'ى':
      return 'ي';
    case 'ة':
      return 'ه';
    case 'ک':
      return 'ك';
    case 'ی':
      return 'ي';
    default:
      return ch;
  }
}

/** Normalize a string for matching and search; whitespace collapsed, trimmed. */
export function normalizeArabic(s: string): string {
  let out = '';
  let space = false;
  for (const ch of s) {
    if (/\s/.test(ch)) {
      space = out.length > 0;
      continue;
    }
    const n = normalizeChar(ch);
    if (n === '') continue;
    if (space) out += ' ';
    space = false;
    out += n;
  }
  return out;
}

/** As normalizeArabic, and punctuation becomes space (the gold matching rule). */
export function normalizeForMatch(s: string): string {
  let out = '';
  for (const ch of s) out += /[\p{L}\p{N}\p{M}]/u.test(ch) ? ch : ' ';
  return normalizeArabic(out);
}
