import type { Core } from 'cytoscape';
import { useCallback, useState } from 'react';
import { exposeDebugHandle } from './debug-handle';
import { CyContext } from './graph-view/cy-context';
import { GraphCanvas } from './graph-view/GraphCanvas';

export function App() {
  const [cy, setCy] = useState<Core | null>(null);
  const onReady = useCallback((instance: Core | null) => {
    setCy(instance);
    exposeDebugHandle(instance);
  }, []);
  return (
    <CyContext.Provider value={cy}>
      <main className="app">
        <GraphCanvas onReady={onReady} />
      </main>
    </CyContext.Provider>
  );
}
