/**
 * GEXF 1.3 (Gephi) through graphology-gexf's writer. Lists are flattened first (GEXF attributes
 * are scalars); positions go to `viz` so Gephi opens the graph with our layout, and the edge kind
 * stays an attribute (GEXF's own `kind` means something else).
 */
import Graph from 'graphology';
import { write } from 'graphology-gexf';
import type { Attributes, SerializedGraph } from 'graphology-types';
import { withOrdinaryKeys } from '../reserved-keys';
import { flattenAttributes, type Scalar } from './flatten';
import { dropForbiddenChars } from './xml';

export interface GexfOptions {
  /** Node colour by kind (the app passes its palette; Gephi shows it). */
  colors?: Readonly<Record<string, string>>;
}

export function toGexf(serialized: SerializedGraph, options: GexfOptions = {}): string {
  // «constructor» or «__proto__» as a node key stays an ordinary key (see reserved-keys.ts).
  const graph = withOrdinaryKeys(new Graph(serialized.options));
  graph.import(serialized);
  const titles = (serialized.attributes?.articles ?? []) as Array<{ title?: string }>;
  graph.replaceAttributes({
    creator: 'Isnad',
    description: titles.map((article) => article.title ?? '').join(' — '),
  });
  return write(graph, {
    version: '1.3',
    formatNode: (_key, attributes: Attributes) => {
      const { label, x, y, ...rest } = attributes;
      const color = options.colors?.[String(rest.kind)];
      return {
        label: dropForbiddenChars(String(label ?? '')),
        viz: {
          ...(typeof x === 'number' && typeof y === 'number' ? { x, y } : {}),
          ...(color ? { color } : {}),
        },
        attributes: xmlSafe(flattenAttributes(rest)),
      };
    },
    formatEdge: (_key, attributes: Attributes) => ({
      label: String(attributes.kind ?? ''),
      attributes: xmlSafe(flattenAttributes(attributes)),
    }),
  });
}

/** The writer escapes markup but not control codes, which XML forbids (Gephi would refuse). */
function xmlSafe(attributes: Record<string, Scalar>): Record<string, Scalar> {
  return Object.fromEntries(
    Object.entries(attributes).map(([k, v]) => [
      k,
      typeof v === 'string' ? dropForbiddenChars(v) : v,
    ]),
  );
}
