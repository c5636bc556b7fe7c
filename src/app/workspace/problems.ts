/**
 * What can go wrong with an article or with storage, as codes: the interface says each in its
 * own language (./messages.ts), and tests check the code, not the wording.
 */
export const PROBLEM_CODES = [
  'empty', // nothing but white space
  'binary', // control bytes: an image, a PDF, a zip
  'not-utf8', // bytes that are not UTF-8 (nor the charset an HTML page declares)
  'not-arabic', // too few Arabic letters to be an Arabic article
  'too-large', // over MAX_FILE_BYTES
  'too-long', // a text over MAX_ARTICLE_CHARS characters (the pipeline's limit)
  'no-article', // an HTML page whose main text could not be found
  'unsupported', // a file type Isnad does not read
  'duplicate', // the same text is already in the workspace
  'nothing-found', // extracted, but no person, place or statement was found (kept, with a warning)
  'extract-failed', // the pipeline threw
  'storage-full', // the browser refused to store more
  'storage-unavailable', // no IndexedDB (private mode, blocked): nothing is kept after a reload
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export class InputProblem extends Error {
  constructor(
    readonly code: ProblemCode,
    /** The file or article it is about, when there is one. */
    readonly subject?: string,
    /** Technical detail (the browser's or the pipeline's words), shown small. */
    readonly detail?: string,
  ) {
    super(`${subject ? `${subject}: ` : ''}${code}${detail ? ` (${detail})` : ''}`);
    this.name = 'InputProblem';
  }
}

/** The pipeline's validation message → its code. */
export function problemOfArticleError(message: string): ProblemCode {
  if (/empty/.test(message)) return 'empty';
  if (/too long/.test(message)) return 'too-long';
  if (/binary/.test(message)) return 'binary';
  if (/Arabic/.test(message)) return 'not-arabic';
  return 'extract-failed';
}
