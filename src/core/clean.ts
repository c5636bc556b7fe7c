/**
 * Text is cleaned once, at the door (the CLI's reader, the app's paste and upload, graph
 * files): C0 and C1 control characters other than tab and newline — U+000B, Word's line
 * break, arrives with pasted text — become spaces. Same length, so every offset still holds.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

export function cleanControls(text: string): string {
  return text.replace(CONTROLS, ' ');
}

/** The longest article extracted, in characters (about 2 MB of Arabic in UTF-8). */
export const MAX_ARTICLE_CHARS = 1_000_000;
