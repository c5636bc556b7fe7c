import type { StateCreator } from 'zustand';
import type { AppliedEdit, Edit, Failure, SkippedEdit } from '../../graph/curation/index';
import * as change from './curation';
import type { IsnadState } from './index';

export interface CurationSlice {
  /** The user's edits in order, each with its exact patch. */
  edits: AppliedEdit[];
  /** What undo took back, the next redo last. */
  redoable: AppliedEdit[];
  /** Stored or later edits that no longer apply, listed for the user. */
  skipped: SkippedEdit[];
  /** Applies an edit to the graph; a failure changes nothing and is returned. */
  applyEdit(edit: Edit): Failure | null;
  undo(): void;
  redo(): void;
  /** Takes back one edit of the history (the later ones are applied again where they can be). */
  revertEdit(index: number): void;
  /** Re-applies edits (e.g. an imported corrections file) to the graph as loaded. */
  restoreEdits(edits: readonly Edit[], pending?: readonly Edit[]): void;
  dismissSkipped(index: number): void;
}

/** Edits in the form they are kept: in order, and those that no longer apply. */
export interface KeptEdits {
  edits: Edit[];
  pending: Edit[];
}

/**
 * Where a user's edits are kept (the workspace registers itself: src/app/workspace/session.ts).
 * Called after every edit, undo, redo and dismissal — not when a graph is shown with its edits.
 */
let keep: (edits: KeptEdits) => void = () => {};
export function keepEditsWith(sink: (edits: KeptEdits) => void): void {
  keep = sink;
}

export const createCurationSlice: StateCreator<IsnadState, [], [], CurationSlice> = (set, get) => {
  /** Sets the new curation state, keeps the selection on a node that exists, stores the edits. */
  const commit = (next: change.CurationState, follow?: string) => {
    const { selected } = get();
    const exists = (key: string | null) => !!key && !!next.graph?.nodes.some((n) => n.key === key);
    set({
      graph: next.graph,
      edits: next.edits,
      redoable: next.redoable,
      skipped: next.skipped,
      ...(selected && !exists(selected)
        ? { selected: follow && exists(follow) ? follow : null }
        : {}),
    });
    keep({ edits: next.edits.map((a) => a.edit), pending: next.skipped.map((s) => s.edit) });
  };
  const current = (): change.CurationState => {
    const { graph, edits, redoable, skipped } = get();
    return { graph, edits, redoable, skipped };
  };
  return {
    ...change.emptyCuration(),
    applyEdit: (edit) => {
      const next = change.edit(current(), edit);
      if (!('graph' in next)) return next;
      // A merge keeps the merged node selected when one of the others was.
      commit(next, edit.op === 'merge' ? edit.into.key : undefined);
      return null;
    },
    undo: () => commit(change.undo(current())),
    redo: () => commit(change.redo(current())),
    revertEdit: (index) => commit(change.revert(current(), index)),
    restoreEdits: (edits, pending = []) => {
      const { loaded } = get();
      if (!loaded || (edits.length === 0 && pending.length === 0)) return;
      commit(change.restore(loaded, edits, pending));
    },
    dismissSkipped: (index) => commit(change.dismissSkipped(current(), index)),
  };
};
