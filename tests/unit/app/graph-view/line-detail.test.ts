/**
 * Dotted and dashed edges are drawn solid when zoomed out past where their pattern shows (one
 * frame of a 5,000-node corpus took 15–35 s with its dotted edges stroked dot by dot), and get
 * their pattern back when zoomed in; far out every edge is a plain line; edges an edit adds
 * follow the current zoom. A zoom step restyles the edges drawn in view; the others follow as
 * they come into view or are shown, or at once when asked to finish.
 */
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  bindLineDetail,
  catchUpLineDetail,
  finishLineDetail,
  lineDetailAt,
  LONG_EDGE,
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

describe('long edges', () => {
  it.each([
    ['a short mentions edge, close: dotted', 'mentions', 500, 2, ''],
    ['a long mentions edge, close: solid', 'mentions', LONG_EDGE + 1, 2, 'solid'],
    ['a long member_of edge, half way: solid', 'member_of', LONG_EDGE * 5, 0.5, 'solid'],
    ['a long said edge stays as it is', 'said', LONG_EDGE * 5, 2, ''],
  ])('%s', (_title, kind, length, zoom, expected) => {
    const [edge] = withLineClasses(
      [{ group: 'edges', data: { id: 'e', source: 'a', target: 'b', kind }, classes: '' }],
      zoom,
      (id) => (id === 'a' ? { x: 0, y: 0 } : { x: length, y: 0 }),
    );
    expect(String(edge!.classes ?? '')).toBe(expected);
  });

  it('on the canvas, as edges are added: a long dotted one is solid however close the view', () => {
    const cy = cytoscape({
      headless: true,
      layout: { name: 'preset' },
      elements: [
        { data: { id: 'a' }, position: { x: 0, y: 0 } },
        { data: { id: 'b' }, position: { x: 200, y: 0 } },
        { data: { id: 'c' }, position: { x: LONG_EDGE * 3, y: 0 } },
      ],
    });
    cy.zoom(2);
    bindLineDetail(cy);
    cy.add([
      { data: { id: 'near', source: 'a', target: 'b', kind: 'mentions' } },
      { data: { id: 'far', source: 'a', target: 'c', kind: 'mentions' } },
    ]);
    expect(solid(cy)).toEqual(['far']);
  });
});

describe('a zoom step on a canvas with a size', () => {
  /** Nodes in a row 100 apart, `said` edges between neighbours; a view 400 px wide at zoom 0.5. */
  function row(count: number, hidden: string[] = []) {
    const nodes = Array.from({ length: count }, (_, i) => ({
      data: { id: `n${i}` },
      position: { x: i * 100, y: 0 },
      classes: hidden.includes(`n${i}`) ? 'hidden' : '',
    }));
    const edges = nodes.slice(1).map((_, i) => ({
      data: { id: `e${i}`, source: `n${i}`, target: `n${i + 1}`, kind: 'said' },
    }));
    const cy = cytoscape({
      headless: true,
      layout: { name: 'preset' },
      elements: [...nodes, ...edges],
    });
    // A headless instance has no size: give it one, so the view has an extent.
    const [width, height] = [400, 300];
    Object.assign(cy, {
      width: () => width,
      height: () => height,
      extent: () => {
        const { x, y } = cy.pan();
        const zoom = cy.zoom();
        const [x1, y1] = [-x / zoom, -y / zoom];
        const [w, h] = [width / zoom, height / zoom];
        return { x1, y1, x2: x1 + w, y2: y1 + h, w, h };
      },
    });
    cy.viewport({ zoom: 0.5, pan: { x: 0, y: 150 } });
    return cy;
  }
  const far = (cy: cytoscape.Core) =>
    cy
      .edges('.far')
      .map((e) => e.id())
      .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
  const ids = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => `e${from + i}`);

  it('restyles the edges in view at once, the others as panning brings them in', () => {
    const cy = row(100);
    bindLineDetail(cy);
    expect(far(cy)).toEqual([]);
    // Zoom 0.1 at the origin: the view spans x 0–4,000, which e40 (4,000–4,100) touches.
    cy.viewport({ zoom: 0.1, pan: { x: 0, y: 150 } });
    expect(far(cy)).toEqual(ids(0, 40));
    cy.pan({ x: -400, y: 150 }); // x 4,000–8,000
    expect(far(cy)).toEqual(ids(0, 80));
  });

  it('finishes at once when asked (an export)', () => {
    const cy = row(200);
    bindLineDetail(cy);
    cy.viewport({ zoom: 0.1, pan: { x: 0, y: 150 } });
    expect(far(cy)).toHaveLength(41);
    finishLineDetail(cy);
    expect(far(cy)).toHaveLength(199);
    finishLineDetail(cy); // nothing left: no harm
    expect(far(cy)).toHaveLength(199);
  });

  it('leaves the edges of hidden nodes until the filters show them', () => {
    const cy = row(5, ['n2']);
    bindLineDetail(cy);
    cy.viewport({ zoom: 0.1, pan: { x: 0, y: 150 } });
    expect(far(cy)).toEqual(['e0', 'e3']);
    cy.getElementById('n2').removeClass('hidden');
    catchUpLineDetail(cy);
    expect(far(cy)).toEqual(['e0', 'e1', 'e2', 'e3']);
  });

  it('a zoom step back restyles those in view, and the others when they come in', () => {
    const cy = row(200);
    bindLineDetail(cy);
    cy.viewport({ zoom: 0.1, pan: { x: 0, y: 150 } });
    // Back at 0.5 (x 0–800): e9 to e40 keep the far look until they are in view.
    cy.viewport({ zoom: 0.5, pan: { x: 0, y: 150 } });
    expect(far(cy)).toEqual(ids(9, 40));
    cy.pan({ x: -1000, y: 150 }); // x 2,000–2,800
    expect(far(cy)).toEqual([...ids(9, 18), ...ids(29, 40)]);
    finishLineDetail(cy);
    expect(far(cy)).toEqual([]);
  });
});
