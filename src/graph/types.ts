/**
 * The graph contract: what the preprocessing writes and what the app, the exporters and other
 * tools read. A graph is graphology's serialization (`graph.export()`) with these attributes.
 */

export const SCHEMA_VERSION = 1 as const;

export const ENTITY_KINDS = ['person', 'delegation', 'place', 'organization'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const NODE_KINDS = [...ENTITY_KINDS, 'statement'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const EDGE_KINDS = [
  'said', // speaker → statement
  'member_of', // person → delegation
  'heads', // leader → delegation
  'mentions', // statement → entity
  'located_in', // place → place
  'affiliated_with', // person → country (place) or organization
] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

export const STATEMENT_MODES = ['direct', 'reported'] as const;
export type StatementMode = (typeof STATEMENT_MODES)[number];

/** A span of the ORIGINAL article text: `article.text.slice(start, end) === text`. */
export interface Mention {
  article: string;
  start: number;
  end: number;
  text: string;
}

export interface ArticleRecord {
  id: string;
  title: string;
  text: string;
  /** Where the article body ends (page boilerplate such as «مواضيع ذات صلة» follows). */
  bodyEnd?: number;
  source?: string;
  url?: string;
  date?: string;
}

export interface GraphAttributes {
  schemaVersion: typeof SCHEMA_VERSION;
  generator: string;
  articles: ArticleRecord[];
}

interface NodeBase {
  kind: NodeKind;
  /** The name as written (no titles, no clitics); for statements, a shortened text. */
  label: string;
  /** English name where a lexicon knows the entity. */
  labelEn?: string;
  mentions: Mention[];
  /** Layout positions, computed once and stored as data. */
  x?: number;
  y?: number;
}

export interface EntityNodeAttributes extends NodeBase {
  kind: EntityKind;
  aliases: string[];
  /** Title as written, e.g. «وزير الخارجية». */
  role?: string;
  /** Node key of the person's (or delegation's) country, when the article makes it clear. */
  country?: string;
}

export interface StatementNodeAttributes extends NodeBase {
  kind: 'statement';
  aliases: string[];
  /** The statement's words, verbatim from the article. */
  text: string;
  mode: StatementMode;
  /** The speech verb or participle that introduces it, as written. */
  cue: string;
  article: string;
  start: number;
  end: number;
  /** Node key of the speaker (also the source of the `said` edge). */
  speaker?: string;
}

export type NodeAttributes = EntityNodeAttributes | StatementNodeAttributes;

export interface EdgeAttributes {
  kind: EdgeKind;
  /** Evidence: where in which article the relation is stated, when it is. */
  mentions?: Mention[];
}

export function isStatement(attrs: NodeAttributes): attrs is StatementNodeAttributes {
  return attrs.kind === 'statement';
}
