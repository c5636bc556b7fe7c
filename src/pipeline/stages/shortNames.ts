/**
 * Stage: a body once named in full is then named short — «نادي الكواكب» then «الكواكب», «حزب
 * جبهة العمل الوطني» then «جبهة العمل الوطني», a club a match frame found then bare (stages/
 * teams.ts). The stages that find a body note its short name here; this stage reads every other
 * bare occurrence of it in the article as that body (before speaker names are guessed, so «وقال
 * الكواكب» is the club, not a man named الكواكب).
 */
import { addMention, mentionAtToken, type Doc } from '../document.ts';
import { stems } from '../clitics.ts';
import { originalOffset } from '../tokenize.ts';

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
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t];
    if (!tok?.isWord || mentionAtToken(doc, t)) continue;
    for (const { stem, stripped } of stems(tok.norm)) {
      // «للكواكب» reads «الكواكب» with an article the text does not write: no span to mark.
      if (stem !== tok.norm.slice(stripped)) continue;
      const found = (byFirst.get(stem) ?? []).find((s) => matchesFrom(doc, t + 1, s.words));
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
  return doc;
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
