/**
 * The workspace in the side panel: which one is open, its articles (read, edit, remove), adding
 * more (files, a folder; paste and drop work too), the running extraction and what went wrong.
 * A corpus's long list shows its first LONG_LIST articles and a button for more, as the filter
 * lists do: 365 articles drawn were a third of the page's elements when a corpus opened.
 */
import { useRef, useState } from 'react';
import { LONG_LIST } from '../filters/CheckList';
import { useT } from '../i18n';
import { useIsnad, type IsnadState } from '../store';
import { addFiles } from './add-files';
import { ArticleItem } from './ArticleItem';
import { JobProgress } from './JobProgress';
import { useWorkspaceT } from './messages';
import { Problems } from './Problems';
import { articlesOf } from './session';
import { WorkspaceMenu } from './WorkspaceMenu';

const selectGraph = (state: IsnadState) => state.graph;
const selectBusy = (state: IsnadState) => state.job !== null;
const selectVolatile = (state: IsnadState) => state.workspace?.volatile ?? false;

/** Folder picking is non-standard but in every engine; React does not know the attribute. */
const FOLDER = { webkitdirectory: '', directory: '' } as Record<string, string>;

export function WorkspacePanel() {
  const t = useWorkspaceT();
  const tApp = useT();
  const [limit, setLimit] = useState(LONG_LIST);
  const graph = useIsnad(selectGraph);
  const busy = useIsnad(selectBusy);
  const volatile = useIsnad(selectVolatile);
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  const articles = articlesOf(graph);
  const left = articles.length - Math.min(limit, articles.length);
  const take = (input: HTMLInputElement, fromFolder: boolean) => {
    const chosen = [...(input.files ?? [])];
    input.value = '';
    if (chosen.length > 0) void addFiles(chosen, fromFolder);
  };
  return (
    <section className="workspace-panel" aria-label={t('workspace')}>
      <h2>{t('workspace')}</h2>
      <WorkspaceMenu />
      {volatile && <p className="notice notice-warn">{t('notKept')}</p>}
      <div className="add-row">
        <button type="button" onClick={() => files.current?.click()} disabled={busy}>
          {t('addFiles')}
        </button>
        <button type="button" onClick={() => folder.current?.click()} disabled={busy}>
          {t('addFolder')}
        </button>
      </div>
      <input
        ref={files}
        type="file"
        multiple
        hidden
        accept=".txt,.md,.markdown,.html,.htm,text/plain,text/html,text/markdown"
        data-testid="add-files"
        aria-label={t('addFilesLabel')}
        onChange={(e) => take(e.target, false)}
      />
      <input
        ref={folder}
        type="file"
        multiple
        hidden
        {...FOLDER}
        data-testid="add-folder"
        aria-label={t('addFolderLabel')}
        onChange={(e) => take(e.target, true)}
      />
      <JobProgress />
      <Problems />
      <h3 className="articles-heading">
        {t('articles')} <span className="count">{articles.length}</span>
      </h3>
      {articles.length === 0 ? (
        <p className="empty-hint">{t('noArticles')}</p>
      ) : (
        <ul className="article-list" data-testid="article-list">
          {articles.slice(0, limit).map((article) => (
            <ArticleItem key={article.id} article={article} busy={busy} />
          ))}
        </ul>
      )}
      {left > 0 && (
        <button
          type="button"
          className="link-button show-more"
          onClick={() => setLimit(limit + LONG_LIST)}
        >
          {tApp('showMoreRows')
            .replace('{n}', String(Math.min(LONG_LIST, left)))
            .replace('{left}', String(left))}
        </button>
      )}
    </section>
  );
}
