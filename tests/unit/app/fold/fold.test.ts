/**
 * Folding as data: the expanded speakers' state changes, the placement of their statements
 * around them (near, on nothing else, the same every time), and the saved view and the link
 * that carry them.
 */
import { describe, expect, it } from 'vitest';
import {
  foldAll,
  isExpanded,
  keepKnownSpeakers,
  toggleExpanded,
  withFolding,
} from '../../../../src/app/fold/expanded';
import { showStatements } from '../../../../src/app/fold/messages';
import {
  footprint,
  placeAround,
  type Footprint,
  type Group,
} from '../../../../src/app/fold/placement';
import { emptyDisplay } from '../../../../src/app/store/display-slice';
import { searchToView, viewToSearch } from '../../../../src/app/url/view-url';
import { emptyView, viewForGraph } from '../../../../src/app/workspace/change';
import { emptyFilters } from '../../../../src/app/store/filters';
import { smallGraph } from '../fixtures/small-graph';

const folded = emptyDisplay(true);

describe('expanding and folding speakers', () => {
  it.each([
    ['expanding a speaker adds them', folded, 'putin', ['putin']],
    [
      'expanding another keeps the order',
      { ...folded, expanded: ['putin'] },
      'trump',
      ['putin', 'trump'],
    ],
    [
      'expanding an expanded speaker folds them',
      { ...folded, expanded: ['putin', 'trump'] },
      'putin',
      ['trump'],
    ],
  ] as const)('%s', (_title, display, speaker, expected) => {
    expect(
      toggleExpanded({ ...display, expanded: [...display.expanded] }, speaker).expanded,
    ).toEqual(expected);
  });

  it.each([
    [
      'fold all keeps folding on and forgets the expanded',
      foldAll({ ...folded, expanded: ['putin'] }),
      true,
    ],
    [
      'folding switched off draws every statement',
      withFolding({ ...folded, expanded: ['putin'] }, false),
      false,
    ],
    [
      'folding switched on starts with every speaker folded',
      withFolding(emptyDisplay(false), true),
      true,
    ],
  ] as const)('%s', (_title, display, collapsed) => {
    expect(display).toMatchObject({ collapsed, expanded: [] });
  });

  it('a speaker counts as expanded only while folding is on', () => {
    expect(isExpanded({ ...folded, expanded: ['putin'] }, 'putin')).toBe(true);
    expect(isExpanded({ ...emptyDisplay(false), expanded: ['putin'] }, 'putin')).toBe(false);
  });

  it('speakers a graph no longer has are dropped, once each', () => {
    const known = new Set(['putin', 'trump']);
    expect(keepKnownSpeakers(['gone', 'putin', 'putin', 'trump'], (k) => known.has(k))).toEqual([
      'putin',
      'trump',
    ]);
  });

  it.each([
    ['en', 1, 'Show 1 statement'],
    ['en', 17, 'Show 17 statements'],
    ['ar', 1, 'اعرض التصريح'],
    ['ar', 2, 'اعرض التصريحين'],
    ['ar', 5, 'اعرض 5 تصريحات'],
    ['ar', 17, 'اعرض 17 تصريحًا'],
    ['ar', 100, 'اعرض 100 تصريح'],
  ] as const)('the button in %s for %i statements reads “%s”', (lang, count, expected) => {
    expect(showStatements(lang, count)).toBe(expected);
  });
});

/** A node at (x, y) as drawn: the footprint estimate the controller uses. */
const entity = (x: number, y: number, label = 'اسم متوسط الطول'): Footprint => ({
  x,
  y,
  box: footprint('person', label, 4, 24, 1),
});
const statements = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    key: `s${i}`,
    box: footprint('statement', 'قال إن المحادثات كانت مفيدة…', 2, 12),
  }));

interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
const rect = ({ x, y, box }: Footprint): Rect => ({
  x1: x - box.w / 2,
  x2: x + box.w / 2,
  y1: y + box.dy - box.h / 2,
  y2: y + box.dy + box.h / 2,
});
const overlap = (a: Rect, b: Rect) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

describe('placing expanded statements around their speaker', () => {
  const speaker = entity(0, 0);
  const neighbours = [entity(160, 10), entity(-40, 90), entity(20, -120), entity(-200, -30)];

  it.each([
    ['one statement', 1, []],
    ['seventeen statements', 17, []],
    ['seventeen statements among neighbours', 17, neighbours],
    ['sixty statements among neighbours', 60, neighbours],
  ] as const)('%s: every one placed, near, on nothing else', (_title, n, others) => {
    const items = statements(n);
    const spots = placeAround([{ center: speaker, items }], [speaker, ...others]);
    expect(spots.size).toBe(n);
    const boxes = items.map((item) => rect({ ...spots.get(item.key)!, box: item.box }));
    const obstacles = [speaker, ...others].map(rect);
    const clashes = boxes.flatMap((b, i) => [
      ...obstacles.filter((o) => overlap(b, o)).map(() => `s${i} × node`),
      ...boxes.slice(i + 1).flatMap((c, j) => (overlap(b, c) ? [`s${i} × s${i + 1 + j}`] : [])),
    ]);
    expect(clashes).toEqual([]);
    // Near: within a disk a few times the area the statements need.
    const far = Math.max(...items.map((i) => Math.hypot(spots.get(i.key)!.x, spots.get(i.key)!.y)));
    expect(far).toBeLessThan(150 + 60 * Math.sqrt(n));
  });

  it('is deterministic, and a second speaker expanded later leaves the first one’s alone', () => {
    const first: Group = { center: speaker, items: statements(8) };
    const other = entity(300, 0);
    const second: Group = {
      center: other,
      items: statements(8).map((s) => ({ ...s, key: `t${s.key}` })),
    };
    const alone = placeAround([first], [speaker, other]);
    const both = placeAround([first, second], [speaker, other]);
    expect(placeAround([first, second], [speaker, other])).toEqual(both);
    for (const [key, spot] of alone) expect(both.get(key)).toEqual(spot);
    const all = [...both.values()].map((p) => rect({ ...p, box: first.items[0]!.box }));
    all.forEach((a, i) => all.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
  });

  it('the nearest cells come first: a single statement sits right beside the speaker', () => {
    const [spot] = placeAround([{ center: speaker, items: statements(1) }], [speaker]).values();
    expect(Math.hypot(spot!.x, spot!.y)).toBeLessThan(130);
  });
});

describe('the expanded speakers kept with the view', () => {
  it('a saved view drops the speakers the graph does not have', () => {
    const view = {
      ...emptyView(),
      display: { ...folded, expanded: ['putin', 'somebody-removed'] },
    };
    expect(viewForGraph(view, smallGraph).display?.expanded).toEqual(['putin']);
  });

  it('an older saved view without display stays without it (folding follows the size)', () => {
    expect(viewForGraph(emptyView(), smallGraph).display).toBeUndefined();
  });

  it('the link carries them in order, and drops unknown ones when read', () => {
    const search = viewToSearch({
      filters: emptyFilters(),
      selected: null,
      query: '',
      lang: 'ar',
      tab: 'statements',
      expanded: ['trump', 'putin'],
      set: null,
    });
    expect(search).toBe('?expand=trump&expand=putin');
    const known = new Set(['putin']);
    const view = searchToView(`${search}&expand=gone`, {
      node: (k) => known.has(k),
      article: () => false,
      outlet: () => false,
    });
    expect(view.expanded).toEqual(['putin']);
  });
});
