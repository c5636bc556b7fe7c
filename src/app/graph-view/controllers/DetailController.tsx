/**
 * Store → level of detail on the canvas: names in the interface language, statements collapsed
 * into a count on their speaker (`collapsed` on the hidden statements and their edges, `about`
 * edges shown in their place), the statements of speakers expanded on demand drawn (their `about` edges folded
 * away) with the selected statement. Labels are patched by id, only where they change; the
 * elements are never rebuilt. Where expanded statements go is src/app/fold's business.
 */
import { useEffect } from 'react';
import { speakerOf } from '../../../graph/queries';
import { indexOf } from '../../graph-index';
import { useIsnad, type IsnadState } from '../../store';
import { useCy } from '../cy-context';
import { useDrawn } from '../use-drawn';
import { displayLabel } from '../labels';
import { hiddenStatements } from '../level-of-detail';
import { showLineDetail } from '../line-detail';

const selectGraph = (state: IsnadState) => state.graph;
const selectLang = (state: IsnadState) => state.lang;
const selectCollapsed = (state: IsnadState) => state.display.collapsed;
const selectSelected = (state: IsnadState) => state.selected;
const selectExpanded = (state: IsnadState) => state.display.expanded;

export function DetailController() {
  const cy = useCy();
  // Once the last chunk of a large graph is in, again over every element.
  const drawn = useDrawn(cy);
  const graph = useIsnad(selectGraph);
  const lang = useIsnad(selectLang);
  const collapsed = useIsnad(selectCollapsed);
  const selected = useIsnad(selectSelected);
  const expanded = useIsnad(selectExpanded);

  useEffect(() => {
    if (!cy || cy.destroyed() || !graph) return;
    const index = indexOf(graph);
    const hidden = collapsed ? hiddenStatements(index, selected, expanded) : new Set<string>();
    const folded = new Map<string, number>();
    for (const statement of hidden) {
      const speaker = speakerOf(index, statement);
      if (speaker) folded.set(speaker, (folded.get(speaker) ?? 0) + 1);
    }
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const isStatement = node.data('kind') === 'statement';
        if (isStatement) {
          const fold = hidden.has(node.id());
          // The statement's edges fold with it: `.collapsed` is everything not drawn.
          if (fold === node.hasClass('collapsed')) return;
          const edges = node.connectedEdges();
          node.union(edges).toggleClass('collapsed', fold);
          if (!fold) showLineDetail(cy, edges);
          return;
        }
        const display = displayLabel(node.data(), lang, { collapsed: folded.get(node.id()) });
        if (node.data('display') !== display) node.data('display', display);
      });
      const open = new Set(expanded);
      cy.edges('.summary').forEach((edge) => {
        const fold = !collapsed || open.has(edge.data('source') as string);
        if (fold !== edge.hasClass('collapsed')) edge.toggleClass('collapsed', fold);
      });
    });
  }, [cy, drawn, graph, lang, collapsed, selected, expanded]);

  return null;
}
