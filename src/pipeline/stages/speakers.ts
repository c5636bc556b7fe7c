/**
 * Finding the speaker when the cue itself names nobody: a name just before the cue (SVO), the
 * first person of the sentence, and whether a carried-over speaker agrees with the cue's gender.
 */
import { mentionAtToken, titleEndingAt, titleStartingAt, type Doc } from '../document.ts';
import { lexicon } from '../lexicon/index.ts';
import { tokenAt } from '../tokenize.ts';
import { normalizeArabic } from '../../core/arabic.ts';
import { infoOf } from '../words.ts';
import type { Cue } from './cues.ts';
import { resolveTitle } from './describe.ts';
import { isComma } from './structure.ts';
import { OBJECT_PREPS_WORDS, RELAY_WORDS, RESUMPTIVE_EVENT_WORDS } from '../lexicon/discourse.ts';
import { RELATIVES_WORDS } from '../lexicon/sides.ts';

/** How far back a sentence's subject is looked for (bounded: giant sentences stay linear). */
const LOOK_BACK = 120;

/** The last person named before `at` in the same sentence (the agent of a verbal noun). */
export function personEarlierInSentence(doc: Doc, at: number): string | undefined {
  for (let t = at - 1; t >= 0 && at - t < LOOK_BACK && doc.sentence[t] === doc.sentence[at]; t--) {
    const m = mentionAtToken(doc, t);
    if (m?.kind === 'person') return m.key;
  }
  return undefined;
}

/** «لكن ترامب أخطأ …، حيث قال إنه …»: the first person of the sentence is its subject. */
/** Words that open a clause with a subject of its own inside a sentence. */
const CLAUSE_OPENERS = new Set(['حيث', 'فيما', 'بينما', 'ثم', 'عندما', 'بعدما', 'حين', 'وحيث']);

export function firstPersonInSentence(doc: Doc, at: number): string | undefined {
  // The earliest person named or described (الرئيس الروسي) in the sentence before the cue.
  let found: string | undefined;
  for (let t = at - 1; t >= 0 && at - t < LOOK_BACK && doc.sentence[t] === doc.sentence[at]; t--) {
    if ((doc.quoteOf[t] ?? -1) >= 0) continue;
    // «… البرلمان، الذي يرأسه سامي القروي، موضحاً»: who is named inside a relative clause
    // is not the sentence's subject.
    if (RELATIVE.has(doc.tokens[t]?.norm ?? '')) {
      found = undefined;
      continue;
    }
    // «…، حيث أدلى ظريف بتصريح … قائلا»: a clause of its own with a subject named in it; that
    // subject speaks, not the first person of the sentence.
    if (found && CLAUSE_OPENERS.has(doc.tokens[t]?.norm ?? '')) return found;
    const m = mentionAtToken(doc, t);
    // «عقب محادثات أجراها مع الرئيس بايدن، حيث أكد»: a person after a preposition is an object.
    if (m?.kind === 'person' && m.from === t) {
      // «ودافع عن وزيرة الخارجية، سامية النجار، مؤكدًا»: the title may stand before a comma.
      const title =
        titleEndingAt(doc, t) ??
        (isComma(tokenAt(doc.tokens, t - 1)) ? titleEndingAt(doc, t - 1) : undefined);
      const start = title && title.person === m.key ? title.from : t;
      if (!isOblique(doc, start)) found = m.key;
    }
    const title = titleStartingAt(doc, t);
    if (title && !title.counterpart && !isOblique(doc, t)) {
      const who = title.person ?? resolveTitle(doc, title, t);
      if (who) found = who;
    }
  }
  return found;
}

const RELATIVE = new Set(RELATIVES_WORDS.map(normalizeArabic));

const OBJECT_PREPS = new Set(OBJECT_PREPS_WORDS.map(normalizeArabic));

/** The phrase starting at `t` is governed by a preposition (مع بايدن، بنظيره، لترامب). */
function isOblique(doc: Doc, t: number): boolean {
  const before = doc.tokens[t - 1];
  if (before?.isWord && OBJECT_PREPS.has(before.norm)) return true;
  const tok = doc.tokens[t];
  if (!tok?.isWord) return false;
  const m = mentionAtToken(doc, t);
  // A clitic ب/ل/ك glued to the name or title: «لبايدن», «بالرئيس», «بنظيره».
  const glued = m && m.from === t ? m.start > tok.start : infoOf(tok).titleKey !== undefined;
  if (!glued) return false;
  const first = tok.norm.replace(/^[وف]/, '')[0];
  if (first !== 'ب' && first !== 'ل' && first !== 'ك') return false;
  return m && m.from === t ? true : !lexicon().titleHeads.has(tok.norm.replace(/^[وف]/, ''));
}

