/**
 * Makes Cytoscape's SVG (one flat list of paths and texts from canvas2svg) something a designer
 * can edit: edges, node shapes and labels grouped per kind (`<g id="nodes-person">` with a
 * `<title>`), each label in its own group titled with the full name, and every Arabic label
 * marked `direction="rtl"` with `unicode-bidi="embed"` so Inkscape and Illustrator keep «نمت
 * بنسبة 20% في ظل…» in reading order. Elements are recognised by the palette's colours, the same
 * table that drew them.
 */
import { dropForbiddenChars, EDGE_STYLES, KIND_COLORS } from '../../graph/export/index';

const SVG_NS = 'http://www.w3.org/2000/svg';
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

export interface DrawnLabel {
  /** The text drawn on the canvas (names in full, statements shortened). */
  display: string;
  /** The full label, for the label's `<title>`. */
  label: string;
  kind: string;
}

/**
 * canvas2svg writes what the graph holds, control codes included (as raw characters or as
 * character references), and one such character makes the whole file unreadable XML.
 */
export function sanitizeSvgText(svg: string): string {
  return dropForbiddenChars(svg).replace(/&#(x[0-9a-f]+|[0-9]+);/gi, (ref, code: string) => {
    const n = code[0]!.toLowerCase() === 'x' ? parseInt(code.slice(1), 16) : Number(code);
    return dropForbiddenChars(String.fromCodePoint(n)) === '' ? '' : ref;
  });
}

/** Throws, rather than saving a browser's XML error page as the "SVG". */
export function parseSvg(svg: string): Document {
  const doc = new DOMParser().parseFromString(sanitizeSvgText(svg), 'image/svg+xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error || doc.documentElement?.nodeName !== 'svg')
    throw new Error(
      `export: the SVG is not valid XML (${error?.textContent?.slice(0, 120) ?? 'no <svg> root'})`,
    );
  return doc;
}

const rgbOf = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
};

/** Groups the drawing's elements; `drawing` is the `<g>` canvas2svg drew the graph into. */
export function structureSvg(doc: Document, labels: readonly DrawnLabel[]): void {
  const drawing = findDrawing(doc);
  if (!drawing) return;
  const nodeKind = new Map(Object.entries(KIND_COLORS).map(([kind, hex]) => [rgbOf(hex), kind]));
  const edgeKind = new Map(Object.entries(EDGE_STYLES).map(([kind, s]) => [rgbOf(s.color), kind]));
  const groups = new Map<string, Element>();
  const group = (id: string, title: string) => {
    let g = groups.get(id);
    if (!g) {
      g = doc.createElementNS(SVG_NS, 'g');
      g.setAttribute('id', id);
      const t = doc.createElementNS(SVG_NS, 'title');
      t.textContent = title;
      g.appendChild(t);
      groups.set(id, g);
    }
    return g;
  };
  const children = Array.from(drawing.children);
  let current: Element | null = null;
  let labelCount = 0;
  children.forEach((element, i) => {
    const fill = element.getAttribute('fill') ?? '';
    const stroke = element.getAttribute('stroke') ?? '';
    if (element.nodeName === 'text') {
      const text = element.textContent ?? '';
      const owner = labelOwner(text, labels);
      const kind = owner?.kind ?? 'other';
      if (ARABIC.test(text)) {
        element.setAttribute('direction', 'rtl');
        element.setAttribute('unicode-bidi', 'embed');
      }
      const label = doc.createElementNS(SVG_NS, 'g');
      label.setAttribute('id', `label-${++labelCount}`);
      const title = doc.createElementNS(SVG_NS, 'title');
      title.textContent = owner?.label ?? text;
      label.appendChild(title);
      // A label's white background is drawn just before it.
      const previous = children[i - 1];
      if (previous && previous.parentNode === current && isLabelBackground(previous))
        label.appendChild(previous);
      label.appendChild(element);
      group(`labels-${kind}`, `labels: ${kind}`).appendChild(label);
      return;
    }
    const edge = stroke !== 'none' && fill === 'none' ? edgeKind.get(stroke) : undefined;
    const node = nodeKind.get(fill); // the body, its white border drawn with it or after it
    // An arrowhead is filled with its edge's colour, drawn right after the line (the heads
    // edge shares the delegation's violet).
    const arrowhead = current?.id === `edges-${edgeKind.get(fill)}`;
    if (edge) current = group(`edges-${edge}`, `edges: ${edge}`);
    else if (node && !arrowhead) current = group(`nodes-${node}`, `nodes: ${node}`);
    else if (!current) current = group('other', 'other');
    current.appendChild(element);
  });
  // Edges under nodes under labels, as on the canvas.
  const order = (id: string) => (id.startsWith('edges') ? 0 : id.startsWith('nodes') ? 1 : id.startsWith('labels') ? 2 : -1); // prettier-ignore
  for (const g of [...groups.values()].sort((a, b) => order(a.id) - order(b.id)))
    drawing.appendChild(g);
}

/** The `<g>` holding most of the drawing (canvas2svg nests everything in one translated group). */
function findDrawing(doc: Document): Element | null {
  let best: Element | null = null;
  for (const g of Array.from(doc.getElementsByTagName('g')))
    if (!best || g.children.length > best.children.length) best = g;
  return best;
}

function isLabelBackground(element: Element): boolean {
  return (
    element.getAttribute('fill') === 'rgb(255,255,255)' && element.getAttribute('stroke') === 'none'
  );
}

/** The node whose canvas label holds this line (wrapped names are drawn a line at a time). */
function labelOwner(line: string, labels: readonly DrawnLabel[]): DrawnLabel | undefined {
  const text = line.trim();
  if (!text) return undefined;
  return (
    labels.find((l) => l.display === text) ??
    labels.find((l) => l.display.includes(text.replace(/…$/, '')))
  );
}
