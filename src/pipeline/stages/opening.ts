/**
 * What follows a speech cue: its speaker (a name, a description such as «الرئيس الروسي», or
 * nobody we can name) and where its content starts — after «:», at a quote, after أن/إن, after
 * a preposition (أكد على), or after «قوله» when the cue relays someone else (نقل عن X قوله).
 */
import {
  mentionAtToken,
  titleEndingAt,
  titleStartingAt,
  type Delegation,
  type Doc,
  type TitlePhrase,
} from '../document.ts';
import { lexicon } from '../lexicon/index.ts';
import {
  CALL_WORDS,
  PARTICIPLE_PREPOSITIONS,
  PREPOSITION_CUES,
  SET_PHRASE_OBJECTS,
} from '../lexicon/speechVerbs.ts';
import {
  HONORIFIC_ROLE_KEYS,
  INSTITUTION_NOUNS,
  MAX_HONORIFICS_IN_A_ROW,
} from '../lexicon/titles.ts';
import { normalizeArabic } from '../../core/arabic.ts';
import { tokenAt, type Token } from '../tokenize.ts';
import { wordFlag } from '../word-facts.ts';
import type { StatementMode } from '../../core/types.ts';
import { adjectiveCountry, hasArticle, infoOf, isCueVerb, isStopword, readings } from '../words.ts';
import { isComplementizer, isFirstPersonVerb, type Cue } from './cues.ts';
import {
  isAffirmedNoun,
  isAffirmVerb,
  isVerbalNounShaped,
  isAttributeVerb,
  isDescribeVerb,
  isRelayVerb,
} from './cueVerbs.ts';
import { isSpecificTitle, resolveInstitution, resolveTitle } from './describe.ts';
import { isComma, isQuoteMark, quoteOpenedAt } from './structure.ts';
import { documentFrameEnd, documentIssuer, issuedDocumentAt } from './documentFrame.ts';
import {
  ADJUNCT_OPENERS_WORDS,
  OBJECT_PREPOSITION_WORDS,
  DOCUMENT_NOUNS,
  HONORIFIC_PRONOUN_WORDS,
  SAYING_WORDS,
  FIRST_PERSON_WORDS,
  CLAUSE_TAKING_WORDS,
} from '../lexicon/discourse.ts';

/** How far after a cue its content may start (tokens): the subject, its titles and adjuncts in
 * commas may run long («وقال الوزير X، في جلسة … التي تأتي بعد … ، أن…»); the sentence and the
 * next cue bound it first. */
const MAX_SUBJECT = 70;

const INSTITUTIONS = new Set(INSTITUTION_NOUNS.map(normalizeArabic));

export interface Opening {
  speaker?: string | null;
  /** «وأضاف البيان»: a document named as subject speaks for the last speaker. */
  byDocument?: boolean;
  contentStart: number;
  mode: StatementMode;
  quote: number;
}

/** The first side (delegation) whose name starts at token `t`. A function, not a closure in
 * opening's scan: a closure reading the scan's index makes the engine keep that index in a heap
 * context, allocated afresh every iteration. */
function delegationFrom(doc: Doc, t: number): Delegation | undefined {
  for (const d of doc.delegations) if (d.from === t) return d;
  return undefined;
}

/** «في مؤتمر صحفي: إن…», «لقناة الحدث إن…»: a short adjunct at `t` (a preposition, or a word
 * glued to ل or ب) that a colon, أن or an opening quote closes within a few words. */
function adjunctBeforeContent(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  if (!tok?.isWord || !(ADJUNCT_OPENERS.has(tok.norm) || /^[لب][^ل]/.test(tok.norm))) return false;
  for (let k = t + 1; k < t + 7 && doc.sentence[k] === doc.sentence[t]; k++) {
    const w = doc.tokens[k];
    if (!w) return false;
    if (w.text === ':' || isComplementizer(w) || quoteOpenedAt(doc, k) >= 0) return true;
    if (w.text === '.' || isCueVerb(w)) return false;
  }
  return false;
}

const CALLS = new Set(CALL_WORDS.map(normalizeArabic));

function isCall(doc: Doc, cue: Cue): boolean {
  const tok = doc.tokens[cue.at];
  return !!tok && isCallWord(tok);
}

/** A call verb without its و/ف (دعا، طالب), once per word (no punctuation is one). */
const isCallWord = wordFlag(
  (tok: Token) => tok.isWord && infoOf(tok).conjReadings.some((r) => CALLS.has(r)),
);

/** «العالم والمجتمع الدولي للتحرك»: an addressee (no preposition, no أن) and, within a few
 * words of the sentence, «إلى» or a word glued to ل or ب: what they are called to. */
