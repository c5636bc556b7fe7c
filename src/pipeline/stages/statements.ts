/**
 * Stage: statements. For each cue: find its speaker (the subject after it, a description such
 * as «الرئيس الروسي», a subject before it, or the speaker carried over from earlier), then its
 * content — a quote (direct) or the clause after أن/إن (reported) — up to the next cue.
 */
import { mentionAtToken, titleEndingAt, titleStartingAt, type Doc } from '../document.ts';
import { hasArticle, infoOf, isStopword } from '../words.ts';
import type { Reason, StatementMode } from '../../core/types.ts';
import { findCues, type Cue } from './cues.ts';
import { isInformingVerb, isRelayVerb } from './cueVerbs.ts';
import { isHonorificPronoun, opening, wordsIn, type Opening } from './opening.ts';
import {
  firstPersonInSentence,
  isFeminine,
  resumesEvent,
  subjectAtSentenceHead,
  personEarlierInSentence,
  subjectBefore,
  subjectOfSentenceBefore,
  subjectStart,
} from './speakers.ts';
import { resolveTitle } from './describe.ts';
import { issuerOfDocumentBefore } from './documentFrame.ts';
import { findSourceFrames } from './sourceFrames.ts';
import { endsSentence, isQuoteMark, quoteOpenedAt } from './structure.ts';
import {
  TRAILING_WORDS,
  FRONTING_WORDS,
  SOURCE_ADJUNCT_WORDS,
  PARALLEL_LINK_WORDS,
  TOPIC_PREPOSITION_WORDS,
} from '../lexicon/discourse.ts';
import { RELATIVES_WORDS } from '../lexicon/sides.ts';
import { normalizeArabic } from '../../core/arabic.ts';

const TRAILING = new Set(TRAILING_WORDS);
const RELATIVE = new Set(RELATIVES_WORDS.map(normalizeArabic));
const LEADING_PUNCT = new Set(['،', ',', '؛']);
const TRIM_PUNCT = new Set(['،', ',', '.', ':', '؛', '!', '؟', '?', '…', '-', '–', '(', ')']);

