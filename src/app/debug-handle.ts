import type { Core } from 'cytoscape';
import type { Edit } from '../graph/curation/index';
import { finishLineDetail } from './graph-view/line-detail';
import { finishVisibility } from './graph-view/visibility-classes';
import { useIsnad } from './store';
import * as workspace from './workspace/session';

const edits: IsnadDebugHandle['edits'] = {
  list: () => useIsnad.getState().edits.map((applied) => applied.edit),
  undo: () => useIsnad.getState().undo(),
  redo: () => useIsnad.getState().redo(),
};

export interface IsnadDebugHandle {
  cy: Core | null;
  store: typeof useIsnad;
  /** The user's corrections: the edits in order (data, as in a corrections file), undo, redo. */
  edits: { list(): Edit[]; undo(): void; redo(): void };
  /**
   * Finishes at once what is restyled a chunk per frame: the line detail of a zoom step, the
   * filters' classes out of view.
   */
  settle(): void;
  /** True once the graph is drawn with the bundled font: browser tests wait for it. */
  ready: boolean;
  /** `performance.now()` when it became ready: navigation → first drawn graph (bench). */
  readyAt?: number;
  /** `performance.now()` when the graph's first picture was painted (a large graph's nodes). */
  firstPaintAt?: number;
  /** The workspace's actions (add articles, new workspace…) and the last job's timings. */
  workspace: typeof workspace;
}

declare global {
  interface Window {
    isnad?: IsnadDebugHandle;
  }
}

/** `window.isnad = { cy, store }` for automation and debugging; not ready until drawn. */
export function exposeDebugHandle(cy: Core | null): void {
  window.isnad = {
    cy,
    store: useIsnad,
    edits,
    settle: () => {
      if (!cy || cy.destroyed()) return;
      finishVisibility(cy);
      finishLineDetail(cy);
    },
    ready: false,
    workspace,
  };
}

/** Called once the instance's first picture has painted (ReadyController). */
export function markFirstPaint(cy: Core): void {
  if (window.isnad?.cy !== cy) return;
  window.isnad.firstPaintAt = performance.now();
}

/** Called once the instance has painted with every element (ReadyController). */
export function markReady(cy: Core): void {
  if (window.isnad?.cy !== cy) return;
  window.isnad.ready = true;
  window.isnad.readyAt = performance.now();
}
