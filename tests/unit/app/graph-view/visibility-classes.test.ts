/**
 * Filter classes go where the filters leave out, and only where they change: hidden marks nodes
 * (an edge with an end not drawn is not drawn either), dimmed marks nodes and those edges; stale
 * classes are removed, a mode switch swaps `hidden` for `dimmed`, and a statement that unfolds
 * onto the canvas gets its class on the next pass.
 */
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { applyVisibility } from '../../../../src/app/graph-view/controllers/VisibilityController';

function canvas() {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: '.hidden', style: { display: 'none' } }],
    elements: [
      { data: { id: 'a' } },
      { data: { id: 'b' } },
      { data: { id: 'ab', source: 'a', target: 'b' } },
    ],
  });
}
const ids = (cy: cytoscape.Core, selector: string) =>
  cy
    .$(selector)
    .map((e) => e.id())
    .sort();
const drawn = (cy: cytoscape.Core) =>
  cy
    .elements()
    .filter((e) => e.visible())
    .map((e) => e.id())
    .sort();

describe('filter classes', () => {
  it.each([
    ['hidden: the nodes left out; their edges are not drawn', 'hidden', ['b'], ['a']],
    [
      'dimmed: the nodes left out and their edges, all still drawn',
      'dimmed',
      ['ab', 'b'],
      ['a', 'ab', 'b'],
    ],
  ] as const)('%s', (_title, mode, marked, visible) => {
    const cy = canvas();
    applyVisibility(cy, new Set(['a']), mode);
    expect(ids(cy, `.${mode}`)).toEqual(marked);
    expect(drawn(cy)).toEqual(visible);
  });

  it('a statement unfolded onto the canvas is marked on the next pass', () => {
    const cy = canvas();
    applyVisibility(cy, new Set(['a']), 'hidden');
    cy.add([
      { data: { id: 's', kind: 'statement' } },
      { data: { id: 'bs', source: 'b', target: 's' } },
    ]);
    applyVisibility(cy, new Set(['a']), 'hidden');
    expect(ids(cy, '.hidden')).toEqual(['b', 's']);
    expect(drawn(cy)).toEqual(['a']);
  });

  it('removes what no longer applies, and swaps hidden for dimmed', () => {
    const cy = canvas();
    applyVisibility(cy, new Set(['a']), 'hidden');
    applyVisibility(cy, new Set(['a', 'b']), 'dimmed');
    expect(ids(cy, '.hidden, .dimmed')).toEqual([]);
    applyVisibility(cy, new Set(['b']), 'dimmed');
    expect(ids(cy, '.dimmed')).toEqual(['a', 'ab']);
    applyVisibility(cy, new Set(['b']), 'hidden');
    expect(ids(cy, '.hidden, .dimmed')).toEqual(['a']);
    applyVisibility(cy, null, 'dimmed');
    expect(ids(cy, '.hidden, .dimmed')).toEqual([]);
  });
});
