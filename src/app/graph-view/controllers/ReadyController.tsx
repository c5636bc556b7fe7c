/**
 * Marks `window.isnad.ready` once the graph is drawn. Rendered after the other controllers, so
 * their effects (classes from the URL's filters, selection, search) have run; two animation
 * frames let Cytoscape paint them.
 */
import { useEffect } from 'react';
import { markReady } from '../../debug-handle';
import { useCy } from '../cy-context';

export function ReadyController() {
  const cy = useCy();
  useEffect(() => {
    if (!cy || cy.destroyed()) return undefined;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => markReady(cy));
    });
    return () => cancelAnimationFrame(frame);
  }, [cy]);
  return null;
}
