/**
 * Curation: a person's corrections to an extraction, kept as data. An edit names what it changes
 * by stable addresses — an entity by its node key (a normalized name) with one of its mentions as
 * a fallback anchor, a statement by article id and offsets — never by position in a graph, so the
 * same list re-applies to the article extracted again by a newer extractor.
 */
import type { SerializedEdge, SerializedGraph, SerializedNode } from 'graphology-types';
import type { EntityKind, StatementMode } from '../../core/types.ts';

export type { EditMark } from '../../core/types.ts';

/** A span of an article's ORIGINAL text. */
export interface Span {
  article: string;
  start: number;
  end: number;
}

/** An entity: its node key, its label when the edit was made (for words), a mention to fall back on. */
export interface EntityRef {
  key: string;
  label: string;
  at?: Span;
}

export const EDIT_OPS = [
  'rename', // an entity's label (the old one joins the aliases)
  'retype', // person / organization / place / delegation
  'merge', // several entities become one: mentions, statements and edges follow
  'split', // chosen mentions leave for a new entity
  'delete', // a junk entity: its mentions become plain text
  'add-entity', // a missing mention, from words selected in the article
  'speaker', // who said a statement (or nobody known)
  'mode', // direct ↔ reported
  'reject', // not a statement at all
  'add-statement', // a missing statement, from words selected in the article
  'mention', // add or remove what a statement mentions
  'member', // add or remove a member of a side
  'head', // set or clear the head of a side
] as const;
export type EditOp = (typeof EDIT_OPS)[number];

export type Edit =
  | { op: 'rename'; entity: EntityRef; label: string }
  | { op: 'retype'; entity: EntityRef; kind: EntityKind }
  | { op: 'merge'; into: EntityRef; others: EntityRef[]; label: string }
  | { op: 'split'; entity: EntityRef; mentions: Span[]; label: string }
  | { op: 'delete'; entity: EntityRef }
  | { op: 'add-entity'; kind: EntityKind; label: string; at: Span }
  | { op: 'speaker'; statement: Span; speaker: EntityRef | null }
  | { op: 'mode'; statement: Span; mode: StatementMode }
  | { op: 'reject'; statement: Span }
  | { op: 'add-statement'; at: Span; speaker: EntityRef | null; mode: StatementMode }
  | { op: 'mention'; statement: Span; entity: EntityRef; present: boolean }
  | { op: 'member'; delegation: EntityRef; person: EntityRef; present: boolean }
  | { op: 'head'; delegation: EntityRef; person: EntityRef | null };

/** Why an edit could not be applied. */
export const FAILURES = [
  'entity-missing', // no node with that key, and none with that mention
  'statement-missing', // no statement at (or mostly over) those offsets
  'span-invalid', // the offsets are not inside the article, or cover only spaces
  'exists', // the statement to add is already there
  'no-change', // the graph already says so
] as const;
export type FailureCode = (typeof FAILURES)[number];

export interface Failure {
  code: FailureCode;
  /** What was not found, as the edit names it (a label, «seed 120–180»). */
  what: string;
}

/** One step of a patch: an entry replaced, inserted (no `before`) or removed (no `after`) at `index`. */
export type Change =
  | { on: 'node'; index: number; before?: SerializedNode; after?: SerializedNode }
  | { on: 'edge'; index: number; before?: SerializedEdge; after?: SerializedEdge };

/** What an applied edit changed, exactly: applying its inverse gives back the identical graph. */
export interface Patch {
  changes: Change[];
}

export type ApplyResult =
  { ok: true; graph: SerializedGraph; patch: Patch } | { ok: false; failure: Failure };
