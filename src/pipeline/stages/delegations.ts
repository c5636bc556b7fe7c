/**
 * Stage: delegations and sides (الوفد الأميركي، من الجانب الروسي) and their members, read from
 * the list that follows «ضمّ/حضر …»: items split by «،», each a person found earlier, a title
 * that describes one, or an unknown two-word name.
 */
import {
  addMention,
  addRelation,
  mentionAtToken,
  titleEndingAt,
  titleStartingAt,
  type Doc,
  type TitlePhrase,
} from '../document.ts';
import { lexicon } from '../lexicon/index.ts';
import { normalizeArabic } from '../../core/arabic.ts';
import { originalOffset, type Token } from '../tokenize.ts';
import { wordFlag } from '../word-facts.ts';
import { indexedWordFlag, positionsWith } from '../token-index.ts';
import { adjectiveCountry, hasArticle, infoOf, isStopword, nameLike, readings } from '../words.ts';
import { addPerson } from './persons.ts';
import { isComma } from './structure.ts';
import { resolveTitle } from './describe.ts';
import {
  SIDE_NOUNS,
  LIST_VERBS_WORDS,
  HEADED_BY_WORDS,
  JOINED_BY_WORDS,
  LIST_STOPS_WORDS,
  RELATIVES_WORDS,
  BODY_SIDE_WORDS,
  DEFINITE_SIDE_WORDS,
} from '../lexicon/sides.ts';

const SIDE_WORDS = new Set(SIDE_NOUNS.map(normalizeArabic));
const isSideWord = wordFlag((tok: Token) => readings(tok).some((r) => SIDE_WORDS.has(r)));

/** A side belongs to its article's event: «الجانب الأمريكي» of two meetings is two sides. */
function sideKey(doc: Doc, of: string): string {
  return `delegation:${doc.id}:${of}`;
}
const LIST_VERBS = new Set(LIST_VERBS_WORDS.map(normalizeArabic));
const HEADED_BY = new Set(HEADED_BY_WORDS.map(normalizeArabic));
const JOINS = new Set(JOINED_BY_WORDS.map(normalizeArabic));
const LIST_STOPS = new Set(LIST_STOPS_WORDS.map(normalizeArabic));
const MAX_LIST = 250;
const RELATIVES = new Set(RELATIVES_WORDS.map(normalizeArabic));
const SEPARATORS = new Set(['،', ',', '؛', ':', ';']);

function sideOfOrganization(doc: Doc, t: number): boolean {
  const m = mentionAtToken(doc, t + 1);
  return m?.kind === 'organization' && m.from === t + 1;
}

/** «الوفد», «البعثة»: a side named before without its qualifier. */
const DEFINITE_SIDES = new Set(DEFINITE_SIDE_WORDS.map(normalizeArabic));
/** «وفد», «وفدا» (two delegations), «بعثة» before the body they speak for. */
const BODY_SIDES = new Set(BODY_SIDE_WORDS.map(normalizeArabic));

function bodyAt(doc: Doc, t: number): boolean {
  const w = doc.tokens[t];
  return (
    !!w?.isWord &&
    hasArticle(w) &&
    !infoOf(w).stop &&
    !adjectiveCountry(w) &&
    !infoOf(w).titleKey &&
    !mentionAtToken(doc, t) &&
    doc.sentence[t] === doc.sentence[t - 1] &&
    // «وفد البلدين», «وفد الطرفين»: a dual or plural names who met, not one body.
    !/(ين|ان|ات)$/.test(w.norm)
  );
}

function bodySide(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  return !!tok?.isWord && isBodySideNoun(tok) && bodyAt(doc, t + 1);
}

const isBodySideNoun = wordFlag((tok: Token) => sideNoun(tok.norm) !== undefined);
/** A side's noun (الجانب، وفد) or a body's (سفارة): where findDelegations may find a side. */
const opensSide = indexedWordFlag((tok: Token) => isSideWord(tok) || isBodySideNoun(tok));

/** The side noun of «وفد», «ووفد», «فوفدا» (its own و kept). */
function sideNoun(norm: string): string | undefined {
  if (BODY_SIDES.has(norm)) return norm;
  const bare = norm.replace(/^[وف]/, '');
  return BODY_SIDES.has(bare) ? bare : undefined;
}

/** Adds the side(s) at `t` («وفد الحكومة», «وفدا الحكومة والمعارضة») and reads a member list
 * when a list verb comes before; returns the token after the last body. */
