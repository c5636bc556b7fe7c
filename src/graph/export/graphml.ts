/**
 * GraphML (yEd, Cytoscape Desktop). graphology-graphml only parses, so this is a small writer:
 * one typed `<key>` per attribute, lists flattened to strings, positions kept as `x`/`y`.
 * Its output parses back with graphology-graphml (the browser tests check it).
 */
import type { SerializedGraph } from 'graphology-types';
import { flattenAttributes, type Scalar } from './flatten';
import { edgeId } from './subset';
import { escapeXml } from './xml';

type Domain = 'graph' | 'node' | 'edge';
type KeyType = 'boolean' | 'int' | 'double' | 'string';

interface KeySpec {
  id: string;
  domain: Domain;
  name: string;
  type: KeyType;
}

export function toGraphml(graph: SerializedGraph): string {
  const titles = (graph.attributes?.articles ?? []) as Array<{ title?: string }>;
  const graphData = { title: titles.map((a) => a.title ?? '').join(' — '), creator: 'Isnad' };
  const nodes = graph.nodes.map((n) => ({
    key: n.key,
    data: flattenAttributes(n.attributes ?? {}),
  }));
  const edges = graph.edges.map((e, i) => ({
    ...e,
    id: edgeId(e.key, i),
    data: flattenAttributes(e.attributes ?? {}),
  }));
  const keys = new KeyTable();
  keys.collect('graph', [graphData]);
  keys.collect('node', nodes.map((n) => n.data)); // prettier-ignore
  keys.collect('edge', edges.map((e) => e.data)); // prettier-ignore
  const edgeDefault = graph.options?.type === 'undirected' ? 'undirected' : 'directed';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys
      .specs()
      .map(
        (k) =>
          `  <key id="${k.id}" for="${k.domain}" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`,
      ),
    `  <graph id="isnad" edgedefault="${edgeDefault}">`,
    ...dataLines(keys, 'graph', graphData, '    '),
    ...nodes.flatMap((n) => [
      `    <node id="${escapeXml(n.key)}">`,
      ...dataLines(keys, 'node', n.data, '      '),
      '    </node>',
    ]),
    ...edges.flatMap((e) => [
      `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">`,
      ...dataLines(keys, 'edge', e.data, '      '),
      '    </edge>',
    ]),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

function dataLines(keys: KeyTable, domain: Domain, data: Record<string, Scalar>, indent: string) {
  return Object.entries(data).map(
    ([name, value]) =>
      `${indent}<data key="${keys.id(domain, name)}">${escapeXml(String(value))}</data>`,
  );
}

/** Attribute keys per domain, typed by the widest value seen (int < double < string). */
class KeyTable {
  private readonly table = new Map<string, KeySpec>();

  collect(domain: Domain, records: ReadonlyArray<Record<string, Scalar>>): void {
    for (const record of records)
      for (const [name, value] of Object.entries(record)) {
        const id = `${domain[0]}_${name}`;
        const known = this.table.get(id);
        const type = widen(known?.type, typeOf(value));
        this.table.set(id, { id, domain, name, type });
      }
  }

  id(domain: Domain, name: string): string {
    return `${domain[0]}_${name}`;
  }

  specs(): KeySpec[] {
    return [...this.table.values()];
  }
}

function typeOf(value: Scalar): KeyType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'double';
  return 'string';
}

function widen(known: KeyType | undefined, next: KeyType): KeyType {
  if (!known || known === next) return next;
  if ((known === 'int' && next === 'double') || (known === 'double' && next === 'int'))
    return 'double';
  return 'string';
}
