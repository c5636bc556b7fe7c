/**
 * Stage: statements. For each cue: find its speaker (the subject after it, a description such
 * as «الرئيس الروسي», a subject before it, or the speaker carried over from earlier), then its
 * content — a quote (direct) or the clause after أن/إن (reported) — up to the next cue.
 */
import { mentionAtToken, titleEndingAt, titleStartingAt, type Doc } from '../document.ts';
import { lexicon } from '../lexicon/index.ts';
import { INSTITUTION_NOUNS } from '../lexicon/titles.ts';
import { PREPOSITION_CUES } from '../lexicon/speechVerbs.ts';
import { normalizeArabic } from '../normalize.ts';
import { adjectiveCountry, hasArticle, infoOf, isStopword, readings } from '../words.ts';
import type { StatementMode } from '../../graph/types.ts';
import { findCues, isComplementizer, type Cue } from './cues.ts';
import { resolveTitle } from './describe.ts';
import { isQuoteMark } from './structure.ts';

const MAX_SUBJECT = 30;
/** How far back a sentence's subject is looked for (bounded: giant sentences stay linear). */
const LOOK_BACK = 120;
const INSTITUTIONS = new Set(INSTITUTION_NOUNS.map(normalizeArabic));
const TRAILING = new Set([
  'و',
  'لكن',
  'لكنه',
  'لكنها',
  'لكنّه',
  'كما',
  'ثم',
  'فيما',
  'بينما',
  'حيث',
]);
const TRIM_PUNCT = new Set(['،', ',', '.', ':', '؛', '!', '؟', '?', '…', '-', '–', '(', ')']);

interface Opening {
  speaker?: string | null;
  contentStart: number;
  mode: StatementMode;
  quote: number;
}

export function findStatements(doc: Doc): Doc {
  const cues = findCues(doc);
  const titleEnd = firstLineEnd(doc);
  let lastSpeaker: string | undefined;
  // The gender of the cue that last named a speaker: «وأضافت» does not carry a «قال» speaker.
  let lastFeminine = false;
  const usedQuotes = new Set<number>();
  let prev: { sentence: number; speaker?: string; cue: string } | undefined;
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i] as Cue;
    const next = cues[i + 1];
    const sentence = doc.sentence[cue.at] ?? -1;
    const open = opening(doc, cue, next);
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
            open?.speaker ?? post.speaker ?? lastSpeaker,
            titleEnd,
          );
          usedQuotes.add(post.quote);
        }
      }
      continue;
    }
    let speaker: string | undefined;
    const feminine = isFeminine(doc, cue);
    if (open.speaker === null)
      // «… ، ودعا القادة إلى …»: the noun after a coordinated cue is its object, not its subject.
      speaker = prev && prev.sentence === sentence ? prev.speaker : undefined;
    else if (open.speaker) speaker = open.speaker;
    else if (cue.kind !== 'verb' && prev && prev.sentence === sentence) speaker = prev.speaker;
    // «وتحدث ترامب عن … مع بوتين، قائلاً»: a participle's subject is the sentence's, not the nearest name.
    else if (cue.kind === 'participle') speaker = firstPersonInSentence(doc, cue.at) ?? lastSpeaker;
    else if (cue.kind === 'noun') speaker = personEarlierInSentence(doc, cue.at) ?? lastSpeaker;
    else
      speaker =
        subjectBefore(doc, cue.at) ??
        firstPersonInSentence(doc, cue.at) ??
        (feminine === lastFeminine ? lastSpeaker : undefined);
    if (open.speaker) lastFeminine = feminine;
    const cueWord = cue.kind === 'and' && prev ? prev.cue : cueText(doc, cue);
    let to = contentEnd(doc, open, next);
    const from = open.quote >= 0 ? open.contentStart + 1 : open.contentStart;
    if (open.quote >= 0) usedQuotes.add(open.quote);
    to = trimEnd(doc, from, to, open.quote >= 0);
    if (
      (open.speaker !== null || speaker) &&
      emit(doc, from, to, open.mode, cueWord, speaker, titleEnd) &&
      speaker
    )
      lastSpeaker = speaker;
    prev = { sentence, cue: cueWord, ...(speaker ? { speaker } : {}) };
  }
  return doc;
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

