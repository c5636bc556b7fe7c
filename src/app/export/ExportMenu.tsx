/**
 * The export menu in the app header: images (PNG, JPEG, SVG with legend and caption) and graph
 * data (the formats of src/graph/export/formats.ts). The work happens in export-image.ts and
 * src/graph/export.
 */
import { useCallback, useState } from 'react';
import { useLang } from '../i18n';
import { problemText } from '../i18n/errors';
import { DataExport } from './DataExport';
import './export-menu.css';
import { ImageExport } from './ImageExport';
import type { Report } from './report';
import { useExportT } from './use-export-messages';

export function ExportMenu() {
  const t = useExportT();
  const lang = useLang();
  const [status, setStatus] = useState('');
  const [detail, setDetail] = useState('');

  const report: Report = useCallback(
    async (run) => {
      setStatus(t('exporting'));
      setDetail('');
      try {
        const outcome = await run();
        if (!outcome) return setStatus('');
        const capped = outcome.cappedTo
          ? ` — ${t('capped').replace('{scale}', outcome.cappedTo.toFixed(2))}`
          : '';
        const note = outcome.note ? ` — ${outcome.note}` : '';
        setStatus(`${t('saved')}: ${outcome.name}${capped}${note}`);
      } catch (error) {
        setStatus(`${t('failed')}: ${problemText(lang, 'export-failed')}`);
        setDetail((error as Error).message);
      }
    },
    [t, lang],
  );

  return (
    <details
      className="export-menu"
      data-testid="export"
      onKeyDown={(event) => {
        // Esc closes the menu (and, like everywhere, clears the selection).
        if (event.key !== 'Escape') return;
        event.currentTarget.open = false;
        event.currentTarget.querySelector('summary')?.focus();
      }}
    >
      <summary>{t('export')}</summary>
      <div className="export-panel">
        <ImageExport report={report} />
        <DataExport report={report} />
        <p className="export-status" role="status" data-testid="export-status">
          {status}
        </p>
        {detail && (
          <details className="export-detail">
            <summary>{t('details')}</summary>
            <code dir="ltr">{detail}</code>
          </details>
        )}
      </div>
    </details>
  );
}
