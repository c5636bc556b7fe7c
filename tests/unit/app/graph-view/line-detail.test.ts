/**
 * Dotted and dashed edges are drawn solid when zoomed out past where their pattern shows (one
 * frame of a 5,000-node corpus took 15–35 s with its dotted edges stroked dot by dot), and get
 * their pattern back when zoomed in; far out every edge is a plain line; edges an edit adds
 * follow the current zoom.
 */
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  bindLineDetail,
  lineDetailAt,
  showLineDetail,
  withLineClasses,
} from '../../../../src/app/graph-view/line-detail';

const KINDS = ['said', 'mentions', 'member_of', 'located_in', 'affiliated_with', 'heads'];

function canvas() {
  const nodes = ['a', 'b'].map((id) => ({ data: { id } }));
  const edges = KINDS.map((kind) => ({ data: { id: kind, source: 'a', target: 'b', kind } }));
  const about = {
    data: { id: 'about', source: 'a', target: 'b', kind: 'about' },
    classes: 'summary',
  };
  return cytoscape({ headless: true, elements: [...nodes, ...edges, about] });
}
const solid = (cy: cytoscape.Core) =>
  cy
    .edges('.solid')
    .map((e) => e.id())
    .sort();

describe('line detail by zoom', () => {
  it.each([
    [4, 0],
    [1, 0],
    [0.6, 1],
    [0.3, 1],
    [0.2, 2],
    [0.02, 2],
  ])('at zoom %f the level is %i', (zoom, level) => {
    expect(lineDetailAt(zoom)).toBe(level);
  });

  it('far out, every dotted and dashed edge is solid; solid kinds are untouched', () => {
    const cy = canvas();
    cy.zoom(0.02);
    bindLineDetail(cy);
    expect(solid(cy)).toEqual(['about', 'affiliated_with', 'located_in', 'member_of', 'mentions']);
    // Arrowheads too small to see: every edge a plain straight line.
    expect(cy.edges('.far')).toHaveLength(cy.edges().length);
    cy.zoom(0.5);
    expect(cy.edges('.far')).toHaveLength(0);
  });

  it('zooming in brings the dashes back, then the dots; zooming out again drops them', () => {
    const cy = canvas();
    cy.zoom(0.1);
    const unbind = bindLineDetail(cy);
    cy.zoom(0.5);
    expect(solid(cy)).toEqual(['about', 'mentions']);
    cy.zoom(2);
    expect(solid(cy)).toEqual([]);
    cy.zoom(0.1);
    expect(solid(cy)).toHaveLength(5);
    unbind();
    cy.zoom(2);
    expect(solid(cy)).toHaveLength(5);
  });

  it('an edge added while zoomed out is drawn solid too', () => {
    const cy = canvas();
    cy.zoom(0.5);
    bindLineDetail(cy);
    cy.add({ data: { id: 'new', source: 'b', target: 'a', kind: 'mentions' } });
    expect(cy.getElementById('new').hasClass('solid')).toBe(true);
  });
});

describe('line detail on folded edges', () => {
  it('skips folded edges on a zoom change, and sets them as they unfold', () => {
    const cy = canvas();
    cy.getElementById('mentions').addClass('collapsed');
    cy.zoom(0.02);
    bindLineDetail(cy);
    expect(cy.getElementById('mentions').hasClass('solid')).toBe(false);
    const edges = cy.getElementById('mentions').removeClass('collapsed');
    showLineDetail(cy, edges);
    expect(edges.hasClass('solid') && edges.hasClass('far')).toBe(true);
  });
});

describe('line classes of edges still to be added', () => {
  it.each([
    ['a said edge, far out', 'said', '', 0.02, 'far'],
    ['a said edge, close', 'said', '', 1, ''],
    ['a mentions edge, far out', 'mentions', '', 0.02, 'solid far'],
    ['a mentions edge, half way', 'mentions', '', 0.5, 'solid'],
    ['a member_of edge, half way', 'member_of', '', 0.5, ''],
    ['a member_of edge, far out', 'member_of', 'collapsed', 0.02, 'collapsed solid far'],
    ['an about summary, half way', 'about', 'summary', 0.5, 'summary solid'],
    ['an about summary, close', 'about', 'summary collapsed', 2, 'summary collapsed'],
  ])('%s: %s', (_title, kind, classes, zoom, expected) => {
    const [edge] = withLineClasses(
      [{ group: 'edges', data: { id: 'e', source: 'a', target: 'b', kind }, classes }],
      zoom,
    );
    expect(String(edge!.classes ?? '')).toBe(expected);
  });

  it('the same classes as the zoom handler sets on edges already there', () => {
    for (const zoom of [0.02, 0.5, 2]) {
      const cy = canvas();
      cy.zoom(zoom);
      bindLineDetail(cy);
      const definitions = withLineClasses(
        cy.edges().map((edge) => ({
          group: 'edges' as const,
          data: edge.data() as { id: string; source: string; target: string },
          classes: edge.hasClass('summary') ? 'summary' : '',
        })),
        zoom,
      );
      for (const definition of definitions)
        expect(
          String(definition.classes ?? '')
            .split(' ')
            .filter(Boolean)
            .sort(),
        ).toEqual(cy.getElementById(definition.data.id!).classes().sort());
    }
  });
});