/** What follows the cue: speaker, where content starts, and how. */
function opening(doc: Doc, cue: Cue, next: Cue | undefined): Opening | undefined {
  const tokens = doc.tokens;
  const sentence = doc.sentence[cue.at];
  if (cue.kind === 'and') return { contentStart: cue.at + 1, mode: 'reported', quote: -1 };
  if (cue.kind === 'noun') return nominalOpening(doc, cue);
  const preps = prepositionsOf(doc, cue);
  const describes = isDescribeVerb(doc, cue);
  const reports = isRelayVerb(doc, cue);
  let subjectEnd = -1;
  let speaker: string | null | undefined;
  let titleSeen = false;
  let relayed = false;
  const lex = lexicon();
  for (let j = cue.at + 1; j < tokens.length && j - cue.at <= MAX_SUBJECT; j++) {
    const tok = tokens[j];
    if (!tok || doc.sentence[j] !== sentence || (next && j >= next.at))
      return speaker ? { speaker, contentStart: -1, mode: 'reported', quote: -1 } : undefined;
    // «كتب: فلان» then a line break is a byline, not speech.
    if (tok.text === ':' && tokens[j + 1]?.newlineBefore && !isQuoteMark(tokens[j + 1]))
      return undefined;
    if (tok.text === ':') {
      const q = quoteOpenedAt(doc, j + 1);
      return q >= 0
        ? { speaker, contentStart: j + 1, mode: 'direct', quote: q }
        : { speaker, contentStart: j + 1, mode: 'direct', quote: -1 };
    }
    const q = quoteOpenedAt(doc, j);
    if (q >= 0) {
      const quote = doc.quotes[q];
      if (
        quote &&
        (doc.nameQuotes.has(q) || wordsIn(doc, q) < 3 || colonFollows(doc, quote.close, next))
      ) {
        j = quote.close >= 0 ? quote.close : j;
        continue;
      }
      return { speaker, contentStart: j, mode: 'direct', quote: q };
    }
    if (isComplementizer(tok) && (doc.mentionAt[j] ?? -1) < 0) {
      const direct = quoteOpenedAt(doc, j + 1);
      // «وصف ترامب الاجتماع بأنه …»: what is described belongs to the statement.
      const start = describes
        ? subjectEnd > 0 && subjectEnd < j
          ? subjectEnd
          : speaker
            ? j + 1
            : cue.at + 1
        : j + 1;
      return { speaker, contentStart: start, mode: direct >= 0 ? 'direct' : 'reported', quote: -1 };
    }
    if (preps && tok.isWord && j > cue.at + 1 - (speaker ? 0 : 1)) {
      const next = tokens[j + 1];
      const glued =
        preps.has('ب') &&
        tok.norm.length > 3 &&
        tok.norm.startsWith('ب') &&
        (doc.mentionAt[j] ?? -1) < 0;
      if (preps.has(tok.norm) && next && !isComplementizer(next))
        return { speaker, contentStart: j, mode: 'reported', quote: -1 };
      if (glued && j > cue.at + 1) return { speaker, contentStart: j, mode: 'reported', quote: -1 };
    }
    // «نقلت وكالة رويترز عن الوزير X قوله …»: the one quoted is the speaker, not the outlet.
    if (tok.isWord && tok.norm === 'عن' && reports && (doc.mentionAt[j] ?? -1) < 0) {
      // Unknown until someone is named after «عن» (نقلا عن الرئاسة الروسية → nobody we know).
      speaker = null;
      relayed = true;
      titleSeen = false;
      continue;
    }
    if (tok.isWord && SAYING.has(tok.norm)) {
      const after = tokens[j + 1];
      if (
        after &&
        (after.text === ':' || isComplementizer(after) || quoteOpenedAt(doc, j + 1) >= 0)
      )
        continue;
      return { speaker, contentStart: j + 1, mode: 'reported', quote: -1 };
    }
    if ((speaker === undefined || (relayed && speaker === null)) && tok.isWord) {
      const m = mentionAtToken(doc, j);
      // «وأعلنت واشنطن أن…»: a place as subject is no speaker we can name.
      if (m?.kind === 'place' && j === cue.at + 1) {
        speaker = null;
        continue;
      }
      if (m && (m.kind === 'person' || m.kind === 'organization')) {
        speaker = m.key;
        subjectEnd = m.to;
        j = m.to - 1;
        continue;
      } else if (lex.vague.has(tok.norm.replace(/^[وف]/, ''))) speaker = null;
      else if (!titleSeen && titleStartingAt(doc, j)) {
        const title = titleStartingAt(doc, j);
        titleSeen = true;
        speaker = title?.person ?? (title ? resolveTitle(doc, title, j) : undefined);
        j = (title?.to ?? j + 1) - 1;
        const named = mentionAtToken(doc, j + 1);
        subjectEnd = named?.kind === 'person' ? named.to : j + 1;
        if (named?.kind === 'person') j = named.to - 1;
      } else if (j === cue.at + 1 && unnamedSubject(doc, j)) speaker = null;
    }
  }
  return speaker ? { speaker, contentStart: -1, mode: 'reported', quote: -1 } : undefined;
}

