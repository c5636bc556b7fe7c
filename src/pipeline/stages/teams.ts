/**
 * Stage: clubs named bare in match reports (مدرب الأخدود، الفوز على الخليج): in an article
 * about sport, the definite word a team frame (rules/teamFrames.ts) points at is a club. Every
 * club found is also a short name its other bare mentions are read as (stages/shortNames.ts).
 */
import { addMention, mentionAtToken, type Doc } from '../document.ts';
import { normalizeArabic } from '../../core/arabic.ts';
import {
  GENERIC_TEAM_WORDS,
  OPPONENT_WORDS,
  SPORTS_SIGNS,
  TEAM_FRAMES,
  type TeamFrame,
} from '../rules/teamFrames.ts';
import type { Token } from '../tokenize.ts';
import { wordFact, wordFlag } from '../word-facts.ts';
import { indexedWordFlag, positionsWith } from '../token-index.ts';
import { adjectiveCountry, hasArticle, infoOf, readings } from '../words.ts';
import { noteShortName } from './shortNames.ts';

interface Frame extends TeamFrame {
  prepositions: Set<string>;
}

const FRAMES = new Map<string, Frame>();
for (const row of TEAM_FRAMES) {
  const frame = { ...row, prepositions: new Set((row.preposition ?? []).map(normalizeArabic)) };
  for (const w of row.words) FRAMES.set(normalizeArabic(w), frame);
}
const SIGNS = new Set(SPORTS_SIGNS.map(normalizeArabic));
const GENERIC = new Set(GENERIC_TEAM_WORDS.map(normalizeArabic));
const OPPONENTS = new Set(OPPONENT_WORDS.map(normalizeArabic));

/** Past «منافسه المحلي» (the opponent's relation and one adjective) to where its name starts. */
function pastOpponent(doc: Doc, x: number, sentence: number): number {
  const tok = doc.tokens[x];
  if (!tok?.isWord || !OPPONENTS.has(tok.norm.replace(/^[وف]/, ''))) return x;
  const adjective = doc.tokens[x + 1];
  const next = doc.tokens[x + 2];
  if (
    adjective?.isWord &&
    hasArticle(adjective) &&
    /ي$/.test(adjective.norm) &&
    !adjectiveCountry(adjective) &&
    next?.isWord &&
    hasArticle(next) &&
    doc.sentence[x + 2] === sentence
  )
    return x + 2;
  return x + 1;
}
const MIN_SIGNS = 3;

/** The frame a word opens (read without its clitics: بالفوز، لمدرب), if any. */
const frameOf = wordFact((tok: Token): Frame | null => {
  for (const r of readings(tok)) {
    const f = FRAMES.get(r);
    if (f) return f;
  }
  return null;
});
/** The scan asks the flag on the token first: few words open a frame (the fact itself is a load
 * from the word's slot, far from the token). */
const opensFrame = indexedWordFlag((tok: Token) => frameOf(tok) !== null);

/** The sports word a word reads as (without its clitics), if any: asked of every word of every
 * article, so kept with the word (computed once per distinct word, not per token). */
const sportsSignOf = wordFact((tok: Token): string | undefined =>
  tok.isWord ? readings(tok).find((r) => SIGNS.has(r)) : undefined,
);
/** The scan asks the flag on the token first: most words are no sports word. */
const isSportsSign = wordFlag((tok: Token) => sportsSignOf(tok) !== undefined);

const sports = new WeakMap<Doc, boolean>();

/** At least three sports words, two of them different: the article reports on sport. */
export function sportsArticle(doc: Doc): boolean {
  let known = sports.get(doc);
  if (known !== undefined) return known;
  let count = 0;
  const kinds = new Set<string>();
  for (const tok of doc.tokens) {
    if (!tok.isWord || !isSportsSign(tok)) continue;
    const sign = sportsSignOf(tok);
    if (!sign) continue;
    count++;
    kinds.add(sign);
    if (count >= MIN_SIGNS && kinds.size >= 2) break;
  }
  known = count >= MIN_SIGNS && kinds.size >= 2;
  sports.set(doc, known);
  return known;
}

/** A bare definite word that can name a club: not a generic match noun, a function word, a
 * verb, a title, a nationality, a plural in ات or a noun with a pronoun. */
function clubWord(
  doc: Doc,
  t: number,
  sentence: number,
  n = doc.tokens[t]?.norm ?? '',
): Token | undefined {
  const tok = doc.tokens[t];
  if (!tok?.isWord || doc.sentence[t] !== sentence || mentionAtToken(doc, t)) return undefined;
  if (!n.startsWith('ال') || !hasArticle(tok) || n.length < 5) return undefined;
  const info = infoOf(tok);
  if (info.stop || info.cue || info.participle || info.titleKey || info.notName) return undefined;
  if (GENERIC.has(n) || adjectiveCountry(tok) || /(ات|ها|هم|هما|كم|نا)$/.test(n)) return undefined;
  return tok;
}

export function findTeams(doc: Doc): Doc {
  if (!sportsArticle(doc)) return doc;
  const tokens = doc.tokens;
  const frameWords = positionsWith(tokens, opensFrame);
  for (let c = 0, t = -1; c < frameWords.length; c++) {
    if ((frameWords[c] as number) <= t) continue; // inside the last frame's club
    t = frameWords[c] as number;
    const tok = tokens[t];
    if (!tok?.isWord) continue;
    const frame = frameOf(tok);
    if (!frame) continue;
    const sentence = doc.sentence[t] ?? -1;
    let x = t + 1;
    if (frame.prepositions.size > 0) {
      x = -1;
      for (let k = t + 1; k <= t + 1 + (frame.gap ?? 0) && k < tokens.length; k++) {
        const w = tokens[k];
        if (!w?.isWord || doc.sentence[k] !== sentence) break;
        if (frame.prepositions.has(w.norm)) {
          x = k + 1;
          break;
        }
      }
      if (x < 0) continue;
    }
    x = pastOpponent(doc, x, sentence);
    const club = clubWord(doc, x, sentence);
    if (!club) continue;
    // «الفوز على الرواد والشروق», «بين الرواد والشروق»: clubs joined by و share the frame.
    let last = x;
    while (joinedClub(doc, last + 1, sentence)) last++;
    if (frame.pair && last === x) continue;
    addClub(doc, x, club, 0, tok);
    for (let k = x + 1; k <= last; k++) addClub(doc, k, tokens[k] as Token, 1, tok);
    t = last;
  }
  return doc;
}

/** A club word with و before it (والشروق). */
function joinedClub(doc: Doc, t: number, sentence: number): boolean {
  const tok = doc.tokens[t];
  if (!tok?.isWord || !/^وال/.test(tok.norm) || tok.text[0] !== 'و') return false;
  const n = tok.norm.slice(1);
  return (
    !!clubWord(doc, t, sentence, n) &&
    // «والمنتخب», «واللاعبين»: the frame's generic nouns, with و.
    !GENERIC.has(n)
  );
}

/** The club at `t`, without its first `clitic` letters (و). */
function addClub(doc: Doc, t: number, club: Token, clitic: number, cue: Token): void {
  const norm = club.norm.slice(clitic);
  const e = addMention(doc, {
    key: `organization:${norm}`,
    kind: 'organization',
    from: t,
    to: t + 1,
    start: club.start + clitic,
    end: club.end,
    name: club.text.slice(clitic),
    reason: { rule: 'team-frame', cue: cue.text },
  });
  noteShortName(doc, norm, e.key);
}
