/**
 * The graph as three tables (statements, nodes, edges) of scalar cells, for CSV and spreadsheets.
 * Cells hold what a reader wants to see: names, not internal keys (a country is «روسيا», not
 * `place:روسيا`), mentions as the words of the article, and the article's title, outlet, URL and
 * date beside each statement. Keys stay in the `id`, `source` and `target` columns for joins.
 */
import type { SerializedGraph } from 'graphology-types';
import type { ArticleRecord, Mention, NodeAttributes, StatementNodeAttributes } from '../types';
import { flattenAttributes, LIST_SEPARATOR, type Scalar } from './flatten';
import { edgeId } from './subset';
import type { CsvTable } from './types';

export type Row = Record<string, Scalar>;
export interface Table {
  columns: string[];
  rows: Row[];
}

export const STATEMENT_COLUMNS = [
  'id', 'speaker', 'speaker_role', 'delegation', 'text', 'mode', 'mode_ar', 'cue', 'mentions',
  'article_title', 'outlet', 'url', 'date', 'article', 'start', 'end',
] as const; // prettier-ignore

export const EDGE_COLUMNS = [
  'id', 'source', 'target', 'source_label', 'target_label', 'kind', 'mentions',
] as const; // prettier-ignore

/** Node columns: these first, then any other attribute in order of first appearance. */
const LEADING_NODE_COLUMNS = ['id', 'kind', 'label', 'labelEn', 'role', 'country', 'aliases'];

/** Node attributes that hold another node's key: written as that node's name. */
const KEY_ATTRIBUTES = ['country', 'speaker'];

const MODES_AR: Record<string, string> = { direct: 'مباشر', reported: 'منقول' };

export function graphTables(graph: SerializedGraph): Record<CsvTable, Table> {
  return { statements: statementTable(graph), nodes: nodeTable(graph), edges: edgeTable(graph) };
}

function attributesOf(graph: SerializedGraph): Map<string, NodeAttributes> {
  return new Map(graph.nodes.map((n) => [n.key, (n.attributes ?? {}) as NodeAttributes]));
}

function labeller(graph: SerializedGraph) {
  const nodes = attributesOf(graph);
  return (key: string | undefined) => (key ? (nodes.get(key)?.label ?? key) : '');
}

/** The words of the article, each once, in order: `بوتين | الرئيس الروسي`. */
export function mentionTexts(mentions: readonly Mention[] | undefined): string {
  return [...new Set((mentions ?? []).map((m) => m.text.trim()))].join(LIST_SEPARATOR);
}

function statementTable(graph: SerializedGraph): Table {
  const nodes = attributesOf(graph);
  const label = labeller(graph);
  const articles = new Map(
    ((graph.attributes?.articles ?? []) as ArticleRecord[]).map((a) => [a.id, a]),
  );
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
    const speakerAttrs = speaker ? nodes.get(speaker) : undefined;
    const article = articles.get(attrs.article);
    rows.push({
      id: key,
      speaker: label(speaker),
      speaker_role:
        speakerAttrs && speakerAttrs.kind !== 'statement' ? (speakerAttrs.role ?? '') : '',
      delegation: delegationOf(speaker),
      text: attrs.text,
      mode: attrs.mode,
      mode_ar: MODES_AR[attrs.mode] ?? '',
      cue: attrs.cue,
      mentions: outgoing(key, 'mentions').map(label).join(LIST_SEPARATOR),
      article_title: article?.title ?? '',
      outlet: article?.source ?? '',
      url: article?.url ?? '',
      date: article?.date ?? '',
      article: attrs.article,
      start: attrs.start,
      end: attrs.end,
    });
  }
  return { columns: [...STATEMENT_COLUMNS], rows };
}

function nodeTable(graph: SerializedGraph): Table {
  const label = labeller(graph);
  const columns = new Set(LEADING_NODE_COLUMNS);
  const rows = graph.nodes.map(({ key, attributes = {} }) => {
    const row: Row = { id: key, ...flattenAttributes(attributes) };
    for (const name of KEY_ATTRIBUTES)
      if (typeof attributes[name] === 'string') row[name] = label(attributes[name] as string);
    row.mentions = mentionTexts(attributes.mentions as Mention[] | undefined);
    for (const column of Object.keys(row)) columns.add(column);
    return row;
  });
  return { columns: [...columns], rows };
}

function edgeTable(graph: SerializedGraph): Table {
  const label = labeller(graph);
  const rows = graph.edges.map(({ key, source, target, attributes = {} }, i) => ({
    id: edgeId(key, i),
    source,
    target,
    source_label: label(source),
    target_label: label(target),
    kind: String(attributes.kind ?? ''),
    mentions: mentionTexts(attributes.mentions as Mention[] | undefined),
  }));
  return { columns: [...EDGE_COLUMNS], rows };
}
