/**
 * The graph's look: nodes by kind (colour and shape), size by importance, edges by kind, and the
 * display-state classes the controllers set: `hidden`, `dimmed`, `selected`, `neighbour`,
 * `faded`, `matched`. The legend reads KIND_COLORS, KIND_SHAPES and EDGE_STYLES.
 */
import type { StylesheetJson } from 'cytoscape';
import { EDGE_STYLES, KIND_COLORS } from '../../graph/export/palette';
import { UI_FONT_FAMILY } from '../fonts';

// Colours and line styles live with the exports (one table), so files look as the canvas does.
export { EDGE_STYLES, KIND_COLORS };

export const KIND_SHAPES = {
  person: 'ellipse',
  delegation: 'round-hexagon',
  place: 'round-diamond',
  organization: 'round-rectangle',
  statement: 'round-rectangle',
} as const;

const ACCENT = '#f59e0b';
export const EDITED = '#db2777';

/** Entity label size at zoom 1, in px. */
export const ENTITY_FONT = 18;

/** The names' look at a label scale (the entity font, wrap width and padding, scaled). */
export function entityLabelStyle(scale: number) {
  return {
    'font-size': ENTITY_FONT * scale,
    'text-max-width': `${Math.round(170 * scale)}px`,
    'text-background-padding': `${Math.round(2 * scale)}px`,
  };
}

export const graphStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(display)',
      'font-family': UI_FONT_FAMILY,
      // Sized with the layout's label boxes (src/graph/layout-boxes.ts): change both together.
      'font-size': ENTITY_FONT,
      'font-weight': 600,
      color: '#0f172a',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '170px',
      'text-background-padding': '2px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-shape': 'roundrectangle',
      // Names stay on at the seed's fitted zoom (about 0.4); statements wait for a closer look.
      'min-zoomed-font-size': 6,
      // Entities above statements, so a click on a person hits the person.
      'z-index': 2,
      'background-color': '#94a3b8',
      'border-color': '#ffffff',
      'border-width': 2,
      width: 'data(size)',
      height: 'data(size)',
    },
  },
  ...Object.entries(KIND_COLORS).map(([kind, color]) => ({
    selector: `node[kind = "${kind}"]`,
    style: {
      'background-color': color,
      shape: KIND_SHAPES[kind as keyof typeof KIND_SHAPES],
    },
  })),
  {
    selector: 'node[kind = "statement"]',
    style: {
      'font-size': 11,
      'font-weight': 400,
      color: '#334155',
      // One line, cut to fit by labels.ts (the same cut on screen and in exported images); the
      // layout reserves one line, and the full text is a click away.
      'text-wrap': 'none',
      'text-max-width': '110px',
      'z-index': 1,
      // Statement labels appear once zoomed in (or around the selection); hover shows them too.
      'min-zoomed-font-size': 11,
    },
  },
  {
    selector: 'node[kind = "statement"].selected',
    style: { 'min-zoomed-font-size': 5 },
  },
  {
    selector: 'edge',
    style: {
      // Nothing listens to an edge (taps and hovers are for nodes): Cytoscape then leaves edges
      // out of hit testing, which took 40 ms of every mouse press on a 5,000-node corpus.
      events: 'no',
      width: 1.2,
      'line-color': '#cbd5e1',
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      'target-arrow-color': '#cbd5e1',
      'arrow-scale': 0.8,
      opacity: 0.9,
    },
  },
  ...Object.entries(EDGE_STYLES).map(([kind, s]) => ({
    selector: `edge[kind = "${kind}"]`,
    style: {
      'line-color': s.color,
      'target-arrow-color': s.color,
      'line-style': s.line,
      'target-arrow-shape': s.arrow,
      width: s.width,
    },
  })),
  // Corrected by hand (src/graph/curation): a dashed rose ring, under the display states.
  {
    selector: 'node[edited]',
    style: { 'border-color': EDITED, 'border-width': 3, 'border-style': 'dashed' },
  },
  {
    // Speaker → what their statements mention, while the statements are collapsed.
    selector: 'edge.summary',
    style: {
      'line-color': '#94a3b8',
      'line-style': 'dotted',
      'target-arrow-shape': 'vee',
      'target-arrow-color': '#94a3b8',
      width: 'mapData(weight, 1, 8, 1, 4)',
      opacity: 0.7,
    },
  },
  // Zoomed out past where dots and dashes show (line-detail.ts): a lighter solid line.
  { selector: 'edge.solid', style: { 'line-style': 'solid', opacity: 0.6 } },
  { selector: 'edge.solid[kind = "mentions"], edge.summary.solid', style: { opacity: 0.45 } },
  {
    selector: 'edge.far',
    style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none' },
  },
  {
    // Level of detail: the most connected names at every zoom, the rest once zoomed in.
    selector: 'node[kind != "statement"][!priority]',
    style: { 'min-zoomed-font-size': 9, 'font-weight': 400 },
  },
  { selector: 'node[?priority]', style: { 'min-zoomed-font-size': 0, 'z-index': 3 } },
  // Colour by article or delegation (appearance controller):
  { selector: 'node.tinted', style: { 'background-color': 'data(tint)' } },
  // Display state, set by the controllers:
  // Left out by a filter in hide mode: not drawn, and nothing Cytoscape computed for it is lost
  // (./controllers/VisibilityController.tsx); out of the bounds only while an image is framed.
  { selector: '.hidden', style: { visibility: 'hidden' } },
  { selector: '.unframed', style: { display: 'none' } },
  // A name that would overlap a more connected one's, at this zoom (label controller). Too
  // small to draw at any zoom, not empty: the label keeps its measured box, which the next cull
  // reads. Not transparent: Cytoscape draws a transparent label into its texture cache all the
  // same (fillText on every culled name after each zoom step; 0.3–0.5 s once the names of a
  // 5,000-node corpus are first placed).
  { selector: 'node.label-off', style: { 'min-zoomed-font-size': 100000 } },
  { selector: 'node.faded', style: { opacity: 0.3 } },
  { selector: 'edge.faded', style: { opacity: 0.15 } },
  { selector: 'node.dimmed', style: { opacity: 0.12 } },
  { selector: 'edge.dimmed', style: { opacity: 0.06 } },
  {
    selector: 'node.matched',
    style: { 'border-color': ACCENT, 'border-width': 4, 'z-index': 8 },
  },
  {
    selector: 'node.neighbour',
    style: { 'border-color': '#0f172a', 'border-width': 2, 'z-index': 9 },
  },
  { selector: 'edge.neighbour', style: { opacity: 1, width: 2.4, 'z-index': 9 } },
  {
    selector: 'node.selected',
    style: {
      'border-color': '#0f172a',
      'border-width': 4,
      'underlay-color': ACCENT,
      'underlay-opacity': 0.35,
      'underlay-padding': 6,
      'underlay-shape': 'ellipse',
      'z-index': 10,
    },
  },
];
