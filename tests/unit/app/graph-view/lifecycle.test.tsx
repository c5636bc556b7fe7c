// @vitest-environment jsdom
/**
 * The Cytoscape bridge's life cycle under React StrictMode (which mounts, unmounts and mounts
 * again on purpose): exactly one live instance, destroyed on unmount, handlers not duplicated,
 * and the controllers' classes cleaned up with their effects; a large graph drawn in chunks ends
 * whole, with the controllers run again over all of it.
 */
import { act, cleanup, render } from '@testing-library/react';
import type { Core } from 'cytoscape';
import { StrictMode, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CyContext } from '../../../../src/app/graph-view/cy-context';
import { FIRST_NODES } from '../../../../src/app/graph-view/draw-order';
import { isDrawn, whenDrawn } from '../../../../src/app/graph-view/drawing';
import { folded } from '../../../../src/app/graph-view/fold-pool';
import { GraphCanvas } from '../../../../src/app/graph-view/GraphCanvas';
import { SelectionController } from '../../../../src/app/graph-view/controllers/SelectionController';
import { VisibilityController } from '../../../../src/app/graph-view/controllers/VisibilityController';
import { useIsnad } from '../../../../src/app/store';
import { buildGraph } from '../../../../src/graph/build';
import { syntheticCorpus } from '../../../bench/synthetic-corpus';
import { smallGraph } from '../fixtures/small-graph';

// jsdom has no canvas: the real code path with Cytoscape's headless renderer.
const OPTIONS = { headless: true, styleEnabled: true };

function Harness({ instances }: { instances: Core[] }) {
  const [cy, setCy] = useState<Core | null>(null);
  const onReady = (instance: Core | null) => {
    if (instance) instances.push(instance);
    setCy(instance);
  };
  return (
    <CyContext.Provider value={cy}>
      <GraphCanvas onReady={onReady} options={OPTIONS} />
      <SelectionController />
      <VisibilityController />
    </CyContext.Provider>
  );
}

const live = (instances: Core[]) => instances.filter((cy) => !cy.destroyed());

describe('GraphCanvas under StrictMode', () => {
  beforeEach(() => {
    useIsnad.getState().loadGraph(smallGraph);
    useIsnad.getState().reset();
  });
  afterEach(() => cleanup());

  it('keeps exactly one live instance, and destroys it on unmount', () => {
    const instances: Core[] = [];
    const view = render(
      <StrictMode>
        <Harness instances={instances} />
      </StrictMode>,
    );
    expect(instances.length).toBeGreaterThanOrEqual(1);
    expect(live(instances)).toHaveLength(1);
    expect(live(instances)[0]!.nodes()).toHaveLength(smallGraph.nodes.length);
    view.unmount();
    expect(live(instances)).toHaveLength(0);
    // Teardown twice is safe.
    expect(() => view.unmount()).not.toThrow();
  });

  it('binds the tap handler once: one tap, one selection', () => {
    const instances: Core[] = [];
    render(
      <StrictMode>
        <Harness instances={instances} />
      </StrictMode>,
    );
    const select = vi.spyOn(useIsnad.getState(), 'select');
    const cy = live(instances)[0]!;
    act(() => {
      cy.getElementById('putin').emit('tap');
    });
    expect(select).toHaveBeenCalledTimes(1);
    expect(useIsnad.getState().selected).toBe('putin');
    select.mockRestore();
  });

  it('controllers put display state on the live instance and take it off again', () => {
    const instances: Core[] = [];
    render(
      <StrictMode>
        <Harness instances={instances} />
      </StrictMode>,
    );
    const cy = live(instances)[0]!;
    act(() => useIsnad.getState().select('putin'));
    expect(cy.getElementById('putin').hasClass('selected')).toBe(true);
    expect(cy.getElementById('s1').hasClass('neighbour')).toBe(true);
    act(() => useIsnad.getState().toggleDelegation('us-del'));
    expect(cy.getElementById('putin').hasClass('hidden')).toBe(true);
    expect(cy.getElementById('trump').hasClass('hidden')).toBe(false);
    act(() => {
      useIsnad.getState().select(null);
      useIsnad.getState().clearFilters();
    });
    expect(cy.$('.selected, .neighbour, .faded, .hidden, .dimmed')).toHaveLength(0);
  });

  it('a new graph replaces the instance: still exactly one live, classes start clean', () => {
    const instances: Core[] = [];
    render(
      <StrictMode>
        <Harness instances={instances} />
      </StrictMode>,
    );
    act(() => {
      useIsnad.getState().select('putin');
      useIsnad.getState().toggleDelegation('us-del');
    });
    const smaller = { ...smallGraph, nodes: smallGraph.nodes.slice(0, 3), edges: [] };
    act(() => useIsnad.getState().loadGraph(smaller));
    const alive = live(instances);
    expect(alive).toHaveLength(1);
    expect(alive[0]!.nodes()).toHaveLength(3);
    expect(alive[0]!.$('.selected, .hidden')).toHaveLength(0);
    expect(useIsnad.getState().selected).toBeNull();
  });
});

