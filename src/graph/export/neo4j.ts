/**
 * Neo4j bulk import: `nodes.csv` (`id:ID`, `:LABEL`, properties with typed headers) and
 * `relationships.csv` (`:START_ID`, `:END_ID`, `:TYPE`), as `neo4j-admin database import full`
 * reads them (see the README). Lists use Neo4j's default array delimiter `;`. No byte-order mark
 * and no formula prefix: these files are for the database, not for a spreadsheet.
 */
import Papa from 'papaparse';
import type { SerializedGraph } from 'graphology-types';
import type { ArticleRecord, Mention, NodeAttributes } from '../types';
import type { Table } from './rows';
import { nodeLooks } from './palette';

const LABELS: Record<string, string> = {
  person: 'Person',
  delegation: 'Delegation',
  place: 'Place',
  organization: 'Organization',
  statement: 'Statement',
};

const NODE_COLUMNS = [
  'id:ID', ':LABEL', 'name', 'nameEn', 'role', 'aliases:string[]', 'text', 'mode', 'cue',
  'article', 'articleTitle', 'url', 'start:int', 'end:int', 'x:double', 'y:double', 'color',
  'size:double',
]; // prettier-ignore

const RELATIONSHIP_COLUMNS = [':START_ID', ':END_ID', ':TYPE', 'evidence', 'article'];

export function neo4jTables(graph: SerializedGraph): { nodes: Table; relationships: Table } {
  const looks = nodeLooks(graph);
  const articles = new Map(
    ((graph.attributes?.articles ?? []) as ArticleRecord[]).map((a) => [a.id, a]),
  );
  const nodes = graph.nodes.map(({ key, attributes }) => {
    const a = (attributes ?? {}) as Partial<NodeAttributes> & Record<string, unknown>;
    const article = typeof a.article === 'string' ? articles.get(a.article) : undefined;
    const look = looks.get(key);
    return {
      'id:ID': key,
      ':LABEL': LABELS[String(a.kind)] ?? 'Entity',
      name: String(a.label ?? ''),
      nameEn: str(a.labelEn),
      role: str(a.role),
      'aliases:string[]': (Array.isArray(a.aliases) ? a.aliases : []).join(';'),
      text: str(a.text),
      mode: str(a.mode),
      cue: str(a.cue),
      article: str(a.article),
      articleTitle: article?.title ?? '',
      url: article?.url ?? '',
      'start:int': num(a.start),
      'end:int': num(a.end),
      'x:double': num(a.x),
      'y:double': num(a.y),
      color: look?.color ?? '',
      'size:double': look?.size ?? '',
    };
  });
  const relationships = graph.edges.map(({ source, target, attributes }) => {
    const mentions = (attributes?.mentions ?? []) as Mention[];
    return {
      ':START_ID': source,
      ':END_ID': target,
      ':TYPE': String(attributes?.kind ?? 'RELATED').toUpperCase(),
      evidence: mentions.map((m) => m.text).join(' | '),
      article: [...new Set(mentions.map((m) => m.article))].join(';'),
    };
  });
  return {
    nodes: { columns: NODE_COLUMNS, rows: nodes },
    relationships: { columns: RELATIONSHIP_COLUMNS, rows: relationships },
  };
}

export function neo4jCsv({ columns, rows }: Table): string {
  const data = rows.map((row) => columns.map((column) => row[column] ?? ''));
  return Papa.unparse({ fields: columns, data }, { newline: '\n' }) + '\n';
}

const str = (value: unknown) => (typeof value === 'string' ? value : '');
const num = (value: unknown) => (typeof value === 'number' ? value : '');
