/**
 * Proclitics glued to the front of a word: the conjunctions و ف, the prepositions ب ل ك, and
 * ل + ال written لل. Matching tries the bare word first, then each shorter reading.
 */

export interface Stem {
  /** Normalized characters removed from the front of the word. */
  stripped: number;
  /** The word without its clitics (لل… gives back ال…). */
  stem: string;
}

const CONJ = ['و', 'ف'];
const PREP = ['ب', 'ل', 'ك'];

export function stems(norm: string): Stem[] {
  const out: Stem[] = [{ stripped: 0, stem: norm }];
  const add = (stripped: number, rest: string): void => {
    if (rest.length >= 2) out.push({ stripped, stem: rest });
    // لل + noun: the second lam is the article's, so the stem starts at it with ال restored.
    if (rest.startsWith('ل') && rest.length >= 3 && norm[stripped - 1] === 'ل') {
      out.push({ stripped: stripped, stem: 'ا' + rest });
    }
  };
  let i = 0;
  if (CONJ.includes(norm[0] ?? '')) {
    i = 1;
    add(1, norm.slice(1));
  }
  if (PREP.includes(norm[i] ?? '')) add(i + 1, norm.slice(i + 1));
  return out;
}

/** Strip at most one conjunction و/ف (for cue verbs: وقال, فأكد). */
export function withoutConjunction(norm: string): string[] {
  return CONJ.includes(norm[0] ?? '') && norm.length > 2 ? [norm, norm.slice(1)] : [norm];
}
