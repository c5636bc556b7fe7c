/**
 * Store → level of detail on the canvas: names in the interface language, statements folded
 * into a count on their speaker (taken off the canvas with their edges, ../fold-pool.ts, `about`
 * edges shown in their place), the statements of speakers expanded on demand drawn (their
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
import { useCy } from '../cy-context';
import { fold, folded as foldedElements, unfold } from '../fold-pool';
import { displayLabel } from '../labels';
import { hiddenStatements } from '../level-of-detail';
import { useDrawn } from '../use-drawn';

const selectGraph = (state: IsnadState) => state.graph;
const selectLang = (state: IsnadState) => state.lang;
const selectCollapsed = (state: IsnadState) => state.display.collapsed;
const selectExpanded = (state: IsnadState) => state.display.expanded;

/**
 * Moves statements and `about` edges between the canvas and the pool: statements in `hidden`
 * folded, the others drawn; an `about` edge drawn when `showAbout` says so for its speaker.
 */
function refold(
  cy: Core,
  statements: Iterable<string>,
  hidden: ReadonlySet<string>,
  showAbout: (speaker: string) => boolean,
): void {
  const toFold = cy
    .nodes('[kind = "statement"]')
    .filter((node) => hidden.has(node.id()))
    .union(cy.edges('.summary').filter((edge) => !showAbout(String(edge.data('source')))));
  const toUnfold: string[] = [];
  for (const key of statements) if (!hidden.has(key)) toUnfold.push(key);
  for (const element of foldedElements(cy))
    if (String(element.classes).includes('summary') && showAbout(String(element.data.source)))
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
    const open = new Set(expanded);
    cy.batch(() => {
      refold(cy, statements, hidden, (speaker) => collapsed && !open.has(speaker));
      cy.nodes('[kind != "statement"]').forEach((node) => {
        const display = displayLabel(node.data(), lang, { collapsed: counts.get(node.id()) });
        if (node.data('display') !== display) node.data('display', display);
      });
    });
  }, [cy, drawn, graph, lang, collapsed, selected, expanded]);

  return null;
}
