/**
 * Ids every XML reader accepts. GraphML declares node, edge and key ids as xs:NMTOKEN (letters,
 * digits, `.`, `-`, `_`, `:`; no spaces, no `>`), and our keys hold spaces (`person:دونالد ترامب`)
 * and arrows (`person:x->statement:y`). Each key becomes a readable NMTOKEN — other characters
 * turn into `_`, a clash gets a number — and the original key travels as the `isnad_key` attribute
 * (not `key`, which networkx reserves for multigraph edges).
 */

// Arabic letters, marks and digits and Latin-1 letters are name characters in every edition of
// XML 1.0 (the older one, which schema validators still use, lacks newer Unicode letters).
const NAME_RANGES: ReadonlyArray<[number, number]> = [
  [0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a], [0xc0, 0xd6], [0xd8, 0xf6], [0xf8, 0xff],
  [0x621, 0x63a], [0x641, 0x652], [0x660, 0x669], [0x670, 0x6d3], [0x6d5, 0x6d5],
]; // prettier-ignore

function isNameChar(char: string): boolean {
  if (char === '-' || char === '.' || char === '_' || char === ':') return true;
  const code = char.codePointAt(0) ?? 0;
  return NAME_RANGES.some(([low, high]) => code >= low && code <= high);
}

export function nmtoken(text: string): string {
  const token = Array.from(text.replace(/->/g, '--'))
    .map((char) => (isNameChar(char) ? char : '_'))
    .join('')
    .replace(/_+/g, '_');
  return token.length > 0 ? token : '_';
}

/** key → unique NMTOKEN id, in the order given. */
export function xmlIds(keys: Iterable<string>): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const key of keys) {
    if (ids.has(key)) continue;
    const base = nmtoken(key);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
    taken.add(id);
    ids.set(key, id);
  }
  return ids;
}
