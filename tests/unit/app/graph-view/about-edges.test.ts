/**
 * A large graph draws each node's strongest `about` edges; the others wait in the fold pool and
 * come onto the canvas around the selected node (and back off when it is left), and for an
 * exported image.
 */
import cytoscape, { type Core } from 'cytoscape';
import { beforeEach, describe, expect, it } from 'vitest';
import { showAboutAround, withEveryAbout } from '../../../../src/app/graph-view/about-edges';
import { foldDefinitions } from '../../../../src/app/graph-view/fold-pool';
import { useIsnad } from '../../../../src/app/store';

const about = (source: string, target: string, strong: boolean) => ({
  group: 'edges' as const,
  data: { id: `${source}->${target}`, source, target, kind: 'about', strong, weight: 1 },
  classes: 'summary',
});

/** Trump and Putin, Alaska and Moscow; only Trump → Alaska is strong. */
function canvas(): Core {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...['trump', 'putin', 'alaska', 'moscow'].map((id) => ({ data: { id, kind: 'person' } })),
      about('trump', 'alaska', true),
    ],
  });
  foldDefinitions(cy, [
    about('trump', 'moscow', false),
    about('putin', 'alaska', false),
    about('putin', 'moscow', false),
  ]);
  return cy;
}
const edges = (cy: Core) =>
  cy
    .edges()
    .map((e) => e.id())
    .sort();

describe('about edges on a large graph', () => {
  beforeEach(() => {
    useIsnad.getState().setDisplay({ collapsed: true, expanded: [] });
    useIsnad.setState({ selected: null });
  });

  it.each([
    [
      'a speaker: each of their weak edges',
      'putin',
      ['putin->alaska', 'putin->moscow', 'trump->alaska'],
    ],
    [
      'a place: the weak edges that reach it',
      'moscow',
      ['putin->moscow', 'trump->alaska', 'trump->moscow'],
    ],
    ['a node with none waiting: nothing more', 'trump', ['trump->alaska', 'trump->moscow']],
  ])('selecting %s, then leaving it', (_title, id, drawn) => {
    const cy = canvas();
    const leave = showAboutAround(cy, id);
    expect(edges(cy)).toEqual(drawn);
    leave();
    expect(edges(cy)).toEqual(['trump->alaska']);
  });

  it('shown again for the same selection (a large graph finished drawing), left once', () => {
    const cy = canvas();
    useIsnad.setState({ selected: 'putin' });
    const first = showAboutAround(cy, 'putin');
    first(); // the rule still shows them: they stay
    const second = showAboutAround(cy, 'putin');
    expect(edges(cy)).toEqual(['putin->alaska', 'putin->moscow', 'trump->alaska']);
    useIsnad.setState({ selected: null });
    second();
    expect(edges(cy)).toEqual(['trump->alaska']);
  });

  it('an expanded speaker’s about edges stay folded (their statements are drawn)', () => {
    useIsnad.getState().setDisplay({ expanded: ['putin'] });
    const cy = canvas();
    showAboutAround(cy, 'alaska');
    expect(edges(cy)).toEqual(['trump->alaska']);
  });

  it('an edge dims with an end the filters dim', () => {
    const cy = canvas();
    cy.getElementById('moscow').addClass('dimmed');
    showAboutAround(cy, 'putin');
    expect(cy.edges('.dimmed').map((e) => e.id())).toEqual(['putin->moscow']);
  });

  it('an image export draws every one, then the canvas is as it was', async () => {
    const cy = canvas();
    const during = await withEveryAbout(cy, async () => edges(cy));
    expect(during).toEqual(['putin->alaska', 'putin->moscow', 'trump->alaska', 'trump->moscow']);
    expect(edges(cy)).toEqual(['trump->alaska']);
  });

  it('after an export, the selected node keeps its weak edges', async () => {
    const cy = canvas();
    useIsnad.setState({ selected: 'moscow' });
    showAboutAround(cy, 'moscow');
    await withEveryAbout(cy, async () => undefined);
    expect(edges(cy)).toEqual(['putin->moscow', 'trump->alaska', 'trump->moscow']);
  });
});
