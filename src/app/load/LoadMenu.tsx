/**
 * Open a graph JSON file, or paste an article to extract in the browser. The work happens in
 * modules loaded on first use; any failure becomes a message the user can read and dismiss —
 * the current graph stays.
 */
import { useRef, useState } from 'react';
import { useLang, useT } from '../i18n';
import { classifyProblem, problemText, type ProblemContext } from '../i18n/errors';
import { useIsnad } from '../store';
import { PasteDialog } from './PasteDialog';

export function LoadMenu() {
  const t = useT();
  const lang = useLang();
  const input = useRef<HTMLInputElement>(null);
  /** The failure: where it happened and its technical message (shown behind "details"). */
  const [error, setError] = useState<{ context: ProblemContext; detail: string } | null>(null);
  const [pasting, setPasting] = useState(false);

  const openFile = async (file: File) => {
    setError(null);
    try {
      const [{ parseGraphFile }, text] = await Promise.all([import('./graph-file'), file.text()]);
      useIsnad.getState().loadGraph(parseGraphFile(file.name, text));
    } catch (problem) {
      setError({ context: 'open-file', detail: (problem as Error).message });
    }
  };

  const extract = async (text: string) => {
    setError(null);
    try {
      const { graphFromPastedText } = await import('./extract-pasted');
      useIsnad.getState().loadGraph(graphFromPastedText(text));
      setPasting(false);
    } catch (problem) {
      setError({ context: 'paste', detail: (problem as Error).message });
    }
  };

  return (
    <div className="load-menu">
      <button type="button" onClick={() => input.current?.click()} title={t('loadGraphLabel')}>
        {t('loadGraph')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="graph-file"
        aria-label={t('loadGraphLabel')}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void openFile(file);
        }}
      />
      <button type="button" onClick={() => setPasting(true)}>
        {t('pasteArticle')}
      </button>
      {pasting && <PasteDialog onExtract={extract} onCancel={() => setPasting(false)} />}
      {error && (
        <div className="load-error" role="alert" data-testid="load-error">
          <div className="load-error-body">
            <strong>{error.context === 'paste' ? t('extractError') : t('loadError')}</strong>
            <p>{problemText(lang, classifyProblem(error.context, error.detail))}</p>
            <details>
              <summary>{t('details')}</summary>
              <code dir="ltr">{error.detail}</code>
            </details>
          </div>
          <button type="button" onClick={() => setError(null)} aria-label={t('dismiss')}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
