/**
 * Marks `window.isnad.ready` once the graph is drawn — every element on the canvas, for a large
 * graph drawn in chunks — and `firstPaintAt` once its first picture is. Rendered after the other
 * controllers, so their effects (classes from the URL's filters, selection, search) have run; two
 * animation frames let Cytoscape paint them.
 */
import { useEffect } from 'react';
import { markFirstPaint, markReady } from '../../debug-handle';
import { useCy } from '../cy-context';
import { useDrawn } from '../use-drawn';

/** Runs `mark` after the second frame from now; returns the cancel. */
function inTwoFrames(mark: () => void): () => void {
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(mark);
  });
  return () => cancelAnimationFrame(frame);
}

export function ReadyController() {
  const cy = useCy();
  const drawn = useDrawn(cy);
  useEffect(() => {
    if (!cy || cy.destroyed()) return undefined;
    return inTwoFrames(() => markFirstPaint(cy));
  }, [cy]);
  useEffect(() => {
    if (!cy || cy.destroyed() || !drawn) return undefined;
    return inTwoFrames(() => markReady(cy));
  }, [cy, drawn]);
  return null;
}
