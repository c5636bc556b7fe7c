/** The workspace switcher: pick one, make a new one, rename, duplicate or delete (asked first). */
import seedGraph from 'virtual:isnad/seed-graph';
import { useIsnad, type IsnadState } from '../store';
import { useWorkspaceT } from './messages';
import {
  createWorkspace,
  deleteWorkspace,
  duplicateWorkspace,
  renameWorkspace,
  switchWorkspace,
} from './session';

const selectWorkspace = (state: IsnadState) => state.workspace;
const selectWorkspaces = (state: IsnadState) => state.workspaces;

export function WorkspaceMenu() {
  const t = useWorkspaceT();
  const workspace = useIsnad(selectWorkspace);
  const workspaces = useIsnad(selectWorkspaces);
  if (!workspace) return null;
  const current = workspaces.find((w) => w.id === workspace.id);
  return (
    <div className="workspace-menu">
      <select
        aria-label={t('workspaces')}
        data-testid="workspace-select"
        value={workspace.id}
        onChange={(e) => void switchWorkspace(e.target.value)}
      >
        {workspaces.map((w) => (
          <option key={w.id} value={w.id}>
            {/* An Arabic name inside English (or the reverse) is isolated, so its quote marks
                and the count stay where they belong. */}
            {`\u2068${w.name}\u2069 (${t('articleCount', { count: w.articles })})`}
          </option>
        ))}
      </select>
      <div className="workspace-actions">
        <button
          type="button"
          className="link-button"
          onClick={() => {
            const name = window.prompt(t('newWorkspaceName'), t('newWorkspace'));
            if (name?.trim()) void createWorkspace(name.trim());
          }}
        >
          {t('newWorkspace')}
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            const name = window.prompt(t('renamePrompt', { name: workspace.name }), workspace.name);
            if (name?.trim()) void renameWorkspace(workspace.id, name);
          }}
        >
          {t('rename')}
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() =>
            void duplicateWorkspace(workspace.id, t('copyOf', { name: workspace.name }))
          }
        >
          {t('duplicate')}
        </button>
        <button
          type="button"
          className="link-button danger"
          onClick={() => {
            const ask = t('deleteConfirm', { name: workspace.name, count: current?.articles ?? 0 });
            if (window.confirm(ask)) void deleteWorkspace(workspace.id, seedGraph);
          }}
        >
          {t('delete')}
        </button>
      </div>
    </div>
  );
}