/** قالت، أكدت، مؤكدة: the cue agrees with a feminine subject. */
export function isFeminine(doc: Doc, cue: Cue): boolean {
  const tok = doc.tokens[cue.at];
  if (!tok?.isWord || cue.kind === 'and') return false;
  const lex = lexicon();
  return infoOf(tok).conjReadings.some(
    (r) =>
      (r.endsWith('ت') && lex.verbs.has(r.slice(0, -1))) ||
      (cue.kind === 'participle' && r.endsWith('ه')),
  );
}

/** The person named right before the cue (SVO: «أوشاكوف … كشف»), with the token it starts at
 * (its title's first token when one comes before the name). */
function subjectOf(doc: Doc, at: number): { key: string; start: number } | undefined {
  let p = at - 1;
  if (doc.tokens[p]?.text === '،' || doc.tokens[p]?.text === ',') p--;
  // «استقبل الوزير السفيرَ بيتر كولر الذي قال…»: a relative pronoun right before the verb
  // makes the name before it the verb's subject, whatever its own place in the sentence.
  if (RELATIVE.has(doc.tokens[p]?.norm ?? '')) {
    const m = mentionAtToken(doc, p - 1);
    if (m && (m.kind === 'person' || m.kind === 'organization') && m.to === p)
      return { key: m.key, start: m.from };
    return undefined;
  }
  const title = titleEndingAt(doc, p + 1);
  // «كريم نصار المدير التنفيذي للشركة أبلغ»: the title after the name is that person's too.
  if (title && (title.person || mentionAtToken(doc, title.from - 1)?.kind === 'person'))
    p = title.from - 1;
  if (doc.tokens[p]?.text === '،' || doc.tokens[p]?.text === ',') p--;
  // «أن القوات المسلحة بسلطنة عمان أكدت»: where the body is (ب/في and a place) sits between it
  // and its verb.
  const where = mentionAtToken(doc, p);
  if (
    where?.kind === 'place' &&
    where.to === p + 1 &&
    /^(ب|في)/.test(doc.tokens[where.from]?.norm ?? '') &&
    mentionAtToken(doc, where.from - 1)?.kind === 'organization'
  )
    p = where.from - 1;
  const m = mentionAtToken(doc, p);
  // A body is a subject too (أن الوزارة أكدت), a person most often.
  if (!m || (m.kind !== 'person' && m.kind !== 'organization') || m.to !== p + 1) return undefined;
  // «… أن وزير الخارجية الإيراني، عباس عراقجي، صرح»: the title before the name is the subject too.
  let q = m.from - 1;
  if (doc.tokens[q]?.text === '،' || doc.tokens[q]?.text === ',') q--;
  const before = titleEndingAt(doc, q + 1);
  const start = before && before.person === m.key ? before.from : m.from;
  // «اجتماعات عقدها مع بايدن، قال»: the name after a preposition is no subject.
  return isOblique(doc, start) ? undefined : { key: m.key, start };
}

export function subjectStart(doc: Doc, at: number): number | undefined {
  return subjectOf(doc, at)?.start;
}

export function subjectBefore(doc: Doc, at: number): string | undefined {
  return subjectOf(doc, at)?.key;
}

/** How far into the sentence before its subject may stand («أكد وزير الطاقة الأمير X»). */
const SUBJECT_REACH = 12;

/** The person who is the subject of the sentence before the one holding `at`: the first person
 * named near its start, right after its verb or title. */
/** «ردت الشركة … . وقالت في بيان إن…»: a body continues as the subject only when the verb
 * agrees with its head noun (a feminine head ends in ة: الشركة، الوزارة; الاتحاد takes قال). */
function agreesWithBody(doc: Doc, t: number, feminine: boolean): boolean {
  const head = doc.tokens[t];
  return !!head?.isWord && /ة[\u064B-\u065F]*$/.test(head.text) === feminine;
}