export function findStatements(doc: Doc): Doc {
  // Each kept cue's opening, as withoutEmbedded computed it against the next cue it saw.
  const openings = new Map<Cue, { next: Cue | undefined; open: Opening | undefined }>();
  const cues = withoutEmbedded(doc, findCues(doc), openings);
  const titleEnd = firstLineEnd(doc);
  let lastSpeaker: string | undefined;
  // The gender of the cue that last named a speaker: «وأضافت» does not carry a «قال» speaker.
  // Unknown after a relay (نقلت الوكالة عن الوزير): the cue agrees with the outlet.
  let lastFeminine: boolean | undefined = false;
  const usedQuotes = new Set<number>();
  let prev: { sentence: number; speaker?: string; cue: string } | undefined;
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i] as Cue;
    const next = cues[i + 1];
    const sentence = doc.sentence[cue.at] ?? -1;
    // The same question asked again when no cue between was dropped: opening reads the doc only.
    const known = openings.get(cue);
    const open = known && known.next === next ? known.open : opening(doc, cue, next);
    if (!open || open.contentStart < 0) {
      // A cue without content still names who is speaking (أعرب بوتين عن … مؤكدًا أن …).
      const who = open?.speaker ?? undefined;
      if (who) prev = { sentence, cue: cueText(doc, cue), speaker: who };
      if (cue.kind === 'verb') {
        const post = postposed(doc, cue, usedQuotes);
        if (post) {
          emit(
            doc,
            post.from,
            post.to,
            'direct',
            cueText(doc, cue),
            open?.speaker ?? post.speaker ?? (post.subject ? undefined : lastSpeaker),
            titleEnd,
            {
              rule: 'quote-before-cue',
              cue: cueText(doc, cue),
              speakerBy: open?.speaker || post.speaker ? 'subject-after-cue' : 'carried-over',
            },
          );
          usedQuotes.add(post.quote);
        }
      }
      continue;
    }
    let speaker: string | undefined;
    let by: string;
    const feminine = isFeminine(doc, cue);
    // «قال فيها…»: the holder of the event the cue points back to, asked once.
    const eventHolder =
      cue.kind === 'verb' && resumesEvent(doc, cue.at)
        ? subjectAtSentenceHead(doc, cue.at)
        : undefined;
    const carried = (): string | undefined => {
      by = 'carried-over';
      if (lastSpeaker === undefined) {
        // «تسلم الوزير سامي النجار أوراق السفير. … مؤكدًا أن …»: before anyone has spoken, a cue
        // with no subject continues the subject of the sentence before.
        const before = subjectOfSentenceBefore(doc, cue.at, feminine);
        if (before) {
          by = 'subject-of-sentence-before';
          // The next cue without a subject agrees with this one's (وقالت … وقال is another).
          lastFeminine = feminine;
        }
        return before;
      }
      return agrees(feminine, lastFeminine) ? lastSpeaker : undefined;
    };
    if (open.speaker === null) {
      // «… ، ودعا القادة إلى …»: the noun after a coordinated cue is its object, not its subject.
      by = 'same-sentence';
      speaker = prev && prev.sentence === sentence ? prev.speaker : undefined;
    } else if (open.speaker) {
      by = 'subject-after-cue';
      speaker = open.speaker;
      // «لكن كريم نصار أبلغ رويترز أن…»: the subject came first; the one after is the one told.
      const first = informs(doc, cue) ? subjectBefore(doc, cue.at) : undefined;
      if (first && first !== open.speaker) {
        by = 'addressee-after-cue';
        speaker = first;
      }
    } else if (open.byDocument) {
      by = 'document-of-last-speaker';
      speaker = lastSpeaker;
      const issuer = issuerOfDocumentBefore(doc, cue.at);
      if (issuer) {
        by = 'document-issuer';
        speaker = issuer;
      }
    } else if (cue.kind !== 'verb' && prev && prev.sentence === sentence) {
      by = 'same-sentence';
      speaker = prev.speaker;
    }
    // «وتحدث ترامب عن … مع بوتين، قائلاً»: a participle's subject is the sentence's, not the nearest name.
    else if (cue.kind === 'participle') {
      by = 'sentence-subject';
      speaker =
        firstPersonInSentence(doc, cue.at) ??
        (lastSpeaker === undefined ? carried() : ((by = 'carried-over'), lastSpeaker));
    } else if (cue.kind === 'noun') {
      by = 'earlier-in-sentence';
      speaker = personEarlierInSentence(doc, cue.at) ?? ((by = 'carried-over'), lastSpeaker);
    }
    // «أكد بري في تصريح بعد لقائه عون وقال:»: a verb joined by و to an earlier cue of the
    // sentence shares its subject; the name just before it is an object.
    else if (
      cue.kind === 'verb' &&
      prev?.speaker &&
      prev.sentence === sentence &&
      doc.tokens[cue.at]?.norm[0] === 'و'
    ) {
      by = 'same-sentence';
      speaker = prev.speaker;
    }
    // «ألقى الرئيس كلمة أمام البرلمان قال فيها…»: the holder of the event the cue points back
    // to speaks, the subject of the sentence's verb — not the name nearest the cue.
    else if (eventHolder) {
      by = 'sentence-subject';
      speaker = eventHolder;
    }
    // «تطرق ترامب إلى الرئيس بوتين، وقال:»: a verb joined by «، و» shares the sentence's subject;
    // the name just before it is an object.
    else if (isCoordinated(doc, cue)) {
      by = 'sentence-subject';
      speaker = firstPersonInSentence(doc, cue.at) ?? carried();
    }
    // After a topic set by «أما عن …» (lexicon TOPIC_PREPOSITION_WORDS), the verb in ف has the
    // speaker carried over as its subject; the name in the topic is what he spoke about.
    else if (cue.kind === 'verb' && afterTopic(doc, cue.at)) {
      by = 'carried-over';
      speaker = carried();
    } else {
      by = 'subject-before-cue';
      const before = subjectBefore(doc, cue.at);
      // «وزار الوزير X مقر وزارة الصحة وأكد أن…»: a verb joined by و inside the sentence goes on
      // with the sentence's subject; the body right before it ended the clause before (a subject
      // before its verb takes no و).
      const joined = doc.tokens[cue.at]?.norm[0] === 'و' && doc.sentence[cue.at - 1] === sentence;
      const first = joined ? firstPersonInSentence(doc, cue.at) : undefined;
      if (first) {
        by = 'sentence-subject';
        speaker = first;
      } else if (before) speaker = before;
      else {
        by = 'sentence-subject';
        speaker = firstPersonInSentence(doc, cue.at) ?? carried();
      }
    }
    // «…، مشيرًا سموه إلى أن…»: the honorific pronoun is the one speaking, not the last person
    // his words named.
    if (
      open.speaker &&
      isHonorificPronoun(doc.tokens[cue.at + 1]) &&
      lastSpeaker &&
      lastSpeaker.startsWith('person:')
    ) {
      by = 'carried-over';
      speaker = lastSpeaker;
    }
    if (open.speaker) lastFeminine = isRelayVerb(doc, cue) ? undefined : feminine;
    // «وقالت الوزارة … وأضاف البيان … وتابع»: the verbs after a document agree with it (البيان)
    // or with its issuer (الوزارة); either continues the same speaker.
    else if (open.byDocument) lastFeminine = undefined;
    const cueWord = cue.kind === 'and' && prev ? prev.cue : cueText(doc, cue);
    let to = contentEnd(doc, open, cueAfter(cues, open.contentStart, i + 1));
    let from = open.quote >= 0 ? open.contentStart + 1 : open.contentStart;
    // «وصف الوزير، العلاقات بأنها…»: a comma after the subject opens no words of the claim.
    while (from < to && LEADING_PUNCT.has(doc.tokens[from]?.text ?? '')) from++;
    if (open.quote >= 0) usedQuotes.add(open.quote);
    to = trimEnd(doc, from, to, open.quote >= 0);
    if (
      (open.speaker !== null || speaker) &&
      emit(doc, from, to, open.mode, cueWord, speaker, titleEnd, {
        rule: open.quote >= 0 ? 'quote-after-cue' : `${open.mode}-after-cue`,
        cue: cueWord,
        speakerBy: by,
      }) &&
      speaker
    )
      lastSpeaker = speaker;
    prev = { sentence, cue: cueWord, ...(speaker ? { speaker } : {}) };
  }
  const spans = coveredSpans(doc);
  findSourceFrames(
    doc,
    (from, to) => spans(doc.tokens[from]?.start ?? 0, doc.tokens[to - 1]?.end ?? 0),
    (from, to, speaker, rule) =>
      emit(doc, from, to, 'reported', '', speaker, titleEnd, { rule, speakerBy: 'named-source' }),
  );
  doc.statements.sort((a, b) => a.start - b.start);
  return doc;
}

