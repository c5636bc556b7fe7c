/**
 * Open a graph JSON file (it becomes a workspace of its own), or paste an article to add to the
 * open workspace. Any failure becomes a message the user can read and dismiss — in the
 * interface language, saying what to do, the technical detail folded under "Details" — and the
 * current workspace stays as it was.
 */
import { useRef, useState } from 'react';
import { MAX_GRAPH_BYTES } from '../../graph/limits';
import { LayoutProgress } from '../graph-view/LayoutProgress';
import { useT } from '../i18n';
import { classifyProblem, problemText as userProblemText } from '../i18n/errors';
import { pastedDraft } from '../workspace/add-files';
import { problemText } from '../workspace/messages';
import { InputProblem } from '../workspace/problems';
import { addArticles, openGraphAsWorkspace } from '../workspace/session';
import { useIsnad } from '../store';
import { LoadProblem, wordProblem } from './load-problem';
import { openGraphFile } from './open-graph-file';
import { PasteDialog } from './PasteDialog';

export function LoadMenu() {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  // Kept as a problem, not words: worded in the interface's language when shown.
  const [error, setError] = useState<LoadProblem | null>(null);
  const fail = (problem: unknown) =>
    setError(
      problem instanceof LoadProblem
        ? problem
        : new LoadProblem('raw', { detail: (problem as Error).message }),
    );
  const [pasting, setPasting] = useState(false);
  // A file without positions is laid out in a worker first: its progress, 0…1.
  const [arranging, setArranging] = useState<number | null>(null);
  // Said in the dialog, in the interface language at the time it is shown.
  const [pasteProblem, setPasteProblem] = useState<InputProblem | null>(null);
  const lang = useIsnad((state) => state.lang);

  const openFile = async (file: File) => {
    setError(null);
    try {
      // Bytes, before reading: a huge file is refused without loading it.
      if (file.size > MAX_GRAPH_BYTES)
        throw new LoadProblem('load_tooLarge', {
          name: file.name,
          detail: (file.size / 1024 / 1024).toFixed(0),
        });
      // Checked and, without positions, laid out in a worker: the page keeps answering.
      const graph = await openGraphFile(file.name, await file.text(), setArranging);
      setArranging(null);
      await openGraphAsWorkspace(file.name.replace(/\.json$/i, ''), graph);
    } catch (problem) {
      setArranging(null);
      fail(problem);
    }
  };

  // A paste is checked at once (a non-Arabic text is said in the dialog, nothing changes);
  // extraction runs in the workspace's worker, with its progress bar and Cancel.
  const extract = async (text: string) => {
    setPasteProblem(null);
    try {
      const draft = pastedDraft(text);
      setPasting(false);
      void addArticles([draft]);
    } catch (problem) {
      if (problem instanceof InputProblem) setPasteProblem(problem);
      else fail(problem);
    }
  };

  /** What the user reads: the problem's own wording when it has one, else what to do. */
  const sayProblem = (problem: LoadProblem): string =>
    problem.key === 'raw'
      ? userProblemText(lang, classifyProblem('open-file', problem.parts.detail ?? ''))
      : wordProblem(problem, t);

  return (
    <div className="load-menu">
      <button
        type="button"
        onClick={() => input.current?.click()}
        title={t('loadGraphLabel')}
        disabled={arranging !== null}
      >
        {t('loadGraph')}
      </button>
      {arranging !== null && (
        <LayoutProgress value={arranging} testId="open-layout-progress" titled />
      )}
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
          onCancel={() => {
            setPasting(false);
            setPasteProblem(null);
          }}
          problem={pasteProblem ? problemText(lang, pasteProblem) : null}
        />
      )}
      {error && (
        <div className="load-error" role="alert" data-testid="load-error">
          <div className="load-error-body">
            <strong>{t('loadError')}</strong>
            <p>{sayProblem(error)}</p>
            <details>
              <summary>{t('details')}</summary>
              <code dir="ltr">
                {[error.parts.name, error.parts.where, error.parts.detail]
                  .filter(Boolean)
                  .join(' · ')}
              </code>
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
