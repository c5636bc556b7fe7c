/**
 * Filter classes go where the filters leave out, and only where they change: the nodes left out
 * and the edges with such an end, in both modes (an edge is drawn whatever its ends'
 * visibility); stale classes are removed, a mode switch swaps `hidden` for `dimmed`, and a
 * statement that unfolds onto the canvas gets its class on the next pass.
 */
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { applyVisibility, takeEndsClass } from '../../../../src/app/graph-view/visibility-classes';
import { graphStyle } from '../../../../src/app/graph-view/style';

function canvas() {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    // The app's own rule for `hidden`: what it hides is what is asserted.
    style: graphStyle.filter((rule) => rule.selector === '.hidden'),
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
    ['hidden: the nodes left out and their edges, none drawn', 'hidden', ['ab', 'b'], ['a']],
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
    expect(ids(cy, '.hidden')).toEqual(['ab', 'b', 'bs', 's']);
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
    expect(ids(cy, '.hidden, .dimmed')).toEqual(['a', 'ab']);
    applyVisibility(cy, null, 'dimmed');
    expect(ids(cy, '.hidden, .dimmed')).toEqual([]);
  });

  it('an edge put on the canvas later takes the class of an end left out', () => {
    const cy = canvas();
    cy.on('add', 'edge', takeEndsClass);
    applyVisibility(cy, new Set(['a']), 'hidden');
    cy.add({ data: { id: 'ba', source: 'b', target: 'a' } });
    expect(ids(cy, '.hidden')).toEqual(['ab', 'b', 'ba']);
    expect(drawn(cy)).toEqual(['a']);
  });
});