function callTargetSoon(doc: Doc, t: number): boolean {
  const first = doc.tokens[t];
  if (!first?.isWord || isComplementizer(first) || PREP_WORDS.has(first.norm)) return false;
  for (let k = t + 1; k < t + 7 && doc.sentence[k] === doc.sentence[t]; k++) {
    const w = doc.tokens[k];
    if (!w?.isWord) return false;
    if (w.norm === 'الي' || (/^[لب][^ل]/.test(w.norm) && w.norm.length > 3) || /^لل/.test(w.norm))
      return true;
  }
  return false;
}

const PREP_WORDS = new Set(['الي', 'علي', 'عن', 'في', 'من', 'ب', 'ل']);

function commaBetween(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (doc.tokens[k]?.text === '،' || doc.tokens[k]?.text === ',') return true;
  return false;
}

const HONORIFIC_PRONOUNS = new Set(HONORIFIC_PRONOUN_WORDS.map(normalizeArabic));

/** «سموه», «معاليها»: an honorific with a pronoun stands for a person named before. */
export function isHonorificPronoun(tok: Token | undefined): boolean {
  return HONORIFIC_PRONOUNS.has(tok?.norm ?? '');
}

/** The person named last before `at`, within a bounded look-back. */
function lastPersonBefore(doc: Doc, at: number): string | undefined {
  for (let t = at - 1; t >= 0 && at - t < 400; t--) {
    const m = mentionAtToken(doc, t);
    if (m?.kind === 'person') return m.key;
  }
  return undefined;
}