export function subjectOfSentenceBefore(
  doc: Doc,
  at: number,
  feminine?: boolean,
): string | undefined {
  // Both walks are bounded: on one endless sentence each cue would otherwise walk all of it.
  const sentence = doc.sentence[at] ?? 0;
  let start = at;
  while (start > 0 && at - start < LOOK_BACK && doc.sentence[start - 1] === sentence) start--;
  if (start > 0 && doc.sentence[start - 1] === sentence) return undefined;
  let first = start - 1;
  while (first > 0 && start - first < LOOK_BACK && doc.sentence[first - 1] === sentence - 1)
    first--;
  if (first < 0 || doc.sentence[first] !== sentence - 1) return undefined;
  // The verb first, then titles and commas only, then the person: «تسلم وزير الخارجية X».
  let t = first + 1;
  while (t < start && t - first < SUBJECT_REACH) {
    if ((doc.quoteOf[t] ?? -1) >= 0) return undefined;
    const m = mentionAtToken(doc, t);
    if (m && m.from === t && m.kind === 'organization' && feminine !== undefined)
      return agreesWithBody(doc, t, feminine) ? m.key : undefined;
    if (m) return m.kind === 'person' && m.from === t ? m.key : undefined;
    const title = titleStartingAt(doc, t);
    if (title && !isOblique(doc, t)) {
      // «وتطرق الوزير الحداد»: the title may hold or name its person.
      if (title.person) return title.person;
      for (let k = t + 1; k < title.to; k++) {
        const inside = mentionAtToken(doc, k);
        if (inside?.kind === 'person') return inside.key;
      }
      t = title.to;
    } else if (isComma(doc.tokens[t])) t++;
    else return undefined;
  }
  return undefined;
}

const RESUMPTIVE = new Set(RESUMPTIVE_EVENT_WORDS.map(normalizeArabic));
const RELAY = new Set(RELAY_WORDS.map(normalizeArabic));

/** «ألقى الرئيس كلمة قال فيها…», «أصدرت الوزارة بيانًا أكدت فيه…»: the cue is followed by a
 * pronoun that points back to an event (a speech, a statement, a conference) the sentence
 * opened with. */
export function resumesEvent(doc: Doc, cue: number): boolean {
  const next = doc.tokens[cue + 1];
  return !!next?.isWord && RESUMPTIVE.has(next.norm) && doc.sentence[cue + 1] === doc.sentence[cue];
}

/** The subject of the verb that opens the sentence holding `at`: after that verb, titles and
 * commas only, then a person or a body (not after a preposition). */
export function subjectAtSentenceHead(doc: Doc, at: number): string | undefined {
  const sentence = doc.sentence[at];
  let start = at;
  while (start > 0 && at - start < LOOK_BACK && doc.sentence[start - 1] === sentence) start--;
  if (start > 0 && doc.sentence[start - 1] === sentence) return undefined;
  // «ونقلت الوكالة بيانًا عن اللجنة أكدت فيه»: a relayed event is its source's (named after
  // عن), not the relay's.
  if (RELAY.has(doc.tokens[start]?.norm.replace(/^[وف]/, '') ?? '')) {
    for (let k = start + 1; k < at - 1; k++) {
      if (doc.tokens[k]?.norm !== 'عن') continue;
      const m = mentionAtToken(doc, k + 1);
      return m && (m.kind === 'person' || m.kind === 'organization') ? m.key : undefined;
    }
    return undefined;
  }
  let t = start + 1;
  while (t < at && t - start < SUBJECT_REACH) {
    if ((doc.quoteOf[t] ?? -1) >= 0) return undefined;
    const m = mentionAtToken(doc, t);
    if (m)
      return m.from === t &&
        (m.kind === 'person' || m.kind === 'organization') &&
        !isOblique(doc, t)
        ? m.key
        : undefined;
    const title = titleStartingAt(doc, t);
    if (title && !isOblique(doc, t)) {
      if (title.person) return title.person;
      const named = mentionAtToken(doc, title.to);
      if (named?.kind === 'person' && named.from === title.to) return named.key;
      return resolveTitle(doc, title, t);
    } else if (isComma(doc.tokens[t])) t++;
    else return undefined;
  }
  return undefined;
}
