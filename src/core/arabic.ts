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

const FOLD: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ة: 'ه',
  ک: 'ك',
  ی: 'ي',
  // Persian and Urdu keyboards write Arabic text with their own heh and kaf (ھذه، الکویتیة).
  ھ: 'ه',
  ە: 'ه',
  ۀ: 'ه',
  ۃ: 'ه',
  ڪ: 'ك',
};

/** code → normalized code, 0 when dropped; built once, so normalizing is a table lookup. */
/** code → normalized code (0: dropped). Exported so hot loops can hold it in a local. */
export const NORM_TABLE: Uint16Array = (() => {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = isDiacritic(c) || isFormatMark(c) ? 0 : c;
  for (const [from, to] of Object.entries(FOLD)) t[from.charCodeAt(0)] = to.charCodeAt(0);
  return t;
})();

/** Normalized code of a UTF-16 unit (0 when it is dropped). */
export function normalizeCode(code: number): number {
  return NORM_TABLE[code] ?? code;
}

/** The normalized form of one character, or '' when it is dropped. */
export function normalizeChar(ch: string): string {
  const code = ch.charCodeAt(0);
  const n = NORM_TABLE[code] ?? code;
  return n === 0 ? '' : n === code ? ch : String.fromCharCode(n);
}

function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x3000 ||
    c === 0x1680 ||
    c === 0x205f
  );
}

/** The first code of normalizeArabic(s.slice(from, to)) without making it (NaN when empty). */
export function firstNormalizedCode(s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) continue;
    const n = NORM_TABLE[c] ?? c;
    if (n !== 0) return n;
  }
  return NaN;
}

/** Normalize a string for matching and search; whitespace collapsed, trimmed. */
export function normalizeArabic(s: string): string {
  // Most strings asked again (labels, names) change in a few letters or none: the unchanged
  // start is one slice, not a string built a character at a time.
  const same = unchangedPrefix(s);
  if (same === s.length) return s;
  let out = s.slice(0, same);
  let space = false;
  for (let i = same; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      space = out.length > 0;
      continue;
    }
    const n = NORM_TABLE[c] ?? c;
    if (n === 0) continue;
    if (space) out += ' ';
    space = false;
    out += n === c ? s[i] : String.fromCharCode(n);
  }
  return out;
}

/** How many leading characters normalizeArabic copies as they are: each maps to itself, and a
 * space stands alone between two other characters (the loop would rewrite it to the same). */
function unchangedPrefix(s: string): number {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      if (i === 0 || i === n - 1) return i;
      const next = s.charCodeAt(i + 1);
      if (isSpace(next) || NORM_TABLE[next] !== next) return i;
    } else if (NORM_TABLE[c] !== c || isSpace(c)) return i;
  }
  return n;
}

/** As normalizeArabic, and punctuation becomes space (the gold matching rule). */
export function normalizeForMatch(s: string): string {
  let out = '';
  for (const ch of s) out += /[\p{L}\p{N}\p{M}]/u.test(ch) ? ch : ' ';
  return normalizeArabic(out);
}
