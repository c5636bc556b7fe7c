/**
 * Filter classes go on what is drawn, and only where they change: folded statements and their
 * edges are skipped until they unfold, stale classes are removed, and a mode switch swaps
 * `hidden` for `dimmed`.
 */
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { applyVisibility } from '../../../../src/app/graph-view/controllers/VisibilityController';

function canvas() {
  return cytoscape({
    headless: true,
    elements: [
      { data: { id: 'a' } },
      { data: { id: 'b' } },
      { data: { id: 's', kind: 'statement' }, classes: 'collapsed' },
      { data: { id: 'ab', source: 'a', target: 'b' } },
      { data: { id: 'bs', source: 'b', target: 's' }, classes: 'collapsed' },
    ],
  });
}
const ids = (cy: cytoscape.Core, selector: string) =>
  cy
    .$(selector)
    .map((e) => e.id())
    .sort();

describe('filter classes', () => {
  it('marks the drawn elements left out, and skips folded ones', () => {
    const cy = canvas();
    applyVisibility(cy, new Set(['a']), 'hidden');
    expect(ids(cy, '.hidden')).toEqual(['ab', 'b']);
  });

  it('marks a folded statement once it unfolds', () => {
    const cy = canvas();
    applyVisibility(cy, new Set(['a']), 'hidden');
    cy.$('#s, #bs').removeClass('collapsed');
    applyVisibility(cy, new Set(['a']), 'hidden');
    expect(ids(cy, '.hidden')).toEqual(['ab', 'b', 'bs', 's']);
  });

  it('removes what no longer applies, and swaps hidden for dimmed', () => {
    const cy = canvas();
    applyVisibility(cy, new Set(['a']), 'hidden');
    applyVisibility(cy, new Set(['a', 'b']), 'dimmed');
    expect(ids(cy, '.hidden, .dimmed')).toEqual([]);
    applyVisibility(cy, new Set(['b']), 'dimmed');
    expect(ids(cy, '.dimmed')).toEqual(['a', 'ab']);
    applyVisibility(cy, null, 'dimmed');
    expect(ids(cy, '.hidden, .dimmed')).toEqual([]);
  });
});