/** What follows the cue: speaker, where content starts, and how. */
export function opening(doc: Doc, cue: Cue, next: Cue | undefined): Opening | undefined {
  const tokens = doc.tokens;
  const sentence = doc.sentence[cue.at];
  if (cue.kind === 'and') return { contentStart: cue.at + 1, mode: 'reported', quote: -1 };
  if (cue.kind === 'noun') return nominalOpening(doc, cue);
  // «داعيًا العالم والمجتمع الدولي للتحرك…»: the one called opens the claim.
  const calls = isCall(doc, cue);
  if (calls && cue.kind === 'participle' && callTargetSoon(doc, cue.at + 1))
    return { contentStart: cue.at + 1, mode: 'reported', quote: -1 };
  const preps = prepositionsOf(doc, cue);
  const describes = isDescribeVerb(doc, cue);
  const reports = isRelayVerb(doc, cue);
  const attributes = isAttributeVerb(doc, cue);
  const asserts = isAffirmVerb(doc, cue);
  let subjectEnd = -1;
  let speaker: string | null | undefined;
  let titleSeen = false;
  let relayed = false;
  let adjunct = false;
  let byDocument = false;
  let adjunctAfterSubject = false;
  // A description naming its own body that fits nobody here (مدير مستشفى الجامعة): unless a
  // name follows before the content, the speaker is someone we cannot name.
  let unnamedTitle = false;
  const who = (): string | null | undefined =>
    speaker === undefined && unnamedTitle ? null : speaker;
  // «وجاء في بيان للحزب أن…»: the document's issuer is the speaker, or the last one.
  const frame = cue.kind === 'verb' ? documentFrameEnd(doc, cue.at) : -1;
  let first = cue.at + 1;
  const lead = tokens[cue.at + 1];
  const leadAdjunct = isComma(lead) || (!!lead?.isWord && ADJUNCT_OPENERS.has(lead.norm));
  if (frame >= 0) {
    const issuer = documentIssuer(doc, frame);
    if (issuer.speaker) speaker = issuer.speaker;
    else byDocument = true;
    first = issuer.end;
  }
  // «وقالت معاليها: …»: an honorific with a pronoun is the person named last.
  if (first === cue.at + 1 && HONORIFIC_PRONOUNS.has(tokens[first]?.norm ?? '')) {
    const named = lastPersonBefore(doc, cue.at);
    if (named) speaker = named;
  }
  // «وقال أعتقد أن…», «وأضاف نحن هنا اليوم…»: the speaker's own words start with a verb of
  // «I» or a pronoun of «I» or «we».
  if (
    cue.kind === 'verb' &&
    speaker === undefined &&
    first === cue.at + 1 &&
    // «وأكد أنطاه أن»: a person's name that looks like a verb of «I» is that person.
    ((isFirstPersonVerb(tokens[first], tokens[first + 1]) && !mentionAtToken(doc, first)) ||
      FIRST_PERSON.has(tokens[first]?.norm ?? ''))
  )
    return { contentStart: first, mode: 'direct', quote: -1 };
  for (let j = first; j < tokens.length && j - cue.at <= MAX_SUBJECT; j++) {
    const tok = tokens[j];
    if (!tok || doc.sentence[j] !== sentence || (next && j >= next.at))
      return speaker ? { speaker, contentStart: -1, mode: 'reported', quote: -1 } : undefined;
    // «كتب: فلان» then a line break is a byline, not speech.
    if (tok.text === ':' && tokens[j + 1]?.newlineBefore && !isQuoteMark(tokens[j + 1]))
      return undefined;
    if (tok.text === ':') {
      // «: إن “…”»: the complementizer after the colon is no part of the words.
      const at = isComplementizer(tokens[j + 1]) && tokens[j + 2] ? j + 2 : j + 1;
      const q = quoteOpenedAt(doc, at);
      return {
        speaker: who(),
        byDocument,
        contentStart: at,
        mode: 'direct',
        quote: q >= 0 ? q : -1,
      };
    }
    const q = quoteOpenedAt(doc, j);
    if (q >= 0) {
      const quote = doc.quotes[q];
      if (
        quote &&
        (doc.nameQuotes.has(q) ||
          wordsIn(doc, q) < 3 ||
          // «ونقل “مركز أنباء المنظمة” عن…»: the relaying source, quoted before «عن».
          (reports && j === cue.at + 1 && tokens[quote.close + 1]?.norm === 'عن') ||
          isAcronym(doc, q) ||
          colonFollows(doc, quote.close, next) ||
          // «وأضاف، ردا على سؤال … عن تقرير “آفاق الاقتصاد”، أنه …»: a short quoted title inside
          // the adjunct that opens after the verb; the claim comes with أن.
          (leadAdjunct &&
            j > cue.at + 1 &&
            wordsIn(doc, q) <= 4 &&
            complementizerAhead(doc, quote.close, next)))
      ) {
        // «وأوضح "عامر"، خلال كلمته…»: a name in quotes right after the cue is its subject.
        const named = mentionAtToken(doc, j + 1);
        // «قال المهندس "نبيل عمران"»: or right after a title that named nobody yet.
        // «أعلن حزب "النهضة"»: a body named in quotes after its head noun.
        // «وقالت "آفاد":»: a body's short name in quotes right after the verb.
        const body =
          named?.kind === 'organization' &&
          (j === cue.at + 2 || j === cue.at + 1) &&
          doc.nameQuotes.has(q);
        if (
          speaker === undefined &&
          // «الناطق باسم الدفاع المدني العقيد "X"»: or after a rank that follows the body.
          (((j === cue.at + 1 || (titleSeen && (subjectEnd === j || !!titleEndingAt(doc, j)))) &&
            named?.kind === 'person') ||
            body)
        ) {
          speaker = named.key;
          subjectEnd = quote.close >= 0 ? quote.close + 1 : named.to;
        }
        j = quote.close >= 0 ? quote.close : j;
        continue;
      }
      return { speaker: who(), byDocument, contentStart: j, mode: 'direct', quote: q };
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
      return {
        speaker: who(),
        byDocument,
        contentStart: start,
        mode: direct >= 0 ? 'direct' : 'reported',
        quote: -1,
      };
    }
    // «أكد المدرب عقب الفوز على موريتانيا أن…»: a preposition inside an adjunct after the
    // subject is the adjunct's, not the verb's.
    if (
      speaker &&
      tok.isWord &&
      ADJUNCT_OPENERS.has(tok.norm) &&
      !(preps?.has(tok.norm) && j === subjectEnd)
    )
      adjunctAfterSubject = true;
    if (tok.text === '،' || tok.text === ',') adjunctAfterSubject = false;
    // (A description opens with ب only after its subject: «وكان X قد وصف الحكم بـ…» is told
    // by the sentence's subject, which the participle after it goes on with.)
    if (
      preps &&
      tok.isWord &&
      j > cue.at + 1 - (speaker ? 0 : 1) &&
      !adjunctAfterSubject &&
      !(describes && !speaker)
    ) {
      const next = tokens[j + 1];
      const glued =
        preps.has('ب') &&
        tok.norm.length > 3 &&
        tok.norm.startsWith('ب') &&
        (doc.mentionAt[j] ?? -1) < 0;
      // «ودعا الوزير المواطنين إلى الالتزام»: after a call, the addressee opens the claim.
      // «ووصف الوزير الخطة بالفرصة الأخيرة»: what is described belongs to the claim too.
      const from =
        (calls &&
          speaker &&
          subjectEnd > 0 &&
          subjectEnd < j &&
          // «وأرجع الوزير سامي النجار، تأخر المشروع إلى…»: the comma that closes the subject's
          // name may come first; another one sets off an adjunct, not the one called.
          !commaBetween(doc, isComma(tokens[subjectEnd]) ? subjectEnd + 1 : subjectEnd, j)) ||
        (describes && speaker && subjectEnd > 0 && subjectEnd < j)
          ? firstWordFrom(doc, subjectEnd)
          : j;
      // «إلى جانب بوتين» (beside) is no content: «أشار ترامب، إلى جانب بوتين، إلى أن…».
      if (preps.has(tok.norm) && next && !isComplementizer(next) && next.norm !== 'جانب')
        return { speaker: who(), contentStart: from, mode: 'reported', quote: -1 };
      if (glued && j > cue.at + 1)
        return { speaker: who(), contentStart: from, mode: 'reported', quote: -1 };
    }
    // «أكد الرئيس التزام بلاده بـ…»: an affirmed noun is reported content without أن.
    // «وكان الوزير قد أعلن عدم نيته…», «وأكد ضرورة…»: with the subject before the verb or
    // left out, the noun right after the verb is the claim.
    // «وكان السفير قد أكد، خلال زيارته …، حرص المملكة على…»: or right after an adjunct in commas.
    // A أن still to come opens the claim instead (…، رئيس وفد … في حفل افتتاح المتحف، أن…).
    if (
      (speaker || j === cue.at + 1 || (leadAdjunct && isComma(tokens[j - 1]))) &&
      asserts &&
      tok.isWord &&
      (isAffirmedNoun(tok.norm) ||
        (((!!speaker && j === subjectEnd) || j === cue.at + 1) && isVerbalNounShaped(tok))) &&
      !complementizerAhead(doc, j, next)
    )
      return { speaker: who(), contentStart: j, mode: 'reported', quote: -1 };
    // «نقلت وكالة رويترز عن الوزير X قوله …»: the one quoted is the speaker, not the outlet.
    // «ونفى الكرملين على لسان المتحدث باسمه X»: X speaks for the institution.
    const throughMouth = tok.norm === 'لسان' && tokens[j - 1]?.norm === 'علي';
    if (
      tok.isWord &&
      (throughMouth || (tok.norm === 'عن' && reports && (doc.mentionAt[j] ?? -1) < 0))
    ) {
      // Unknown until someone is named after «عن» (نقلا عن الرئاسة الروسية → nobody we know).
      speaker = null;
      relayed = true;
      titleSeen = false;
      // «ونقل موقع X قبل أيام عن سامي النجار»: the one relayed is no part of an adjunct before.
      adjunct = false;
      continue;
    }
    // «ونسبت صحيفة الشروق لرئيس اللجنة … قوله إن»: the one it is attributed to speaks.
    if (
      attributes &&
      !relayed &&
      tok.isWord &&
      /^ل[^ل]/.test(tok.norm) &&
      (titleStartingAt(doc, j) || mentionAtToken(doc, j)?.kind === 'person')
    ) {
      speaker = null;
      relayed = true;
      titleSeen = false;
      adjunct = false;
    }
    if (tok.isWord && SAYING.has(tok.norm)) {
      const after = tokens[j + 1];
      if (
        after &&
        (after.text === ':' ||
          isComplementizer(after) ||
          quoteOpenedAt(doc, j + 1) >= 0 ||
          // «قوله أيضا إن»
          (/^(ايضا|كذلك)$/.test(after.norm) && isComplementizer(tokens[j + 2])) ||
          // «قوله في مؤتمر صحفي: إن…», «قوله لقناة X إن…»: an adjunct before the content.
          adjunctBeforeContent(doc, j + 1))
      )
        continue;
      return { speaker: who(), contentStart: j + 1, mode: 'reported', quote: -1 };
    }
    // «وأوضح، خلال كلمته في مؤتمر مجلس الأعمال، أن…»: who is named inside an adjunct (during,
    // in, before…) is not the subject.
    // After a title still waiting for its name, «في» belongs to it (العالمة في معهد الفلك X).
    if (
      speaker === undefined &&
      !relayed &&
      tok.isWord &&
      ADJUNCT_OPENERS.has(tok.norm) &&
      (!titleSeen || tok.norm !== 'في')
    )
      adjunct = true;
    if (tok.text === '،' || tok.text === ',') adjunct = false;
    if (
      (speaker === undefined || (relayed && speaker === null)) &&
      tok.isWord &&
      !adjunct &&
      frame < 0
    ) {
      // «وصرح لمراسل قناة فوكس نيوز»: whoever is spoken to is not the speaker.
      // (After «نسب», the one named with ل is the speaker, not an addressee.)
      const spokenTo =
        attributes && relayed ? j : Math.max(addresseeEnd(doc, j), withPhraseEnd(doc, j, cue));
      if (spokenTo > j) {
        j = spokenTo - 1;
        continue;
      }
      const m = mentionAtToken(doc, j);
      // «المذاع على قناة “الأفق”»: a noun right after a preposition is its object (a relay's
      // «عن», an attribution's «ل» are read above).
      if (
        j > cue.at + 1 &&
        !relayed &&
        !reports &&
        !attributes &&
        OBJECT_PREPOSITIONS.has(tokens[j - 1]?.norm ?? '')
      ) {
        if (m) j = m.to - 1;
        continue;
      }
      // «توقعت بعثة صندوق النقد أن…»: a side named by a body (its mention lies over the body's)
      // speaks when it is the verb's subject.
      const side = j === cue.at + 1 ? delegationFrom(doc, j) : undefined;
      if (side && doc.entities.has(side.key)) {
        speaker = side.key;
        subjectEnd = side.to;
        j = side.to - 1;
        continue;
      }
      // «وأعلنت واشنطن أن…»: a place as subject is no speaker we can name.
      if (m?.kind === 'place' && j === cue.at + 1) {
        speaker = null;
        continue;
      }
      // «ذكرت وكالة "نوفوستي"»: the outlet after its media noun is the speaker.
      const outlet = infoOf(tok).media ? outletAfter(doc, j + 1) : undefined;
      if (outlet) {
        speaker = outlet.key;
        subjectEnd = outlet.to;
        j = outlet.to - 1;
        continue;
      }
      // «قال أستاذ الفلك في جامعة بنسلفانيا ألكسندر …»: a body after a title is the title's.
      if (m?.kind === 'organization' && titleSeen) {
        j = m.to - 1;
        continue;
      }
      // «توقعت بعثة صندوق النقد أن…», «وأعلن الجانب الروسي أن…»: a side speaks as a body
      // when it is the verb's subject.
      if (
        m &&
        (m.kind === 'person' ||
          m.kind === 'organization' ||
          (m.kind === 'delegation' && j === cue.at + 1))
      ) {
        speaker = m.key;
        subjectEnd = m.to;
        j = m.to - 1;
        continue;
      } else if (j === cue.at + 1 && setPhraseObject(doc, cue, tok.norm)) {
        // «ولفت الانتباه إلى أن…»: the verb's fixed object; the subject is left out.
        // «وجدد التأكيد على حرص…»: the claim follows its preposition (أن after it opens it
        // anyway).
        const prep = tokens[j + 1];
        if (
          prep?.isWord &&
          PREPOSITIONS_AFTER_SET_PHRASE.has(prep.norm) &&
          tokens[j + 2]?.isWord &&
          !isComplementizer(tokens[j + 2]) &&
          doc.sentence[j + 2] === sentence
        )
          return { speaker: who(), contentStart: j + 2, mode: 'reported', quote: -1 };
        continue;
      } else if (j === cue.at + 1 && issuedDocumentAt(doc, j)) {
        const issued = issuedDocumentAt(doc, j) as { speaker: string; end: number };
        speaker = issued.speaker;
        subjectEnd = issued.end;
        j = issued.end - 1;
      } else if (j === cue.at + 1 && DOCUMENTS.has(tok.norm.replace(/^[وف]/, ''))) {
        byDocument = true;
        subjectEnd = j + 1;
      } else if (
        isVague(tok.norm) &&
        !titleStartingAt(doc, j)?.person &&
        // «وأوضح المسؤول المحلي أن»: «the official», definite, points back to one the text
        // named with an office; «مسؤول» and «المصادر» stay vague.
        !(hasArticle(tok) && definiteTitleResolves(doc, j))
      )
        speaker = null;
      else if (!titleSeen && titleStartingAt(doc, j)) {
        const title = titleStartingAt(doc, j);
        titleSeen = true;
        speaker =
          title?.person ??
          (title ? (resolveTitle(doc, title, j) ?? spokesmanOfBody(doc, title)) : undefined);
        // «وأوضح مدير مستشفى الجامعة أن…» with no such person named: someone we cannot name,
        // not the last speaker carried over.
        if (speaker === undefined && title && isSpecificTitle(doc, title)) unnamedTitle = true;
        j = (title?.to ?? j + 1) - 1;
        // «المتحدث باسم الجيش العقيد X»: a rank between the description and the name.
        // «وزير الثقافة، الدكتور X،»: or an honorific after a comma.
        const honorific =
          isComma(tokens[j + 1]) && !mentionAtToken(doc, j + 2)
            ? titleStartingAt(doc, j + 2)
            : undefined;
        const rank = mentionAtToken(doc, j + 1)
          ? undefined
          : (titleStartingAt(doc, j + 1) ??
            (honorific && honorific.to - honorific.from === 1 && honorific.person
              ? honorific
              : undefined));
        if (rank?.person) {
          speaker = rank.person;
          j = rank.to - 1;
        }
        // «قال الأستاذ الدكتور السير X»: one-word honorifics in a row; the name after the last
        // is the speaker, not whoever held the first honorific before.
        // «وأوضح الدكتور النجار أن»: so is the name right after one honorific when the title
        // named nobody of its own and was read as an earlier holder's (محامي سعد: the client
        // after an office is no speaker).
        const chainEnd = honorificChainEnd(doc, title, j + 1);
        const named = mentionAtToken(doc, chainEnd);
        const honorificOnly =
          !!title && !title.person && title.to - title.from === 1 && HONORIFICS.has(title.roleKey);
        if (
          named?.kind === 'person' &&
          named.from === chainEnd &&
          (chainEnd > j + 1 || honorificOnly)
        ) {
          speaker = named.key;
          j = chainEnd - 1;
        }
        subjectEnd = named?.kind === 'person' ? named.to : j + 1;
        if (named?.kind === 'person') j = named.to - 1;
      } else if (
        j === cue.at + 1 &&
        unnamedSubject(doc, j) &&
        // «حزب "النهضة"»: the name follows in quotes.
        !(isQuoteMark(tokens[j + 1]) && mentionAtToken(doc, j + 2)?.kind === 'organization') &&
        // «قالت شركة اتحاد اتصالات»: the known body named right after its kind noun.
        !(hasArticle(tok) === false && mentionAtToken(doc, j + 1)?.kind === 'organization') &&
        // «وقالت الرسامة سلمى النجار»: a definite noun right before a person's name describes
        // her (an occupation no title list holds); the name is the subject. «أكد الإداري المدير
        // العام …»: so does one right before a title.
        !(hasArticle(tok) && (personStartsAt(doc, j + 1) || !!titleStartingAt(doc, j + 1)))
      )
        // «ودعا المواطنين إلى…», «وعزا العجز إلى…»: after a call the noun no body reads is
        // the one called (or what is attributed); the subject is left out and carries over.
        speaker = resolveInstitution(doc, j) ?? (calls ? undefined : null);
    }
  }
  return speaker ? { speaker, contentStart: -1, mode: 'reported', quote: -1 } : undefined;
}

