/**
 * What is folded waits beside the canvas: folding takes nodes off with their edges and keeps
 * what they are (data, position, scratch) but not how they were shown; unfolding puts them back,
 * each edge once both its ends are on the canvas; edits and re-arrange reach what is folded.
 */
import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  dropFolded,
  fold,
  foldDefinitions,
  folded,
  isFolded,
  moveFolded,
  patchFolded,
  unfold,
} from '../../../../src/app/graph-view/fold-pool';

/** Trump said s1 (which mentions Putin) and s2; an `about` edge stands in for s1's mention. */
function canvas(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      { data: { id: 'trump', kind: 'person' }, position: { x: 0, y: 0 } },
      { data: { id: 'putin', kind: 'person' }, position: { x: 100, y: 0 } },
      { data: { id: 's1', kind: 'statement' }, position: { x: 10, y: 50 } },
      { data: { id: 's2', kind: 'statement' }, position: { x: -10, y: 50 } },
      { data: { id: 'said1', source: 'trump', target: 's1', kind: 'said' } },
      { data: { id: 'said2', source: 'trump', target: 's2', kind: 'said' } },
      { data: { id: 'm1', source: 's1', target: 'putin', kind: 'mentions' } },
      {
        data: { id: 'about', source: 'trump', target: 'putin', kind: 'about' },
        classes: 'summary',
      },
    ],
  });
}
const ids = (cy: Core) =>
  cy
    .elements()
    .map((e) => e.id())
    .sort();

describe('the fold pool', () => {
  it.each([
    ['a statement goes with its edges', ['s1'], ['about', 'putin', 's2', 'said2', 'trump']],
    ['two statements', ['s1', 's2'], ['about', 'putin', 'trump']],
    ['an about edge on its own', ['about'], ['m1', 'putin', 's1', 's2', 'said1', 'said2', 'trump']],
  ])('folding: %s', (_title, keys, left) => {
    const cy = canvas();
    fold(cy, cy.$(keys.map((key) => `[id = "${key}"]`).join(', ')));
    expect(ids(cy)).toEqual(left);
    for (const key of keys) expect(isFolded(cy, key)).toBe(true);
  });

  it('unfolding gives back data, position and scratch, not display classes', () => {
    const cy = canvas();
    const s1 = cy.getElementById('s1');
    s1.data('tint', '#123456').addClass('tinted faded neighbour matched').scratch('home', 1);
    s1.position({ x: 33, y: 44 });
    fold(cy, s1);
    const back = unfold(cy, ['s1']).getElementById('s1');
    expect(back.data('tint')).toBe('#123456');
    expect(back.position()).toEqual({ x: 33, y: 44 });
    expect(back.scratch('home')).toBe(1);
    expect(back.classes()).toEqual(['tinted']);
    expect(ids(cy)).toEqual(ids(canvas()));
  });

  it('an edge comes back once both its ends are on the canvas', () => {
    const cy = canvas();
    fold(cy, cy.$('#s1, #putin'));
    unfold(cy, ['s1']);
    expect(cy.getElementById('said1').nonempty()).toBe(true);
    expect(cy.getElementById('m1').empty()).toBe(true);
    expect(isFolded(cy, 'm1')).toBe(true);
    unfold(cy, ['putin']);
    expect(cy.getElementById('m1').nonempty()).toBe(true);
    expect(folded(cy).filter((e) => e.data.id !== 'about')).toEqual([]);
  });

  it('definitions go straight in, without the collapsed class; an edit and a re-arrange reach them', () => {
    const cy = canvas();
    cy.remove('#s2');
    foldDefinitions(cy, [
      {
        group: 'nodes',
        data: { id: 's2', kind: 'statement' },
        classes: 'collapsed',
        position: { x: 0, y: 0 },
      },
      {
        group: 'edges',
        data: { id: 'said2', source: 'trump', target: 's2' },
        classes: 'collapsed',
      },
    ]);
    expect(patchFolded(cy, 's2', { id: 's2', kind: 'statement', edited: true })).toBe(true);
    expect(patchFolded(cy, 'trump', { id: 'trump' })).toBe(false);
    moveFolded(cy, { s2: { x: 7, y: 8 }, trump: { x: 1, y: 1 } });
    const s2 = unfold(cy, ['s2']).getElementById('s2');
    expect(s2.data('edited')).toBe(true);
    expect(s2.position()).toEqual({ x: 7, y: 8 });
    expect(s2.classes()).toEqual([]);
    expect(cy.getElementById('trump').position()).toEqual({ x: 0, y: 0 });
    expect(cy.getElementById('said2').nonempty()).toBe(true);
  });

  it('what an edit removed is dropped from the pool too', () => {
    const cy = canvas();
    fold(cy, cy.$('#s1, #s2'));
    dropFolded(cy, (id) => id !== 's2' && id !== 'said2');
    expect(
      folded(cy)
        .map((e) => e.data.id)
        .sort(),
    ).toEqual(['m1', 's1', 'said1']);
    expect(unfold(cy, ['s2']).length).toBe(0);
  });
});
