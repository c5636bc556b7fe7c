/** Small helpers the operations share: the `edited` mark, labels, where a new node goes. */
import type { EditMark, NodeAttributes } from '../../core/types.ts';
import type { Draft } from './draft.ts';

/** The attributes with one more mark (a new object: entries are never mutated). */
export function marked<T extends NodeAttributes>(attrs: T, mark: EditMark): T {
  return { ...attrs, edited: [...(attrs.edited ?? []), dropEmpty(mark)] };
}

function dropEmpty(mark: EditMark): EditMark {
  return {
    op: mark.op,
    ...(mark.from !== undefined ? { from: mark.from } : {}),
    ...(mark.to !== undefined ? { to: mark.to } : {}),
  };
}

export function labelIn(draft: Draft, key: string | undefined): string | undefined {
  return key === undefined ? undefined : (draft.attrs(key)?.label ?? key);
}

/** Beside `key` (a little below and aside), or the middle of the graph: positions stay data. */
export function near(draft: Draft, key: string | undefined): { x: number; y: number } {
  const at = key ? draft.attrs(key) : undefined;
  if (typeof at?.x === 'number' && typeof at.y === 'number') return { x: at.x + 70, y: at.y + 50 };
  const placed = draft.entries().filter(([, a]) => typeof a.x === 'number');
  if (placed.length === 0) return { x: 0, y: 0 };
  const sum = placed.reduce((s, [, a]) => ({ x: s.x + (a.x ?? 0), y: s.y + (a.y ?? 0) }), {
    x: 0,
    y: 0,
  });
  return { x: sum.x / placed.length, y: sum.y / placed.length };
}

/** Attributes without the listed keys. */
export function without<T extends object>(attrs: T, ...keys: (keyof T)[]): T {
  const copy = { ...attrs };
  for (const key of keys) delete copy[key];
  return copy;
}
