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
  CORRECTIONS_FORMAT,
  CORRECTIONS_VERSION,
  toCorrectionsFile,
  type CorrectionsFile,
} from './corrections.ts';
// Reading a corrections file (zod) is ./parse.ts: `parseCorrections`, `CorrectionsError`.
export { markText } from './describe.ts';
