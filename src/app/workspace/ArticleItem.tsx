/** One article of the workspace: title, outlet and date; read it, edit its metadata, remove it. */
import { useState } from 'react';
import type { ArticleRecord } from '../../core/types';
import { useIsnad } from '../store';
import { useWorkspaceT } from './messages';
import { editArticle, removeArticle } from './session';
import type { ArticleMeta } from './types';

const FIELDS = ['title', 'source', 'url', 'date', 'byline'] as const;
const LABELS = {
  title: 'title',
  source: 'outlet',
  url: 'url',
  date: 'date',
  byline: 'byline',
} as const;

export function ArticleItem({ article, busy }: { article: ArticleRecord; busy: boolean }) {
  const t = useWorkspaceT();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<ArticleMeta>({ title: article.title });
  const startEdit = () => {
    setDraft({
      title: article.title,
      source: article.source ?? '',
      url: article.url ?? '',
      date: article.date ?? '',
      byline: article.byline ?? '',
    });
    setEditing(true);
  };
  return (
    <li data-article-id={article.id} className="article-item">
      <button
        type="button"
        className="article-item-title"
        dir="auto"
        title={t('show')}
        onClick={() => useIsnad.getState().showInArticle({ article: article.id, start: 0, end: 0 })}
      >
        {article.title || article.id}
      </button>
      <span className="article-item-meta">
        {article.source && <span dir="auto">{article.source}</span>}
        {article.source && ' · '}
        {article.date ? <span className="source-date">{article.date}</span> : t('undated')}
      </span>
      <span className="article-item-actions">
        <button type="button" className="link-button" onClick={startEdit} disabled={busy}>
          {t('edit')}
        </button>
        <button
          type="button"
          className="link-button danger"
          disabled={busy}
          onClick={() => {
            if (window.confirm(t('removeConfirm', { title: article.title || article.id })))
              void removeArticle(article.id);
          }}
        >
          {t('remove')}
        </button>
      </span>
      {editing && (
        <form
          className="article-edit"
          onSubmit={(event) => {
            event.preventDefault();
            setEditing(false);
            void editArticle(article.id, draft);
          }}
        >
          {FIELDS.map((field) => (
            <label key={field}>
              <span>{t(LABELS[field])}</span>
              <input
                type={field === 'date' ? 'date' : field === 'url' ? 'url' : 'text'}
                dir={field === 'url' || field === 'date' ? 'ltr' : 'auto'}
                value={draft[field] ?? ''}
                required={field === 'title'}
                onChange={(e) => setDraft((d) => ({ ...d, [field]: e.target.value }))}
              />
            </label>
          ))}
          <div className="dialog-actions">
            <button type="button" onClick={() => setEditing(false)}>
              {t('cancel')}
            </button>
            <button type="submit" className="primary">
              {t('save')}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
