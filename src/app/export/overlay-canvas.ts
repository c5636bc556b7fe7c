/** Draws an overlay layout on a 2D canvas (PNG and JPEG exports), in the bundled font. */
import { UI_FONT_FAMILY } from '../fonts';
import type { FontSpec, Measure, OverlayItem } from './overlay-layout';

export const cssFont = (font: FontSpec) => `${font.weight} ${font.size}px ${UI_FONT_FAMILY}`;

/** Text widths as the canvas will draw them. */
export function canvasMeasure(ctx: CanvasRenderingContext2D): Measure {
  return (text, font) => {
    ctx.font = cssFont(font);
    return ctx.measureText(text).width;
  };
}

export function drawOverlay(
  ctx: CanvasRenderingContext2D,
  items: readonly OverlayItem[],
  top: number,
): void {
  ctx.save();
  ctx.translate(0, top);
  for (const item of items) {
    switch (item.type) {
      case 'rect':
        ctx.fillStyle = item.fill;
        ctx.fillRect(item.x, item.y, item.width, item.height);
        break;
      case 'circle':
        ctx.fillStyle = item.fill;
        ctx.beginPath();
        ctx.arc(item.cx, item.cy, item.r, 0, 2 * Math.PI);
        ctx.fill();
        break;
      case 'polygon':
        ctx.fillStyle = item.fill;
        ctx.beginPath();
        item.points.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
        ctx.closePath();
        ctx.fill();
        break;
      case 'line':
        ctx.strokeStyle = item.stroke;
        ctx.lineWidth = item.width;
        ctx.setLineDash(item.dash);
        ctx.beginPath();
        ctx.moveTo(item.x1, item.y1);
        ctx.lineTo(item.x2, item.y2);
        ctx.stroke();
        ctx.setLineDash([]);
        break;
      case 'text':
        // `direction` makes the canvas shape and order Arabic right to left; `start` is its right edge.
        ctx.direction = item.direction;
        ctx.textAlign = 'start';
        ctx.font = cssFont(item.font);
        ctx.fillStyle = item.fill;
        ctx.fillText(item.text, item.x, item.y);
        break;
    }
  }
  ctx.restore();
}
