/**
 * Cuts an article into segments at every highlight boundary, so overlapping highlights (an
 * entity mention inside a statement) render as flat spans. Each segment lists the highlights
 * that cover it, innermost (shortest) first: a click selects the innermost.
 */
export interface Highlight {
  key: string;
  start: number;
  end: number;
  kind: string;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  covering: Highlight[];
}

export function segmentArticle(text: string, highlights: Highlight[]): Segment[] {
  const valid = highlights.filter((h) => h.start >= 0 && h.end <= text.length && h.start < h.end);
  const cuts = new Set([0, text.length]);
  for (const h of valid) {
    cuts.add(h.start);
    cuts.add(h.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = valid
      .filter((h) => h.start <= start && h.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start));
    segments.push({ start, end, text: text.slice(start, end), covering });
  }
  return segments;
}
