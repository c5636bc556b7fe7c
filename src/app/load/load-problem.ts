/**
 * Why a file or a pasted text could not be loaded, as a message key and its parts, so the
 * alert is worded in the interface's language (and re-worded when the language changes).
 */
import type { MessageKey } from '../i18n';

export type LoadProblemKey = Extract<MessageKey, `load_${string}`> | 'raw' | 'cancelled';

export class LoadProblem extends Error {
  constructor(
    readonly key: LoadProblemKey,
    readonly parts: { name?: string; where?: string; detail?: string } = {},
  ) {
    super(`${key}: ${Object.values(parts).join(' ')}`);
  }
}

/** The message with its {name}, {where} and {detail} filled in, each a bidi isolate (U+2068 …
 * U+2069) so a Latin element path or file name does not scramble an Arabic sentence. */
export function wordProblem(problem: LoadProblem, t: (key: MessageKey) => string): string {
  if (problem.key === 'raw' || problem.key === 'cancelled') return problem.parts.detail ?? '';
  return t(problem.key).replace(
    /\{(name|where|detail)\}/g,
    (_, part: 'name' | 'where' | 'detail') => `\u2068${problem.parts[part] ?? ''}\u2069`,
  );
}
