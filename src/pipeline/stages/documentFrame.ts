/**
 * «وجاء في بيان للحزب أن…», «وجاء في بيان صادر عن وزارة الخارجية: "…"», «وورد في تقرير الهيئة
 * أن…»: a document frame. The document speaks for whoever issued it — named after it (ل، صادر
 * عن، or a body in construct) or, when it is not named (وجاء في البيان), the last speaker.
 */
import { mentionAtToken, titleStartingAt, type Doc } from '../document.ts';
import { normalizeArabic } from '../../core/arabic.ts';
import { DOCUMENT_FRAME_NOUNS, DOCUMENT_FRAME_VERBS } from '../lexicon/discourse.ts';
import { infoOf } from '../words.ts';
import type { Token } from '../tokenize.ts';
import { wordFlag } from '../word-facts.ts';
import { resolveInstitution } from './describe.ts';

const VERBS = new Set(DOCUMENT_FRAME_VERBS.map(normalizeArabic));
const NOUNS = new Set(DOCUMENT_FRAME_NOUNS.map(normalizeArabic));
const ISSUED = new Set(['صادر', 'صادره', 'الصادر', 'الصادره', 'صدر', 'صدرت']);
const BY = new Set(['عن', 'من']);
/** «جاء», «ورد»: the verb of a document frame. */
export const isFrameVerb = wordFlag((tok: Token) =>
  infoOf(tok).conjReadings.some((r) => VERBS.has(r)),
);

/** The token after «جاء في <document>» when `t` opens such a frame, else -1. */
export function documentFrameEnd(doc: Doc, t: number): number {
  const verb = doc.tokens[t];
  if (!verb?.isWord || !isFrameVerb(verb)) return -1;
  if (doc.tokens[t + 1]?.norm !== 'في') return -1;
  const noun = doc.tokens[t + 2];
  if (!noun?.isWord || !NOUNS.has(noun.norm.replace(/^ال/, ''))) return -1;
  return t + 3;
}

/** Who issued the document whose name ends before `from`: a person or body, null when the text
 * names none (the last speaker then), and where the frame's words end. */
export function documentIssuer(doc: Doc, from: number): { speaker?: string; end: number } {
  let j = from;
  const sentence = doc.sentence[from - 1];
  // Adjectives of the document: «رسمي», «مشترك», «مقتضب».
  for (let k = 0; k < 2; k++) {
    const tok = doc.tokens[j];
    if (!tok?.isWord || doc.sentence[j] !== sentence || mentionAtToken(doc, j)) break;
    if (ISSUED.has(tok.norm) && BY.has(doc.tokens[j + 1]?.norm ?? '')) {
      j += 2;
      break;
    }
    // A nisba adjective (رسمي، رسمية، الرسمي) describes the document; anything else ends it.
    if (!/ي(ه)?$/.test(tok.norm) || /^ل/.test(tok.norm)) break;
    j++;
  }
  const tok = doc.tokens[j];
  const m = mentionAtToken(doc, j);
  if (m && (m.kind === 'person' || m.kind === 'organization') && doc.sentence[j] === sentence)
    return { speaker: m.key, end: m.to };
  // «بيان للحزب», «بيان للوزارة»: the body named earlier under its kind.
  if (tok?.isWord && /^لل/.test(tok.norm)) {
    const body = resolveInstitution(doc, j, `ال${tok.norm.slice(2)}`);
    if (body) return { speaker: body, end: j + 1 };
  }
  return { end: j };
}

/** «وقال بيان لوزارة الصحة إن…», «وذكر تقرير صادر عن البنك الدولي أن…»: a document named with
 * its issuer as the subject of a cue speaks for the issuer; the issuer and where its words end,
 * when the word at `t` is such a document. */
export function issuedDocumentAt(
  doc: Doc,
  t: number,
): { speaker: string; end: number } | undefined {
  const noun = doc.tokens[t];
  if (!noun?.isWord || !NOUNS.has(noun.norm)) return undefined;
  const issuer = documentIssuer(doc, t + 1);
  return issuer.speaker ? { speaker: issuer.speaker, end: issuer.end } : undefined;
}

/** How far back a document named as a subject («وأوضح البيان») looks for where it was issued. */
const ISSUER_REACH = 80;
/** How many words may stand between the document and «صدر عن» («بيان اطلعت عليه الصحيفة صدر عن»). */
const ISSUED_GAP = 8;

/**
 * «في بيان صدر عن الرئيس التنفيذي للشركة سامي النجار… وأوضح البيان أن…»: the document named as
 * the subject of a cue at `at` is the one issued a little before, and speaks for its issuer.
 */
export function issuerOfDocumentBefore(doc: Doc, at: number): string | undefined {
  for (let t = at - 1; t >= 0 && at - t <= ISSUER_REACH; t--) {
    const noun = doc.tokens[t];
    if (!noun?.isWord || !isDocumentNoun(noun)) continue;
    const sentence = doc.sentence[t];
    for (let j = t + 1; j < at && j - t <= ISSUED_GAP && doc.sentence[j] === sentence; j++) {
      if (!ISSUED.has(doc.tokens[j]?.norm ?? '') || !BY.has(doc.tokens[j + 1]?.norm ?? ''))
        continue;
      const m = mentionAtToken(doc, j + 2);
      if (m && (m.kind === 'person' || m.kind === 'organization')) return m.key;
      return titleStartingAt(doc, j + 2)?.person;
    }
  }
  return undefined;
}

/** بيان، البيان، ببيان، بالبيان. */
const isDocumentNoun = wordFlag((tok: Token) =>
  infoOf(tok).readings.some((r) => NOUNS.has(r) || (r.startsWith('ال') && NOUNS.has(r.slice(2)))),
);