const PREPS = new Map(
  Object.entries(PREPOSITION_CUES).map(([v, ps]) => [
    normalizeArabic(v),
    new Set(ps.map(normalizeArabic)),
  ]),
);

/** The prepositions that may open content after this cue verb («أكد على»), if any. */
function prepositionsOf(doc: Doc, cue: Cue): Set<string> | undefined {
  const tok = doc.tokens[cue.at];
  if (!tok?.isWord || cue.kind !== 'verb') return undefined;
  for (const r of infoOf(tok).conjReadings) {
    const p = PREPS.get(r) ?? (r.endsWith('ت') ? PREPS.get(r.slice(0, -1)) : undefined);
    if (p) return p;
  }
  return undefined;
}

const SAYING = new Set(['قوله', 'قولها', 'قولهم', 'تصريحه', 'تصريحها'].map(normalizeArabic));
const RELAY = new Set(['نقل', 'نقلت', 'نقلوا', 'ذكر', 'ذكرت'].map(normalizeArabic));

/** نقل/ذكر … عن X: relays what X said. */
function isRelayVerb(doc: Doc, cue: Cue): boolean {
  const tok = doc.tokens[cue.at];
  return !!tok && cue.kind === 'verb' && infoOf(tok).conjReadings.some((r) => RELAY.has(r));
}

function isDescribeVerb(doc: Doc, cue: Cue): boolean {
  const tok = doc.tokens[cue.at];
  return !!tok && infoOf(tok).conjReadings.some((r) => r === 'وصف' || r === 'وصفت');
}

/** «بدأ كلمته بالاعتراف بتدهور العلاقات»: content right after the verbal noun. */
function nominalOpening(doc: Doc, cue: Cue): Opening | undefined {
  const next = doc.tokens[cue.at + 1];
  if (!next?.isWord || doc.sentence[cue.at + 1] !== doc.sentence[cue.at]) return undefined;
  if (isComplementizer(next) || next.norm === 'علي' || next.norm === 'الي')
    return { contentStart: cue.at + 2, mode: 'reported', quote: -1 };
  if (next.norm.startsWith('ب') && next.norm.length > 3)
    return { contentStart: cue.at + 1, mode: 'reported', quote: -1 };
  return undefined;
}

/** The last person named before `at` in the same sentence (the agent of a verbal noun). */
function personEarlierInSentence(doc: Doc, at: number): string | undefined {
  for (let t = at - 1; t >= 0 && at - t < LOOK_BACK && doc.sentence[t] === doc.sentence[at]; t--) {
    const m = mentionAtToken(doc, t);
    if (m?.kind === 'person') return m.key;
  }
  return undefined;
}

/** «لكن ترامب أخطأ …، حيث قال إنه …»: the first person of the sentence is its subject. */
function firstPersonInSentence(doc: Doc, at: number): string | undefined {
  // The earliest person named or described (الرئيس الروسي) in the sentence before the cue.
  let found: string | undefined;
  for (let t = at - 1; t >= 0 && at - t < LOOK_BACK && doc.sentence[t] === doc.sentence[at]; t--) {
    if ((doc.quoteOf[t] ?? -1) >= 0) continue;
    const m = mentionAtToken(doc, t);
    if (m?.kind === 'person') found = m.key;
    const title = titleStartingAt(doc, t);
    if (title && !title.counterpart) {
      const who = title.person ?? resolveTitle(doc, title, t);
      if (who) found = who;
    }
  }
  return found;
}

/** «وأعلنت الوزارة», «وأكد البيان», «وذكرت وزارة الصحة»: a subject that names nobody we know. */
function unnamedSubject(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  if (!tok?.isWord) return false;
  if (readings(tok).some((r) => INSTITUTIONS.has(r))) return true;
  return hasArticle(tok) && !adjectiveCountry(tok) && !isStopword(tok.norm);
}

