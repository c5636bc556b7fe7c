// @vitest-environment jsdom
/**
 * Selection classes: the selected node and its neighbourhood are lit at once; the rest fades one
 * frame later (after the inspector paints) — on a large graph a chunk per frame — and a quick
 * second selection leaves nothing stale.
 */
import { act, cleanup, render } from '@testing-library/react';
import type { Core } from 'cytoscape';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CyContext } from '../../../../src/app/graph-view/cy-context';
import { GraphCanvas } from '../../../../src/app/graph-view/GraphCanvas';
import { SelectionController } from '../../../../src/app/graph-view/controllers/SelectionController';
import { useIsnad } from '../../../../src/app/store';
import { whenDrawn } from '../../../../src/app/graph-view/drawing';
import { buildGraph } from '../../../../src/graph/build';
import { syntheticCorpus } from '../../../bench/synthetic-corpus';
import { smallGraph } from '../fixtures/small-graph';

const OPTIONS = { headless: true, styleEnabled: true };

function Harness({ onCy }: { onCy: (cy: Core) => void }) {
  const [cy, setCy] = useState<Core | null>(null);
  return (
    <CyContext.Provider value={cy}>
      <GraphCanvas
        options={OPTIONS}
        onReady={(instance) => {
          if (instance) onCy(instance);
          setCy(instance);
        }}
      />
      <SelectionController />
    </CyContext.Provider>
  );
}

/** A frame, then a task: when the deferred fade has run. */
const nextFrame = () =>
  act(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 5))));

/** What the classes should be for `key` selected: its closed neighbourhood lit, the rest faded. */
function expectSelection(cy: Core, key: string) {
  const node = cy.getElementById(key);
  const lit = node.closedNeighborhood();
  expect(cy.$('.selected').map((e) => e.id())).toEqual([key]);
  // What is not drawn (folded statements, the `about` edges while unfolded) is left alone.
  const drawn = cy.elements().not('.collapsed');
  expect(cy.$('.faded').length).toBe(drawn.difference(lit).length);
  expect(lit.filter('.faded')).toHaveLength(0);
}

describe('SelectionController', () => {
  let cy: Core;
  beforeEach(() => {
    useIsnad.getState().loadGraph(smallGraph);
    useIsnad.getState().reset();
    render(<Harness onCy={(instance) => (cy = instance)} />);
  });
  afterEach(() => cleanup());

  it('lights the selection at once and fades the rest on the next frame', async () => {
    act(() => useIsnad.getState().select('putin'));
    expect(cy.$('.selected').map((e) => e.id())).toEqual(['putin']);
    await nextFrame();
    expectSelection(cy, 'putin');
  });

  it('a second selection before the fade leaves exactly the new one lit', async () => {
    act(() => useIsnad.getState().select('putin'));
    act(() => useIsnad.getState().select('rubio'));
    await nextFrame();
    expectSelection(cy, 'rubio');
    act(() => useIsnad.getState().select('ukraine'));
    await nextFrame();
    expectSelection(cy, 'ukraine');
  });

  it('clearing the selection clears every fade', async () => {
    act(() => useIsnad.getState().select('putin'));
    await nextFrame();
    act(() => useIsnad.getState().select(null));
    await nextFrame();
    expect(cy.$('.selected, .neighbour, .faded')).toHaveLength(0);
  });
});

describe('SelectionController under a filter', () => {
  let cy: Core;
  beforeEach(() => {
    useIsnad.getState().loadGraph(smallGraph);
    useIsnad.getState().reset();
    render(<Harness onCy={(instance) => (cy = instance)} />);
  });
  afterEach(() => cleanup());

  it('lights the selection within the filtered set and fades nothing the filter keeps', async () => {
    act(() => useIsnad.getState().select('putin'));
    await nextFrame();
    expect(cy.$('.faded').length).toBeGreaterThan(0);
    act(() => useIsnad.getState().toggleDelegation('ru-del'));
    await nextFrame();
    expect(useIsnad.getState().selected).toBe('putin');
    expect(cy.$('.selected').map((e) => e.id())).toEqual(['putin']);
    expect(cy.$('.faded')).toHaveLength(0);
  });

  it('a filter that leaves the selection out clears it, and “Clear all” clears it too', async () => {
    act(() => useIsnad.getState().select('rubio'));
    act(() => useIsnad.getState().toggleDelegation('ru-del'));
    expect(useIsnad.getState().selected).toBeNull();
    act(() => useIsnad.getState().select('putin'));
    act(() => useIsnad.getState().clearFilters());
    expect(useIsnad.getState().selected).toBeNull();
    await nextFrame();
    expect(cy.$('.selected, .neighbour, .faded')).toHaveLength(0);
  });
});

describe('SelectionController on a large graph', () => {
  // About 2,400 elements on the canvas (statements folded): faded in chunks.
  const corpus = buildGraph(syntheticCorpus({ articles: 150 })).export();
  let cy: Core;
  beforeEach(async () => {
    useIsnad.getState().loadGraph(corpus);
    useIsnad.getState().reset();
    render(<Harness onCy={(instance) => (cy = instance)} />);
    await nextFrame(); // a large graph's canvas is made once the page has painted
    await act(() => whenDrawn(cy));
  });
  afterEach(() => cleanup());

  const hub = () =>
    cy
      .nodes('[kind = "person"]')
      .max((n) => n.degree(false))
      .ele.id();
  const frames = async (n: number) => {
    for (let i = 0; i < n; i++) await nextFrame();
  };

  it('fades the rest over a few frames, and ends as a small graph does', async () => {
    const key = hub();
    act(() => useIsnad.getState().select(key));
    await nextFrame();
    expect(cy.$('.faded').length).toBeGreaterThan(0);
    expect(cy.$('.faded').length).toBeLessThan(
      cy.elements().length - cy.getElementById(key).closedNeighborhood().length,
    );
    await frames(4);
    expectSelection(cy, key);
  });

  it('a new selection in the middle of a fade leaves exactly the new one lit', async () => {
    const key = hub();
    const other = cy.nodes('[kind = "place"]')[0]!.id();
    act(() => useIsnad.getState().select(key));
    await nextFrame();
    act(() => useIsnad.getState().select(other));
    await frames(5);
    expectSelection(cy, other);
    act(() => useIsnad.getState().select(null));
    await frames(5);
    expect(cy.$('.selected, .neighbour, .faded')).toHaveLength(0);
  });
});
