/**
 * Graph data exports, pure: a serialized graph in, named text files out. The browser menu
 * (src/app/export) and the CLI (src/cli/export.ts) are thin shells around `exportData`.
 */
import type { SerializedGraph } from 'graphology-types';
import type { ArticleRecord } from '../types';
import { tableToCsv } from './csv';
import { exportFileName } from './filename';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';
import { graphTables } from './rows';
import { visibleSubgraph } from './subset';
import { CSV_TABLES, type DataFormat, type ExportFile, type VisibleKeys } from './types';

export * from './types';
export { exportFileName, slugify, isoDay } from './filename';
export { flattenAttributes, flattenMentions, LIST_SEPARATOR } from './flatten';
export { graphTables, type Row, type Table } from './rows';
export { visibleSubgraph, edgeId } from './subset';
export { tableToCsv } from './csv';
export { toGexf } from './gexf';
export { toGraphml } from './graphml';

export interface DataExportOptions {
  /** The export date, in the file names. */
  date: Date;
  /** Only what is visible now; everything when absent. */
  visible?: VisibleKeys;
  /** Node colour by kind, for GEXF's `viz:color`. */
  colors?: Readonly<Record<string, string>>;
}

const MIME: Record<DataFormat, string> = {
  json: 'application/json',
  gexf: 'application/gexf+xml',
  graphml: 'application/graphml+xml',
  csv: 'text/csv',
};

/** One file per format, except CSV: `-statements`, `-nodes` and `-edges` files. */
export function exportData(
  full: SerializedGraph,
  format: DataFormat,
  options: DataExportOptions,
): ExportFile[] {
  const graph = options.visible ? visibleSubgraph(full, options.visible) : full;
  const name = (extension: string, suffix = '') =>
    exportFileName(articleNameCandidates(full), options.date, extension, suffix);
  const file = (content: string, suffix = ''): ExportFile => ({
    name: name(format, suffix),
    mime: MIME[format],
    content,
  });
  switch (format) {
    case 'json':
      return [file(JSON.stringify(graph, null, 2))];
    case 'gexf':
      return [file(toGexf(graph, { colors: options.colors }))];
    case 'graphml':
      return [file(toGraphml(graph))];
    case 'csv': {
      const tables = graphTables(graph);
      return CSV_TABLES.map((table) => file(tableToCsv(tables[table]), `-${table}`));
    }
  }
}

/** The first article's title, then its id: what the file names are made of. */
export function articleNameCandidates(graph: SerializedGraph): string[] {
  const first = (graph.attributes?.articles as ArticleRecord[] | undefined)?.[0];
  return [first?.title, first?.id].filter((s): s is string => typeof s === 'string');
}
