import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n';

/** A modal <dialog> with a text area for an article; Esc or Cancel closes it. */
export function PasteDialog({
  onExtract,
  onCancel,
  problem = null,
}: {
  onExtract(text: string): Promise<void>;
  onCancel(): void;
  /** Why the text was refused (non-Arabic, empty…); the text stays to be corrected. */
  problem?: string | null;
}) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);

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
        onSubmit={async (event) => {
          event.preventDefault();
          setBusy(true);
          await onExtract(text);
          setBusy(false);
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
        {problem && (
          <p className="notice notice-error" role="alert" data-testid="paste-error">
            {problem}
          </p>
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
