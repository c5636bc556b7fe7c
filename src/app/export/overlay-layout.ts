/**
 * Where the caption and legend go in the band below an exported graph. Pure: text is measured by
 * the function passed in (a canvas in the browser, a stub in tests), and the result is drawn by
 * overlay-canvas.ts (PNG, JPEG) or overlay-svg.ts (SVG), so both images look alike.
 */
export interface FontSpec {
  size: number;
  weight: 400 | 600;
}

export type Measure = (text: string, font: FontSpec) => number;

export type LegendEntry =
  | { shape: 'node'; label: string; color: string; nodeShape: string }
  | { shape: 'edge'; label: string; color: string; width: number; dash: number[] };

export interface OverlayContent {
  direction: 'rtl' | 'ltr';
  /** The first line is the title (bold); empty lines are skipped. */
  caption: string[];
  legend: LegendEntry[];
}

export type OverlayItem =
  | { type: 'rect'; x: number; y: number; width: number; height: number; fill: string }
  | { type: 'circle'; cx: number; cy: number; r: number; fill: string }
  | { type: 'polygon'; points: Array<[number, number]>; fill: string }
  | {
      type: 'line';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      stroke: string;
      width: number;
      dash: number[];
    }
  | {
      type: 'text';
      /** The start edge of the text: its right end in RTL, its left end in LTR. */
      x: number;
      y: number;
      text: string;
      font: FontSpec;
      fill: string;
      direction: 'rtl' | 'ltr';
    };

export interface OverlayLayout {
  height: number;
  items: OverlayItem[];
}

// In CSS pixels at 1×; everything is multiplied by the image scale.
const PAD = 16;
const TITLE_SIZE = 17;
const TEXT_SIZE = 13;
const LINE_HEIGHT = 1.5;
const SWATCH = { node: 12, edge: 28 };
const SWATCH_GAP = 6;
const ENTRY_GAP = 20;
const TEXT_COLOR = '#0f172a';
const MUTED_COLOR = '#475569';
const RULE_COLOR = '#e2e8f0';

export function layoutOverlay(
  content: OverlayContent,
  width: number,
  scale: number,
  measure: Measure,
): OverlayLayout {
  const u = (n: number) => n * scale;
  const rtl = content.direction === 'rtl';
  const start = rtl ? width - u(PAD) : u(PAD);
  const forward = (x: number, by: number) => (rtl ? x - by : x + by);
  const maxWidth = width - 2 * u(PAD);
  const items: OverlayItem[] = [
    {
      type: 'line',
      x1: 0,
      y1: u(0.5),
      x2: width,
      y2: u(0.5),
      stroke: RULE_COLOR,
      width: u(1),
      dash: [],
    },
  ];
  let y = u(PAD);

  // Caption: title, then source and date, then the filters; long lines wrap at word breaks.
  content.caption.forEach((line, index) => {
    const font: FontSpec =
      index === 0 ? { size: u(TITLE_SIZE), weight: 600 } : { size: u(TEXT_SIZE), weight: 400 };
    for (const text of wrapWords(line, maxWidth, (t) => measure(t, font))) {
      y += font.size;
      items.push({
        type: 'text',
        x: start,
        y,
        text,
        font,
        fill: index === 0 ? TEXT_COLOR : MUTED_COLOR,
        direction: content.direction,
      });
      y += font.size * (LINE_HEIGHT - 1);
    }
  });

  // Legend: swatch then name, entries flowing in reading order and wrapping onto new rows.
  const font: FontSpec = { size: u(TEXT_SIZE), weight: 400 };
  const rowHeight = font.size * LINE_HEIGHT;
  if (content.legend.length > 0) y += u(6);
  let x = start;
  let rowTop = y;
  content.legend.forEach((entry, index) => {
    const swatch = u(SWATCH[entry.shape]);
    const entryWidth = swatch + u(SWATCH_GAP) + measure(entry.label, font);
    const used = Math.abs(x - start);
    if (index === 0 || (used > 0 && used + entryWidth > maxWidth)) {
      if (index > 0) rowTop += rowHeight;
      x = start;
    }
    const middle = rowTop + rowHeight / 2;
    const swatchEnd = forward(x, swatch);
    if (entry.shape === 'node')
      items.push(nodeSwatch(entry.nodeShape, (x + swatchEnd) / 2, middle, swatch / 2, entry.color));
    else
      items.push({
        type: 'line',
        x1: x,
        y1: middle,
        x2: swatchEnd,
        y2: middle,
        stroke: entry.color,
        width: u(Math.max(entry.width, 1.5)),
        dash: entry.dash.map(u),
      });
    items.push({
      type: 'text',
      x: forward(swatchEnd, u(SWATCH_GAP)),
      y: middle + font.size * 0.35,
      text: entry.label,
      font,
      fill: TEXT_COLOR,
      direction: content.direction,
    });
    x = forward(x, entryWidth + u(ENTRY_GAP));
  });
  if (content.legend.length > 0) y = rowTop + rowHeight;

  return { height: Math.ceil(y + u(PAD)), items };
}

/** The node's Cytoscape shape in small: circle, hexagon, diamond, or a square for rectangles. */
function nodeSwatch(shape: string, cx: number, cy: number, r: number, fill: string): OverlayItem {
  const polygon = (corners: number, turn: number): OverlayItem => ({
    type: 'polygon',
    fill,
    points: Array.from({ length: corners }, (_, i) => {
      const angle = turn + (2 * Math.PI * i) / corners;
      return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
    }),
  });
  if (shape.endsWith('hexagon')) return polygon(6, 0);
  if (shape.endsWith('diamond')) return polygon(4, -Math.PI / 2);
  if (shape.endsWith('rectangle')) return polygon(4, Math.PI / 4);
  return { type: 'circle', cx, cy, r, fill };
}

/** Greedy word wrap; a single word wider than the line is left whole (it is rare and readable). */
export function wrapWords(
  text: string,
  maxWidth: number,
  width: (text: string) => number,
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && width(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}
