/**
 * Stage: people not in any lexicon, found from context — a name right after a title phrase
 * (وزير الدفاع أندريه بيلوسوف), a known given name followed by a surname (سكوت بيسنت, ويل شارف),
 * and a title in apposition after a name (سيرغي لافروف وزير الخارجية).
 */
import { infoOf } from '../words.ts';
import { addMention, addRoleKey, mentionAtToken, type Doc, type TitlePhrase } from '../document.ts';
import { lexicon } from '../lexicon/index.ts';
import { normalizeArabic } from '../normalize.ts';
import { originalOffset, type Token } from '../tokenize.ts';
import { isCueVerb, nameLike } from '../words.ts';
import { isComplementizer } from './cues.ts';
import { isQuoteMark } from './structure.ts';

const CONNECTORS = new Set(
  ['بن', 'بنت', 'ابو', 'ابن', 'عبد', 'آل', 'ال', 'دي', 'فون', 'فان', 'دير'].map(normalizeArabic),
);

/** The reading of a token that is a known given name, with the clitics it drops. */
function givenName(tok: Token | undefined): { stripped: number } | undefined {
  if (!tok || !tok.isWord) return undefined;
  const names = lexicon().givenNames;
  for (const s of infoOf(tok).stems) {
    if (s.stem.length < 2 || !names.has(s.stem)) continue;
    if (s.stripped > 0 && s.stem.length < 2) continue;
    return { stripped: s.stripped };
  }
  return undefined;
}

/** Add a person spanning tokens [from, to), the first one read without `stripped` clitics. */
export function addPerson(
  doc: Doc,
  from: number,
  to: number,
  stripped: number,
  extra: { role?: string; countryId?: string } = {},
): string | undefined {
  const first = doc.tokens[from];
  const last = doc.tokens[to - 1];
  if (!first || !last) return undefined;
  const start = originalOffset(first, stripped);
  const name = doc.text.slice(start, last.end);
  const key = `person:${normalizeArabic(name)}`;
  addMention(doc, { key, kind: 'person', from, to, start, end: last.end, name }, extra);
  return key;
}

/** Length of the name starting at `t` (0 when none): 1–3 name-like words, connectors allowed. */
export function nameLength(doc: Doc, t: number, max = 3): number {
  let k = 0;
  while (k < max && doc.sentence[t + k] === doc.sentence[t] && nameLike(doc, t + k)) {
    const tok = doc.tokens[t + k];
    k++;
    if (tok && CONNECTORS.has(tok.norm) && nameLike(doc, t + k)) k++;
    // Two words make a full name unless the first is a given name and a third word follows.
    if (k >= 2 && !givenName(doc.tokens[t + k - 1])) break;
  }
  return k;
}

function attachTitle(doc: Doc, title: TitlePhrase, key: string): void {
  title.person = key;
  addRoleKey(doc, key, title.roleKey);
  const e = doc.entities.get(key);
  if (e && !title.counterpart) {
    e.role ??= title.role;
    if (title.countryId && title.countryId !== 'europe') e.countryId ??= title.countryId;
  }
}

export function findPersons(doc: Doc): Doc {
  // Names right after a title phrase.
  for (const title of doc.titles) {
    if (title.counterpart && !mentionAtToken(doc, title.to)) continue;
    const existing = mentionAtToken(doc, title.to);
    if (existing) {
      if (existing.kind === 'person') attachTitle(doc, title, existing.key);
      continue;
    }
    const given = givenName(doc.tokens[title.to]);
    const len = nameLength(doc, title.to);
    if (len === 0 || (len === 1 && !given && !isFollowedByBoundary(doc, title.to + 1))) continue;
    const key = addPerson(doc, title.to, title.to + len, 0);
    if (key) attachTitle(doc, title, key);
  }
  // Known given name + surname.
  const tokens = doc.tokens;
  for (let t = 0; t < tokens.length; t++) {
    if ((doc.mentionAt[t] ?? -1) >= 0) continue;
    const given = givenName(tokens[t]);
    if (!given) continue;
    const rest = nameLength(doc, t + 1, 2);
    if (rest === 0 || doc.sentence[t + 1] !== doc.sentence[t]) continue;
    addPerson(doc, t, t + 1 + rest, given.stripped);
    t += rest;
  }
  // A title in apposition after a name: «سيرغي لافروف وزير الخارجية».
  for (const title of doc.titles) {
    if (title.person || title.counterpart) continue;
    const head = doc.tokens[title.from];
    if (!head || head.norm.startsWith('ال') || head.norm.startsWith('وال')) continue;
    let p = title.from - 1;
    if (doc.tokens[p]?.text === '،' || doc.tokens[p]?.text === ',') p--;
    const m = mentionAtToken(doc, p);
    if (m && m.kind === 'person' && m.to === p + 1) attachTitle(doc, title, m.key);
  }
  return doc;
}

function isFollowedByBoundary(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  if (!tok) return true;
  if (!tok.isWord) return true;
  return lexicon().stopwords.has(tok.norm) || doc.sentence[t] !== doc.sentence[t - 1];
}

/** Surnames alone: once «سيرغي لافروف» is known, «لافروف» elsewhere is the same person. */
export function linkSurnames(doc: Doc): Doc {
  const bySurname = new Map<string, string | null>();
  for (const m of doc.mentions) {
    if (m.kind !== 'person' || m.to - m.from < 2) continue;
    const last = doc.tokens[m.to - 1]?.norm ?? '';
    const prev = bySurname.get(last);
    bySurname.set(last, prev === undefined || prev === m.key ? m.key : null);
  }
  for (let t = 0; t < doc.tokens.length; t++) {
    const tok = doc.tokens[t] as Token;
    if (!tok.isWord || (doc.mentionAt[t] ?? -1) >= 0) continue;
    for (const s of infoOf(tok).stems) {
      const key = bySurname.get(s.stem);
      if (!key) continue;
      const start = originalOffset(tok, s.stripped);
      addMention(doc, {
        key,
        kind: 'person',
        from: t,
        to: t + 1,
        start,
        end: tok.end,
        name: doc.text.slice(start, tok.end),
      });
      break;
    }
  }
  return doc;
}

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
    if (isComplementizer(after) || after.text === ':' || after.text === '،' || isQuoteMark(after))
      addPerson(doc, a, a + len, 0);
  }
  return doc;
}
