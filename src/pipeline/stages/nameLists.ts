/**
 * Stage: lists of people. «المحكوم عليهم هم: سامي الحداد، د. خالد العلي، هند سالم النجار،
 * ألطاف المطري»: where most items of a list in commas are people already found, an item of the
 * same shape (two to four name words, the last perhaps in ال) is a person too, though its given
 * name is unknown and no title introduces it.
 */
import { mentionAtToken, type Doc } from '../document.ts';
import { tokenAt } from '../tokenize.ts';
import { nameLike, wordInfo } from '../words.ts';
import { isComma } from './structure.ts';
import { addPerson } from './persons.ts';

const MIN_ITEMS = 3;
const DASHES = new Set(['-', '–', '—']);
const MAX_NAME_WORDS = 4;

interface Item {
  from: number;
  to: number;
}

export function findNameLists(doc: Doc): Doc {
  const tokens = doc.tokens;
  let items: Item[] = [];
  let from = 0;
  for (let t = 0; t <= tokens.length; t++) {
    const tok = tokens[t];
    const sentenceEnds = !tok || doc.sentence[t] !== doc.sentence[from];
    // «وهم: سامي الحداد - خالد مشهور - فادي سكر»: a dash parts the items as a comma does.
    // (Punctuation only: the token's isWord spares a word the string tests.)
    // «الصحفيون الخمسة (سامي الحداد، …)»: parentheses hold a list of their own.
    const paren = tok?.isWord === false && (tok.text === '(' || tok.text === ')');
    if (
      sentenceEnds ||
      paren ||
      (tok?.isWord === false &&
        (isComma(tok) || DASHES.has(tok.text) || tok.text === '؛' || tok.text === ':'))
    ) {
      // The item's words, without the full stop or the quote mark that ends it.
      let to = t;
      while (to > from && !tokens[to - 1]?.isWord) to--;
      if (to > from) items.push({ from, to });
      // A list runs between commas in one sentence; a colon or ؛ opens one.
      if (sentenceEnds || paren || tok?.text === '؛' || tok?.text === ':') {
        readList(doc, items);
        items = [];
      }
      from = t + 1;
      if (sentenceEnds) from = t;
    }
  }
  return doc;
}

/** The item is exactly one person found already (after an abbreviated title: د.). */
function isPersonItem(doc: Doc, item: Item): boolean {
  const from = afterAbbreviation(doc, item);
  const m = mentionAtToken(doc, from);
  return m?.kind === 'person' && m.from === from && m.to === item.to;
}

function afterAbbreviation(doc: Doc, item: Item): number {
  const first = doc.tokens[item.from];
  if (first?.isWord && first.norm.length === 1 && tokenAt(doc.tokens, item.from + 1)?.text === '.')
    return item.from + 2;
  return item.from;
}

function readList(doc: Doc, items: Item[]): void {
  if (items.length < MIN_ITEMS) return;
  // The list's items are the last ones before the colon or the end; the first may hold the words
  // that introduce it («والفائزون بالجائزة هم سامي الحداد»).
  const isPerson = items.map((item) => isPersonItem(doc, item));
  const found = isPerson.filter(Boolean).length;
  // «زيرفان محمد، دلوفان سعيد»: a name word and a known given name (the father's) look like a
  // person too, though only people found already start a list.
  const people = found + items.filter((item, i) => !isPerson[i] && fatherNamed(doc, item)).length;
  if (found < 1 || people < 2 || people * 2 < items.length) return;
  items.forEach((item, i) => {
    if (isPerson[i]) return;
    const from = afterAbbreviation(doc, item);
    // «…، وروضان الروضان»: the و that joins an item is no part of its name (unless the word is
    // a given name in و: وليد).
    const first = doc.tokens[from];
    if (first?.isWord && /^و/.test(first.norm) && wordInfo(first.norm).givenStripped !== 0) {
      addName(doc, from, item.to, 1);
      return;
    }
    // «عبدالله مقريش ونبيل الانسي»: the last item joined by و is two names.
    const and = joinedName(doc, from, item.to);
    if (and > 0) {
      addName(doc, from, and);
      // «… و هيمن عيسى»: a و written apart is no part of the next name at all.
      if (doc.tokens[and]?.norm === 'و') addName(doc, and + 1, item.to);
      else addName(doc, and, item.to, 1);
    } else addName(doc, from, item.to);
  });
}

/** Two name words, the second a known given name (the father's): «دلوفان سعيد». */
function fatherNamed(doc: Doc, item: Item): boolean {
  const from = afterAbbreviation(doc, item);
  const second = doc.tokens[from + 1];
  return (
    item.to - from === 2 &&
    nameLike(doc, from) &&
    !mentionAtToken(doc, from) &&
    !!second?.isWord &&
    wordInfo(second.norm).givenStripped === 0
  );
}

/** Where a second name joined by و starts inside the item, or -1. */
function joinedName(doc: Doc, from: number, to: number): number {
  for (let k = from + 2; k < to - 1; k++) if (/^و/.test(doc.tokens[k]?.norm ?? '')) return k;
  return -1;
}

function addName(doc: Doc, from: number, to: number, stripped = 0): void {
  const words = to - from;
  if (words < 2 || words > MAX_NAME_WORDS) return;
  for (let k = from; k < to; k++) {
    const tok = doc.tokens[k];
    if (!tok?.isWord || !tok.isArabic || mentionAtToken(doc, k)) return;
    // The first word of a name joined by و is read without it (ونبيل).
    const norm = k === from ? tok.norm.slice(stripped) : tok.norm;
    const plain = k === from && stripped > 0 ? bareNameWord(norm) : nameLike(doc, k);
    if (!plain && !(k === to - 1 && k > from && definiteName(norm))) return;
  }
  addPerson(doc, from, to, stripped, {}, { rule: 'name-list', cue: '،' });
}

/** A name word read from its normalized form: no article, function word, verb or title. */
function bareNameWord(norm: string): boolean {
  const info = wordInfo(norm);
  return !/^ال/.test(norm) && norm.length >= 2 && !info.stop && !info.cue && !info.titleKey;
}

/** A family name in ال: no function word, verb, title, adjective of a country or plural. */
function definiteName(norm: string): boolean {
  const info = wordInfo(norm);
  return (
    /^ال/.test(norm) &&
    norm.length >= 5 &&
    !info.stop &&
    !info.cue &&
    !info.titleKey &&
    !info.participle &&
    !/(ون|ين|ات)$/.test(norm)
  );
}
