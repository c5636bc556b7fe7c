/**
 * Stage: natural regions named after a known place (خليج العقبة، وادي الأردن، صحراء سيناء:
 * lexicon/placeWords.ts NATURAL_FEATURE_WORDS). The feature and the place together are a place
 * of their own; the place inside is no mention there (it stays one where the article names it
 * elsewhere). Example rows: tests/unit/pipeline/places.test.ts.
 */
import { mentionAtToken, removeMention, type Doc } from '../document.ts';
import { NATURAL_FEATURE_WORDS } from '../lexicon/placeWords.ts';
import { normalizeArabic } from '../../core/arabic.ts';
import { indexedWordFlag, positionsWith } from '../token-index.ts';
import { originalOffset, type Token } from '../tokenize.ts';
import { infoOf } from '../words.ts';
import { isQuoteMark } from './structure.ts';
import { addNamedPlace } from './places.ts';

const FEATURES = new Set(NATURAL_FEATURE_WORDS.map(normalizeArabic));
/** The feature word's reading (بخليج → خليج, one clitic at most): a plain look-up, since
 * infoOf is cached per word and the word-fact slots are all taken. */
const featureStem = (tok: Token) =>
  infoOf(tok).stems.find((s) => FEATURES.has(s.stem) && s.stripped <= 1);
const isFeatureWord = indexedWordFlag((tok: Token) => featureStem(tok) !== undefined);

export function findNaturalFeatures(doc: Doc): Doc {
  const tokens = doc.tokens;
  for (const t of positionsWith(tokens, isFeatureWord)) {
    const tok = tokens[t] as Token;
    const stem = featureStem(tok);
    if (!stem || mentionAtToken(doc, t)) continue;
    // The known place right after it, written bare (no clitic of its own), in one sentence.
    const place = mentionAtToken(doc, t + 1);
    const first = tokens[t + 1];
    if (place?.kind !== 'place' || place.from !== t + 1 || place.start !== first?.start) continue;
    if (doc.sentence[t + 1] !== doc.sentence[t] || isQuoteMark(tokens[t - 1])) continue;
    const to = place.to;
    removeMention(doc, place);
    addNamedPlace(doc, t, originalOffset(tok, stem.stripped), to, {
      rule: 'feature-of-place',
      cue: tok.text,
    });
  }
  return doc;
}
