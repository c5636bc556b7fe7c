/**
 * The filters on the canvas: `hidden` (hide mode) or `dimmed` (dim mode) on the nodes the
 * filters leave out and on the edges with such an end (an edge is drawn whatever its ends'
 * visibility), set only where they change; elements are never removed.
 *
 * The view first: Cytoscape restyles each element whose class changes in its next frame (about
 * 25 µs apiece at 5,000 nodes: a delegation filter changes 1,300 nodes and 2,300 edges, a
 * 0.1 s frame). So the elements in view or near it (half a view each way) change at once, and the
 * others a chunk per frame after it has painted, or as soon as a pan, zoom or fit brings them
 * near. Whatever reads the classes for the whole graph (exports, re-arrange, the debug handle's
 * `settle`) calls `finishVisibility` first; the fit reads the filters' outcome (`leftOut`).
 */
import type {
  Collection,
  Core,
  EdgeSingular,
  EventObject,
  SingularElementArgument,
} from 'cytoscape';
import { afterPaint } from './after-paint';
import { edgeInView } from './fade';

export type OutClass = 'hidden' | 'dimmed';
const OUT_CLASSES = ['hidden', 'dimmed'] as const;

/** Elements restyled per frame once the view's are: 1,500 is a 40–60 ms task. */
const CHUNK = 1500;
/** Near the view: within this share of its width or height outside it. */
const NEAR = 0.5;

/** A class put on (true) or taken off (false) an element. */
type Change = readonly [SingularElementArgument, OutClass, boolean];

/** What the filters last asked of each instance: which nodes they keep (null: all), how. */
const targets = new WeakMap<Core, { keep: ReadonlySet<string> | null; outClass: OutClass }>();
/** The changes still to make on an instance, a chunk per frame. */
const pending = new WeakMap<Core, { cancel(): void; finish(): void }>();

/**
 * Sets `outClass` where the filters leave out (null: keep all), removing stale classes: the
 * view's at once, the rest a chunk per frame (a later call takes over from the classes as they
 * are, so nothing is left stale).
 */
export function applyVisibility(
  cy: Core,
  keep: ReadonlySet<string> | null,
  outClass: OutClass,
): void {
  pending.get(cy)?.cancel();
  targets.set(cy, { keep, outClass });
  const near = nearView(cy);
  const now: Change[] = [];
  const later: Change[] = [];
  for (const change of classChanges(cy, keep, outClass))
    (near(change[0]) ? now : later).push(change);
  toggle(cy, now);
  if (later.length > 0) finishLater(cy, later);
}

/** Every class change still waiting, made now (before whatever reads the whole canvas). */
export function finishVisibility(cy: Core): void {
  pending.get(cy)?.finish();
}

/**
 * Whether the filters hide a node — what its class will be once the waiting changes are made
 * (its class when no filter ran on this instance).
 */
export function leftOut(cy: Core): (id: string) => boolean {
  const target = targets.get(cy);
  if (!target) return (id) => cy.getElementById(id).hasClass('hidden');
  const { keep, outClass } = target;
  return (id) => outClass === 'hidden' && keep !== null && !keep.has(id);
}

/** An edge arriving on the canvas takes the class of an end the filters leave out. */
export function takeEndsClass(event: EventObject): void {
  const edge = event.target as EdgeSingular;
  const target = targets.get(edge.cy());
  if (target) {
    const { keep, outClass } = target;
    const out = (id: string) => keep !== null && !keep.has(id);
    if (out(edge.source().id()) || out(edge.target().id())) edge.addClass(outClass);
    return;
  }
  for (const outClass of OUT_CLASSES)
    if (edge.source().hasClass(outClass) || edge.target().hasClass(outClass))
      edge.addClass(outClass);
}

/** The class changes the filters ask for, from the classes as they are (one pass). */
function classChanges(cy: Core, keep: ReadonlySet<string> | null, outClass: OutClass): Change[] {
  const otherClass: OutClass = outClass === 'hidden' ? 'dimmed' : 'hidden';
  const isOut = (id: string) => keep !== null && !keep.has(id);
  const changes: Change[] = [];
  cy.elements().forEach((element) => {
    if (element.hasClass(otherClass)) changes.push([element, otherClass, false]);
    const edge = element as EdgeSingular;
    const out = element.isNode()
      ? isOut(element.id())
      : isOut(edge.source().id()) || isOut(edge.target().id());
    if (element.hasClass(outClass) !== out) changes.push([element, outClass, out]);
  });
  return changes;
}

/** One class change per class and direction (each call restyles and emits once), batched. */
function toggle(cy: Core, changes: Change[]): void {
  if (changes.length === 0) return;
  // Each grown in place (`merge`).
  const groups = new Map<string, Collection>();
  for (const [element, outClass, on] of changes) {
    if (element.removed()) continue;
    const key = `${outClass} ${on}`;
    const group = groups.get(key);
    if (group) group.merge(element);
    else groups.set(key, cy.collection().merge(element));
  }
  cy.batch(() => {
    for (const [key, elements] of groups) {
      const [outClass, on] = key.split(' ');
      if (on === 'true') elements.addClass(outClass!);
      else elements.removeClass(outClass!);
    }
  });
}

/** Whether an element is in view or near it; every element when the canvas has no size. */
function nearView(cy: Core): (element: SingularElementArgument) => boolean {
  const edgeNear = edgeInView(cy, NEAR);
  const { x1, y1, x2, y2, w, h } = cy.extent();
  if (!(w > 0 && h > 0) || !(cy.width() > 0)) return () => true;
  const [left, right, top, bottom] = [x1 - w * NEAR, x2 + w * NEAR, y1 - h * NEAR, y2 + h * NEAR];
  return (element) => {
    if (element.isEdge()) return edgeNear(element);
    const { x, y } = element.position();
    return x >= left && x <= right && y >= top && y <= bottom;
  };
}

/** The rest, a chunk per frame; what a pan, zoom or fit brings near, at once. */
function finishLater(cy: Core, queue: Change[]): void {
  let cancelFrame = afterPaint(next);
  const done = () => {
    cancelFrame();
    pending.delete(cy);
    if (!cy.destroyed()) cy.off('viewport', onViewport);
  };
  function onViewport() {
    const near = nearView(cy);
    const now: Change[] = [];
    let kept = 0;
    for (const change of queue)
      if (near(change[0])) now.push(change);
      else queue[kept++] = change;
    queue.length = kept;
    toggle(cy, now);
    if (queue.length === 0) done();
  }
  function next() {
    if (cy.destroyed()) return;
    toggle(cy, queue.splice(0, CHUNK));
    if (queue.length > 0) cancelFrame = afterPaint(next);
    else done();
  }
  cy.on('viewport', onViewport);
  pending.set(cy, {
    cancel: done,
    finish() {
      if (!cy.destroyed()) toggle(cy, queue.splice(0));
      done();
    },
  });
}
