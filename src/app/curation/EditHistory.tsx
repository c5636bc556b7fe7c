/**
 * The edit history: every edit in words, newest first, each reversible on its own; undo and redo;
 * the stored edits that no longer apply to this extraction (listed, never dropped silently); the
 * corrections file out and in.
 */
import { useRef, useState } from 'react';
import { toCorrectionsFile, type Span } from '../../graph/curation/index';
import type { ArticleRecord } from '../../graph/types';
import { downloadBlob } from '../export/download';
import { useLang } from '../i18n';
import { useIsnad, type IsnadState } from '../store';
import { useCurationT } from './use-curation-t';
import { editText, failureText } from './words';
import { slugify, isoDay } from '../../graph/export/filename';

const selectEdits = (state: IsnadState) => state.edits;
const selectRedoable = (state: IsnadState) => state.redoable;
const selectSkipped = (state: IsnadState) => state.skipped;
const selectGraph = (state: IsnadState) => state.graph;
const selectCanUndo = (state: IsnadState) => state.edits.length > 0;
const selectCanRedo = (state: IsnadState) => state.redoable.length > 0;

export function EditHistory() {
  const t = useCurationT();
  const lang = useLang();
  const edits = useIsnad(selectEdits);
  const redoable = useIsnad(selectRedoable);
  const skipped = useIsnad(selectSkipped);
  const graph = useIsnad(selectGraph);
  const input = useRef<HTMLInputElement>(null);
  const texts = (graph?.attributes?.articles as ArticleRecord[] | undefined) ?? [];
  const quote = (span: Span) =>
    texts.find((a) => a.id === span.article)?.text.slice(span.start, span.end);
  const [error, setError] = useState<string | null>(null);

  const exportFile = () => {
    const { graph } = useIsnad.getState();
    const articles = (graph?.attributes?.articles as ArticleRecord[] | undefined) ?? [];
    const pending = useIsnad.getState().skipped.map((s) => s.edit);
    const file = toCorrectionsFile(articles, [...edits.map((a) => a.edit), ...pending]);
    const name = `isnad-corrections-${slugify(articles[0]?.title ?? articles[0]?.id ?? '') || 'graph'}-${isoDay(new Date())}.json`;
    downloadBlob(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }), name);
  };

  const importFile = async (file: File) => {
    setError(null);
    try {
      // The validator (zod) is loaded on first use, not with the page.
      const [{ parseCorrections }, text] = await Promise.all([
        import('../../graph/curation/parse'),
        file.text(),
      ]);
      const parsed = parseCorrections(JSON.parse(text));
      const state = useIsnad.getState();
      state.restoreEdits([...state.edits.map((a) => a.edit), ...parsed.edits]);
    } catch (problem) {
      setError(`${file.name}: ${(problem as Error).message}`);
    }
  };

  return (
    <section className="edit-history" data-testid="edit-history" aria-label={t('edits')}>
      <div className="edit-history-actions">
        <UndoRedoButtons />
        <button
          type="button"
          onClick={exportFile}
          disabled={edits.length + skipped.length === 0}
          data-testid="export-corrections"
        >
          {t('exportCorrections')}
        </button>
        <button type="button" onClick={() => input.current?.click()}>
          {t('importCorrections')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="corrections-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      {error && (
        <p className="edit-problem" role="alert">
          {t('importFailed')}: <span dir="auto">{error}</span>
        </p>
      )}
      {edits.length === 0 && redoable.length === 0 ? (
        <p className="placeholder">{t('noEdits')}</p>
      ) : (
        <ol className="history-list" reversed>
          {edits
            .map((applied, i) => ({ applied, i }))
            .reverse()
            .map(({ applied, i }) => (
              <li key={i} data-testid="history-item">
                <span>{editText(lang, applied.edit, quote)}</span>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => useIsnad.getState().revertEdit(i)}
                >
                  {t('undoThis')}
                </button>
              </li>
            ))}
        </ol>
      )}
      {skipped.length > 0 && (
        <>
          <h3>{t('noLongerApply')}</h3>
          <ul className="history-list skipped" data-testid="skipped-edits">
            {skipped.map(({ edit, failure }, i) => (
              <li key={i}>
                <span>
                  {editText(lang, edit, quote)} — {failureText(lang, failure)}
                </span>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => useIsnad.getState().dismissSkipped(i)}
                >
                  {t('dismiss')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function UndoRedoButtons() {
  const t = useCurationT();
  const canUndo = useIsnad(selectCanUndo);
  const canRedo = useIsnad(selectCanRedo);
  return (
    <span className="undo-redo">
      <button
        type="button"
        aria-label={t('undo')}
        title={`${t('undo')} (Ctrl+Z)`}
        disabled={!canUndo}
        data-testid="undo"
        onClick={() => useIsnad.getState().undo()}
      >
        ↶ {t('undo')}
      </button>
      <button
        type="button"
        aria-label={t('redo')}
        title={`${t('redo')} (Ctrl+Shift+Z)`}
        disabled={!canRedo}
        data-testid="redo"
        onClick={() => useIsnad.getState().redo()}
      >
        ↷ {t('redo')}
      </button>
    </span>
  );
}
