/**
 * Open a graph JSON file, or paste an article to extract in the browser. The work happens in
 * modules loaded on first use; any failure becomes a message the user can read and dismiss —
 * the current graph stays.
 */
import { useRef, useState } from 'react';
import { useT } from '../i18n';
import { useIsnad } from '../store';
import { PasteDialog } from './PasteDialog';

export function LoadMenu() {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [pasting, setPasting] = useState(false);

  const openFile = async (file: File) => {
    setError(null);
    try {
      const [{ parseGraphFile }, text] = await Promise.all([import('./graph-file'), file.text()]);
      useIsnad.getState().loadGraph(parseGraphFile(file.name, text));
    } catch (problem) {
      setError((problem as Error).message);
    }
  };

  const extract = async (text: string) => {
    setError(null);
    try {
      const { graphFromPastedText } = await import('./extract-pasted');
      useIsnad.getState().loadGraph(graphFromPastedText(text));
      setPasting(false);
    } catch (problem) {
      setError((problem as Error).message);
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
          <strong>{t('loadError')}</strong>
          <span dir="auto">{error}</span>
          <button type="button" onClick={() => setError(null)} aria-label={t('dismiss')}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
