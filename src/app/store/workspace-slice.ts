import type { StateCreator } from 'zustand';
import type { JobProgress } from '../workspace/worker/job';
import type { ProblemCode } from '../workspace/problems';
import type { WorkspaceSummary } from '../workspace/types';
import type { IsnadState } from './index';

/** A problem as the interface lists it (said in the interface language when shown). */
export interface ShownProblem {
  code: ProblemCode;
  subject?: string;
  detail?: string;
}

export interface WorkspaceSlice {
  /** The open workspace; `volatile` when the browser keeps nothing (no IndexedDB). */
  workspace: { id: string; name: string; volatile: boolean } | null;
  workspaces: WorkspaceSummary[];
  /** The running extraction, article n of N; null when idle. */
  job: JobProgress | null;
  /** What went wrong last (bad files, storage), until dismissed. */
  problems: ShownProblem[];
  /** A shared link was made for other articles (its article-set key): said, not applied. */
  foreignLink: string | null;
  setWorkspace(workspace: WorkspaceSlice['workspace'], workspaces?: WorkspaceSummary[]): void;
  setJob(job: JobProgress | null): void;
  report(problems: ShownProblem[]): void;
  dismissProblems(): void;
  setForeignLink(set: string | null): void;
}

export function emptyWorkspace(): Pick<
  WorkspaceSlice,
  'workspace' | 'workspaces' | 'job' | 'problems' | 'foreignLink'
> {
  return { workspace: null, workspaces: [], job: null, problems: [], foreignLink: null };
}

export const createWorkspaceSlice: StateCreator<IsnadState, [], [], WorkspaceSlice> = (set) => ({
  ...emptyWorkspace(),
  setWorkspace: (workspace, workspaces) =>
    set((s) => ({ workspace, workspaces: workspaces ?? s.workspaces })),
  setJob: (job) => set({ job }),
  report: (problems) => set({ problems }),
  dismissProblems: () => set({ problems: [] }),
  setForeignLink: (foreignLink) => set({ foreignLink }),
});
