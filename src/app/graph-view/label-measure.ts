/** Statement label widths as the canvas draws them (the style's 11px regular, bundled font). */
import { UI_FONT_FAMILY } from '../fonts';
import type { MeasureText } from './labels';

export function statementMeasure(): MeasureText | undefined {
  // No canvas outside a browser (Node, jsdom): the estimate will do.
  if (typeof document === 'undefined' || /jsdom/.test(navigator.userAgent)) return undefined;
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return undefined;
  ctx.font = `400 11px ${UI_FONT_FAMILY}`;
  return (text) => ctx.measureText(text).width;
}