function addBodySides(doc: Doc, t: number): number {
  const tokens = doc.tokens;
  const tok = tokens[t];
  if (!tok) return t + 1;
  const noun = sideNoun(tok.norm) ?? tok.norm;
  const dual = noun === normalizeArabic('وفدا') || noun === normalizeArabic('وفدي');
  const bodies = [t + 1];
  const second = tokens[t + 2];
  if (dual && second?.isWord && /^وال/.test(second.norm) && !infoOf(second).stop)
    bodies.push(t + 2);
  const start = originalOffset(tok, tok.norm.length - noun.length);
  for (const b of bodies) {
    const body = tokens[b];
    if (!body) continue;
    const bare = body.norm.replace(/^و(?=ال)/, '');
    const key = sideKey(doc, bare);
    const bodyStart = originalOffset(body, body.norm.length - bare.length);
    const name = `${dual ? 'وفد' : doc.text.slice(start, tok.end)} ${doc.text.slice(bodyStart, body.end)}`;
    addMention(doc, {
      key,
      kind: 'delegation',
      from: b === t + 1 ? t : b,
      to: b + 1,
      start: b === t + 1 ? start : bodyStart,
      end: body.end,
      name,
      reason: { rule: 'side-of-body', cue: tok.text },
    });
    doc.delegations.push({ key, countryId: undefined, from: b === t + 1 ? t : b, to: b + 1 });
    if (!dual && (isListVerb(doc, t - 1) || isListVerb(doc, t - 2)))
      readList(doc, key, undefined, b + 1);
  }
  return (bodies[bodies.length - 1] ?? t) + 1;
}

/** «استقبل وفداً سعودياً»: the side and its nationality in the accusative (tanween alif on
 * both): the country of the adjective, or undefined. */
function accusativeSide(side: Token, next: Token | undefined): string | undefined {
  if (!next?.isWord || !/ا$/.test(side.norm) || !/يا$/.test(next.norm)) return undefined;
  return lexicon().adjectives.get(next.norm.slice(0, -1));
}

function isListVerb(doc: Doc, t: number): boolean {
  return readings(doc.tokens[t]).some((r) => LIST_VERBS.has(r));
}