/**
 * «قالت النيابة إن المتهمين اعترفوا بالتهم»: a speech verb inside reported content, after a
 * subject that is no one we know, is part of that content — it neither ends the statement nor
 * opens one. A verb with a named subject (إن بوتين أكد), a conjunction (وأضاف) or after
 * punctuation (، مؤكدا) stays a cue. One pass, each cue looked at once.
 */
/** Whether [start, end) overlaps a statement found so far, in O(log n) per question (a prefix
 * maximum of ends over the statements sorted by start). */
function coveredSpans(doc: Doc): (start: number, end: number) => boolean {
  const sorted = doc.statements.map((s) => [s.start, s.end] as const).sort((a, b) => a[0] - b[0]);
  const maxEnd: number[] = [];
  for (const [, e] of sorted) maxEnd.push(Math.max(e, maxEnd[maxEnd.length - 1] ?? 0));
  return (start, end) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid]?.[0] ?? 0) < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (maxEnd[lo - 1] ?? 0) > start;
  };
}

const SOURCE_ADJUNCTS = SOURCE_ADJUNCT_WORDS.map((w) => normalizeArabic(w).split(' '));

/** The words right before `at` are one of `phrases` (each its normalized words); a conjunction
 * و may lead a word of three letters or more. */
function phraseBefore(doc: Doc, at: number, phrases: string[][]): boolean {
  return phrases.some((words) =>
    words.every((w, k) => {
      const tok = doc.tokens[at - words.length + k];
      return !!tok?.isWord && tok.norm.replace(/^و(?=.{3})/, '') === w;
    }),
  );
}

/** How far back in its sentence a cue looks for «أما» (tokens). */
const TOPIC_REACH = 12;

const TOPIC_PREPOSITIONS = new Set(TOPIC_PREPOSITION_WORDS.map(normalizeArabic));

/** «أما عن X فقال»: the cue is written with ف and its sentence opened with «أما» and a topic
 * preposition shortly before («أما X فقال»: X is the subject, and speaks). */
