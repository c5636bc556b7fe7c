/**
 * Graph data exports, pure: a serialized graph in, named text files out. The browser menu
 * (src/app/export) and the CLI (src/cli/export.ts) are thin shells around `exportData`, so both
 * write the same files; the formats are the rows of formats.ts.
 */
import type { SerializedGraph } from 'graphology-types';
import type { ArticleRecord } from '../types';
import { exportFileName } from './filename';
import { FORMATS } from './formats';
import { visibleSubgraph } from './subset';
import type { DataFormat, ExportFile, VisibleKeys } from './types';

export * from './types';
export { FORMATS, type FormatSpec } from './formats';
export { exportFileName, slugify, isoDay } from './filename';
export { flattenAttributes, flattenMentions, LIST_SEPARATOR } from './flatten';
export { graphTables, mentionTexts, type Row, type Table } from './rows';
export { visibleSubgraph, edgeId } from './subset';
export { tableToCsv, FORMULA_START } from './csv';
export { toGexf } from './gexf';
export { toGraphml } from './graphml';
export { toCyjs } from './cyjs';
export { toGraphJson } from './json';
export { neo4jTables, neo4jCsv } from './neo4j';
export { ftmEntities, toFtm, type FtmEntity } from './ftm';
export { escapeXml, dropForbiddenChars, el, serializeXml, type XmlElement } from './xml';
export { nmtoken, xmlIds } from './ids';
export { KIND_COLORS, EDGE_STYLES, nodeLooks, edgeLook } from './palette';

export interface DataExportOptions {
  /** The export date, in the file names (and GEXF's `lastmodifieddate`). */
  date: Date;
  /** Only what is visible now; everything when absent. */
  visible?: VisibleKeys;
}

/** The files of one format: one, or several named by their part (`-nodes`, `-statements`…). */
export function exportData(
  full: SerializedGraph,
  format: DataFormat,
  options: DataExportOptions,
): ExportFile[] {
  const graph = options.visible ? visibleSubgraph(full, options.visible) : full;
  const spec = FORMATS[format];
  return spec.write(graph, { date: options.date, whole: full }).map(({ part, content }) => ({
    name: exportFileName(
      articleNameCandidates(full),
      options.date,
      spec.extension,
      part ? `-${part}` : '',
    ),
    mime: spec.mime,
    content,
    extension: spec.extension,
    ...(part ? { part } : {}),
  }));
}

/** The first article's title, then its id: what the file names are made of. */
export function articleNameCandidates(graph: SerializedGraph): string[] {
  const first = (graph.attributes?.articles as ArticleRecord[] | undefined)?.[0];
  return [first?.title, first?.id].filter((s): s is string => typeof s === 'string');
}
