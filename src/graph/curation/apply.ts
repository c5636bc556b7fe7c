/**
 * Applying edits: one edit → the new graph and its exact patch (or why it cannot apply); a list
 * of edits → the graph with every edit that still applies, and the ones that no longer do, listed
 * with their reason — never silently dropped.
 */
import type { SerializedGraph } from 'graphology-types';
import { Draft } from './draft.ts';
import { addEntity, merge, remove, rename, retype, split } from './entities.ts';
import { setHead, setMember } from './sides.ts';
import { addStatement, reject, setMention, setMode, setSpeaker } from './statements.ts';
import type { ApplyResult, Edit, Failure, Patch } from './types.ts';

function run(draft: Draft, edit: Edit): Failure | null {
  switch (edit.op) {
    case 'rename':
      return rename(draft, edit);
    case 'retype':
      return retype(draft, edit);
    case 'merge':
      return merge(draft, edit);
    case 'split':
      return split(draft, edit);
    case 'delete':
      return remove(draft, edit);
    case 'add-entity':
      return addEntity(draft, edit);
    case 'speaker':
      return setSpeaker(draft, edit);
    case 'mode':
      return setMode(draft, edit);
    case 'reject':
      return reject(draft, edit);
    case 'add-statement':
      return addStatement(draft, edit);
    case 'mention':
      return setMention(draft, edit);
    case 'member':
      return setMember(draft, edit);
    case 'head':
      return setHead(draft, edit);
  }
}

export function applyEdit(graph: SerializedGraph, edit: Edit): ApplyResult {
  const draft = new Draft(graph);
  const failure = run(draft, edit);
  // A failed edit leaves nothing behind: the draft is thrown away.
  if (failure) return { ok: false, failure };
  return { ok: true, graph: draft.result(), patch: draft.patch() };
}

export interface AppliedEdit {
  edit: Edit;
  patch: Patch;
}

export interface SkippedEdit {
  edit: Edit;
  failure: Failure;
}

export interface Reapplied {
  graph: SerializedGraph;
  applied: AppliedEdit[];
  skipped: SkippedEdit[];
}

/** Every edit in order on `graph` (e.g. the article extracted again), each where it still applies. */
export function applyEdits(graph: SerializedGraph, edits: readonly Edit[]): Reapplied {
  let current = graph;
  const applied: AppliedEdit[] = [];
  const skipped: SkippedEdit[] = [];
  for (const edit of edits) {
    const result = applyEdit(current, edit);
    if (result.ok) {
      current = result.graph;
      applied.push({ edit, patch: result.patch });
    } else skipped.push({ edit, failure: result.failure });
  }
  return { graph: current, applied, skipped };
}