/** The first word at or after `t` (past a comma). */
function firstWordFrom(doc: Doc, t: number): number {
  return isComma(doc.tokens[t]) ? t + 1 : t;
}

/** Where a run of one-word titles that starts with `first` and goes on at `t` ends: the token
 * after the last (`t` when the run is one title long). */
function honorificChainEnd(doc: Doc, first: TitlePhrase | undefined, t: number): number {
  if (!first || first.to - first.from !== 1) return t;
  let end = t;
  for (let hops = 0; hops < MAX_HONORIFICS_IN_A_ROW; hops++) {
    if (mentionAtToken(doc, end)) break;
    const next = titleStartingAt(doc, end);
    if (!next || next.to - next.from !== 1) break;
    end = next.to;
  }
  return end;
}

const HONORIFICS = new Set(HONORIFIC_ROLE_KEYS);
const SPEAKS_FOR = normalizeArabic('باسم');
/** How far after a spokesman's title his name may still come, in tokens. */
const SPOKESMAN_REACH = 6;

/** «وأوضح المتحدث باسم الهيئة أن…» with no name: a spokesman nobody named speaks for the
 * body after «باسم» — named there, or named before and called by its kind noun (الهيئة). */
function spokesmanOfBody(doc: Doc, title: TitlePhrase): string | undefined {
  if (title.roleKey !== 'متحدث') return undefined;
  // A person named soon after the title (after the rest of the body's name: «باسم حزب الأفق 25
  // محمود …») is the spokesman himself.
  for (
    let k = title.to;
    k < title.to + SPOKESMAN_REACH && doc.sentence[k] === doc.sentence[title.from];
    k++
  ) {
    const tok = doc.tokens[k];
    if (mentionAtToken(doc, k)?.kind === 'person') return undefined;
    if (!tok || isComplementizer(tok) || (tok.isWord && infoOf(tok).cue) || tok.text === ':') break;
  }
  for (let k = title.from + 1; k < title.to; k++) {
    if (doc.tokens[k]?.norm !== SPEAKS_FOR) continue;
    const m = mentionAtToken(doc, k + 1);
    if (m?.kind === 'organization' && m.from === k + 1) return m.key;
    return resolveInstitution(doc, k + 1);
  }
  return undefined;
}

