import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n';

/** A modal <dialog> with a text area for an article; Esc or Cancel closes it. While the text is
 * extracted (in a worker) a progress bar and Stop show; the page stays responsive. */
export function PasteDialog({
  onExtract,
  onCancel,
  onStop,
  progress,
  children,
}: {
  onExtract(text: string): Promise<void>;
  onCancel(): void;
  onStop(): void;
  /** 0–1 while extracting, else null. */
  progress: number | null;
  /** An alert about the last attempt, shown in the dialog. */
  children?: ReactNode;
}) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const busy = progress !== null;

  useEffect(() => {
    const element = dialog.current;
    element?.showModal?.();
    return () => element?.close?.();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="paste-dialog"
      aria-label={t('pasteArticleLabel')}
      onCancel={onCancel}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          void onExtract(text);
        }}
      >
        <label htmlFor="paste-text">{t('pasteArticleLabel')}</label>
        <textarea
          id="paste-text"
          dir="rtl"
          lang="ar"
          rows={14}
          value={text}
          onChange={(e) => setText(e.target.value)}
          data-testid="paste-text"
        />
        {children}
        {busy && (
          <div className="paste-progress" role="status">
            <progress max={1} value={progress} aria-label={t('extracting')} />
            <span>{t('extracting')}</span>
            <button type="button" onClick={onStop} data-testid="paste-stop">
              {t('stop')}
            </button>
          </div>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy || text.trim() === ''}>
            {t('extract')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
