/**
 * How much room a node needs on the canvas, in layout units (= CSS pixels at zoom 1): the node
 * itself plus its label below it. The layout keeps these boxes apart, and the app draws nodes at
 * `nodeSize`, so the two agree on what "no overlap" means.
 */

/** Node diameter: importance (degree) on a square-root scale, so hubs stand out but fit. */
export function nodeSize(kind: string, degree: number): number {
  if (kind === 'statement') return 10 + Math.sqrt(degree);
  return Math.min(48, 14 + 5 * Math.sqrt(degree));
}

/** A node's footprint; its centre is `dy` below the node's position (the label hangs below). */
export interface Box {
  w: number;
  h: number;
  dy: number;
}

// Rough Arabic glyph widths of the app's label fonts (IBM Plex Sans Arabic): entity names at
// 18px semibold wrapped at the style's text-max-width, statements at 11px on one line.
const ENTITY = { charWidth: 8.4, lineHeight: 23, maxWidth: 170 } as const;
const STATEMENT = { charWidth: 5.6, lineHeight: 14, maxWidth: 110, maxChars: 33 } as const;
const LABEL_GAP = 4;

export function nodeBox(kind: string, label: string, degree: number): Box {
  const size = nodeSize(kind, degree);
  const font = kind === 'statement' ? STATEMENT : ENTITY;
  const chars = kind === 'statement' ? Math.min(label.length, STATEMENT.maxChars) : label.length;
  const textWidth = chars * font.charWidth;
  // Statements show one line, cut with an ellipsis; names wrap.
  const lines = kind === 'statement' ? 1 : Math.max(1, Math.ceil(textWidth / font.maxWidth));
  const w = Math.max(size, Math.min(textWidth, font.maxWidth));
  const h = size + LABEL_GAP + lines * font.lineHeight;
  return { w, h, dy: h / 2 - size / 2 };
}