/** A person's mention starts at `t`. */
function personStartsAt(doc: Doc, t: number): boolean {
  const m = mentionAtToken(doc, t);
  return m?.kind === 'person' && m.from === t;
}

/** A title starts at `t` and names someone the text gave that office (or, for «the official»,
 * any office). */
function definiteTitleResolves(doc: Doc, t: number): boolean {
  const title = titleStartingAt(doc, t);
  return !!title && !!resolveTitle(doc, title, t);
}

/** «مصادر», «المراقبون», «ومسؤولون»: a vague subject, with or without the article. */
function isVague(norm: string): boolean {
  const vague = lexicon().vague;
  const bare = norm.replace(/^[وف]/, '');
  return vague.has(bare) || (bare.startsWith('ال') && vague.has(bare.slice(2)));
}

const PREPS = new Map(
  Object.entries(PREPOSITION_CUES).map(([v, ps]) => [
    normalizeArabic(v),
    new Set(ps.map(normalizeArabic)),
  ]),
);

const PARTICIPLE_PREPS = new Map(
  Object.entries(PARTICIPLE_PREPOSITIONS).flatMap(([p, ps]) => {
    const set = new Set(ps.map(normalizeArabic));
    const m = normalizeArabic(p);
    return [
      [m, set],
      [`${m.slice(0, -1)}ه`, set],
    ] as [string, Set<string>][];
  }),
);