/** قالت، أكدت، مؤكدة: the cue agrees with a feminine subject. */
function isFeminine(doc: Doc, cue: Cue): boolean {
  const tok = doc.tokens[cue.at];
  if (!tok?.isWord || cue.kind === 'and') return false;
  const lex = lexicon();
  return infoOf(tok).conjReadings.some(
    (r) =>
      (r.endsWith('ت') && lex.verbs.has(r.slice(0, -1))) ||
      (cue.kind === 'participle' && r.endsWith('ه')),
  );
}

/** «قال عند مناقشة "…" في واشنطن: "…"»: a colon later on introduces the real speech. */
function colonFollows(doc: Doc, close: number, next: Cue | undefined): boolean {
  if (close < 0) return false;
  for (let t = close + 1; t < close + 10 && doc.sentence[t] === doc.sentence[close]; t++) {
    if (next && t >= next.at) return false;
    if (doc.tokens[t]?.text === ':') return true;
  }
  return false;
}

function quoteOpenedAt(doc: Doc, t: number): number {
  if (!isQuoteMark(doc.tokens[t])) return -1;
  const q = doc.quoteOf[t + 1] ?? -1;
  return q >= 0 && doc.quotes[q]?.open === t ? q : -1;
}

function wordsIn(doc: Doc, q: number): number {
  const quote = doc.quotes[q];
  if (!quote) return 0;
  const end = quote.close >= 0 ? quote.close : doc.tokens.length;
  let n = 0;
  for (let t = quote.open + 1; t < end && doc.quoteOf[t] === q; t++) if (doc.tokens[t]?.isWord) n++;
  return n;
}

function contentEnd(doc: Doc, open: Opening, next: Cue | undefined): number {
  const tokens = doc.tokens;
  const start = open.contentStart;
  const sentence = doc.sentence[start];
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
    else return end;
  }
}

function hasOpening(doc: Doc, from: number, to: number): boolean {
  for (let t = from; t < to; t++)
    if (isQuoteMark(doc.tokens[t]) && quoteOpenedAt(doc, t) >= 0) return true;
  return false;
}

/** First token of a person named right before the cue (SVO: «أوشاكوف … كشف»). */
function subjectStart(doc: Doc, at: number): number | undefined {
  let p = at - 1;
  if (doc.tokens[p]?.text === '،' || doc.tokens[p]?.text === ',') p--;
  const title = titleEndingAt(doc, p + 1);
  if (title && title.person) p = title.from - 1;
  if (doc.tokens[p]?.text === '،' || doc.tokens[p]?.text === ',') p--;
  const m = mentionAtToken(doc, p);
  return m && m.kind === 'person' && m.to === p + 1 ? m.from : undefined;
}

function subjectBefore(doc: Doc, at: number): string | undefined {
  const s = subjectStart(doc, at);
  return s === undefined ? undefined : mentionAtToken(doc, s)?.key;
}

/** «“…”، قال ترامب»: a verb after the quote it introduces. */
function postposed(
  doc: Doc,
  cue: Cue,
  used: Set<number>,
): { from: number; to: number; quote: number; speaker?: string } | undefined {
  let p = cue.at - 1;
  if (doc.tokens[p]?.text === '،' || doc.tokens[p]?.text === ',') p--;
  const q = doc.quoteOf[p - 1] ?? -1;
  if (q >= 0 && doc.quotes[q]?.close !== p) return undefined;
  if (q < 0 || used.has(q) || doc.nameQuotes.has(q) || wordsIn(doc, q) < 3) return undefined;
  const quote = doc.quotes[q];
  if (!quote) return undefined;
  const m = mentionAtToken(doc, cue.at + 1);
  return {
    from: quote.open + 1,
    to: quote.close,
    quote: q,
    ...(m && m.kind !== 'place' ? { speaker: m.key } : {}),
  };
}

function emit(
  doc: Doc,
  from: number,
  to: number,
  mode: StatementMode,
  cue: string,
  speaker: string | undefined,
  titleEnd: number,
): boolean {
  let words = 0;
  for (let t = from; t < to; t++) if (doc.tokens[t]?.isWord) words++;
  const first = doc.tokens[from];
  const last = doc.tokens[to - 1];
  if (words < 2 || !first || !last || !speaker) return false;
  if (titleEnd >= 0 && first.start < titleEnd) return false;
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
  });
  return true;
}
