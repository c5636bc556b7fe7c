/**
 * The contract shared by the pure core (src/pipeline writes it, src/graph reads it, neither
 * imports the other). The graph contract: what the preprocessing writes and what the app, the exporters and other
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

/**
 * Why the extractor made a mention or a statement: the rule (a stable id, explained to users by
 * the app) and the words that triggered it (a title, a speech verb, a head noun…), as written.
 */
export interface Reason {
  rule: string;
  cue?: string;
  /** Statements: how the speaker was chosen (subject after the cue, carried over…). */
  speakerBy?: string;
}

/** A span of the ORIGINAL article text: `article.text.slice(start, end) === text`. */
export interface Mention {
  article: string;
  start: number;
  end: number;
  text: string;
  /** Why the extractor saw an entity here (absent in hand-made or older files). */
  reason?: Reason;
}

export interface ArticleRecord {
  id: string;
  title: string;
  text: string;
  /** Where the article body ends (page boilerplate such as «مواضيع ذات صلة» follows). */
  bodyEnd?: number;
  /** The outlet (site name), as the page or the user gives it. */
  source?: string;
  /** Where the article was published (canonical or og:url). */
  url?: string;
  /** Publication date, ISO (2025-08-16 or a full timestamp). */
  date?: string;
  byline?: string;
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
  /** Why the extractor made this statement and chose its speaker. */
  reason?: Reason;
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

// ── What the pipeline produces for one article: entities, statements and relations, every one
// anchored to offsets of the ORIGINAL text (`text.slice(start, end) === surface`).

export interface ArticleInput {
  id: string;
  title?: string;
  text: string;
}

export interface ExtractedEntity {
  /** Node key, stable across articles for the same real entity, e.g. `person:دونالد ترامب`. */
  key: string;
  kind: EntityKind;
  /** Name as written (no title, no glued clitic). */
  label: string;
  labelEn?: string;
  /** Other surface forms (names only, no descriptions). */
  aliases: string[];
  /** Title as written, e.g. «وزير الخارجية». */
  role?: string;
  /** Lexicon id of the country this entity belongs to (a person's, a delegation's). */
  countryId?: string;
  /** For places: lexicon id when the place is a known country. */
  lexiconId?: string;
  mentions: Mention[];
}

export interface ExtractedStatement {
  key: string;
  text: string;
  start: number;
  end: number;
  mode: StatementMode;
  cue: string;
  /** Entity key of the speaker. */
  speaker?: string;
  /** Entity keys named inside the statement. */
  mentions: string[];
  reason?: Reason;
}

export interface ExtractedRelation {
  kind: EdgeKind;
  source: string;
  target: string;
  evidence?: Mention;
}

export interface ExtractionResult {
  article: ArticleRecord;
  entities: ExtractedEntity[];
  statements: ExtractedStatement[];
  relations: ExtractedRelation[];
}

export class ArticleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArticleError';
  }
}
