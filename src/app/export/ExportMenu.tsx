/**
 * The export menu in the app header: images (PNG, JPEG, SVG with legend and caption) and graph
 * data (the formats of src/graph/export/formats.ts). The work happens in export-image.ts and
 * src/graph/export.
 */
import { useCallback, useState } from 'react';
import { DataExport } from './DataExport';
import './export-menu.css';
import { ImageExport } from './ImageExport';
import type { Report } from './report';
import { useExportT } from './use-export-messages';

export function ExportMenu() {
  const t = useExportT();
  const [status, setStatus] = useState('');

  const report: Report = useCallback(
    async (run) => {
      setStatus(t('exporting'));
      try {
        const outcome = await run();
        if (!outcome) return setStatus('');
        const capped = outcome.cappedTo
          ? ` — ${t('capped').replace('{scale}', outcome.cappedTo.toFixed(2))}`
          : '';
        const note = outcome.note ? ` — ${outcome.note}` : '';
        setStatus(`${t('saved')}: ${outcome.name}${capped}${note}`);
      } catch (error) {
        setStatus(`${t('failed')}: ${(error as Error).message}`);
      }
    },
    [t],
  );

  return (
    <details className="export-menu" data-testid="export">
      <summary>{t('export')}</summary>
      <div className="export-panel">
        <ImageExport report={report} />
        <DataExport report={report} />
        <p className="export-status" role="status" data-testid="export-status">
          {status}
        </p>
      </div>
    </details>
  );
}
