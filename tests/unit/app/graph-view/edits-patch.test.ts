/**
 * An edit reaches the canvas as a patch by id on the live instance (headless Cytoscape): removed
 * elements go, new ones appear beside a neighbour, changed data is replaced (folded elements'
 * where they wait), and positions of what stays are untouched — the instance is never rebuilt.
 */
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { patchCanvas } from '../../../../src/app/graph-view/controllers/EditsController';
import { toElements } from '../../../../src/app/graph-view/elements';
import { fold, folded, isFolded, unfold } from '../../../../src/app/graph-view/fold-pool';
import { applyEdit, type Edit } from '../../../../src/graph/curation/index';
import { ref, seedGraph, spanOf, wordsSpan } from '../../graph/curation/fixture';

const seed = seedGraph();
const PUTIN = 'person:فلاديمير بوتين';
const BELOUSOV = 'person:اندريه بيلوسوف';
const QUOTE = 'statement:seed:2938';

function canvasAfter(edit: Edit) {
  const cy = cytoscape({ headless: true, styleEnabled: false, elements: toElements(seed) });
  const before = Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
  const result = applyEdit(seed, edit);
  if (!result.ok) throw new Error(result.failure.code);
  patchCanvas(cy, result.graph);
  return { cy, before, graph: result.graph };
}

describe('edits patch the canvas', () => {
  it('a merge removes the merged node and its edges, moves the quote, keeps positions', () => {
    const { cy, before } = canvasAfter({
      op: 'merge',
      into: ref(seed, PUTIN),
      others: [ref(seed, BELOUSOV)],
      label: '',
    });
    expect(cy.getElementById(BELOUSOV).empty()).toBe(true);
    expect(
      cy
        .getElementById(QUOTE)
        .incomers('node')
        .map((n) => n.id()),
    ).toEqual([PUTIN]);
    expect(cy.getElementById(PUTIN).data('edited')).toEqual([
      { op: 'merge', from: 'أندريه بيلوسوف', to: 'فلاديمير بوتين' },
    ]);
    expect(cy.getElementById(PUTIN).position()).toEqual(before[PUTIN]);
  });

  it('a speaker set to nobody drops the `speaker` data, not only the edge', () => {
    const { cy } = canvasAfter({ op: 'speaker', statement: spanOf(seed, QUOTE), speaker: null });
    expect(cy.getElementById(QUOTE).data('speaker')).toBeUndefined();
    expect(cy.getElementById(QUOTE).incomers().length).toBe(0);
  });

  it('a new entity appears beside the statement that mentions it', () => {
    const { cy, graph } = canvasAfter({
      op: 'add-entity',
      kind: 'organization',
      label: '',
      at: wordsSpan('الدول الأوروبية'),
    });
    const added = cy.getElementById('organization:الدول الاوروبيه');
    expect(added.nonempty()).toBe(true);
    const statement = cy.getElementById('statement:seed:4116').position();
    expect(added.position()).toEqual({ x: statement.x + 80, y: statement.y + 60 });
    // Summary edges (speaker → what their folded statements mention) are the canvas's own.
    expect(cy.elements().not('.summary').length).toBe(graph.nodes.length + graph.edges.length);
  });

  it('an edit reaches folded statements where they wait, and adds nothing twice', () => {
    const cy = cytoscape({ headless: true, styleEnabled: false, elements: toElements(seed) });
    fold(cy, cy.getElementById(QUOTE));
    const result = applyEdit(seed, {
      op: 'mode',
      statement: spanOf(seed, QUOTE),
      mode: 'reported',
    });
    if (!result.ok) throw new Error(result.failure.code);
    patchCanvas(cy, result.graph);
    expect(cy.getElementById(QUOTE).empty()).toBe(true);
    expect(folded(cy).find((e) => e.data.id === QUOTE)?.data.mode).toBe('reported');
    // On the canvas and folded beside it, every element of the graph once.
    const onCanvas = cy.elements().not('.summary').length;
    const waiting = folded(cy).filter((e) => !String(e.classes).includes('summary')).length;
    expect(onCanvas + waiting).toBe(result.graph.nodes.length + result.graph.edges.length);
  });

  it('a mention added to a folded statement waits with it, and comes back with it', () => {
    const cy = cytoscape({ headless: true, styleEnabled: false, elements: toElements(seed) });
    fold(cy, cy.getElementById(QUOTE));
    const result = applyEdit(seed, {
      op: 'mention',
      statement: spanOf(seed, QUOTE),
      entity: ref(seed, BELOUSOV),
      present: true,
    });
    if (!result.ok) throw new Error(result.failure.code);
    patchCanvas(cy, result.graph);
    const edge = result.graph.edges.find((e) => e.source === QUOTE && e.target === BELOUSOV)!;
    expect(isFolded(cy, edge.key!)).toBe(true);
    unfold(cy, [QUOTE]);
    expect(cy.getElementById(edge.key!).nonempty()).toBe(true);
  });
});
