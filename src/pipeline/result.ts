/**
 * The document's findings as the public ExtractionResult.
 */
import type { Doc } from './document.ts';
import type { ExtractionResult } from './types.ts';

export function toResult(doc: Doc): ExtractionResult {
  return {
    article: {
      id: doc.id,
      title: doc.title,
      text: doc.text,
      ...(doc.bodyEnd < doc.text.length ? { bodyEnd: doc.bodyEnd } : {}),
    },
    entities: [...doc.entities.values()],
    statements: doc.statements,
    relations: doc.relations,
  };
}