export function findDelegations(doc: Doc): Doc {
  const tokens = doc.tokens;
  const sideWords = positionsWith(tokens, opensSide);
  for (let c = 0, t = -1; c < sideWords.length; c++) {
    if ((sideWords[c] as number) <= t) continue; // inside the last side's list
    t = sideWords[c] as number;
    const tok = tokens[t];
    if (!tok?.isWord) continue;
    if (!isSideWord(tok)) {
      if (bodySide(doc, t)) t = addBodySides(doc, t) - 1;
      continue;
    }
    const countryId = adjectiveCountry(tokens[t + 1]) ?? accusativeSide(tok, tokens[t + 1]);
    let listFrom = -1;
    if (countryId && countryId !== 'europe') {
      const key = sideKey(doc, countryId);
      const stripped = readings(tok).find((r) => SIDE_WORDS.has(r)) ?? tok.norm;
      const start = originalOffset(tok, Math.max(0, tok.norm.length - stripped.length));
      const end = tokens[t + 1]?.end ?? tok.end;
      addMention(
        doc,
        {
          key,
          kind: 'delegation',
          from: t,
          to: t + 2,
          start,
          end,
          name: doc.text.slice(start, end),
          reason: { rule: 'side-with-nationality', cue: doc.text.slice(start, end) },
        },
        { countryId },
      );
      doc.delegations.push({ key, countryId, from: t, to: t + 2 });
      // «حضر من الجانب الأمريكي X», «شارك في القمة من الجانب الروسي X», «على الجانب الروسي، …».
      const before = readings(tokens[t - 1]);
      if (
        isListVerb(doc, t - 1) ||
        isListVerb(doc, t - 2) ||
        before.includes('من') ||
        before.includes('علي')
      )
        listFrom = t + 2;
      else {
        // «الوفد الأميركي الموسع الذي ضم …»: an adjective and a relative pronoun may come first;
        // «الوفد الأردني برئاسة وزير الخارجية X، بمشاركة Y»: or the head's phrase.
        // «وترأس الوفد الأردني X، بمشاركة Y»: the verb of heading before the side.
        let headed = readings(tokens[t - 1]).some((r) => HEADED_BY.has(r));
        for (let k = t + 2; k < t + 24 && doc.sentence[k] === doc.sentence[t]; k++) {
          if (isListVerb(doc, k) || (headed && JOINS.has(tokens[k]?.norm ?? ''))) {
            listFrom = k + 1;
            break;
          }
          const w = tokens[k];
          const title = headed ? titleStartingAt(doc, k) : undefined;
          if (w?.isWord && HEADED_BY.has(w.norm)) headed = true;
          else if (title) k = title.to - 1;
          else if (headed && (mentionAtToken(doc, k) || isComma(w))) continue;
          else if (!w?.isWord || !(hasArticle(w) || RELATIVES.has(w.norm))) break;
        }
      }
      if (listFrom >= 0) readList(doc, key, countryId, listFrom);
      t++;
    } else if (sideOfOrganization(doc, t)) {
      // «وفد حماس», «وفد حركة حماس»: a side named by an organization.
      const org = mentionAtToken(doc, t + 1);
      if (!org) continue;
      const key = sideKey(doc, org.key.slice(org.key.indexOf(':') + 1));
      const stripped = readings(tok).find((r) => SIDE_WORDS.has(r)) ?? tok.norm;
      const start = originalOffset(tok, Math.max(0, tok.norm.length - stripped.length));
      addMention(doc, {
        key,
        kind: 'delegation',
        from: t,
        to: org.to,
        start,
        end: org.end,
        name: doc.text.slice(start, org.end),
        reason: { rule: 'side-of-organization', cue: tok.text },
      });
      doc.delegations.push({ key, countryId: undefined, from: t, to: org.to });
      if (isListVerb(doc, t - 1) || isListVerb(doc, t - 2)) readList(doc, key, undefined, org.to);
      t = org.to - 1;
    } else if (bodySide(doc, t)) {
      // «وفد الحكومة», «وفدا الحكومة والمعارضة»: sides named by the body they speak for.
      t = addBodySides(doc, t) - 1;
    } else if (
      DEFINITE_SIDES.has(tok.norm.replace(/^[وف]/, '')) &&
      (isListVerb(doc, t - 1) || isListVerb(doc, t - 2))
    ) {
      // «وضم الوفد القيادي كلا من …»: the side named last before.
      readList(doc, undefined, undefined, t + 1);
    } else if (tok.norm === normalizeArabic('الوفد')) {
      // An unqualified delegation whose list follows later in the sentence (الوفد الذي سيرافق … سيضم).
      for (
        let j = t + 1;
        j < tokens.length && j - t < 20 && doc.sentence[j] === doc.sentence[t];
        j++
      ) {
        if (isListVerb(doc, j)) {
          readList(doc, undefined, undefined, j + 1);
          break;
        }
      }
    }
  }
  return doc;
}

/** Read list members from `from` to the end of the sentence; attach them to the side. */
function readList(
  doc: Doc,
  key: string | undefined,
  countryId: string | undefined,
  from: number,
): void {
  const tokens = doc.tokens;
  const members: string[] = [];
  const countries: string[] = [];
  let itemStart = from;
  const sentence = doc.sentence[from];
  for (let t = from; t <= tokens.length; t++) {
    const tok = tokens[t];
    // A list longer than MAX_LIST tokens is cut (bounded work on run-on text).
    const endOfList =
      t - from > MAX_LIST ||
      !tok ||
      doc.sentence[t] !== sentence ||
      (tok.isWord && LIST_STOPS.has(tok.norm)) ||
      (tok.isWord && t > from && readings(tok).some((r) => SIDE_WORDS.has(r)));
    if (endOfList || (!tok?.isWord && SEPARATORS.has(tok?.text ?? ''))) {
      for (const member of readItems(doc, itemStart, t)) {
        members.push(member.key);
        if (member.countryId) countries.push(member.countryId);
      }
      itemStart = t + 1;
      if (endOfList) break;
    }
  }
  if (!key) {
    // The side of an unqualified «الوفد» is the country most of its members belong to.
    const counts = new Map<string, number>();
    for (const c of countries) counts.set(c, (counts.get(c) ?? 0) + 1);
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    if (best) {
      countryId = best[0];
      key = sideKey(doc, countryId);
      doc.delegations.push({ key, countryId, from, to: from });
    } else {
      // No country in the list: the side named last before it (وفد حماس … وضم الوفد …).
      const last = [...doc.delegations].reverse().find((d) => d.from < from);
      if (!last) return;
      key = last.key;
      countryId = last.countryId;
    }
  }
  for (const m of members) {
    addRelation(doc, { kind: 'member_of', source: m, target: key });
    const e = doc.entities.get(m);
    if (e && countryId) e.countryId ??= countryId;
  }
}

