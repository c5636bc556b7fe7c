/** What the exporters produce: named text files, ready to download or write to disk. */
export const DATA_FORMATS = ['json', 'gexf', 'graphml', 'cyjs', 'csv', 'neo4j', 'ftm'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

export const IMAGE_FORMATS = ['png', 'jpg', 'svg'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

/** "What is visible now" or "everything". */
export const EXPORT_SCOPES = ['visible', 'all'] as const;
export type ExportScope = (typeof EXPORT_SCOPES)[number];

export const CSV_TABLES = ['statements', 'nodes', 'edges'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

export interface ExportFile {
  /** File name, e.g. `isnad-summit-2026-11-29.gexf`. */
  name: string;
  mime: string;
  content: string;
  /** For formats of several files: which one (`nodes`, `relationships`, `statements`…). */
  part?: string;
  /** The extension, without the dot (`csv`, `ftm.jsonl`). */
  extension: string;
}

/** The keys shown on screen; edges without a key are kept when both ends are. */
export interface VisibleKeys {
  nodes: ReadonlySet<string>;
  edges?: ReadonlySet<string>;
}
