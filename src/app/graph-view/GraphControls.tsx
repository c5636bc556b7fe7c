/** Zoom, fit and re-arrange buttons over the canvas. */
import { useState } from 'react';
import { useT } from '../i18n';
import { useCy } from './cy-context';
import { whenDrawn } from './drawing';
import { LayoutProgress } from './LayoutProgress';
import { fitVisible, zoomBy, ZOOM_STEP } from './keyboard';

export function GraphControls() {
  const cy = useCy();
  const t = useT();
  /** Layout progress, 0…1, while re-arranging; null otherwise. */
  const [arranging, setArranging] = useState<number | null>(null);

  const rearrange = async () => {
    if (!cy) return;
    setArranging(0);
    try {
      // Every node is laid out and moved: a large graph still arriving is waited for.
      await whenDrawn(cy);
      // Rarely used: the layout code loads on demand (and runs in a worker), not with the page.
      const { rearrange: run } = await import('./rearrange');
      await run(cy, setArranging);
    } finally {
      setArranging(null);
    }
  };

  return (
    <div className="graph-controls" role="toolbar" aria-label={t('graphTools')}>
      <button
        type="button"
        onClick={() => cy && zoomBy(cy, ZOOM_STEP)}
        aria-label={t('zoomIn')}
        title={t('zoomIn')}
      >
        +
      </button>
      <button
        type="button"
        onClick={() => cy && zoomBy(cy, 1 / ZOOM_STEP)}
        aria-label={t('zoomOut')}
        title={t('zoomOut')}
      >
        −
      </button>
      <button
        type="button"
        onClick={() => cy && fitVisible(cy)}
        aria-label={t('fit')}
        title={t('fit')}
      >
        ⤢
      </button>
      <button
        type="button"
        onClick={rearrange}
        disabled={arranging !== null}
        aria-label={t('rearrange')}
        title={t('rearrange')}
      >
        ↻
      </button>
      {arranging !== null && <LayoutProgress value={arranging} testId="layout-progress" />}
    </div>
  );
}
