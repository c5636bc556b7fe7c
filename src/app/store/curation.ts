/**
 * The curation state and its changes as pure functions `(state, …args) => state`: the graph with
 * the user's edits, the edits in order (each with its exact patch), what undo took back (redo),
 * and stored edits that no longer apply to this extraction. The store only wires these.
 */
import type { SerializedGraph } from 'graphology-types';
import {
  applyEdit,
  applyEdits,
  applyPatch,
  invertPatch,
  type AppliedEdit,
  type Edit,
  type Failure,
  type SkippedEdit,
} from '../../graph/curation/index';

export interface CurationState {
  graph: SerializedGraph | null;
  edits: AppliedEdit[];
  redoable: AppliedEdit[];
  skipped: SkippedEdit[];
}

export function emptyCuration(): Pick<CurationState, 'edits' | 'redoable' | 'skipped'> {
  return { edits: [], redoable: [], skipped: [] };
}

/** A new edit; a failed one changes nothing and says why. */
export function edit(state: CurationState, next: Edit): CurationState | Failure {
  if (!state.graph) return { code: 'entity-missing', what: '' };
  const result = applyEdit(state.graph, next);
  if (!result.ok) return result.failure;
  return {
    ...state,
    graph: result.graph,
    edits: [...state.edits, { edit: next, patch: result.patch }],
    redoable: [],
  };
}

export function undo(state: CurationState): CurationState {
  const last = state.edits.at(-1);
  if (!last || !state.graph) return state;
  return {
    ...state,
    graph: applyPatch(state.graph, invertPatch(last.patch)),
    edits: state.edits.slice(0, -1),
    redoable: [...state.redoable, last],
  };
}

export function redo(state: CurationState): CurationState {
  const next = state.redoable.at(-1);
  if (!next || !state.graph) return state;
  return {
    ...state,
    graph: applyPatch(state.graph, next.patch),
    edits: [...state.edits, next],
    redoable: state.redoable.slice(0, -1),
  };
}

/**
 * Takes back one edit of the history, not only the last: the later ones are undone, that one
 * dropped, the later ones applied again — those that depended on it are listed as skipped.
 */
export function revert(state: CurationState, index: number): CurationState {
  if (!state.graph || index < 0 || index >= state.edits.length) return state;
  let graph = state.graph;
  for (const applied of state.edits.slice(index).reverse())
    graph = applyPatch(graph, invertPatch(applied.patch));
  const later = applyEdits(
    graph,
    state.edits.slice(index + 1).map((a) => a.edit),
  );
  return {
    graph: later.graph,
    edits: [...state.edits.slice(0, index), ...later.applied],
    redoable: [],
    skipped: [...state.skipped, ...later.skipped],
  };
}

/** Stored edits re-applied to a freshly loaded (perhaps re-extracted) graph. */
export function restore(
  graph: SerializedGraph,
  stored: readonly Edit[],
  pending: readonly Edit[] = [],
): CurationState {
  const result = applyEdits(graph, [...stored, ...pending]);
  return { graph: result.graph, edits: result.applied, redoable: [], skipped: result.skipped };
}

/** Forgets an edit that no longer applies (the user has read it). */
export function dismissSkipped(state: CurationState, index: number): CurationState {
  return { ...state, skipped: state.skipped.filter((_, i) => i !== index) };
}