/** The prepositions that may open content after this cue verb («أكد على»), if any. */
const SET_OBJECTS = new Map(
  Object.entries(SET_PHRASE_OBJECTS).map(([v, objects]) => [
    normalizeArabic(v),
    new Set(objects.map(normalizeArabic)),
  ]),
);

/** `norm` is the fixed object of the cue's verb in a set phrase (لفت الانتباه). */
/** What a set phrase's object is followed by before its claim (التأكيد على، الانتباه إلى). */
const PREPOSITIONS_AFTER_SET_PHRASE = new Set(['علي', 'الي']);

function setPhraseObject(doc: Doc, cue: Cue, norm: string): boolean {
  const tok = doc.tokens[cue.at];
  if (cue.kind !== 'verb' || !tok?.isWord) return false;
  return infoOf(tok).conjReadings.some((r) =>
    (SET_OBJECTS.get(r) ?? SET_OBJECTS.get(r.slice(0, -1)))?.has(norm),
  );
}

function prepositionsOf(doc: Doc, cue: Cue): Set<string> | undefined {
  const tok = doc.tokens[cue.at];
  if (!tok?.isWord) return undefined;
  if (cue.kind === 'participle') {
    // «مشيرًا إلى إحراز تقدم»: only right after the participle, and not before a name.
    const next = tokenAt(doc.tokens, cue.at + 1);
    const after = cue.at + 2;
    // (A title there counts only with its person: «على الحاجة الملحة» is no pilgrim.)
    if (!next?.isWord || mentionAtToken(doc, after) || titleStartingAt(doc, after)?.person)
      return undefined;
    for (const r of infoOf(tok).conjReadings) {
      const p = PARTICIPLE_PREPS.get(r);
      if (p?.has(next.norm)) return p;
    }
    return undefined;
  }
  if (cue.kind !== 'verb') return undefined;
  for (const r of infoOf(tok).conjReadings) {
    const p = PREPS.get(r) ?? (r.endsWith('ت') ? PREPS.get(r.slice(0, -1)) : undefined);
    if (p) return p;
  }
  return undefined;
}