describe('GraphCanvas with a large graph, drawn in chunks', () => {
  // About 2,400 elements drawn: past what is created whole (src/app/graph-view/draw-order.ts).
  const corpus = buildGraph(syntheticCorpus({ articles: 150 })).export();
  const untilDrawn = (cy: Core) => act(() => whenDrawn(cy));
  /** A large graph's instance is made once the page has painted: a frame, then a task. */
  const painted = () =>
    act(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))));

  beforeEach(() => {
    useIsnad.getState().loadGraph(corpus);
  });
  afterEach(() => cleanup());

  it('is made after a paint with its main nodes, ends with every element drawn on it, one live instance', async () => {
    const instances: Core[] = [];
    render(
      <StrictMode>
        <Harness instances={instances} />
      </StrictMode>,
    );
    expect(instances).toHaveLength(0);
    await painted();
    const cy = live(instances)[0]!;
    expect(live(instances)).toHaveLength(1);
    expect(cy.nodes()).toHaveLength(FIRST_NODES);
    expect(cy.edges()).toHaveLength(0);
    await untilDrawn(cy);
    // Folded statements and their edges wait beside the canvas; together, the whole graph.
    const pooled = folded(cy).filter((e) => e.data.kind !== 'about');
    expect(cy.nodes().length + pooled.filter((e) => e.group === 'nodes').length).toBe(
      corpus.nodes.length,
    );
    expect(
      cy.edges('[kind != "about"]').length + pooled.filter((e) => e.group === 'edges').length,
    ).toBe(corpus.edges.length);
    expect(cy.nodes('[kind = "statement"]')).toHaveLength(0);
  });

  it('a selection made while drawing is lit over the whole graph once drawn', async () => {
    const instances: Core[] = [];
    render(<Harness instances={instances} />);
    await painted();
    const cy = live(instances)[0]!;
    const speaker = cy.nodes('[kind = "person"]').max((node) => Number(node.data('said'))).ele;
    act(() => useIsnad.getState().select(speaker.id()));
    expect(speaker.hasClass('selected')).toBe(true);
    await untilDrawn(cy);
    const around = speaker.closedNeighborhood().not(speaker);
    expect(around.edges().length).toBeGreaterThan(0);
    expect(around.not('.neighbour')).toHaveLength(0);
  });

  it('unmounted before it is made: no instance is made at all', async () => {
    const instances: Core[] = [];
    const view = render(<Harness instances={instances} />);
    view.unmount();
    await painted();
    expect(instances).toHaveLength(0);
  });

  it('unmounted while drawing: destroyed, and nothing is added after', async () => {
    const instances: Core[] = [];
    const view = render(<Harness instances={instances} />);
    await painted();
    const cy = live(instances)[0]!;
    await painted();
    view.unmount();
    expect(cy.destroyed()).toBe(true);
    expect(isDrawn(cy)).toBe(false);
  });
});
