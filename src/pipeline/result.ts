/**
 * The document's findings as the public ExtractionResult.
 */
import type { Doc } from './document.ts';
import type { ExtractedEntity, ExtractionResult } from './types.ts';

export function toResult(doc: Doc): ExtractionResult {
  return {
    article: {
      id: doc.id,
      title: doc.title,
      text: doc.text,
      ...(doc.bodyEnd < doc.text.length ? { bodyEnd: doc.bodyEnd } : {}),
    },
    entities: [...doc.entities.values()].map(standardLabel),
    statements: doc.statements,
    relations: doc.relations,
  };
}

const PERSIAN = /[\u06A9\u06CC]/;

/** «مسعود بزشکیان» also written «بزشكيان»: the label takes the standard Arabic ي/ك. */
function standardLabel(e: ExtractedEntity): ExtractedEntity {
  if (!PERSIAN.test(e.label) || !e.aliases.some((a) => !PERSIAN.test(a))) return e;
  const label = e.label.replace(/\u06A9/g, 'ك').replace(/\u06CC/g, 'ي');
  const aliases = [e.label, ...e.aliases.filter((a) => a !== label && a !== e.label)];
  return { ...e, label, aliases };
}