const ADJUNCT_OPENERS = new Set(ADJUNCT_OPENERS_WORDS.map(normalizeArabic));
const OBJECT_PREPOSITIONS = new Set(OBJECT_PREPOSITION_WORDS.map(normalizeArabic));

const DOCUMENTS = new Set(DOCUMENT_NOUNS.map(normalizeArabic));
const FIRST_PERSON = new Set(FIRST_PERSON_WORDS.map(normalizeArabic));

const SAYING = new Set(SAYING_WORDS.map(normalizeArabic));

/** «بدأ كلمته بالاعتراف بتدهور العلاقات»: content right after the verbal noun. */
function nominalOpening(doc: Doc, cue: Cue): Opening | undefined {
  const next = doc.tokens[cue.at + 1];
  // «… بقوله: "…"»: a colon or a quote mark opens the words themselves.
  const at = next?.text === ':' ? cue.at + 2 : cue.at + 1;
  const q = quoteOpenedAt(doc, at);
  if (q >= 0) return { contentStart: at, mode: 'direct', quote: q };
  if (at === cue.at + 2 && doc.tokens[at]?.isWord && doc.sentence[at] === doc.sentence[cue.at])
    return { contentStart: at, mode: 'direct', quote: -1 };
  if (!next?.isWord || doc.sentence[cue.at + 1] !== doc.sentence[cue.at]) return undefined;
  if (isComplementizer(next) || next.norm === 'علي' || next.norm === 'الي')
    return { contentStart: cue.at + 2, mode: 'reported', quote: -1 };
  if (next.norm.startsWith('ب') && next.norm.length > 3)
    return { contentStart: cue.at + 1, mode: 'reported', quote: -1 };
  return undefined;
}

