// @vitest-environment jsdom
/**
 * A large graph's edges arrive in chunks: all of them end up on the instance, the instance says
 * when it holds everything drawn (once), and a cancelled drawing adds nothing more.
 */
import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { drawOrder } from '../../../../src/app/graph-view/draw-order';
import { DRAWN_EVENT, drawRest, isDrawn, whenDrawn } from '../../../../src/app/graph-view/drawing';
import { toElements } from '../../../../src/app/graph-view/elements';
import { buildGraph } from '../../../../src/graph/build';
import { syntheticCorpus } from '../../../bench/synthetic-corpus';

const graph = buildGraph(syntheticCorpus({ articles: 150 }), { layout: false }).export();
const elements = toElements(graph, null, { collapsed: true });

function started(): { cy: Core; order: ReturnType<typeof drawOrder> } {
  const order = drawOrder(elements);
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: order.first });
  return { cy, order };
}

const frames = (n: number) =>
  new Promise<void>((done) => {
    const next = (left: number) =>
      left === 0 ? done() : requestAnimationFrame(() => setTimeout(() => next(left - 1), 0));
    next(n);
  });

describe('drawRest', () => {
  it('adds every element, reports progress up to the total, and says once when done', async () => {
    const { cy, order } = started();
    const progress: number[] = [];
    let events = 0;
    cy.on(DRAWN_EVENT, () => events++);
    expect(isDrawn(cy)).toBe(false);
    drawRest(cy, order.drawn, (added) => progress.push(added));
    expect(cy.elements()).toHaveLength(order.first.length);
    await whenDrawn(cy);
    expect(isDrawn(cy)).toBe(true);
    expect(events).toBe(1);
    expect(cy.elements()).toHaveLength(order.first.length + order.drawn.length);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(order.drawn.length);
  });

  it('nothing left to add: done at once', async () => {
    const cy = cytoscape({ headless: true, elements: elements.slice(0, 3) });
    drawRest(cy, []);
    expect(isDrawn(cy)).toBe(true);
    await expect(whenDrawn(cy)).resolves.toBeUndefined();
  });

  it('cancelled (the instance goes), it adds nothing more and is never done', async () => {
    const { cy, order } = started();
    const cancel = drawRest(cy, order.drawn);
    await frames(2);
    cancel();
    const count = cy.elements().length;
    expect(count).toBeGreaterThan(order.first.length);
    expect(count).toBeLessThan(order.first.length + order.drawn.length);
    await frames(4);
    expect(cy.elements()).toHaveLength(count);
    expect(isDrawn(cy)).toBe(false);
  });

  it('a destroyed instance stops the drawing without an error', async () => {
    const { cy, order } = started();
    drawRest(cy, order.drawn);
    await frames(1);
    cy.destroy();
    await frames(3);
    expect(cy.destroyed()).toBe(true);
  });
});