function afterTopic(doc: Doc, at: number): boolean {
  if (doc.tokens[at]?.norm[0] !== 'ف') return false;
  for (let t = at - 1; t >= 0 && at - t <= TOPIC_REACH && doc.sentence[t] === doc.sentence[at]; t--)
    if (doc.tokens[t]?.norm === 'اما') return TOPIC_PREPOSITIONS.has(doc.tokens[t + 1]?.norm ?? '');
  return false;
}

/** The words right before `at` are a source adjunct (وفق ما، حسبما). */
function afterSource(doc: Doc, at: number): boolean {
  return phraseBefore(doc, at, SOURCE_ADJUNCTS);
}

function informs(doc: Doc, cue: Cue): boolean {
  return cue.kind === 'verb' && isInformingVerb(doc.tokens[cue.at]);
}

function withoutEmbedded(
  doc: Doc,
  cues: Cue[],
  openings: Map<Cue, { next: Cue | undefined; open: Opening | undefined }>,
): Cue[] {
  const kept: Cue[] = [];
  let content = -1; // where the last kept cue's reported content starts, in its sentence
  let sentence = -1;
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i] as Cue;
    const tok = doc.tokens[cue.at];
    const before = doc.tokens[cue.at - 1];
    const inside =
      cue.kind === 'verb' &&
      doc.sentence[cue.at] === sentence &&
      content >= 0 &&
      cue.at > content &&
      !!tok &&
      infoOf(tok).conjReadings.length === 1 &&
      !!before?.isWord &&
      !mentionBefore(doc, cue.at) &&
      !titleEndingAt(doc, cue.at) &&
      !afterParallelLink(doc, cue.at);
    if (inside) continue;
    // «توقعت البعثة التي اختتمت لقاءاتها … أن…»: a verb in a relative clause describes the
    // subject of the sentence's earlier cue; the content is that cue's.
    const last = kept[kept.length - 1];
    if (
      cue.kind === 'verb' &&
      RELATIVE.has(before?.norm ?? '') &&
      last &&
      doc.sentence[last.at] === doc.sentence[cue.at]
    )
      continue;
    // «وقالت الوكالة وفق ما أفادت صحيفة X، إنها…»: the relay's verb opens nothing of its own
    // while the cue before it in the sentence still waits for its content.
    if (
      cue.kind === 'verb' &&
      content < 0 &&
      doc.sentence[cue.at] === sentence &&
      afterSource(doc, cue.at)
    )
      continue;
    const open = opening(doc, cue, cues[i + 1]);
    // «أن شركة الطيران علّقت رحلاتها»: inside reported content, a verb that opens no speech
    // (علّق: suspended) is a word of the content, not a new speaker's verb cutting it short;
    // so is a participle that opens nothing (…، نافيًا ما تردد عن استقالته).
    const opensNothing = !open || (open.contentStart < 0 && open.quote < 0);
    if (
      opensNothing &&
      (cue.kind === 'verb' || cue.kind === 'participle') &&
      doc.sentence[cue.at] === sentence &&
      content >= 0 &&
      cue.at > content
    )
      continue;
    kept.push(cue);
    openings.set(cue, { next: cues[i + 1], open });
    sentence = doc.sentence[cue.at] ?? -1;
    content = open && open.contentStart >= 0 && open.quote < 0 ? open.contentStart : -1;
  }
  return kept;
}

const PARALLEL_LINKS = PARALLEL_LINK_WORDS.map((w) => normalizeArabic(w).split(' '));

/** The words right before `at` set a second report beside the first (…، فيما ذكرت). */
function afterParallelLink(doc: Doc, at: number): boolean {
  return phraseBefore(doc, at, PARALLEL_LINKS);
}

/** A person or organization ends right before `at`: the verb has a subject of its own. */
function mentionBefore(doc: Doc, at: number): boolean {
  const m = mentionAtToken(doc, at - 1);
  return !!m && (m.kind === 'person' || m.kind === 'organization');
}

function agrees(feminine: boolean, last: boolean | undefined): boolean {
  return last === undefined || feminine === last;
}

function isCoordinated(doc: Doc, cue: Cue): boolean {
  const tok = doc.tokens[cue.at];
  const before = doc.tokens[cue.at - 1];
  return !!tok && tok.norm[0] === 'و' && (before?.text === '،' || before?.text === ',');
}

