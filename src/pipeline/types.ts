/**
 * What the pipeline produces for one article: entities, statements and relations, every one
 * anchored to offsets of the ORIGINAL text (`text.slice(start, end) === surface`).
 */
import type {
  ArticleRecord,
  EdgeKind,
  EntityKind,
  Mention,
  StatementMode,
} from '../graph/types.ts';

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