/** «وأعلنت الوزارة», «وأكد البيان», «وذكرت وزارة الصحة»: a subject that names nobody we know. */
function unnamedSubject(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  if (!tok?.isWord) return false;
  if (readings(tok).some((r) => INSTITUTIONS.has(r))) return true;
  // «وتابع بالقول»: a noun after a preposition is never the subject.
  if (/^(بال|لل|كال|وبال|ولل)/.test(tok.norm)) return false;
  return hasArticle(tok) && !adjectiveCountry(tok) && !isStopword(tok.norm);
}

/** Past-the-end of an addressee after a cue («لمراسل قناة فوكس نيوز», «لبوتين»,
 * «للصحفيين»), or `t` when the word is not one: ل glued to a name, a title or a definite noun. */
function addresseeEnd(doc: Doc, t: number): number {
  const tok = doc.tokens[t];
  if (!tok?.isWord || tok.norm.length < 4 || tok.norm[0] !== 'ل' || isStopword(tok.norm)) return t;
  const m = mentionAtToken(doc, t);
  const title = m ? undefined : titleStartingAt(doc, t);
  // The ل must be a clitic: «لافروف» and «لواء» start with ل themselves.
  const spokenTo =
    (m?.from === t && m.start > tok.start) ||
    (!!title && !lexicon().titleHeads.has(tok.norm)) ||
    lexicon().mediaNouns.has(tok.norm.slice(1)) ||
    tok.norm.startsWith('لل');
  if (!spokenTo) return t;
  let end = m ? m.to : title ? title.to : t + 1;
  // The noun phrase goes on: «لمراسل قناة فوكس نيوز».
  for (let k = 0; k < 3; k++) {
    const next = doc.tokens[end];
    const inner = mentionAtToken(doc, end);
    if (inner && inner.from === end && inner.kind !== 'place') end = inner.to;
    else if (next?.isWord && lexicon().mediaNouns.has(next.norm)) end++;
    else break;
  }
  return end;
}

/** «وأضاف في حديث مع إذاعة "…"، أن…», «خلال مداخلة هاتفية مع الإعلامي X، أن…»: whoever the
 * speaker talks with is no speaker. The phrase after «مع» ends at a comma, a colon or أن/إن. */
function withPhraseEnd(doc: Doc, t: number, cue: Cue): number {
  const tok = doc.tokens[t];
  if (!tok?.isWord || (tok.norm !== 'مع' && tok.norm !== 'ومع')) return t;
  let end = t + 1;
  for (; end < doc.tokens.length && end - cue.at <= MAX_SUBJECT; end++) {
    const x = doc.tokens[end];
    if (!x || doc.sentence[end] !== doc.sentence[t]) break;
    if (x.text === '،' || x.text === ',' || x.text === ':' || isComplementizer(x)) break;
  }
  return end;
}

/** The organization named right after a media noun, quoted or not. */
function outletAfter(doc: Doc, t: number): { key: string; to: number } | undefined {
  const quoted = isQuoteMark(doc.tokens[t]);
  const m = mentionAtToken(doc, quoted ? t + 1 : t);
  if (m?.kind !== 'organization') return undefined;
  return { key: m.key, to: quoted && isQuoteMark(doc.tokens[m.to]) ? m.to + 1 : m.to };
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

/** A quote of single letters is an outlet's acronym, not speech (rules/speakerRules.ts). */
function isAcronym(doc: Doc, q: number): boolean {
  const quote = doc.quotes[q];
  if (!quote || quote.close < 0 || quote.close - quote.open > 6) return false;
  for (let t = quote.open + 1; t < quote.close; t++) {
    const tok = doc.tokens[t];
    if (tok?.isWord && tok.norm.length > 1) return false;
  }
  return true;
}

export function wordsIn(doc: Doc, q: number): number {
  const quote = doc.quotes[q];
  if (!quote) return 0;
  const end = quote.close >= 0 ? quote.close : doc.tokens.length;
  let n = 0;
  for (let t = quote.open + 1; t < end && doc.quoteOf[t] === q; t++) if (doc.tokens[t]?.isWord) n++;
  return n;
}

/** A complementizer later in the sentence, before the next cue. */
function complementizerAhead(doc: Doc, from: number, next: Cue | undefined): boolean {
  const limit = next ? next.at : doc.tokens.length;
  for (let k = from + 1; k < limit && doc.sentence[k] === doc.sentence[from]; k++)
    if (isComplementizer(doc.tokens[k]) && !CLAUSE_TAKING.has(doc.tokens[k - 1]?.norm ?? ''))
      return true;
  return false;
}

const CLAUSE_TAKING = new Set(CLAUSE_TAKING_WORDS.map(normalizeArabic));
