/** The extraction result types live in the shared contract (src/core/types.ts). */
export type {
  ArticleInput,
  ExtractedEntity,
  ExtractedRelation,
  ExtractedStatement,
  ExtractionResult,
} from '../core/types.ts';
export { ArticleError } from '../core/types.ts';
