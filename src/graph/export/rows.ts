/**
 * The graph as three tables (statements, nodes, edges) of scalar cells, for CSV and spreadsheets.
 * Tables carry labels beside keys so a row reads on its own.
 */
import type { SerializedGraph } from 'graphology-types';
import type { ArticleRecord, NodeAttributes, StatementNodeAttributes } from '../types';
import { flattenAttributes, flattenMentions, LIST_SEPARATOR, type Scalar } from './flatten';
import { edgeId } from './subset';
import type { CsvTable } from './types';

export type Row = Record<string, Scalar>;
export interface Table {
  columns: string[];
  rows: Row[];
}

export const STATEMENT_COLUMNS = [
  'id', 'speaker', 'delegation', 'text', 'mode', 'cue', 'mentions', 'article', 'start', 'end',
  'article_title', 'outlet', 'url', 'date',
] as const; // prettier-ignore

export const EDGE_COLUMNS = [
  'id', 'source', 'target', 'source_label', 'target_label', 'kind', 'mentions',
] as const; // prettier-ignore

/** Node columns: these first, then any other attribute in order of first appearance. */
const LEADING_NODE_COLUMNS = ['id', 'kind', 'label', 'labelEn', 'role', 'country', 'aliases'];

export function graphTables(graph: SerializedGraph): Record<CsvTable, Table> {
  return { statements: statementTable(graph), nodes: nodeTable(graph), edges: edgeTable(graph) };
}

function attributesOf(graph: SerializedGraph): Map<string, NodeAttributes> {
  return new Map(graph.nodes.map((n) => [n.key, (n.attributes ?? {}) as NodeAttributes]));
}

function statementTable(graph: SerializedGraph): Table {
  const nodes = attributesOf(graph);
  // Every row carries its source, so a statement read alone still says who reported it.
  const articles = new Map(
    ((graph.attributes?.articles ?? []) as ArticleRecord[]).map((a) => [a.id, a]),
  );
  const label = (key: string | undefined) => (key ? (nodes.get(key)?.label ?? key) : '');
  const outgoing = (source: string, kind: string) =>
    graph.edges
      .filter((e) => e.source === source && e.attributes?.kind === kind)
      .map((e) => e.target);
  const speakerOf = (key: string, attrs: StatementNodeAttributes) =>
    attrs.speaker ??
    graph.edges.find((e) => e.target === key && e.attributes?.kind === 'said')?.source;
  const delegationOf = (speaker: string | undefined): string => {
    if (!speaker) return '';
    if (nodes.get(speaker)?.kind === 'delegation') return label(speaker);
    return [...outgoing(speaker, 'heads'), ...outgoing(speaker, 'member_of')]
      .map(label)
      .join(LIST_SEPARATOR);
  };
  const rows: Row[] = [];
  for (const { key } of graph.nodes) {
    const attrs = nodes.get(key);
    if (!attrs || attrs.kind !== 'statement') continue;
    const speaker = speakerOf(key, attrs);
    rows.push({
      id: key,
      speaker: label(speaker),
      delegation: delegationOf(speaker),
      text: attrs.text,
      mode: attrs.mode,
      cue: attrs.cue,
      mentions: outgoing(key, 'mentions').map(label).join(LIST_SEPARATOR),
      article: attrs.article,
      start: attrs.start,
      end: attrs.end,
      article_title: articles.get(attrs.article)?.title ?? '',
      outlet: articles.get(attrs.article)?.source ?? '',
      url: articles.get(attrs.article)?.url ?? '',
      date: articles.get(attrs.article)?.date ?? '',
    });
  }
  return { columns: [...STATEMENT_COLUMNS], rows };
}

function nodeTable(graph: SerializedGraph): Table {
  const columns = new Set(LEADING_NODE_COLUMNS);
  const rows = graph.nodes.map(({ key, attributes = {} }) => {
    const row: Row = { id: key, ...flattenAttributes(attributes) };
    for (const column of Object.keys(row)) columns.add(column);
    return row;
  });
  return { columns: [...columns], rows };
}

function edgeTable(graph: SerializedGraph): Table {
  const nodes = attributesOf(graph);
  const rows = graph.edges.map(({ key, source, target, attributes = {} }, i) => ({
    id: edgeId(key, i),
    source,
    target,
    source_label: nodes.get(source)?.label ?? source,
    target_label: nodes.get(target)?.label ?? target,
    kind: String(attributes.kind ?? ''),
    mentions: flattenMentions(attributes.mentions),
  }));
  return { columns: [...EDGE_COLUMNS], rows };
}
