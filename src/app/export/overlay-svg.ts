/** Draws an overlay layout as SVG elements, the twin of overlay-canvas.ts. */
import { UI_FONT_FAMILY } from '../fonts';
import type { OverlayItem } from './overlay-layout';

const SVG_NS = 'http://www.w3.org/2000/svg';

export function overlayGroup(doc: Document, items: readonly OverlayItem[], top: number): Element {
  const group = doc.createElementNS(SVG_NS, 'g');
  group.setAttribute('class', 'isnad-legend-caption');
  group.setAttribute('transform', `translate(0 ${top})`);
  for (const item of items) group.appendChild(svgElement(doc, item));
  return group;
}

function svgElement(doc: Document, item: OverlayItem): Element {
  const element = (name: string, attributes: Record<string, string | number>) => {
    const node = doc.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
    return node;
  };
  switch (item.type) {
    case 'rect':
      return element('rect', {
        x: item.x,
        y: item.y,
        width: item.width,
        height: item.height,
        fill: item.fill,
      });
    case 'circle':
      return element('circle', { cx: item.cx, cy: item.cy, r: item.r, fill: item.fill });
    case 'polygon':
      return element('polygon', {
        points: item.points.map((p) => p.join(',')).join(' '),
        fill: item.fill,
      });
    case 'line':
      return element('line', {
        x1: item.x1,
        y1: item.y1,
        x2: item.x2,
        y2: item.y2,
        stroke: item.stroke,
        'stroke-width': item.width,
        ...(item.dash.length > 0 ? { 'stroke-dasharray': item.dash.join(' ') } : {}),
      });
    case 'text': {
      // text-anchor `start` with `direction` is the right edge in RTL, as on the canvas.
      const text = element('text', {
        x: item.x,
        y: item.y,
        fill: item.fill,
        'font-family': UI_FONT_FAMILY,
        'font-size': item.font.size,
        'font-weight': item.font.weight,
        direction: item.direction,
        'unicode-bidi': 'embed',
        'text-anchor': 'start',
      });
      text.textContent = item.text;
      return text;
    }
  }
}
