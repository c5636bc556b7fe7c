/**
 * Store → level of detail on the canvas: names in the interface language, statements collapsed
 * into a count on their speaker (`collapsed` on the hidden statements and their edges, `about`
 * edges shown in their place), the selected speaker's statements drawn. Labels are patched by id, only where
 * they change; the elements are never rebuilt.
 */
import { useEffect } from 'react';
import { speakerOf } from '../../../graph/queries';
import { indexOf } from '../../graph-index';
import { useIsnad, type IsnadState } from '../../store';
import { useCy } from '../cy-context';
import { displayLabel } from '../labels';
import { hiddenStatements } from '../level-of-detail';

const selectGraph = (state: IsnadState) => state.graph;
const selectLang = (state: IsnadState) => state.lang;
const selectCollapsed = (state: IsnadState) => state.display.collapsed;
const selectSelected = (state: IsnadState) => state.selected;

export function DetailController() {
  const cy = useCy();
  const graph = useIsnad(selectGraph);
  const lang = useIsnad(selectLang);
  const collapsed = useIsnad(selectCollapsed);
  const selected = useIsnad(selectSelected);

  useEffect(() => {
    if (!cy || cy.destroyed() || !graph) return;
    const index = indexOf(graph);
    const hidden = collapsed ? hiddenStatements(index, selected) : new Set<string>();
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
          if (fold !== node.hasClass('collapsed'))
            node.union(node.connectedEdges()).toggleClass('collapsed', fold);
          return;
        }
        const display = displayLabel(node.data(), lang, { collapsed: folded.get(node.id()) });
        if (node.data('display') !== display) node.data('display', display);
      });
      const summary = cy.edges('.summary');
      if (collapsed) summary.removeClass('collapsed');
      else summary.addClass('collapsed');
    });
  }, [cy, graph, lang, collapsed, selected]);

  return null;
}