function cueText(doc: Doc, cue: Cue): string {
  const tok = doc.tokens[cue.at];
  return tok ? tok.text : '';
}

/** End of a headline line (short, no final full stop), or -1 when the text starts with a sentence. */
function firstLineEnd(doc: Doc): number {
  const nl = doc.text.indexOf('\n');
  if (nl <= 0 || nl > 150) return -1;
  const line = doc.text
    .slice(0, nl)
    .replace(/<[^<>]{0,40}>/g, '')
    .trim();
  if (/[.!?؟:،]$/.test(line)) return -1;
  // A line that reports speech («وقال … إن») is a sentence, not a headline.
  for (let t = 0; t < doc.tokens.length && (doc.tokens[t]?.end ?? nl) <= nl; t++) {
    const tok = doc.tokens[t];
    if (tok?.isWord && (tok.info ?? infoOf(tok)).cue) return -1;
  }
  return nl;
}

/** The first cue after token `t`, searching from cue `from` on (binary search: cues are sorted).
 * Content that starts at the next cue («أشار إلى أن أشار …») then ends at the one after it,
 * never at the sentence's end: a sentence with no end would make every cue rescan it. */
function cueAfter(cues: readonly Cue[], t: number, from: number): Cue | undefined {
  let lo = from;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cues[mid]?.at ?? Infinity) > t) hi = mid;
    else lo = mid + 1;
  }
  return cues[lo];
}

function contentEnd(doc: Doc, open: Opening, next: Cue | undefined): number {
  const tokens = doc.tokens;
  const start = open.contentStart;
  // The content may start past the last token (nothing after the cue): -1 then (no loop below
  // runs past the end), not a read out of bounds, which deoptimizes this function.
  const sentence = start < doc.sentence.length ? doc.sentence[start]! : -1;
  let end = start;
  if (open.quote >= 0) {
    const quote = doc.quotes[open.quote];
    end = quote && quote.close >= 0 ? quote.close : start + 1;
    while (quote && quote.close < 0 && end < tokens.length && doc.quoteOf[end] === open.quote)
      end++;
  } else {
    // Up to the end of the sentence, but never past the next cue (keeps the scan linear).
    const stop = next && next.at > start ? next.at + 1 : tokens.length;
    while (end < stop && end < tokens.length && doc.sentence[end] === sentence) end++;
  }
  if (next && next.at < end && next.at > start) {
    end = next.at;
    // A subject before the next cue belongs to it (… أنّ يوري أوشاكوف، كشف).
    const subject = next.kind === 'verb' ? subjectStart(doc, next.at) : undefined;
    if (subject !== undefined && subject >= start) end = subject;
  }
  return end;
}

function trimEnd(doc: Doc, from: number, to: number, quoted: boolean): number {
  let end = to;
  // Computed once: does the content open a quote of its own (then its closing mark stays)?
  const opens = !quoted && hasOpening(doc, from, to);
  for (;;) {
    const tok = doc.tokens[end - 1];
    if (!tok || end <= from) return end;
    if (!tok.isWord && (TRIM_PUNCT.has(tok.text) || (!quoted && isQuoteMark(tok) && !opens))) end--;
    else if (tok.isWord && TRAILING.has(tok.text)) end--;
    // «…، في وقت» / «…، في حين»: a two-word link to the next report ends no claim.
    else if (
      tok.isWord &&
      end - 2 >= from &&
      PARALLEL_PAIRS.has(`${doc.tokens[end - 2]?.norm} ${tok.norm}`)
    )
      end -= 2;
    else return end;
  }
}

function hasOpening(doc: Doc, from: number, to: number): boolean {
  for (let t = from; t < to; t++)
    if (isQuoteMark(doc.tokens[t]) && quoteOpenedAt(doc, t) >= 0) return true;
  return false;
}

const FRONTING = new Set(FRONTING_WORDS);
const PARALLEL_PAIRS = new Set(
  PARALLEL_LINK_WORDS.map(normalizeArabic).filter((w) => w.includes(' ')),
);

