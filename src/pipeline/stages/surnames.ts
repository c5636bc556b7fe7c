/**
 * Stage: surnames alone. Once «سيرغي لافروف» is known, «لافروف» elsewhere is the same person.
 */
import { addMention, mergeEntity, type Doc } from '../document.ts';
import { normalizeArabic } from '../../core/arabic.ts';
import { originalOffset, tokenAt, type Token } from '../tokenize.ts';
import { hasClitics, infoOf } from '../words.ts';
import { COMPOUND_HEADS, CONNECTORS, joinCompounds } from './persons.ts';
import { NASAB_WORDS } from '../lexicon/nameParts.ts';
import { ShapeFilter } from '../word-shapes.ts';
import type { ExtractedEntity } from '../types.ts';

const COMPOUND_LAST = new RegExp(`^(ال)?(${COMPOUND_HEADS})(..+)$`);
const COMPOUND_HEAD = new RegExp(`^(ال)?(${COMPOUND_HEADS})$`);

/** Surnames alone: once «سيرغي لافروف» is known, «لافروف» elsewhere is the same person (also
 * two-word surnames: «بدر عبد العاطي» → «عبد العاطي»). */
export function linkSurnames(doc: Doc): Doc {
  // Labels do not change while persons merge: each normalized once for every pass below.
  const people = personLabels(doc);
  mergeShortenedNames(doc, people);
  const bySurname = new Map<string, string | null>();
  const note = (surname: string, key: string): void => {
    const prev = bySurname.get(surname);
    bySurname.set(surname, prev === undefined || prev === key ? key : null);
  };
  for (const m of doc.mentions) {
    if (m.kind !== 'person' || m.to - m.from < 2) continue;
    const words: string[] = [];
    for (let t = m.from + 1; t < m.to; t++) words.push(doc.tokens[t]?.norm ?? '');
    note(words.join(' '), m.key);
    const last = words[words.length - 1] ?? '';
    const beforeLast = words[words.length - 2] ?? '';
    if (!CONNECTORS.has(beforeLast)) {
      note(last, m.key);
      // «العبدالله» is also written «العبد الله», «عبدالعزيز» «عبد العزيز», «بومنصور» «بو منصور».
      const compound = COMPOUND_LAST.exec(last);
      if (compound) note(`${compound[1] ?? ''}${compound[2]} ${compound[3]}`, m.key);
      const spaced = COMPOUND_HEAD.test(beforeLast) && words.length > 1;
      if (spaced) note(`${beforeLast}${last}`, m.key);
    }
    // «عبد العزيز بن سلمان» → «بن سلمان».
    else if (words.length > 2) note(`${beforeLast} ${last}`, m.key);
    // «عبد ربه منصور هادي» → «منصور هادي»: the last two names of a longer one.
    if (words.length > 2 && !CONNECTORS.has(beforeLast)) note(`${beforeLast} ${last}`, m.key);
  }
  const firstWords = new Set([...bySurname.keys()].map((k) => k.split(' ')[0] ?? ''));
  const shapes = SHAPES;
  for (const w of firstWords) shapes.add(w);
  // A person found under a surname alone (or «عبد العاطي») is the full name's person.
  for (const p of people) {
    const e = p.entity;
    if (doc.entities.get(e.key) !== e) continue;
    const into = bySurname.get(p.norm);
    if (into && into !== e.key) mergeEntity(doc, e.key, into);
  }
  for (let t = 0; t < doc.tokens.length; t++) {
    const tok = doc.tokens[t] as Token;
    if (!tok.isWord || (doc.mentionAt[t] ?? -1) >= 0) continue;
    // Every reading ends as the word does and is at most two letters shorter (the clitics): a
    // word that no surname's first word ends and measures like cannot be one. The word itself
    // is its first reading; only a word with clitics has others.
    const clitics = hasClitics(tok);
    if (!shapes.mayHold(tok.shape, clitics ? 2 : 0)) continue;
    if (!clitics && !firstWords.has(tok.norm)) continue;
    const next = tokenAt(doc.tokens, t + 1);
    const third = tokenAt(doc.tokens, t + 2);
    for (const s of infoOf(tok).stems) {
      if (!firstWords.has(s.stem)) continue;
      const nextFree = !!next?.isWord && (doc.mentionAt[t + 1] ?? -1) < 0;
      // «ولد عبد العزيز» after «محمد ولد عبد العزيز»: up to three words of the name.
      const three =
        nextFree && third?.isWord && (doc.mentionAt[t + 2] ?? -1) < 0
          ? bySurname.get(`${s.stem} ${next.norm} ${third.norm}`)
          : undefined;
      const two = !three && nextFree ? bySurname.get(`${s.stem} ${next.norm}`) : undefined;
      const key = three ?? two ?? bySurname.get(s.stem);
      if (!key) continue;
      const size = three ? 3 : two ? 2 : 1;
      const end = (doc.tokens[t + size - 1] as Token).end;
      const start = originalOffset(tok, s.stripped);
      addMention(doc, {
        key,
        kind: 'person',
        from: t,
        to: t + size,
        start,
        end,
        name: doc.text.slice(start, end),
        reason: { rule: 'family-name-of-earlier-person' },
      });
      break;
    }
  }
  shapes.clear();
  return doc;
}

/** The surnames' first words of the article being read (cleared after it). */
const SHAPES = new ShapeFilter();

