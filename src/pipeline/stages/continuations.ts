/**
 * Stage: a speaker goes on in the first person. «قال المدرب: قدمنا مباراة جيدة. خسرنا بهدف
 * جاء من خطأ.»: in the same paragraph, a sentence right after a statement that no cue opens and
 * that speaks as «we» or «I» (نحن، خسرنا، سنحاول، لدينا) is the same speaker's next claim.
 */
import type { Doc } from '../document.ts';
import { normalizeArabic } from '../../core/arabic.ts';
import { FIRST_PERSON_WORDS, NOT_WE_WORDS } from '../lexicon/discourse.ts';
import type { Token } from '../tokenize.ts';
import { wordFlag } from '../word-facts.ts';
import { infoOf, isCueVerb } from '../words.ts';
import { emit } from './statements.ts';
import { isQuoteMark } from './structure.ts';

const FIRST_PERSON = new Set(FIRST_PERSON_WORDS.map(normalizeArabic));
const NOT_WE = new Set(NOT_WE_WORDS.map(normalizeArabic));

/** «خسرنا», «منتخبنا», «لدينا», «سنحاول», «نحن»: the word speaks as «we» or «I». */
const speaksAsWe = wordFlag((tok: Token): boolean => {
  if (!tok.isWord || !tok.isArabic) return false;
  const n = tok.norm.replace(/^[وف]/, '');
  if (FIRST_PERSON.has(n)) return true;
  if (NOT_WE.has(n) || infoOf(tok).stop) return false;
  // «سنحاول», «سأعمل»: the future of «we» and «I» (not سنة، سنوات، سنوي).
  const future = /^(سن|سا).{3,}$/.test(n) && !/(ات|ه|ي|يه|ون|ين)$/.test(n);
  return (n.length >= 5 && n.endsWith('نا')) || future;
});

/** How many sentences in a row one statement may go on for (a speech quoted at length). */
const MAX_CONTINUED = 20;

export function findContinuations(doc: Doc): Doc {
  const tokens = doc.tokens;
  if (doc.statements.length === 0) return doc;
  // Token index by start offset, to find the tokens each statement spans. A typed array: what
  // map gives is packed or holey as V8 happens to run it, and upperBound's optimized code, made
  // for one, was thrown away at the other.
  const starts = new Int32Array(tokens.length);
  for (let t = 0; t < tokens.length; t++) starts[t] = (tokens[t] as Token).start;
  const tokenAt = (offset: number): number => upperBound(starts, offset) - 1;
  // The sentences a statement already covers are no one's continuation.
  const spoken = new Set<number>();
  for (const st of doc.statements) {
    const last = doc.sentence[tokenAt(st.end - 1)] ?? -1;
    for (let s = doc.sentence[tokenAt(st.start)] ?? 0; s <= last; s++) spoken.add(s);
  }
  // Where each sentence starts (sentence numbers grow with the tokens, from 0), so the one after a
  // statement is found without walking the rest of a long sentence once per statement. By
  // sentence number in an array: a map took an entry per token.
  const sentenceStart = new Int32Array((doc.sentence[tokens.length - 1] ?? -1) + 1);
  for (let t = tokens.length - 1; t >= 0; t--) sentenceStart[doc.sentence[t] ?? 0] = t;
  // Each sentence is weighed once: several statements may end in the same sentence (a long one
  // of participles), and the one after it is no one's twice.
  const weighed = new Set<number>();
  for (const st of [...doc.statements]) {
    let sentence = doc.sentence[tokenAt(st.end - 1)] ?? -1;
    for (let n = 0; n < MAX_CONTINUED; n++) {
      // The next sentence: from the first token past this one's end.
      const from = sentenceStart[sentence + 1] ?? tokens.length;
      const first = tokens[from];
      const next = doc.sentence[from] ?? -1;
      if (!first || first.newlineBefore || weighed.has(next) || spoken.has(next)) break;
      weighed.add(next);
      let to = from;
      let we = false;
      let blocked = false;
      for (; to < tokens.length && doc.sentence[to] === next; to++) {
        const tok = tokens[to] as Token;
        if (to > from && tok.newlineBefore) break;
        if (isCueVerb(tok) || isQuoteMark(tok) || (doc.quoteOf[to] ?? -1) >= 0) blocked = true;
        if (speaksAsWe(tok)) we = true;
      }
      // Up to its last word: the full stop that ends it belongs to no claim.
      let end = to;
      while (end > from && !tokens[end - 1]?.isWord) end--;
      const last = tokens[end - 1];
      if (blocked || !we || !last) break;
      const made = emit(doc, from, end, 'direct', st.cue, st.speaker, -1, {
        rule: 'first-person-continuation',
        cue: st.cue,
        speakerBy: 'carried-over',
      });
      if (!made) break;
      sentence = next;
    }
  }
  doc.statements.sort((a, b) => a.start - b.start);
  return doc;
}

/** The first index whose value is above `x` (values sorted ascending). */
function upperBound(values: Int32Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] ?? 0) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