/** «“…”، قال ترامب»: a verb after the quote it introduces. */
function postposed(
  doc: Doc,
  cue: Cue,
  used: Set<number>,
): { from: number; to: number; quote: number; subject: boolean; speaker?: string } | undefined {
  let p = cue.at - 1;
  // «"…"، هكذا قال X»: «هكذا» (thus) points back at the quote.
  if (FRONTING.has(doc.tokens[p]?.norm ?? '')) p--;
  if (doc.tokens[p]?.text === '،' || doc.tokens[p]?.text === ',') p--;
  const q = doc.quoteOf[p - 1] ?? -1;
  if (q >= 0 && doc.quotes[q]?.close !== p) return undefined;
  if (q < 0 || used.has(q) || doc.nameQuotes.has(q) || wordsIn(doc, q) < 3) return undefined;
  const quote = doc.quotes[q];
  if (!quote) return undefined;
  const m = mentionAtToken(doc, cue.at + 1);
  const after = doc.tokens[cue.at + 1];
  return {
    from: quote.open + 1,
    to: quote.close,
    quote: q,
    // «"…"، قال المتحدث باسم الشرطة»: a subject we cannot name is not the previous speaker.
    subject:
      !!after?.isWord &&
      doc.sentence[cue.at + 1] === doc.sentence[cue.at] &&
      hasArticle(after) &&
      !isStopword(after.norm),
    ...(m && m.kind !== 'place' ? { speaker: m.key } : {}),
  };
}

export function emit(
  doc: Doc,
  from: number,
  to: number,
  mode: StatementMode,
  cue: string,
  speaker: string | undefined,
  titleEnd: number,
  reason: Reason,
): boolean {
  let words = 0;
  for (let t = from; t < to; t++) if (doc.tokens[t]?.isWord) words++;
  const first = doc.tokens[from];
  const last = doc.tokens[to - 1];
  if (words < 2 || !first || !last || !speaker) return false;
  if (titleEnd >= 0 && first.start < titleEnd) return false;
  // «“الفوز مهم. سنواصل العمل. الجمهور كان رائعًا”»: each sentence of long words is a claim
  // of its own, as a reader quotes it; short sentences stay with the one before.
  let piece = from;
  for (const cut of sentenceCuts(doc, from, to)) {
    pushStatement(doc, piece, cut, mode, cue, speaker, reason);
    piece = cut;
  }
  pushStatement(doc, piece, to, mode, cue, speaker, reason);
  return true;
}

/** Words in a piece of a split statement, at least. */
const MIN_PIECE_WORDS = 12;

/** Where a statement's words split into claims: after a full stop, a question or an
 * exclamation mark inside them, each piece of MIN_PIECE_WORDS words or more. */
function sentenceCuts(doc: Doc, from: number, to: number): number[] {
  const cuts: number[] = [];
  let words = 0;
  for (let t = from; t < to; t++) {
    const tok = doc.tokens[t];
    if (!tok) break;
    if (tok.isWord) {
      words++;
      continue;
    }
    // «4.4%», «د.»: a point inside a number or after an abbreviation ends no claim.
    if (!/^[.!?؟]+$/.test(tok.text) || words < MIN_PIECE_WORDS) continue;
    if (tok.text === '.' && !endsSentence(doc.tokens, t)) continue;
    let rest = 0;
    for (let k = t + 1; k < to && rest < MIN_PIECE_WORDS; k++) if (doc.tokens[k]?.isWord) rest++;
    if (rest < MIN_PIECE_WORDS) break;
    cuts.push(t + 1);
    words = 0;
  }
  return cuts;
}

function pushStatement(
  doc: Doc,
  from: number,
  to: number,
  mode: StatementMode,
  cue: string,
  speaker: string,
  reason: Reason,
): void {
  const first = doc.tokens[from];
  const last = doc.tokens[to - 1];
  if (!first || !last) return;
  const start = first.start;
  const end = last.end;
  const mentions = new Set<string>();
  for (let t = from; t < to; t++) {
    const m = mentionAtToken(doc, t);
    if (m && m.from >= from && m.to <= to && m.key !== speaker) mentions.add(m.key);
    const title = titleStartingAt(doc, t);
    if (!title || title.to > to || title.person) continue;
    const who = resolveTitle(doc, title, title.from);
    if (who && who !== speaker) mentions.add(who);
  }
  doc.statements.push({
    key: `statement:${doc.id}:${start}`,
    text: doc.text.slice(start, end),
    start,
    end,
    mode,
    cue,
    speaker,
    mentions: [...mentions],
    reason,
  });
}
