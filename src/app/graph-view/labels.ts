/**
 * Canvas labels. Statements are shortened to their first words and cut to fit the width the
 * style gives them — here, not by Cytoscape's own ellipsis, so the cut and its direction are the
 * same on screen and in exported PNG, JPEG and SVG (an exported canvas is not in the page and
 * lays text out left to right: a bare trailing "…" would jump to the start of the Arabic).
 * Names follow the interface language (src/app/i18n/names.ts).
 */
import { nameIn } from '../i18n/names';
import type { Lang } from '../i18n/messages';

const STATEMENT_WORDS = 5;
const MAX_CHARS = 32;
/** The style's statement `text-max-width`, in px. */
export const STATEMENT_LABEL_WIDTH = 110;

const ELLIPSIS = '…';
/** Right-to-left mark: keeps a trailing ellipsis at the end (left) of right-to-left text. */
const RLM = '\u200F';
/** Left-to-right mark. */
const LRM = '\u200E';
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const STRONG = /[A-Za-z\u00C0-\u024F\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/** Text width in px at the statement label's font; an estimate when no canvas is at hand. */
export type MeasureText = (text: string) => number;
const estimate: MeasureText = (text) => text.length * 5.6;

function isRtl(text: string): boolean {
  const first = text.match(STRONG)?.[0];
  return first !== undefined && RTL_LETTER.test(first);
}

/** First words, at most MAX_CHARS, then trimmed until it fits `maxWidth`; "…" when cut. */
export function shortenLabel(
  label: string,
  words = STATEMENT_WORDS,
  measure: MeasureText | null = null,
  maxWidth = Infinity,
): string {
  const whole = label.trim().split(/\s+/).join(' ');
  let short = whole.split(' ').slice(0, words).join(' ');
  if (short.length > MAX_CHARS) short = short.slice(0, MAX_CHARS).trimEnd();
  if (measure) {
    const width = (text: string) => measure(text.length < whole.length ? text + ELLIPSIS : text);
    // Whole words first; a single word too long for the line is cut inside.
    while (short.length > 1 && width(short) > maxWidth) {
      const lastSpace = short.lastIndexOf(' ');
      short = (lastSpace > 0 ? short.slice(0, lastSpace) : short.slice(0, -1)).trimEnd();
    }
  }
  return short.length < whole.length ? `${short}${ELLIPSIS}` : short;
}

/** A statement's canvas label: shortened to fit, the ellipsis held at the end of Arabic text. */
export function statementLabel(text: string, measure: MeasureText = estimate): string {
  const short = shortenLabel(text, STATEMENT_WORDS, measure, STATEMENT_LABEL_WIDTH);
  return short.endsWith(ELLIPSIS) && isRtl(short) ? `${short}${RLM}` : short;
}

export interface LabelInput {
  kind?: unknown;
  label?: unknown;
  labelEn?: unknown;
  text?: unknown;
}

/**
 * What the canvas shows for a node: a statement's shortened text, or a name in the interface
 * language; with `collapsed` statements, the speaker's count is added («17 تصريحًا»).
 */
export function displayLabel(
  data: LabelInput,
  lang: Lang,
  options: { measure?: MeasureText; collapsed?: number } = {},
): string {
  if (data.kind === 'statement')
    return statementLabel(String(data.text ?? data.label ?? ''), options.measure);
  const name = capName(nameIn(lang, data));
  const count = options.collapsed ?? 0;
  if (count === 0) return name;
  // Two lines: each opens with the interface direction's mark, so the count reads in order
  // whatever direction the canvas lays text out in (an exported canvas is left to right).
  const mark = lang === 'ar' ? RLM : LRM;
  return `${mark}${name}\n${mark}${statementCount(lang, count)}`;
}

/** The canvas shows at most this many characters of a name; the tooltip and inspector show all. */
const MAX_CANVAS_NAME = 60;

function capName(name: string): string {
  if (name.length <= MAX_CANVAS_NAME) return name;
  const short = `${name.slice(0, MAX_CANVAS_NAME - 1)}${ELLIPSIS}`;
  return isRtl(short) ? `${short}${RLM}` : short;
}

/** "17 statements" / «17 تصريحًا», with Arabic's number agreement. */
export function statementCount(lang: Lang, count: number): string {
  if (lang === 'en') return `${count} ${count === 1 ? 'statement' : 'statements'}`;
  if (count === 1) return 'تصريح واحد';
  if (count === 2) return 'تصريحان';
  if (count % 100 >= 3 && count % 100 <= 10) return `${count} تصريحات`;
  return `${count} تصريحًا`;
}
