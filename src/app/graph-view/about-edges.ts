/**
 * Which `about` edges (speaker → what their statements mention, ./level-of-detail.ts) are on the
 * canvas: while statements are folded, those of the speakers not expanded — on a graph with many,
 * the strong ones (`strong`), and the others around the selected node. An exported image draws
 * every one.
 */
import type { Core, EdgeCollection } from 'cytoscape';
import { useIsnad } from '../store';
import { fold, folded, foldedEdgesAt, unfold } from './fold-pool';

/** An `about` edge's data (an element's, or a folded definition's). */
export type AboutData = Record<string, unknown>;

/** The rule, for the folding state and the selected node (null: none). */
export function aboutShown(
  collapsed: boolean,
  expanded: ReadonlySet<string>,
  selected: string | null,
): (data: AboutData) => boolean {
  return (data) =>
    collapsed &&
    !expanded.has(String(data.source)) &&
    (data.strong !== false || (selected !== null && touches(data, selected)));
}

const touches = (data: AboutData, id: string) => data.source === id || data.target === id;

/** Weak `about` edges the rule leaves folded, unfolded onto the canvas. */
function unfoldWeak(cy: Core, ids: string[]): EdgeCollection {
  if (ids.length === 0) return cy.collection().edges();
  const added = unfold(cy, ids).edges();
  // Dim mode marks an edge with an end left out (the visibility controller sets the nodes').
  added
    .filter((edge) => edge.source().hasClass('dimmed') || edge.target().hasClass('dimmed'))
    .addClass('dimmed');
  return added;
}

/** Folds back what `unfoldWeak` added, except what the rule shows now. */
function foldBack(cy: Core, added: EdgeCollection): void {
  if (cy.destroyed() || added.empty()) return;
  const { display, selected } = useIsnad.getState();
  const shows = aboutShown(display.collapsed, new Set(display.expanded), selected);
  fold(
    cy,
    added.filter((edge) => !edge.removed() && !shows(edge.data() as AboutData)),
  );
}

/**
 * Draws the weak `about` edges of the selected node `id` (its others are on the canvas already);
 * returns what folds them back when the selection moves on (those the rule still shows stay).
 */
export function showAboutAround(cy: Core, id: string): () => void {
  const { display } = useIsnad.getState();
  const shows = aboutShown(display.collapsed, new Set(display.expanded), id);
  const ids = foldedEdgesAt(cy, id)
    .filter((edge) => edge.data.kind === 'about' && edge.data.strong === false && shows(edge.data))
    .map((edge) => String(edge.data.id));
  unfoldWeak(cy, ids);
  // All of its weak ones on the canvas then, those an earlier call left (the rule still showed
  // them) too.
  return () => {
    if (cy.destroyed()) return;
    const node = cy.getElementById(id);
    if (node.empty()) return;
    foldBack(
      cy,
      node.connectedEdges('[kind = "about"]').filter((edge) => edge.data('strong') === false),
    );
  };
}

/** Every weak `about` edge the folding state shows drawn while `work` runs (an image export). */
export async function withEveryAbout<T>(cy: Core, work: () => Promise<T>): Promise<T> {
  const { display } = useIsnad.getState();
  const shows = aboutShown(display.collapsed, new Set(display.expanded), null);
  const ids = folded(cy)
    .filter((edge) => edge.data.kind === 'about' && shows({ ...edge.data, strong: true }))
    .map((edge) => String(edge.data.id));
  const added = unfoldWeak(cy, ids);
  try {
    return await work();
  } finally {
    foldBack(cy, added);
  }
}