/** «ياسين إبراهيم» after «ياسين إبراهيم ياسين»: a two-word name that starts one longer name (and
 * only one) is that person, written without the family name. A lexicon leader stays himself
 * (دونالد ترامب is not دونالد ترامب جونيور). */
function mergeShortenedNames(doc: Doc, people: readonly PersonLabel[]): void {
  // «عمر محمد أحمد» after «عمر محمد أحمد صديق»: a name that is the start of a longer one (two
  // words or more) is that person, when only one longer name starts so.
  const byPrefix = new Map<string, string | null>();
  const shorter: [string, string][] = [];
  for (const p of people) {
    const e = p.entity;
    if (doc.entities.get(e.key) !== e) continue;
    const words = p.words;
    if (words.length >= 2 && !e.labelEn) shorter.push([words.join(' '), e.key]);
    for (let n = 2; n < words.length; n++) {
      const prefix = words.slice(0, n).join(' ');
      byPrefix.set(prefix, byPrefix.has(prefix) && byPrefix.get(prefix) !== e.key ? null : e.key);
    }
  }
  for (const [name, key] of shorter) {
    const into = byPrefix.get(name);
    if (into) mergeEntity(doc, key, into);
  }
  mergeWithoutMiddle(doc, people);
  mergeGivenNameAlone(doc, people);
  mergeFamilyWithArticle(doc, people);
}

/** A person and its label, normalized (norm), split (words) and with compounds joined
 * (joined), in the order of `doc.entities`. */
interface PersonLabel {
  entity: ExtractedEntity;
  norm: string;
  words: string[];
  joined: string[];
}

function personLabels(doc: Doc): PersonLabel[] {
  const out: PersonLabel[] = [];
  for (const e of doc.entities.values()) {
    if (e.kind !== 'person') continue;
    const norm = normalizeArabic(e.label);
    const joined = joinCompounds(norm);
    const words = norm.split(' ');
    out.push({ entity: e, norm, words, joined: joined === norm ? words : joined.split(' ') });
  }
  return out;
}

/** «أمين الناصر» and «أمين ناصر»: the press writes a family name with ال and without; the same
 * given name and family name are one person. */
function mergeFamilyWithArticle(doc: Doc, people: readonly PersonLabel[]): void {
  const byBare = new Map<string, string>();
  for (const p of people) {
    const e = p.entity;
    if (doc.entities.get(e.key) !== e) continue;
    const words = p.joined;
    if (words.length !== 2) continue;
    const bare = `${words[0]} ${(words[1] ?? '').replace(/^ال/, '')}`;
    const into = byBare.get(bare);
    if (into && into !== e.key && doc.entities.has(into)) mergeEntity(doc, e.key, into);
    else byBare.set(bare, e.key);
  }
}

/** «وقال كمال:» after «كمال عثمان», «عبدالعزيز» after «عبدالعزيز بن سلمان»: a person named by the
 * given name alone is the one full name that starts with it (compounds joined: عبد العزيز). */
function mergeGivenNameAlone(doc: Doc, people: readonly PersonLabel[]): void {
  const byFirst = new Map<string, string | null>();
  const single: [string, string][] = [];
  for (const p of people) {
    const e = p.entity;
    if (doc.entities.get(e.key) !== e) continue;
    const words = p.joined;
    if (words.length === 1) single.push([words[0] ?? '', e.key]);
    else byFirst.set(words[0] ?? '', byFirst.has(words[0] ?? '') ? null : e.key);
  }
  for (const [first, key] of single) {
    const into = byFirst.get(first);
    if (into && doc.entities.has(key) && doc.entities.has(into)) mergeEntity(doc, key, into);
  }
}

/** «محمد الكبيسي» beside «محمد جاسم الكبيسي», «محمد ولد الغزواني» beside «محمد ولد الشيخ
 * الغزواني»: the same name with one middle name dropped (never a connector such as بن or ولد,
 * never the second word of عبد/أبو) is one person when no other full name fits. */
const NASAB = new Set(NASAB_WORDS.map(normalizeArabic));

function mergeWithoutMiddle(doc: Doc, people: readonly PersonLabel[]): void {
  const byShortened = new Map<string, string | null>();
  // A shortened form two full names share fits neither (null).
  const note = (shortened: string[], key: string): void => {
    const name = shortened.join(' ');
    byShortened.set(name, byShortened.has(name) && byShortened.get(name) !== key ? null : key);
  };
  const names: [string, string][] = [];
  for (const p of people) {
    const e = p.entity;
    if (doc.entities.get(e.key) !== e || e.labelEn) continue;
    const words = p.words;
    if (words.length >= 2 && words.length <= 4) names.push([words.join(' '), e.key]);
    if (words.length < 3 || words.length > 5) continue;
    for (let i = 1; i < words.length - 1; i++) {
      // «سعد بن شريده الكعبي» is «سعد الكعبي»: the father's name goes with its بن.
      if (NASAB.has(words[i] ?? '') && i + 2 < words.length)
        note([...words.slice(0, i), ...words.slice(i + 2)], e.key);
      if (CONNECTORS.has(words[i] ?? '')) continue;
      if (i === 1 && /^(عبد|ابو)$/.test(words[0] ?? '')) continue;
      note([...words.slice(0, i), ...words.slice(i + 1)], e.key);
    }
  }
  for (const [name, key] of names) {
    const into = byShortened.get(name);
    if (into && into !== key && doc.entities.has(key) && doc.entities.has(into))
      mergeEntity(doc, key, into);
  }
}
