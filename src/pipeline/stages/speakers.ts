/**
 * Finding the speaker when the cue itself names nobody: a name just before the cue (SVO), the
 * first person of the sentence, and whether a carried-over speaker agrees with the cue's gender.
 */
import { mentionAtToken, titleEndingAt, titleStartingAt, type Doc } from '../document.ts';
import { lexicon } from '../lexicon/index.ts';
import { infoOf } from '../words.ts';
import type { Cue } from './cues.ts';
import { resolveTitle } from './describe.ts';

/** How far back a sentence's subject is looked for (bounded: giant sentences stay linear). */
const LOOK_BACK = 120;

/** The last person named before `at` in the same sentence (the agent of a verbal noun). */
export function personEarlierInSentence(doc: Doc, at: number): string | undefined {
  for (let t = at - 1; t >= 0 && at - t < LOOK_BACK && doc.sentence[t] === doc.sentence[at]; t--) {
    const m = mentionAtToken(doc, t);
    if (m?.kind === 'person') return m.key;
  }
  return undefined;
}

/** «لكن ترامب أخطأ …، حيث قال إنه …»: the first person of the sentence is its subject. */
export function firstPersonInSentence(doc: Doc, at: number): string | undefined {
  // The earliest person named or described (الرئيس الروسي) in the sentence before the cue.
  let found: string | undefined;
  for (let t = at - 1; t >= 0 && at - t < LOOK_BACK && doc.sentence[t] === doc.sentence[at]; t--) {
    if ((doc.quoteOf[t] ?? -1) >= 0) continue;
    const m = mentionAtToken(doc, t);
    if (m?.kind === 'person') found = m.key;
    const title = titleStartingAt(doc, t);
    if (title && !title.counterpart) {
      const who = title.person ?? resolveTitle(doc, title, t);
      if (who) found = who;
    }
  }
  return found;
}

/** قالت، أكدت، مؤكدة: the cue agrees with a feminine subject. */
export function isFeminine(doc: Doc, cue: Cue): boolean {
  const tok = doc.tokens[cue.at];
  if (!tok?.isWord || cue.kind === 'and') return false;
  const lex = lexicon();
  return infoOf(tok).conjReadings.some(
    (r) =>
      (r.endsWith('ت') && lex.verbs.has(r.slice(0, -1))) ||
      (cue.kind === 'participle' && r.endsWith('ه')),
  );
}

/** The person named right before the cue (SVO: «أوشاكوف … كشف»), with the token it starts at
 * (its title's first token when one comes before the name). */
function subjectOf(doc: Doc, at: number): { key: string; start: number } | undefined {
  let p = at - 1;
  if (doc.tokens[p]?.text === '،' || doc.tokens[p]?.text === ',') p--;
  const title = titleEndingAt(doc, p + 1);
  if (title && title.person) p = title.from - 1;
  if (doc.tokens[p]?.text === '،' || doc.tokens[p]?.text === ',') p--;
  const m = mentionAtToken(doc, p);
  if (!m || m.kind !== 'person' || m.to !== p + 1) return undefined;
  // «… أن وزير الخارجية الإيراني، عباس عراقجي، صرح»: the title before the name is the subject too.
  let q = m.from - 1;
  if (doc.tokens[q]?.text === '،' || doc.tokens[q]?.text === ',') q--;
  const before = titleEndingAt(doc, q + 1);
  return { key: m.key, start: before && before.person === m.key ? before.from : m.from };
}

export function subjectStart(doc: Doc, at: number): number | undefined {
  return subjectOf(doc, at)?.start;
}

export function subjectBefore(doc: Doc, at: number): string | undefined {
  return subjectOf(doc, at)?.key;
}
