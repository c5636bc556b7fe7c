/**
 * The label controller's bypass on names goes on only when the zoom needs another scale than the
 * one in use (not again on each filter or language change), on every name when nodes may have
 * arrived, and comes off once the stylesheet's size is readable again.
 */
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { labelScaleAt, scaleLabels } from '../../../../src/app/graph-view/label-placement';
import { ENTITY_FONT, graphStyle } from '../../../../src/app/graph-view/style';

function canvas() {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: graphStyle,
    elements: [
      { data: { id: 'p', kind: 'person', display: 'p', size: 20 } },
      { data: { id: 's', kind: 'statement', display: 's', size: 10 } },
    ],
  });
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
  it.each([
    ['readable as styled: no bypass', 1, `${ENTITY_FONT}px`, false],
    ['zoomed out: a bypass on names', 4, `${ENTITY_FONT * 4}px`, true],
  ] as const)('%s', (_title, scale, font, bypass) => {
    const cy = canvas();
    expect(labelScaleAt(zoomFor(scale))).toBe(scale);
    cy.zoom(zoomFor(scale));
    scaleLabels(cy);
    expect(fontOf(cy, 'p')).toBe(font);
    expect(bypassed(cy, 'p')).toBe(bypass);
    // Statements keep their own size.
    expect(fontOf(cy, 's')).toBe('11px');
  });

  it('zoomed in again, the bypass comes off', () => {
    const cy = canvas();
    cy.zoom(zoomFor(4));
    scaleLabels(cy);
    cy.zoom(zoomFor(1));
    scaleLabels(cy);
    expect(bypassed(cy, 'p')).toBe(false);
    expect(fontOf(cy, 'p')).toBe(`${ENTITY_FONT}px`);
  });

  it('a node that arrives later gets the scale in use only when every node is asked for', () => {
    const cy = canvas();
    cy.zoom(zoomFor(4));
    scaleLabels(cy);
    cy.add({ data: { id: 'q', kind: 'person', display: 'q', size: 20 } });
    scaleLabels(cy);
    expect(bypassed(cy, 'q')).toBe(false);
    scaleLabels(cy, true);
    expect(fontOf(cy, 'q')).toBe(`${ENTITY_FONT * 4}px`);
  });
});