/** An item may hold several names joined by «و»: «خالد مشعل وخليل الحية ونزار عوض الله». */
function readItems(doc: Doc, from: number, to: number): { key: string; countryId?: string }[] {
  const cuts = [from];
  for (let t = from + 1; t < to; t++) {
    const tok = doc.tokens[t];
    if (!tok?.isWord || !tok.norm.startsWith('و') || tok.norm.length < 4) continue;
    if (
      readings(tok).some((r) => r !== tok.norm && lexicon().givenNames.has(r)) ||
      mentionAtToken(doc, t)?.kind === 'person' ||
      titleStartingAt(doc, t)
    )
      cuts.push(t);
    else if (nameLike(doc, t) && (nameLike(doc, t + 1) || familyName(doc, t + 1))) cuts.push(t);
  }
  cuts.push(to);
  const out: { key: string; countryId?: string }[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const m = readItem(doc, cuts[i] ?? from, cuts[i + 1] ?? to);
    if (m && !out.some((x) => x.key === m.key)) out.push(m);
  }
  return out;
}

function familyName(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  return (
    !!tok &&
    tok.isWord &&
    hasArticle(tok) &&
    !infoOf(tok).adjective &&
    !infoOf(tok).titleKey &&
    !isStopword(tok.norm)
  );
}

function readItem(
  doc: Doc,
  from: number,
  to: number,
): { key: string; countryId?: string } | undefined {
  let countryId: string | undefined;
  for (let t = from; t < to; t++) countryId ??= adjectiveCountry(doc.tokens[t]);
  // A person found earlier inside the item.
  for (let t = from; t < to; t++) {
    const m = mentionAtToken(doc, t);
    if (m?.kind === 'person') {
      const e = doc.entities.get(m.key);
      return {
        key: m.key,
        ...((countryId ?? e?.countryId) ? { countryId: countryId ?? e?.countryId } : {}),
      };
    }
  }
  // A title alone describes someone named elsewhere (ومساعد الرئيس الروسي).
  let title: TitlePhrase | undefined;
  for (let t = from; t < to && !title; t++) {
    const x = titleStartingAt(doc, t);
    if (x && x.to <= to) title = x;
  }
  if (title && title.to >= to - 0) {
    const key = resolveTitle(doc, title, title.from);
    if (key) return { key, ...(countryId ? { countryId } : {}) };
  }
  // An unknown name: the name-like run at the end of the item (two words, or one after a title).
  let a = to;
  while (a > from && nameLike(doc, a - 1) && to - a < 3) a--;
  // «وخليل الحية»: a name-like word and a family name with ال.
  const lead = doc.tokens[to - 2];
  const joined = !!lead && to - 2 === from && lead.norm.startsWith('و');
  if (
    a === to &&
    to - from >= 2 &&
    familyName(doc, to - 1) &&
    nameLike(doc, to - 2) &&
    (joined || (!!lead && infoOf(lead).givenStripped >= 0))
  )
    a = to - 2;
  const len = to - a;
  if (len === 0) return undefined;
  // «من بنية تحتية»: a noun in ة and its adjective in ة are no name (unless a known given name).
  const bare = (t: number) => (doc.tokens[t]?.text ?? '').replace(/[\u064B-\u065F\u0640]/g, '');
  if (
    len === 2 &&
    infoOf(doc.tokens[a] as Token).givenStripped < 0 &&
    /ة$/.test(bare(a)) &&
    /ة$/.test(bare(a + 1))
  )
    return undefined;
  const hasLead = a > from && (!!titleEndingAt(doc, a) || !!adjectiveCountry(doc.tokens[a - 1]));
  if (len < 2 && !hasLead) return undefined;
  if (len >= 2 && a > from && !hasLead && !isStopword(doc.tokens[a - 1]?.norm ?? ''))
    return undefined;
  const first = doc.tokens[a];
  const stripped =
    first && a === from && first.norm.startsWith('و') && !lexicon().givenNames.has(first.norm)
      ? 1
      : 0;
  const key = addPerson(doc, a, to, stripped, {}, { rule: 'delegation-list' });
  return key ? { key, ...(countryId ? { countryId } : {}) } : undefined;
}
