/**
 * Open a graph JSON file, or paste an article to extract in a worker. The work happens in
 * modules loaded on first use; any failure becomes a message in the interface's language the
 * user can read and dismiss — the current graph stays.
 */
import { useRef, useState } from 'react';
import { MAX_GRAPH_BYTES } from '../../graph/limits';
import { useT } from '../i18n';
import { useIsnad } from '../store';
import type { Extraction } from './extract-pasted';
import { LoadProblem, wordProblem } from './load-problem';
import { PasteDialog } from './PasteDialog';

export function LoadMenu() {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<LoadProblem | null>(null);
  const [pasting, setPasting] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const running = useRef<{ cancel(): void } | null>(null);

  const fail = (problem: unknown) =>
    setError(
      problem instanceof LoadProblem
        ? problem
        : new LoadProblem('raw', { detail: (problem as Error).message }),
    );

  const openFile = async (file: File) => {
    setError(null);
    try {
      // Bytes, before reading: a huge file is refused without loading it.
      if (file.size > MAX_GRAPH_BYTES)
        throw new LoadProblem('load_tooLarge', {
          name: file.name,
          detail: (file.size / 1024 / 1024).toFixed(0),
        });
      const [{ parseGraphFile }, text] = await Promise.all([import('./graph-file'), file.text()]);
      useIsnad.getState().loadGraph(parseGraphFile(file.name, text));
    } catch (problem) {
      fail(problem);
    }
  };

  const extract = async (text: string) => {
    setError(null);
    setProgress(0);
    // Stop may come before the worker exists (its module is loaded on first use).
    let extraction: Extraction | undefined;
    let stopped = false;
    running.current = {
      cancel() {
        stopped = true;
        extraction?.cancel();
      },
    };
    try {
      const { extractInWorker } = await import('./extract-pasted');
      if (stopped) return;
      extraction = extractInWorker(text, setProgress);
      useIsnad.getState().loadGraph(await extraction.graph);
      setPasting(false);
    } catch (problem) {
      if (!(problem instanceof LoadProblem && problem.key === 'cancelled')) fail(problem);
    } finally {
      running.current = null;
      setProgress(null);
    }
  };

  const alert = error && (
    <div className="load-error" role="alert" data-testid="load-error">
      <strong>{t(pasting ? 'extractError' : 'loadError')}</strong>
      <span dir="auto">{wordProblem(error, t)}</span>
      <button type="button" onClick={() => setError(null)} aria-label={t('dismiss')}>
        ×
      </button>
    </div>
  );

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
      {pasting && (
        <PasteDialog
          onExtract={extract}
          progress={progress}
          onCancel={() => {
            running.current?.cancel();
            setPasting(false);
          }}
          onStop={() => running.current?.cancel()}
        >
          {alert}
        </PasteDialog>
      )}
      {/* Inside the dialog while it is open: a modal dialog makes the page behind it inert. */}
      {!pasting && alert}
    </div>
  );
}
