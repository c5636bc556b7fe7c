/**
 * Curation, the public API: edits as data (./types.ts), applied with an exact patch, undone by the
 * inverse patch, re-applied to a new extraction, read and written as a corrections file.
 */
export * from './types.ts';
export {
  applyEdit,
  applyEdits,
  type AppliedEdit,
  type Reapplied,
  type SkippedEdit,
} from './apply.ts';
export { applyPatch, invertPatch } from './patch.ts';
export {
  articleSetKey,
  CORRECTIONS_FORMAT,
  CORRECTIONS_VERSION,
  CorrectionsError,
  parseCorrections,
  toCorrectionsFile,
  type CorrectionsFile,
} from './corrections.ts';
export { markText } from './describe.ts';
