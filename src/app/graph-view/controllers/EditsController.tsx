/**
 * Edits → the canvas, patched by id: nodes and edges an edit removed go, new ones appear beside
 * their neighbours, changed ones get their new data (label, kind, `edited`, size) — folded ones
 * where they wait (../fold-pool.ts). The instance and the positions the user sees stay; nothing
 * is rebuilt.
 */
import type { Core } from 'cytoscape';
import type { SerializedGraph } from 'graphology-types';
import { useEffect, useRef } from 'react';
import { useIsnad, type IsnadState } from '../../store';
import { useCy } from '../cy-context';
import { useDrawn } from '../use-drawn';
import { CREATED_FROM, toElements } from '../elements';
import { dropFolded, foldDefinitions, isFolded, patchFolded } from '../fold-pool';

const selectGraph = (state: IsnadState) => state.graph;

export function EditsController() {
  const cy = useCy();
  // A large graph is patched once all of it is on the canvas: patched earlier, an edit's new
  // elements would clash with the chunks still to come.
  const drawn = useDrawn(cy);
  const graph = useIsnad(selectGraph);
  /** The graph this instance shows: created from the graph of its moment, then patched. */
  const shown = useRef<{ cy: Core; graph: SerializedGraph } | null>(null);

  useEffect(() => {
    if (!cy || cy.destroyed() || !graph || !drawn) return;
    // A new instance shows the graph it was created from (GraphCanvas): patch only what differs.
    const prev = shown.current;
    const onCanvas = prev?.cy === cy ? prev.graph : (cy.scratch(CREATED_FROM) as SerializedGraph);
    if (onCanvas !== graph) patchCanvas(cy, graph);
    shown.current = { cy, graph };
  }, [cy, drawn, graph]);

  return null;
}

export function patchCanvas(cy: Core, graph: SerializedGraph): void {
  const next = toElements(graph);
  const ids = new Set(next.map((e) => String(e.data.id)));
  cy.batch(() => {
    cy.elements()
      .filter((e) => !ids.has(e.id()))
      .remove();
    dropFolded(cy, (id) => ids.has(id));
    for (const element of next) {
      const id = String(element.data.id);
      const current = cy.getElementById(id);
      if (current.nonempty()) {
        const data = current.data() as Record<string, unknown>;
        for (const key of Object.keys(data))
          if (!(key in element.data) && key !== 'id') current.removeData(key);
        if (changed(data, element.data)) current.data(element.data);
        continue;
      }
      // Folded (../fold-pool.ts): patched where it waits. New `about` edges arrive folded, and
      // an edge of a folded statement waits with it; the detail controller unfolds what shows.
      if (patchFolded(cy, id, element.data)) continue;
      if (
        element.group === 'edges' &&
        (String(element.classes ?? '').includes('collapsed') ||
          isFolded(cy, String(element.data.source)) ||
          isFolded(cy, String(element.data.target)))
      ) {
        foldDefinitions(cy, [element]);
        continue;
      }
      if (element.group === 'nodes')
        cy.add({ ...element, position: placeFor(cy, graph, id, element.position) });
      else cy.add(element);
    }
  });
}

function changed(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return Object.keys(b).some(
    (key) => a[key] !== b[key] && JSON.stringify(a[key]) !== JSON.stringify(b[key]),
  );
}

/** Beside a neighbour already on the canvas (stored positions may be in other units). */
function placeFor(
  cy: Core,
  graph: SerializedGraph,
  id: string,
  fallback: { x: number; y: number } | undefined,
): { x: number; y: number } {
  const edge = graph.edges.find(
    (e) =>
      (e.source === id && cy.getElementById(e.target).nonempty()) ||
      (e.target === id && cy.getElementById(e.source).nonempty()),
  );
  const neighbour = edge ? cy.getElementById(edge.source === id ? edge.target : edge.source) : null;
  if (neighbour && neighbour.nonempty()) {
    const p = neighbour.position();
    return { x: p.x + 80, y: p.y + 60 };
  }
  return fallback ?? { x: 0, y: 0 };
}
