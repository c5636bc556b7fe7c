/**
 * Which names a corpus-sized graph shows at the current zoom (sigma's "label grid", in short):
 * names stay at least MIN_SCREEN_FONT px on screen however far out the view is, and a name is
 * drawn only where it does not cover a more connected node's name — the ALWAYS most connected
 * first, unconditionally. Zooming in makes room, so more names appear.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { ENTITY_FONT, entityLabelStyle } from './style';

export const MIN_SCREEN_FONT = 12;
/** The most connected nodes (of the whole graph) whose names are drawn at every zoom. */
export const ALWAYS = 20;
/** Label boxes closer than this (px on screen) count as touching. */
const MARGIN = 2;

interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The label scale for a zoom: 1 when names are big enough already. */
export function labelScaleAt(zoom: number): number {
  return Math.max(1, Math.round((MIN_SCREEN_FONT / (ENTITY_FONT * zoom)) * 20) / 20);
}

/** The scale of the bypass on an instance's names (none: 1, the stylesheet's). */
const scaleInUse = new WeakMap<Core, number>();

/**
 * Sets the names' size for the zoom when the scale changed (a style bypass on the entity nodes
 * only: restyling the whole stylesheet would touch every statement and edge too). `everyNode`:
 * nodes may have arrived since (a large graph's rest, an edit), so the bypass goes on all of them
 * again unless none is needed.
 */
export function scaleLabels(cy: Core, everyNode = false): void {
  const scale = labelScaleAt(cy.zoom());
  const current = scaleInUse.get(cy) ?? 1;
  if (scale === current && !(everyNode && scale !== 1)) return;
  const entities = cy.nodes('[kind != "statement"]');
  cy.batch(() => {
    if (scale === 1) entities.removeStyle('font-size text-max-width text-background-padding');
    else entities.style(entityLabelStyle(scale));
  });
  scaleInUse.set(cy, scale);
}

/** By degree in the graph (`data.degree`: the `about` stand-in edges do not count). */
const byImportance = (a: NodeSingular, b: NodeSingular) =>
  Number(b.data('degree')) - Number(a.data('degree')) || (a.id() < b.id() ? -1 : 1);

/**
 * Sets `label-off` on the names that would overlap a more important one on screen, touching only
 * the nodes whose state changes: each class change restyles its node (removing every `label-off`
 * and setting most back was 1,300 restyles after each pan at 5,000 nodes). `label-off` makes a
 * name transparent rather than empty, so its box is measured as it would be drawn.
 */
export function cullLabels(cy: Core): void {
  const entities = cy.nodes('[kind != "statement"]').sort(byImportance);
  // The graph's most connected, not the view's: a filter that keeps one cluster would otherwise
  // draw its first ALWAYS names over each other.
  const always = new Set(entities.slice(0, ALWAYS).map((node) => node.id()));
  const nodes = entities.filter((n) => n.visible());
  const width = cy.width();
  const height = cy.height();
  const cell = 120;
  const grid = new Map<string, Rect[]>();
  const cells = (r: Rect) => {
    const ids: string[] = [];
    for (let x = Math.floor(r.x1 / cell); x <= Math.floor(r.x2 / cell); x++)
      for (let y = Math.floor(r.y1 / cell); y <= Math.floor(r.y2 / cell); y++)
        ids.push(`${x},${y}`);
    return ids;
  };
  const off = new Set<NodeSingular>();
  nodes.forEach((node) => {
    const box = node.renderedBoundingBox({
      includeNodes: false,
      includeLabels: true,
      includeOverlays: false,
    } as never);
    if (!(box.w > 0)) return;
    const rect = {
      x1: box.x1 - MARGIN,
      y1: box.y1 - MARGIN,
      x2: box.x2 + MARGIN,
      y2: box.y2 + MARGIN,
    };
    const onScreen = rect.x2 > 0 && rect.y2 > 0 && rect.x1 < width && rect.y1 < height;
    const ids = cells(rect);
    const clash =
      !always.has(node.id()) &&
      onScreen &&
      ids.some((id) =>
        (grid.get(id) ?? []).some(
          (o) => rect.x1 < o.x2 && o.x1 < rect.x2 && rect.y1 < o.y2 && o.y1 < rect.y2,
        ),
      );
    if (clash) {
      off.add(node);
      return;
    }
    for (const id of ids) {
      const list = grid.get(id);
      if (list) list.push(rect);
      else grid.set(id, [rect]);
    }
  });
  cy.batch(() =>
    nodes.forEach((node) => {
      if (node.hasClass('label-off') !== off.has(node))
        node.toggleClass('label-off', off.has(node));
    }),
  );
}
