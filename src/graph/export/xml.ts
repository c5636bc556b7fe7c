/** Text safe inside an XML element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return dropForbiddenChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** XML 1.0 forbids control codes other than tab and newlines: one would make the file unreadable. */
export function dropForbiddenChars(text: string): string {
  let kept = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const forbidden =
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
      code === 0xfffe ||
      code === 0xffff;
    if (!forbidden) kept += char;
  }
  return kept;
}
