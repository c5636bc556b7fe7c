/** Canvas labels: statements are shortened to their first words; the full text is one click away. */
const STATEMENT_WORDS = 5;
const MAX_CHARS = 32;

export function shortenLabel(label: string, words = STATEMENT_WORDS): string {
  const whole = label.trim().split(/\s+/).join(' ');
  let short = whole.split(' ').slice(0, words).join(' ');
  if (short.length > MAX_CHARS) short = short.slice(0, MAX_CHARS).trimEnd();
  return short.length < whole.length ? `${short}…` : short;
}
