/**
 * Stage: the unknown subject of a speech verb is a name («وأضاف هارتلي أن…»).
 */
import { mentionAtToken, type Doc } from '../document.ts';
import { lexicon } from '../lexicon/index.ts';
import { normalizeArabic } from '../normalize.ts';
import { isCueVerb, nameLike } from '../words.ts';
import { isComplementizer } from './cues.ts';
import { addPerson } from './persons.ts';
import { isQuoteMark } from './structure.ts';

/** Words that open an adjunct between a speaker and the speech: «وقال X في تصريحات…». */
const ADJUNCT_START = new Set(
  ['في', 'خلال', 'عبر', 'أمام', 'لدى', 'للصحفيين', 'لوسائل', 'اليوم', 'مساء', 'صباح', 'أمس'].map(
    normalizeArabic,
  ),
);

/** «وأضاف هارتلي أن…», «وقال غرانت: …»: the unknown word right after a speech verb is a name. */
export function findSpeakerNames(doc: Doc): Doc {
  const lex = lexicon();
  for (let t = 0; t + 2 < doc.tokens.length; t++) {
    if ((doc.quoteOf[t] ?? -1) >= 0 || !isCueVerb(doc.tokens[t])) continue;
    const a = t + 1;
    if (mentionAtToken(doc, a) || !nameLike(doc, a) || lex.vague.has(doc.tokens[a]?.norm ?? ''))
      continue;
    const len = nameLike(doc, a + 1) && !mentionAtToken(doc, a + 1) ? 2 : 1;
    const after = doc.tokens[a + len];
    if (!after || doc.sentence[a + len] !== doc.sentence[t]) continue;
    if (
      isComplementizer(after) ||
      after.text === ':' ||
      after.text === '،' ||
      isQuoteMark(after) ||
      ADJUNCT_START.has(after.norm)
    )
      addPerson(doc, a, a + len, 0);
  }
  return doc;
}
