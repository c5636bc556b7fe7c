/** Zoom, fit and re-arrange buttons over the canvas. */
import { useState } from 'react';
import { useT } from '../i18n';
import { useCy } from './cy-context';
import { fitVisible, zoomBy, ZOOM_STEP } from './keyboard';

export function GraphControls() {
  const cy = useCy();
  const t = useT();
  const [arranging, setArranging] = useState(false);

  const rearrange = async () => {
    if (!cy) return;
    setArranging(true);
    try {
      // Rarely used: the layout code loads on demand, not with the page.
      const { rearrange: run } = await import('./rearrange');
      await run(cy);
    } finally {
      setArranging(false);
    }
  };

  return (
    <div className="graph-controls" role="toolbar" aria-label="graph view">
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
        disabled={arranging}
        aria-label={t('rearrange')}
        title={t('rearrange')}
      >
        ↻
      </button>
    </div>
  );
}
