/**
 * Stage: landmarks named by their definite noun and an adjective (القصر الرئاسي، المتحف الوطني:
 * lexicon/placeWords.ts LANDMARK_WORDS). A nationality alone after the noun is the landmark's
 * name only with a second adjective (المتحف اليمني الكبير); a complement with «ل» after it makes
 * a body's name (المتحف الوطني للعلوم), left to the organizations. Example rows:
 * tests/unit/pipeline/places.test.ts.
 */
import { mentionAtToken, type Doc } from '../document.ts';
import { LANDMARK_WORDS } from '../lexicon/placeWords.ts';
import { normalizeArabic } from '../../core/arabic.ts';
import { indexedWordFlag, positionsWith } from '../token-index.ts';
import type { Token } from '../tokenize.ts';
import { adjectiveCountry, hasArticle, infoOf } from '../words.ts';
import { addPlaceSpan } from './places.ts';

const LANDMARKS = new Set(LANDMARK_WORDS.map(normalizeArabic));
/** (A plain look-up: infoOf is cached per word, and word-fact slots are few.) */
const landmarkStem = (tok: Token) =>
  infoOf(tok).stems.find((s) => LANDMARKS.has(s.stem) && s.stripped <= 2);
const isLandmarkWord = indexedWordFlag((tok: Token) => landmarkStem(tok) !== undefined);

/** A definite adjective at `t` in the sentence of `from`: no mention, function word, cue, title
 * or plural (ات، ين، ون). */
function definiteAdjective(doc: Doc, t: number, from: number): boolean {
  const tok = doc.tokens[t];
  if (!tok?.isWord || !tok.isArabic || !hasArticle(tok) || doc.sentence[t] !== doc.sentence[from])
    return false;
  const info = infoOf(tok);
  if (mentionAtToken(doc, t) || info.stop || info.cue || info.titleKey) return false;
  return !/^[وفبل]/.test(tok.norm) && !/(ات|ين|ون)$/.test(tok.norm);
}

export function findLandmarks(doc: Doc): Doc {
  const tokens = doc.tokens;
  for (const t of positionsWith(tokens, isLandmarkWord)) {
    const tok = tokens[t] as Token;
    const stem = landmarkStem(tok);
    if (!stem || mentionAtToken(doc, t) || !definiteAdjective(doc, t + 1, t)) continue;
    let end = t + 2;
    // «المتحف اليمني الكبير»: a nationality, then the adjective that makes it a name.
    if (adjectiveCountry(tokens[t + 1])) {
      if (!definiteAdjective(doc, t + 2, t) || adjectiveCountry(tokens[t + 2])) continue;
      end = t + 3;
    }
    const next = tokens[end];
    if (next?.isWord && /^لل/.test(next.norm) && doc.sentence[end] === doc.sentence[t]) continue;
    addPlaceSpan(doc, t, end, stem.stripped, { rule: 'landmark', cue: tok.text });
  }
  return doc;
}
