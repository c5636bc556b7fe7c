/** Attribute declarations shared by GEXF and GraphML: one typed entry per name, widest type wins. */
import type { Scalar } from './flatten';
import { xmlIds } from './ids';

export type ValueType = 'boolean' | 'int' | 'double' | 'string';

export interface AttributeKey {
  /** The attribute's name as in the graph. */
  name: string;
  /** NMTOKEN-safe, unique within its domain. */
  id: string;
  type: ValueType;
}

export function attributeKeys(records: ReadonlyArray<Record<string, Scalar>>): AttributeKey[] {
  const types = new Map<string, ValueType>();
  for (const record of records)
    for (const [name, value] of Object.entries(record))
      types.set(name, widen(types.get(name), typeOf(value)));
  const ids = xmlIds(types.keys());
  return [...types].map(([name, type]) => ({ name, id: ids.get(name)!, type }));
}

function typeOf(value: Scalar): ValueType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'double';
  return 'string';
}

function widen(known: ValueType | undefined, next: ValueType): ValueType {
  if (!known || known === next) return next;
  if ((known === 'int' && next === 'double') || (known === 'double' && next === 'int'))
    return 'double';
  return 'string';
}
