/**
 * A corpus opened far out gets its names' size in the stylesheet (graphStyleAt), and the label
 * controller's bypass goes on only away from that scale: back at it, the bypass comes off.
 */
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  labelScaleAt,
  scaleLabels,
  setBaseLabelScale,
} from '../../../../src/app/graph-view/label-placement';
import { ENTITY_FONT, graphStyle, graphStyleAt } from '../../../../src/app/graph-view/style';

function canvas(scale: number) {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: graphStyleAt(scale),
    elements: [
      { data: { id: 'p', kind: 'person', display: 'p', size: 20 } },
      { data: { id: 's', kind: 'statement', display: 's', size: 10 } },
    ],
  });
  setBaseLabelScale(cy, scale);
  return cy;
}
const fontOf = (cy: cytoscape.Core, id: string) => cy.getElementById(id).style('font-size');
/** Whether the node's font size is a bypass (Cytoscape's parsed style; not in its types). */
const bypassed = (cy: cytoscape.Core, id: string) =>
  Boolean(
    (cy.getElementById(id) as unknown as { pstyle(name: string): { bypass?: boolean } }).pstyle(
      'font-size',
    ).bypass,
  );
/** The zoom at which names need `scale`. */
const zoomFor = (scale: number) => 12 / (ENTITY_FONT * scale);

describe('label scale', () => {
  it('is the plain stylesheet at scale 1', () => {
    expect(graphStyleAt(1)).toBe(graphStyle);
  });

  it.each([
    ['at the stylesheet scale: no bypass', 2, 2, `${ENTITY_FONT * 2}px`],
    ['zoomed further out: a bypass', 2, 4, `${ENTITY_FONT * 4}px`],
    ['zoomed in past readable: back to the plain size', 2, 1, `${ENTITY_FONT}px`],
  ] as const)('%s', (_title, base, scale, font) => {
    const cy = canvas(base);
    expect(labelScaleAt(zoomFor(scale))).toBe(scale);
    cy.zoom(zoomFor(scale));
    scaleLabels(cy);
    expect(fontOf(cy, 'p')).toBe(font);
    // Statements keep their own size.
    expect(fontOf(cy, 's')).toBe('11px');
  });

  it('back at the stylesheet scale, the bypass comes off', () => {
    const cy = canvas(2);
    cy.zoom(zoomFor(4));
    scaleLabels(cy);
    expect(bypassed(cy, 'p')).toBe(true);
    cy.zoom(zoomFor(2));
    scaleLabels(cy);
    expect(bypassed(cy, 'p')).toBe(false);
    expect(fontOf(cy, 'p')).toBe(`${ENTITY_FONT * 2}px`);
  });
});
