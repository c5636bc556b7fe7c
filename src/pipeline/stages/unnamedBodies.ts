/**
 * Stage: a body the article names only by its kind speaks (وقالت الوزارة في بيان إن…، وأعلنت
 * الشركة أن…) when no body of that kind was named before it. It becomes an organization of its
 * own article (`organization:<article>:<noun>`), so «الوزارة» of two articles is never one node.
 */
import { addMention, mentionAtToken, type Doc } from '../document.ts';
import { normalizeArabic } from '../../core/arabic.ts';
import { hasArticle, isCueVerb, isCueWord } from '../words.ts';
import { positionsWith } from '../token-index.ts';
import { resolveInstitution } from './describe.ts';
import { isComplementizer } from './cues.ts';
import { isQuoteMark } from './structure.ts';
import { UNNAMED_BODY_WORDS } from '../lexicon/titles.ts';

const BODIES = new Set(UNNAMED_BODY_WORDS.map((w) => normalizeArabic(`ال${w}`)));

/** «الوزارة في بيان إن…», «الشركة: …»: the body's words follow within a few tokens (not «نقل
 * البنك من…», where the verb is no speech). */
function contentFollows(doc: Doc, t: number): boolean {
  for (let k = t; k < t + 8 && doc.sentence[k] === doc.sentence[t - 1]; k++) {
    const tok = doc.tokens[k];
    if (!tok) return false;
    if (tok.text === ':' || isComplementizer(tok) || isQuoteMark(tok)) return true;
    if (tok.isWord && isCueVerb(tok)) return false;
  }
  return false;
}

export function findUnnamedBodies(doc: Doc): Doc {
  const tokens = doc.tokens;
  for (const t of positionsWith(tokens, isCueWord)) {
    if (t + 1 >= tokens.length) break;
    if ((doc.quoteOf[t] ?? -1) >= 0 || !isCueVerb(tokens[t])) continue;
    const a = t + 1;
    const tok = tokens[a];
    if (!tok?.isWord || !BODIES.has(tok.norm) || !hasArticle(tok)) continue;
    if (doc.sentence[a] !== doc.sentence[t] || mentionAtToken(doc, a)) continue;
    if (resolveInstitution(doc, a) || !contentFollows(doc, a + 1)) continue;
    addMention(doc, {
      key: `organization:${doc.id}:${tok.norm}`,
      kind: 'organization',
      from: a,
      to: a + 1,
      start: tok.start,
      end: tok.end,
      name: tok.text,
      reason: { rule: 'unnamed-body-speaks', cue: tokens[t]?.text ?? '' },
    });
  }
  return doc;
}
