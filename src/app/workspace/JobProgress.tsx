/** The running extraction: article n of N, a bar, and Cancel. Absent when idle. */
import { useIsnad, type IsnadState } from '../store';
import { useWorkspaceT } from './messages';
import { cancelJob } from './session';

const selectJob = (state: IsnadState) => state.job;

export function JobProgress() {
  const t = useWorkspaceT();
  const job = useIsnad(selectJob);
  if (!job) return null;
  const merging = job.done >= job.total;
  return (
    <div className="job-progress" data-testid="workspace-progress" role="status">
      <div className="job-line">
        <span>
          {merging
            ? t('building')
            : t('progress', { done: Math.min(job.done + 1, job.total), total: job.total })}
        </span>
        <button type="button" className="link-button" onClick={cancelJob}>
          {t('cancel')}
        </button>
      </div>
      <progress max={Math.max(job.total, 1)} value={merging ? undefined : job.done} />
      {!merging && job.title && (
        <span className="job-title" dir="auto">
          {job.title}
        </span>
      )}
    </div>
  );
}
