/**
 * A strict, independent XML reader for the tests: @xmldom/xmldom with every error and warning
 * fatal, and the checks the GEXF and GraphML schemas make that a parser does not (NMTOKEN ids).
 */
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

export function parseStrict(xml: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`xml ${level}: ${message}`);
    },
  }).parseFromString(xml, 'application/xml');
}

/** XML 1.0 NameChar+, limited to what our test ids use: ASCII, Latin-1 and Arabic letters. */
export const NMTOKEN = new RegExp(
  '^[-.:_0-9A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u00FF\\u0621-\\u063A\\u0641-\\u064A\\u0660-\\u0669\\u0671-\\u06D3\\u06D5]+$',
);

export function elements(doc: Document, name: string): Element[] {
  return Array.from(doc.getElementsByTagName(name));
}

export function attr(element: Element | undefined, name: string): string | null {
  return element?.getAttribute(name) ?? null;
}
