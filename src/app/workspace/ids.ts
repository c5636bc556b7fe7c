/**
 * Ids from content. An article's id is a hash of its text, so the same article pasted twice is
 * noticed, and a statement's key (`statement:<article>:<offset>`) means the same thing in every
 * browser. A workspace's article set is a hash of its article ids: a shared link names it.
 */

/** Two 32-bit FNV-1a hashes with different seeds, as 16 hex digits. */
export function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return hex(a) + hex(b);
}

/** `a` and 12 hex digits of the text's hash (whitespace at the ends does not count). */
export function articleIdFor(text: string): string {
  return `a${hashText(text.trim()).slice(0, 12)}`;
}

/** `<count>-<hash>` of the ids, whatever their order: `3-1f2e…`. Empty set: `0`. */
export function articleSetKey(ids: readonly string[]): string {
  if (ids.length === 0) return '0';
  return `${ids.length}-${hashText([...ids].sort().join('\n')).slice(0, 8)}`;
}

export function newWorkspaceId(): string {
  const random = Math.floor(Math.random() * 0xffffffff).toString(16);
  return `w${Date.now().toString(36)}${random}`;
}
