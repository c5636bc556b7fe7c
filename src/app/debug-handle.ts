import type { Core } from 'cytoscape';
import { useIsnad } from './store';
import * as workspace from './workspace/session';

export interface IsnadDebugHandle {
  cy: Core | null;
  store: typeof useIsnad;
  /** True once the graph is drawn with the bundled font: browser tests wait for it. */
  ready: boolean;
  /** `performance.now()` when it became ready: navigation → first drawn graph (bench). */
  readyAt?: number;
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
  window.isnad = { cy, store: useIsnad, ready: false, workspace };
}

/** Called once the instance has painted (ReadyController). */
export function markReady(cy: Core): void {
  if (window.isnad?.cy !== cy) return;
  window.isnad.ready = true;
  window.isnad.readyAt = performance.now();
}
