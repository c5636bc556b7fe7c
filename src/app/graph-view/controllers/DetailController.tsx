/**
 * Store → level of detail on the canvas: names in the interface language, statements folded
 * into a count on their speaker (taken off the canvas with their edges, ../fold-pool.ts, `about`
 * edges shown in their place — on a large graph the strong ones, and the others around the
 * selected node, ../about-edges.ts), the statements of speakers expanded on demand drawn (their
 * `about` edges folded away) with the selected statement. Labels are patched by id, only where
 * they change; elements move between the canvas and the pool only where folding changed. Where
 * expanded statements go is src/app/fold's business.
 */
import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { speakerOf } from '../../../graph/queries';
import { indexOf } from '../../graph-index';
import { useIsnad, type IsnadState } from '../../store';
import { selectSelectedStatement } from '../selected-statement';
import { aboutShown, showAboutAround, type AboutData } from '../about-edges';
import { useCy } from '../cy-context';
import { fold, folded as foldedElements, unfold } from '../fold-pool';
import { displayLabel } from '../labels';
import { hiddenStatements } from '../level-of-detail';
import { useDrawn } from '../use-drawn';

const selectGraph = (state: IsnadState) => state.graph;
const selectLang = (state: IsnadState) => state.lang;
const selectCollapsed = (state: IsnadState) => state.display.collapsed;
const selectExpanded = (state: IsnadState) => state.display.expanded;
const selectSelected = (state: IsnadState) => state.selected;

/**
 * Moves statements and `about` edges between the canvas and the pool: statements in `hidden`
 * folded, the others drawn; an `about` edge drawn when `showAbout` says so (../about-edges.ts).
 */
function refold(
  cy: Core,
  statements: Iterable<string>,
  hidden: ReadonlySet<string>,
  showAbout: (data: AboutData) => boolean,
): void {
  const toFold = cy
    .nodes('[kind = "statement"]')
    .filter((node) => hidden.has(node.id()))
    .union(cy.edges('.summary').filter((edge) => !showAbout(edge.data() as AboutData)));
  const toUnfold: string[] = [];
  for (const key of statements) if (!hidden.has(key)) toUnfold.push(key);
  for (const element of foldedElements(cy))
    if (String(element.classes).includes('summary') && showAbout(element.data))
      toUnfold.push(String(element.data.id));
  fold(cy, toFold);
  unfold(cy, toUnfold);
}

export function DetailController() {
  const cy = useCy();
  // Once the last chunk of a large graph is in, again over every element.
  const drawn = useDrawn(cy);
  const graph = useIsnad(selectGraph);
  const lang = useIsnad(selectLang);
  const collapsed = useIsnad(selectCollapsed);
  const selected = useIsnad(selectSelectedStatement);
  const expanded = useIsnad(selectExpanded);
  const selectedNode = useIsnad(selectSelected);

  useEffect(() => {
    if (!cy || cy.destroyed() || !graph) return;
    const index = indexOf(graph);
    const hidden = collapsed ? hiddenStatements(index, selected, expanded) : new Set<string>();
    const counts = new Map<string, number>();
    for (const statement of hidden) {
      const speaker = speakerOf(index, statement);
      if (speaker) counts.set(speaker, (counts.get(speaker) ?? 0) + 1);
    }
    const statements: string[] = [];
    for (const [key, attrs] of index.nodes) if (attrs.kind === 'statement') statements.push(key);
    // The selected node's own `about` edges are the effect below's: kept, not moved twice.
    const showAbout = aboutShown(collapsed, new Set(expanded), useIsnad.getState().selected);
    cy.batch(() => {
      refold(cy, statements, hidden, showAbout);
      cy.nodes('[kind != "statement"]').forEach((node) => {
        const display = displayLabel(node.data(), lang, { collapsed: counts.get(node.id()) });
        if (node.data('display') !== display) node.data('display', display);
      });
    });
  }, [cy, drawn, graph, lang, collapsed, selected, expanded]);

  // Around the selected node, its weak `about` edges too (a click costs only its own edges).
  useEffect(() => {
    if (!cy || cy.destroyed() || !graph || !selectedNode) return undefined;
    return showAboutAround(cy, selectedNode);
  }, [cy, drawn, graph, collapsed, selectedNode, expanded]);

  return null;
}
