import type { Core } from 'cytoscape';
import { useIsnad } from './store';

export interface IsnadDebugHandle {
  cy: Core | null;
  store: typeof useIsnad;
  /** True once the graph is drawn with the bundled font: browser tests wait for it. */
  ready: boolean;
}

declare global {
  interface Window {
    isnad?: IsnadDebugHandle;
  }
}

/** `window.isnad = { cy, store }` for automation and debugging; not ready until drawn. */
export function exposeDebugHandle(cy: Core | null): void {
  window.isnad = { cy, store: useIsnad, ready: false };
}

/** Called once the instance has painted (ReadyController). */
export function markReady(cy: Core): void {
  if (window.isnad?.cy === cy) window.isnad.ready = true;
}
