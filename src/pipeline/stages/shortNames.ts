/**
 * Stage: a body once named in full is then named short — «نادي الكواكب» then «الكواكب», «حزب
 * جبهة العمل الوطني» then «جبهة العمل الوطني», a club a match frame found then bare (stages/
 * teams.ts). The stages that find a body note its short name here; this stage reads every other
 * bare occurrence of it in the article as that body (before speaker names are guessed, so «وقال
 * الكواكب» is the club, not a man named الكواكب).
 */
import { addMention, mentionAtToken, type Doc } from '../document.ts';
import { originalOffset } from '../tokenize.ts';
import { infoOf } from '../words.ts';
import { ShapeFilter } from '../word-shapes.ts';

interface ShortName {
  words: string[];
  key: string;
}

/** Per document: short names by their first word (normalized). */
const noted = new WeakMap<Doc, Map<string, ShortName[]>>();

/** `name` (normalized, words by spaces) names the organization `key` in this article. */
export function noteShortName(doc: Doc, name: string, key: string): void {
  const words = name.split(' ').filter(Boolean);
  const first = words[0];
  if (!first) return;
  let byFirst = noted.get(doc);
  if (!byFirst) noted.set(doc, (byFirst = new Map()));
  const list = byFirst.get(first) ?? [];
  if (!list.some((s) => s.key === key && s.words.join(' ') === name)) list.push({ words, key });
  byFirst.set(first, list);
}

export function findShortNames(doc: Doc): Doc {
  const byFirst = noted.get(doc);
  if (!byFirst) return doc;
  const tokens = doc.tokens;
  // A reading that can match ends as its word does and is the word less its clitics (none, one
  // or two letters): a word whose last two letters and length fit no short name's first word is
  // passed over without reading it (word-shapes.ts: a false yes costs only the test).
  const shapes = SHAPES;
  for (const first of byFirst.keys()) shapes.add(first);
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t];
    if (!tok?.isWord) continue;
    if (!shapes.mayHold(tok.shape, 2)) continue;
    if (mentionAtToken(doc, t)) continue;
    // The word's clitic readings, computed once per distinct word (words.ts), not per token.
    for (const { stem, stripped } of infoOf(tok).stems) {
      // «للكواكب» reads «الكواكب» with an article the text does not write: no span to mark. A
      // reading is the rest of the word after its clitics, or that rest with ا restored before
      // it (clitics.ts): only the rest itself is as long as the word less the clitics.
      if (stem.length !== tok.norm.length - stripped) continue;
      const found = firstFollowing(doc, t + 1, byFirst.get(stem));
      if (!found) continue;
      const to = t + found.words.length;
      const last = tokens[to - 1] ?? tok;
      const start = stripped > 0 ? originalOffset(tok, stripped) : tok.start;
      const entity = doc.entities.get(found.key);
      if (!entity) break;
      addMention(doc, {
        key: found.key,
        kind: 'organization',
        from: t,
        to,
        start,
        end: last.end,
        name: doc.text.slice(start, last.end),
        reason: { rule: 'short-name', cue: entity.label },
      });
      t = to - 1;
      break;
    }
  }
  shapes.clear();
  return doc;
}

/** The short names' first words of the article being read (cleared after it). */
const SHAPES = new ShapeFilter();

/** The first of `names` whose words after the first follow from `t`. A function of its own, not
 * a closure in the scan: a closure that reads the scan's loop index makes the engine keep that
 * index in a fresh heap context every iteration (the stage took 2–3× as long). */
function firstFollowing(
  doc: Doc,
  t: number,
  names: ShortName[] | undefined,
): ShortName | undefined {
  if (names) for (const s of names) if (matchesFrom(doc, t, s.words)) return s;
  return undefined;
}

/** The words after the first of a short name follow from `t`, none of them taken. */
function matchesFrom(doc: Doc, t: number, words: string[]): boolean {
  for (let i = 1; i < words.length; i++) {
    const tok = doc.tokens[t + i - 1];
    if (!tok?.isWord || tok.norm !== words[i] || mentionAtToken(doc, t + i - 1)) return false;
    if (doc.sentence[t + i - 1] !== doc.sentence[t - 1]) return false;
  }
  return true;
}
