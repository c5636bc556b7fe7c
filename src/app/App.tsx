import type { Core } from 'cytoscape';
import { useCallback } from 'react';
import { exposeDebugHandle } from './debug-handle';
import { GraphCanvas } from './graph-view/GraphCanvas';

export function App() {
  const onReady = useCallback((cy: Core | null) => exposeDebugHandle(cy), []);
  return (
    <main className="app">
      <GraphCanvas onReady={onReady} />
    </main>
  );
}
