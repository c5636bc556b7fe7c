/**
 * Render-less: while statements are folded, draws the statements of expanded speakers (and a
 * selected statement) around their speaker, where ./placement.ts finds room, and puts them back
 * where the layout had them once folded again. A double click on a speaker expands or folds
 * their statements. Handlers are bound in the effect and unbound by the same reference.
 */
import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { useEffect } from 'react';
import { speakerOf, statementsBy, type GraphIndex } from '../../graph/queries';
import { indexOf } from '../graph-index';
import { useCy } from '../graph-view/cy-context';
import { folded } from '../graph-view/fold-pool';
import { useDrawn } from '../graph-view/use-drawn';
import { useIsnad, type IsnadState } from '../store';
import { selectSelectedStatement } from '../graph-view/selected-statement';
import { toggleSpeaker } from './actions';
import { footprint, placeAround, type Footprint, type Group, type Point } from './placement';

/** Scratch key: where the layout had a statement before it was moved beside its speaker. */
const HOME = 'isnadFoldHome';

const selectGraph = (state: IsnadState) => state.graph;
const selectCollapsed = (state: IsnadState) => state.display.collapsed;
const selectExpanded = (state: IsnadState) => state.display.expanded;

const footprintOf = (node: NodeSingular, extraLines = 0): Footprint => ({
  ...node.position(),
  box: footprint(
    String(node.data('kind')),
    // The stored (Arabic) name, whatever the interface language: the picture stays put.
    String(node.data(node.data('kind') === 'statement' ? 'display' : 'label') ?? ''),
    Number(node.data('degree') ?? 0),
    Number(node.data('size') ?? 20),
    extraLines,
  ),
});

/** The groups to place: expanded speakers in order, then a selected statement on its own. */
function groupsOf(
  cy: Core,
  index: GraphIndex,
  expanded: readonly string[],
  selected: string | null,
): Group[] {
  const groups: { speaker: string; statements: string[] }[] = expanded.map((speaker) => ({
    speaker,
    statements: statementsBy(index, speaker),
  }));
  if (selected && index.nodes.get(selected)?.kind === 'statement') {
    const speaker = speakerOf(index, selected);
    if (speaker && !expanded.includes(speaker)) groups.push({ speaker, statements: [selected] });
  }
  return groups.flatMap(({ speaker, statements }) => {
    const center = cy.getElementById(speaker);
    if (center.empty()) return [];
    const items = statements
      .map((key) => cy.getElementById(key))
      .filter((node) => node.nonempty())
      .map((node) => ({ key: node.id(), box: footprintOf(node).box }));
    return [{ center: footprintOf(center), items }];
  });
}

/** Moves the statements to their places beside their speakers, and the others back home. */
function place(cy: Core, groups: Group[]): void {
  // Every entity is an obstacle, drawn or not, so a filter does not move the statements. Their
  // footprints measure every name (200 ms at 5,000 nodes): not when there is nothing to place.
  const obstacles = () =>
    cy
      .nodes('[kind != "statement"]')
      .map((node) => footprintOf(node, Number(node.data('said') ?? 0) > 0 ? 1 : 0));
  const spots = groups.length > 0 ? placeAround(groups, obstacles()) : new Map<string, Point>();
  cy.batch(() => {
    cy.nodes('[kind = "statement"]').forEach((node) => {
      const spot = spots.get(node.id());
      const home = node.scratch(HOME) as { x: number; y: number } | undefined;
      if (spot) {
        if (!home) node.scratch(HOME, { ...node.position() });
        node.position(spot);
      } else if (home) {
        node.position(home);
        node.removeScratch(HOME);
      }
    });
  });
}

export function FoldController() {
  const cy = useCy();
  // Once the last chunk of a large graph is in, again over every element.
  const drawn = useDrawn(cy);
  const graph = useIsnad(selectGraph);
  const collapsed = useIsnad(selectCollapsed);
  const expanded = useIsnad(selectExpanded);
  const selected = useIsnad(selectSelectedStatement);

  useEffect(() => {
    if (!cy || cy.destroyed() || !graph) return undefined;
    const run = () => {
      if (cy.destroyed()) return;
      const { display, selected: now } = useIsnad.getState();
      const groups = display.collapsed ? groupsOf(cy, indexOf(graph), display.expanded, now) : [];
      place(cy, groups);
    };
    run();
    // A re-arrange moves every node, statements too (folded ones as well, where they wait):
    // their new home is where it puts them.
    const onLayoutStart = () => {
      cy.nodes().forEach((node) => void node.removeScratch(HOME));
      for (const element of folded(cy)) delete (element.scratch as Record<string, unknown>)?.[HOME];
    };
    // A speaker dragged elsewhere takes their statements along.
    const onDragFree = (event: EventObject) => {
      if ((event.target as NodeSingular).data('kind') !== 'statement') run();
    };
    const onDoubleTap = (event: EventObject) => {
      const node = event.target as NodeSingular;
      if (!useIsnad.getState().display.collapsed || !node.isNode?.()) return;
      if (Number(node.data('said') ?? 0) > 0) toggleSpeaker(node.id());
    };
    cy.on('layoutstart', onLayoutStart);
    cy.on('layoutstop', run);
    cy.on('dragfree', 'node', onDragFree);
    cy.on('dbltap', 'node', onDoubleTap);
    return () => {
      cy.off('layoutstart', onLayoutStart);
      cy.off('layoutstop', run);
      cy.off('dragfree', 'node', onDragFree);
      cy.off('dbltap', 'node', onDoubleTap);
    };
  }, [cy, drawn, graph, collapsed, expanded, selected]);

  return null;
}
