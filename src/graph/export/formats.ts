/**
 * Every data export format in one table: its name in the menu, the tool it is for, its MIME type,
 * its extension and its writer. A new format is one row here (the CLI's usage and the app's menu
 * read this table).
 */
import type { SerializedGraph } from 'graphology-types';
import { tableToCsv } from './csv';
import { toCyjs } from './cyjs';
import { toFtm } from './ftm';
import { toGexf } from './gexf';
import { toGraphJson } from './json';
import { toGraphml } from './graphml';
import { neo4jCsv, neo4jTables } from './neo4j';
import { graphTables } from './rows';
import { CSV_TABLES, type DataFormat } from './types';

export interface WriteContext {
  date: Date;
  /** The whole graph, whose degrees size the nodes when `graph` is the visible part. */
  whole: SerializedGraph;
}

export interface FormatSpec {
  /** The menu's button. */
  label: string;
  /** What it opens in (the menu's tooltip and the CLI's usage). */
  forTools: string;
  mime: string;
  extension: string;
  /** One entry per file: `part` names it when a format writes several. */
  write(graph: SerializedGraph, context: WriteContext): Array<{ part?: string; content: string }>;
}

export const FORMATS: Record<DataFormat, FormatSpec> = {
  json: {
    label: 'Graph JSON',
    forTools: 'Isnad, graphology, Gephi Lite',
    mime: 'application/json',
    extension: 'json',
    write: (graph, { whole }) => [
      { content: JSON.stringify(toGraphJson(graph, { looksFrom: whole }), null, 2) },
    ],
  },
  gexf: {
    label: 'GEXF',
    forTools: 'Gephi, Gephi Lite',
    mime: 'application/gexf+xml',
    extension: 'gexf',
    write: (graph, { date, whole }) => [{ content: toGexf(graph, { date, looksFrom: whole }) }],
  },
  graphml: {
    label: 'GraphML',
    forTools: 'yEd, Cytoscape Desktop, networkx, igraph',
    mime: 'application/graphml+xml',
    extension: 'graphml',
    write: (graph, { whole }) => [{ content: toGraphml(graph, { looksFrom: whole }) }],
  },
  cyjs: {
    label: 'Cytoscape JSON',
    forTools: 'Cytoscape Desktop, Cytoscape.js',
    mime: 'application/json',
    extension: 'cyjs',
    write: (graph, { whole }) => [
      { content: JSON.stringify(toCyjs(graph, { looksFrom: whole }), null, 2) },
    ],
  },
  csv: {
    label: 'CSV',
    forTools: 'Excel, LibreOffice, Google Sheets',
    mime: 'text/csv',
    extension: 'csv',
    write: (graph) => {
      const tables = graphTables(graph);
      return CSV_TABLES.map((part) => ({ part, content: tableToCsv(tables[part]) }));
    },
  },
  neo4j: {
    label: 'Neo4j CSV',
    forTools: 'neo4j-admin database import',
    mime: 'text/csv',
    extension: 'csv',
    write: (graph) => {
      const tables = neo4jTables(graph);
      return (['nodes', 'relationships'] as const).map((part) => ({
        part,
        content: neo4jCsv(tables[part]),
      }));
    },
  },
  ftm: {
    label: 'FollowTheMoney',
    forTools: 'OCCRP Aleph, OpenSanctions (ftm)',
    mime: 'application/x-ndjson',
    extension: 'ftm.jsonl',
    write: (graph) => [{ content: toFtm(graph) }],
  },
};
