/**
 * Stage: people not in any lexicon, found from context — a name right after a title phrase
 * (وزير الدفاع أندريه بيلوسوف), a known given name followed by a surname (سكوت بيسنت, ويل شارف),
 * and a title in apposition after a name (سيرغي لافروف وزير الخارجية).
 */
import { isAffirmedNoun, isInformingVerb, isVerbalNounShaped } from './cueVerbs.ts';
import { givenNameBeforeNisba, infoOf, isHonoreeRank, isStopGivenWord } from '../words.ts';
import {
  addAlias,
  addMention,
  addRoleKey,
  extendMention,
  mentionAtToken,
  removeMention,
  titleEndingAt,
  titleStartingAt,
  type Doc,
  type TitlePhrase,
} from '../document.ts';
import type { Reason } from '../../core/types.ts';
import { lexicon } from '../lexicon/index.ts';
import { normalizeArabic } from '../../core/arabic.ts';
import { originalOffset, tokenAt, type Token } from '../tokenize.ts';
import { wordFact, wordFlag } from '../word-facts.ts';
import {
  adjectiveCountry,
  hasArticle,
  isCueVerb,
  isPlaceNoun,
  isVerbalPlaceNoun,
  nameLike,
  readings,
  titleKeyOf,
} from '../words.ts';
import { ABSTRACT_NOUNS, WORK_NOUNS } from '../lexicon/commonWords.ts';
import { DEFINITE_GIVEN_NAMES } from '../lexicon/givenNames.ts';
import { TIME_ADVERB_WORDS } from '../lexicon/stopwords.ts';
import {
  HONORIFIC_ROLE_KEYS,
  INSTITUTION_NOUNS,
  MAX_HONORIFICS_IN_A_ROW,
  PLURAL_HEADS,
} from '../lexicon/titles.ts';
import { COMMON_NOUN_TITLE_WORDS } from '../lexicon/titleWords.ts';
import { NAMED_AFTER_WORDS } from '../lexicon/placeWords.ts';
import { RELATIVES_WORDS } from '../lexicon/sides.ts';
import { ORGANIZATION_HEADS } from '../rules/organizationHeads.ts';
import { isComplementizer } from './cues.ts';
import { isComma, isQuoteMark, quoteOpenedAt } from './structure.ts';
import { closesPhrase, EMIR, familyNamePair } from './titles.ts';
import {
  CONNECTORS_WORDS,
  PREPOSITIONS_WORDS,
  AMBIGUOUS_GIVEN_WORDS,
  LINEAGE_WORDS,
  TITLE_FAMILY_NAMES,
  NAME_HONORIFIC_WORDS,
  INNER_HONORIFIC_WORDS,
  WINNER_EPITHET_WORDS,
} from '../lexicon/nameParts.ts';

export const CONNECTORS = new Set(CONNECTORS_WORDS.map(normalizeArabic));
/** Honorifics that are family names too (مصطفى السيد، محمد الشيخ). */
const HONORIFIC_SURNAMES = new Set(['السيد', 'الشيخ'].map(normalizeArabic));
/** Second words of compound given names (نور الدين، سيف الإسلام). */
// «نور الدين», «سيف الإسلام», «معتز بالله»: second halves of compound given names.
const COMPOUND_TAILS = new Set(['الدين', 'الإسلام', 'بالله'].map(normalizeArabic));
const LINEAGE = new Set(LINEAGE_WORDS.map(normalizeArabic));

/** The reading of a token that is a known given name, with the clitics it drops. */
function givenName(tok: Token | undefined): { readonly stripped: number } | undefined {
  return tok && tok.isWord && isGivenNameWord(tok) ? givenNameOfWord(tok) : undefined;
}

const isGivenNameWord = wordFlag((tok: Token) => givenNameOfWord(tok) !== undefined);

/** givenName's answer depends on the word's letters only: one shared answer per word. */
const givenNameOfWord = wordFact((tok: Token): { readonly stripped: number } | undefined => {
  const stripped = infoOf(tok).givenStripped;
  // «والآن» is «and now», not the given name ألان.
  if (infoOf(tok).stop) return undefined;
  // «بحسن سير» is «with good conduct»: a given name takes at most a conjunction (و، ف).
  if (stripped > 1 || (stripped === 1 && !/^[وف]/.test(tok.norm))) return undefined;
  return stripped >= 0 ? { stripped } : undefined;
});

/** «باربرا ليف محادثات في»: a long sound feminine plural after a name is the verb's object,
 * never its third word. */
function isLongPlural(tok: Token | undefined): boolean {
  return /^.{4,}ات$/.test(tok?.norm ?? '');
}

/** «عبدربه», «وعبدالودود»: «servant of» one of God's names written as one word, after و/ف. */
const SERVANT_OF = /^([وف]?)عبد(ال..|رب.)/;
/** «نورالدين», «عزالدين», «نصرالله»: a compound given name written as one word (its second half
 * الدين or الله glued on) opens an Arabic name. */
const GLUED_COMPOUND_GIVEN = /^[^و].{1,4}(الدين|الله)$/;

/** A word that opens a name: a given name, or «servant of» one of God's names written as one
 * word (عبدربه، عبدالودود) however rare — later in a name such a word may be a family name
 * (حسام عبدالغفار), so only the first word is read so. */
function opensName(tok: Token | undefined): { stripped: number } | undefined {
  const given = givenName(tok);
  if (given || !tok?.isWord || !isServantWord(tok)) return given;
  const servant = SERVANT_OF.exec(tok.norm);
  return servant && !infoOf(tok).stop ? { stripped: servant[1]?.length ?? 0 } : undefined;
}

/** Asked of most words and rarely yes: the flag answers the no without running the regex. */
const isServantWord = wordFlag((tok: Token) => SERVANT_OF.test(tok.norm));

/** First halves of compound names written apart or joined: عبد, أبو, and the بو of family names
 * of the Levant and the Maghreb (بو منصور، بومنصور). Normalized. */
export const COMPOUND_HEADS = 'عبد|ابو|بو';
const JOIN_COMPOUND = new RegExp(`(^| )(ال)?(${COMPOUND_HEADS}) (?=\\S)`, 'g');

/** «عبد الغني» and «عبدالغني», «أبو بكر» and «أبوبكر» are one spelling (for keys). */
export function joinCompounds(norm: string): string {
  // Most names hold neither word: no regex run for them.
  if (!norm.includes('عبد ') && !norm.includes('بو ')) return norm;
  return norm.replace(JOIN_COMPOUND, '$1$2$3');
}

/** Add a person spanning tokens [from, to), the first one read without `stripped` clitics. */
export function addPerson(
  doc: Doc,
  from: number,
  to: number,
  stripped: number,
  extra: { role?: string; countryId?: string } = {},
  reason?: Reason,
): string | undefined {
  const first = doc.tokens[from];
  const last = doc.tokens[to - 1];
  if (!first || !last) return undefined;
  const start = originalOffset(first, stripped);
  const name = nameWithoutQuoteMarks(doc, from, to, start);
  const key = `person:${joinCompounds(normalizeArabic(name))}`;
  // reason set even when undefined (a mention's reason is read, never listed): every mention
  // has the fields of every other, in the same order, so reading them stays monomorphic.
  addMention(doc, { key, kind: 'person', from, to, start, end: last.end, name, reason }, extra);
  return key;
}

/** The text of tokens [from, to) from `start`: «طارق "جازاريفيتش"» — quote marks around a part
 * of the name are not the name (the mention's span still covers them). */
function nameWithoutQuoteMarks(doc: Doc, from: number, to: number, start: number): string {
  const last = doc.tokens[to - 1] as Token;
  let marks = false;
  for (let k = from; k < to && !marks; k++) marks = isQuoteMark(doc.tokens[k]);
  if (!marks) return doc.text.slice(start, last.end);
  const words: string[] = [];
  for (let k = from; k < to; k++) {
    const tok = doc.tokens[k] as Token;
    if (!isQuoteMark(tok)) words.push(doc.text.slice(k === from ? start : tok.start, tok.end));
  }
  return words.join(' ');
}

/** «مرشحا», «رئيسا»: a title head with the accusative's alif (a circumstantial «as …»). */
function accusativeTitle(tok: Token | undefined): boolean {
  const n = tok?.isWord ? tok.norm : '';
  return n.length > 3 && n.endsWith('ا') && lexicon().titleHeads.has(n.slice(0, -1));
}

/** Past verbs of the derived forms افتعل (انتقل)، انفعل (انسحب)، تفاعل (تراجع): five letters. */
const DERIVED_PAST = /^(ا.ت..|ان...|ت.ا..)$/;

const DHU = new Set(['ذي', 'ذو', 'ذا'].map(normalizeArabic));

/** «أكد ذي يزن بن هيثم», «السيد ذو الفقار»: ذو/ذي («of») before a given name opens a compound
 * given name when it follows a verb, a title, a comma or nothing — after a noun it is the
 * relative «having» (رجل ذو خبرة). */
function opensWithDhu(doc: Doc, t: number): boolean {
  const dhu = doc.tokens[t - 1];
  if (!dhu?.isWord || !DHU.has(dhu.norm) || doc.sentence[t - 1] !== doc.sentence[t]) return false;
  const before = doc.tokens[t - 2];
  if (!before || !before.isWord) return true;
  const info = infoOf(before);
  return info.cue || !!info.titleKey;
}

/** يحمل، يتلقى، سيعود، ستبدأ: a verb's prefixes (a short word; سيلوانوف is a surname); متفائل، مستعد:
 * a participle's. */
const IMPERFECT = /^(ي.{2,4}|س[يتن].{2,4}|مت.{3,4}|مست.{2,4})$/;

const PLURALS = new Set(PLURAL_HEADS.map(normalizeArabic));
const isPluralHead = wordFlag((tok: Token) => readings(tok).some((r) => PLURALS.has(r)));
const PREPOSITIONS = new Set(PREPOSITIONS_WORDS.map(normalizeArabic));

const ABSTRACT = new Set(ABSTRACT_NOUNS.map(normalizeArabic));

/** Verbal nouns of derived verbs, never a family name: الاجتماع، الانتخاب، الانسحاب، الاستقرار. */
// (and التفعيل: «حسن التنظيم» is good organizing, not a family name)
const VERBAL_NOUN = /^(الا.ت.ا.|الان..ا.|الاست...ا.|الت..ي.)$/;

const WINNER_EPITHETS = new Set(WINNER_EPITHET_WORDS.map(normalizeArabic));

/** ب (alone, as «بـ» is written, or glued to a word) or على right after a word. */
function governsPreposition(next: Token | undefined): boolean {
  if (!next?.isWord) return false;
  return next.norm === 'ب' || next.norm === 'علي' || /^ب.{3,}/.test(next.norm);
}

/** «وقال الدكتور عودة حمدان إن…»: a word that reads as a common noun (عودة: return) right after a
 * title is a given name when an indefinite name word (no feminine or plural ending) follows it
 * and the name closes sharply there (a complementizer, a comma, a colon, a dash). */
function closedNameAfterNoun(doc: Doc, at: number): boolean {
  const next = doc.tokens[at + 1];
  return (
    !!next &&
    nameLike(doc, at + 1) &&
    !hasArticle(next) &&
    !/(ه|ات)$/.test(next.norm) &&
    !mentionAtToken(doc, at + 1) &&
    // «عودة حمدان – أستاذ في…»: a dash before his office closes it too.
    (closesSharply(doc, at + 2) || /^[–—-]$/.test(doc.tokens[at + 2]?.text ?? ''))
  );
}

/** A family name written with ال after an Arabic given name: «أشرف القدرة», «حسين الأمين». */
export function familyNameLike(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  if (!tok || !tok.isWord || !hasArticle(tok) || mentionAtToken(doc, t)) return false;
  const info = infoOf(tok);
  // «الأمين» is a name unless «الأمين العام»; «رياض القاضي،»: a title word that is a family name
  // too (TITLE_FAMILY_NAMES) is one when the name ends right after it.
  const title =
    info.titleKey &&
    !(tok.norm === 'الامين' && doc.tokens[t + 1]?.norm !== 'العام') &&
    !(TITLE_FAMILY.has(tok.norm) && closesName(doc, t + 1));
  // A nisba (السوداني، المصري) is a family name when the name ends right after it.
  const next = doc.tokens[t + 1];
  // «صبيح المصري رئيس مجلس الإدارة»: or the person's own title follows.
  const nisba =
    !!info.adjective &&
    (!next || !next.isWord || infoOf(next).stop || infoOf(next).cue || !!infoOf(next).titleKey);
  return (
    !info.stop &&
    !title &&
    !ABSTRACT.has(tok.norm) &&
    !VERBAL_NOUN.test(tok.norm) &&
    // «سلمى أحمد العاملة في…»: a feminine active participle (فاعلة) describes, it names nobody.
    !/^ال.ا..ه$/.test(tok.norm) &&
    // «سامي الحداد الفائز بالجائزة», «الحاصل على»: nor do the participles of winning and holding
    // with what was won after them (الفائز alone, closed, is a family name too).
    !(WINNER_EPITHETS.has(tok.norm) && governsPreposition(next)) &&
    // «بن طلال التنموية»: a feminine relational adjective (ال + a stem of four or more + ية)
    // qualifies a noun before the name (العطية، a family name, has a short stem).
    !/^ال.{4,}يه$/.test(tok.norm) &&
    // «بحث X الأوضاع»: a broken plural of the pattern أفعال (الأوضاع، الأسعار) is no family name.
    !/^الا..ا.$/.test(tok.norm) &&
    // «أسماء المتسابقين المتأهلين»: a long sound masculine plural (المتسابقين، المسؤولون) is a group
    // of people, no family name (الحسين، الزيتون are short).
    // «سامي القطامين السكرتير العام»: a family name of that shape is one before his own office.
    !(
      tok.norm.length >= 8 &&
      /(ين|ون)$/.test(tok.norm) &&
      !tok.norm.endsWith('الدين') &&
      !(next?.isWord && !!infoOf(next).titleKey && hasArticle(next))
    ) &&
    // «من عمر الحكومة»: a body (الحكومة، الوزارة، الشركة) is never a family name.
    !INSTITUTIONS.has(tok.norm.slice(2)) &&
    (!info.adjective || nisba) &&
    !info.cue &&
    !info.participle &&
    /^ال/.test(tok.norm)
  );
}

/** The word opens an Arabic name: a known Arabic given name, or عبد/أبو (once per word). */
const opensArabicName = wordFlag((tok: Token) => {
  const firstWord = tok.norm;
  return (
    lexicon().arabicGivenNames.has(firstWord) ||
    isStopGivenWord(firstWord) ||
    NAME_HONORIFICS.has(firstWord) ||
    /^(عبد|ابو)$/.test(firstWord) ||
    SERVANT_OF.exec(firstWord)?.[1] === '' ||
    GLUED_COMPOUND_GIVEN.test(firstWord)
  );
});

/** Length of the name starting at `t` (0 when none): 1–3 name-like words, connectors allowed. */
export function nameLength(doc: Doc, t: number, max = 3): number {
  const lex = lexicon();
  const sentence = doc.sentence[t];
  if (!nameLike(doc, t)) return 0;
  // «عبد الملك الحوثي», «أبو بكر البغدادي»: a name opened by عبد or أبو is an Arabic one.
  const arabicFirst = opensArabicName(doc.tokens[t] as Token);
  let k = 1;
  // Words after a connector (بن، عبد، آل) do not count toward `max`: «محمد بن عبد الرحمن آل ثاني».
  let words = 1;
  let linked = false;
  while (k < 8 && doc.sentence[t + k] === sentence) {
    const prev = doc.tokens[t + k - 1];
    const tok = doc.tokens[t + k];
    if (!tok) break;
    // «يوسف بن علوي جلسة»: after «بن X» only another connector or a family name goes on.
    // (Or, in the Maghreb's and Mauritania's names, the grandfather's name that a comma, a colon
    // or أن closes at once: سالم ولد محمد عالي،.)
    if (
      LINEAGE.has(doc.tokens[t + k - 2]?.norm ?? '') &&
      !CONNECTORS.has(prev?.norm ?? '') &&
      !CONNECTORS.has(tok.norm) &&
      !familyNameLike(doc, t + k) &&
      !(nameLike(doc, t + k) && !hasArticle(tok) && closesSharply(doc, t + k + 1))
    )
      break;
    // «عوض الله», «حسن عبد الله»: الله closes a compound name; only a connector (عبد الله بن
    // زايد) or a family name in ال may follow it.
    if (tok.norm === 'الله' && prev?.isWord) {
      k++;
      const after = doc.tokens[t + k];
      if (after && CONNECTORS.has(after.norm)) continue;
      if (arabicFirst && familyNameLike(doc, t + k)) continue;
      // «فضل الله الحاج سالم»: an honorific inside the family's name and a name word;
      // «عبد الله رضا آل سالم»: a bare name word and the family after a lineage word (آل).
      const next = doc.tokens[t + k + 1];
      if (
        doc.sentence[t + k + 1] === sentence &&
        ((INNER_HONORIFIC.has(after?.norm ?? '') && (nameLike(doc, t + k + 1) || isAli(next))) ||
          (nameLike(doc, t + k) &&
            !hasArticle(after as Token) &&
            LINEAGE.has(next?.norm ?? '') &&
            !mentionAtToken(doc, t + k)))
      ) {
        k += 2;
        continue;
      }
      break;
    }
    // «نور الدين داودي», «سيف الإسلام القذافي»: a compound given name counts as one word;
    // «سفيان شرف الدين»: so does a compound family name.
    if (
      COMPOUND_TAILS.has(tok.norm) &&
      !!prev?.isWord &&
      !hasArticle(prev) &&
      (arabicFirst || nameLike(doc, t + k - 1))
    ) {
      k++;
      continue;
    }
    // «ولد علي»: علي spelled with ي after a connector is the name, not the preposition على.
    if (
      prev &&
      CONNECTORS.has(prev.norm) &&
      tok.isWord &&
      (!PREPOSITIONS.has(tok.norm) || isAli(tok))
    ) {
      k++;
      // «عبد الملك», «أبو بكر» are one given name; only lineage (بن، آل) links a second name.
      linked ||= LINEAGE.has(prev.norm);
      continue;
    }
    // «خالد مشعل وخليل الحية»: a و-joined given name starts the next person.
    if (tok.norm.startsWith('و') && infoOf(tok).givenStripped > 0) break;
    // «خديجة بومير وطالبي الدكتوراه», «غالب فاعور وحشد»: after a given name and a family name,
    // a word joined by و is the next item of a list, not a third name.
    // («جاري جون وارد مدرب الفريق»: but a word in و that reads as no given name either way and
    // that the person's title or a closer follows is his family name: وارد, Ward.)
    if (
      words >= 2 &&
      /^و/.test(tok.norm) &&
      infoOf(tok).givenStripped !== 0 &&
      !(
        infoOf(tok).givenStripped < 0 &&
        !infoOf(tok).stop &&
        (closesName(doc, t + k + 1) || appositionAt(doc, t + k + 1))
      )
    )
      break;
    // «ونجوى كرم وراغب علامة»: a و-word followed by another name word opens the next item.
    if (
      /^و[^و]/.test(tok.norm) &&
      !CONNECTORS.has(tok.norm) &&
      nameLike(doc, t + k + 1) &&
      !/^و/.test(doc.tokens[t + k + 1]?.norm ?? '') &&
      doc.sentence[t + k + 1] === sentence
    )
      break;
    // «صباح الخالد الحمد الصباح»: in the Gulf the father's and the grandfather's names take ال
    // without بن; before another family name in ال such a word counts no more than بن does.
    if (
      arabicFirst &&
      words >= 2 &&
      hasArticle(tok) &&
      lex.givenNames.has(tok.norm.slice(2)) &&
      familyNameLike(doc, t + k + 1) &&
      doc.sentence[t + k + 1] === sentence
    ) {
      k++;
      continue;
    }
    // «خالد صباح ناصر الحمود الصباح.»: the family name after the grandfather's name in ال
    // closes a chain of three given names.
    if (
      words >= max &&
      arabicFirst &&
      hasArticle(prev as Token) &&
      lex.givenNames.has(prev?.norm.slice(2) ?? '') &&
      familyNameLike(doc, t + k) &&
      (closesName(doc, t + k + 1) || !doc.tokens[t + k + 1]?.isWord)
    )
      return k + 1;
    if (words >= max) break;
    // «عبد الله بن زايد الوفد»: a name joined by بن ends there — unless a family name closes it
    // (خالد عبد الرحيم السلمان أنه، ناصر بن صالح الحجيلان،).
    // «بدر بن حمد البوسعيدي وزير الخارجية»: the person's own title closes the name too.
    const closer = doc.tokens[t + k + 1];
    // «عواد بن صالح العواد»: a name joined by بن is an Arabic one, its first word known or not.
    // «حصد حسن رمال اللقب لأول مرة»: without بن, a third word in ال after two names is a
    // family name when it is a nisba (محمد علي الحكيمي) or the name closes after it; else it is
    // the verb's object.
    // After a word in ال (مشعل الأحمد الصباح) or before another one (نواف سعود الناصر الصباح),
    // it is the Gulf's chain of names.
    const closed =
      closesName(doc, t + k + 1) ||
      !closer?.isWord ||
      !!infoOf(closer).titleKey ||
      doc.sentence[t + k + 1] !== sentence ||
      hasArticle(prev as Token) ||
      familyNameLike(doc, t + k + 1);
    if (
      (arabicFirst || linked) &&
      familyNameLike(doc, t + k) &&
      (!linked
        ? words < 2 || /ي$/.test(tok.norm) || closed
        : !lexicon().definiteCommon.has(tok.norm) &&
          (closesName(doc, t + k + 1) ||
            (!!closer?.isWord && !!infoOf(closer).titleKey) ||
            // «الدكتور سامي بن علي النجار» alone on a line (a caption): the line's end closes it.
            !closer ||
            doc.sentence[t + k + 1] !== sentence))
    ) {
      k++;
      words++;
      // After a family name in ال only another one may follow (حسين الأمين الفاضل), not
      // the next noun (خليل الحية أهالي غزة).
      // «انتقد النائب صالح الزعبي القرار»: a common noun there is the verb's object.
      const after = doc.tokens[t + k];
      // «سالم الحسين عبد الرحيم أن»: the grandfather's name may follow the father's in ال when
      // it is a servant's name (عبد …) closed at once.
      if (
        after?.norm === 'عبد' &&
        words === 2 &&
        doc.tokens[t + k + 1]?.isWord &&
        doc.sentence[t + k + 1] === sentence &&
        (closesName(doc, t + k + 2) || appositionAt(doc, t + k + 2))
      )
        return k + 2;
      if (!familyNameLike(doc, t + k) || lexicon().definiteCommon.has(after?.norm ?? '')) break;
      continue;
    }
    // After an Arabic given name (often an ordinary word), «و…» is a conjunction, and a third
    // word is another given name (ياسين إبراهيم ياسين), not the next word (نعيم قاسم نزع).
    // «نجوى وهيبة،»: unless a family name in و that no given name reads closes the name.
    if (
      arabicFirst &&
      tok.norm.startsWith('و') &&
      !CONNECTORS.has(tok.norm) &&
      !(words === 1 && infoOf(tok).givenStripped <= 0 && closesName(doc, t + k + 1))
    )
      break;
    // «مراد بالحاج،», «سامي بالقاسم إن»: a Maghreb family name in بال (Bel-) after a given name,
    // closed at once — not ب and a definite word.
    if (
      words === 1 &&
      arabicFirst &&
      /^بال../.test(tok.norm) &&
      !mentionAtToken(doc, t + k) &&
      (closesSharply(doc, t + k + 1) ||
        isCueVerb(doc.tokens[t + k + 1]) ||
        doc.tokens[t + k + 1]?.text === '.')
    )
      return k + 1;
    // «سليم الحاج منصور»: an honorific inside the family's name, before another name word.
    if (
      INNER_HONORIFIC.has(tok.norm) &&
      words === 1 &&
      nameLike(doc, t + k + 1) &&
      !mentionAtToken(doc, t + k + 1) &&
      doc.sentence[t + k + 1] === sentence
    ) {
      k++;
      continue;
    }
    // «محمد علي الحكيم»: علي spelled with ي inside a name is the given name, not على.
    if (arabicFirst && isAli(tok)) {
      k++;
      words++;
      continue;
    }
    // «عبد الرحيم سالم نصور،»: unless a comma, a cue or أن closes the name right after it,
    // or the person's own title in apposition (سامي خالد نصور مدير الإدارة).
    // «محمد ناجي شحاتة قد…»: a word in ة is no verb, so it is the family name.
    // «سامي خالد نصار والوفد المرافق»: nor is one that a و-joined word follows (a verb takes
    // its object first).
    const joinedAfter = doc.tokens[t + k + 1];
    if (
      arabicFirst &&
      words >= 2 &&
      !givenName(tok) &&
      !closesName(doc, t + k + 1) &&
      !appositionAt(doc, t + k + 1) &&
      !/ة[\u064B-\u065F]*$/.test(tok.text) &&
      !(
        joinedAfter?.isWord &&
        /^و/.test(joinedAfter.norm) &&
        !CONNECTORS.has(joinedAfter.norm) &&
        doc.sentence[t + k + 1] === sentence &&
        nameLike(doc, t + k)
      )
    )
      break;
    if (!nameLike(doc, t + k)) break;
    if (arabicFirst && isPurposePhrase(tok)) break;
    // «أكد سامي النجار ضرورة الإسراع»: the noun an affirmation takes (ضرورة، أهمية) is the claim
    // after the name, never part of it.
    if (isAffirmedNoun(tok.norm)) break;
    // «وبيّن سلمى ازدياد الدعاوى»: a derived verbal noun that governs the next word is the
    // claim or the object, not a family name.
    const governed = doc.tokens[t + k + 1];
    // (Not a word in ة: a family name such as تكالة has the shape تفاعل too.)
    if (
      isVerbalNounShaped(tok) &&
      !/ه$/.test(tok.norm) &&
      governed?.isWord &&
      doc.sentence[t + k + 1] === sentence
    )
      break;
    // «وعقد سامي مؤتمرا صحافيا», «أجرى سامي اتصالا هاتفيا»: an indefinite noun in the
    // accusative and its nisba adjective are the verb's object.
    if (accusativeWithAdjective(doc, t + k)) break;
    // «رفعت درجات الاستعداد»: a plural in construct with a definite noun is a phrase, not a name.
    const after = doc.tokens[t + k + 1];
    if (
      /ات$/.test(tok.norm) &&
      tok.norm.length >= 5 &&
      after?.isWord &&
      hasArticle(after) &&
      !infoOf(after).stop &&
      doc.sentence[t + k + 1] === sentence
    )
      break;
    k++;
    const last = doc.tokens[t + k - 1];
    if (last && CONNECTORS.has(last.norm)) continue;
    words++;
    // «أحمد عوض بن مبارك», «سالم عمر آل علي»: a lineage connector carries the name on.
    const link = doc.tokens[t + k];
    if (
      LINEAGE.has(link?.norm ?? '') &&
      doc.sentence[t + k + 1] === sentence &&
      (nameLike(doc, t + k + 1) || familyNameLike(doc, t + k + 1))
    ) {
      k++;
      continue;
    }
    // «ستيفن هانس فاجن،», «تيدروس أدهانوم غيبريسوس قوله»: a foreign name of three unknown
    // words that a comma, a preposition, a cue, أن or «قوله» closes.
    if (
      words === 2 &&
      !arabicFirst &&
      !givenName(last) &&
      nameLike(doc, t + k) &&
      !isLongPlural(doc.tokens[t + k]) &&
      !mentionAtToken(doc, t + k) &&
      !hasArticle(doc.tokens[t + k] as Token) &&
      (closesPhrase(doc, t + k + 1) ||
        /^(قول|تصريح)(ه|ها)$/.test(doc.tokens[t + k + 1]?.norm ?? ''))
    )
      continue;
    // Two words make a full name unless the last is a given name, or an Arabic name goes on
    // to its family name (محمد مجاهد الزيات).
    // «استأنف سامر حداد الحكم»: a common noun there is the verb's object, not a family name.
    // «محمد جودة نصور مدير الإدارة»: in the Nile valley's three-part names the grandfather's
    // name follows bare, closed at once by a comma, أن, a cue or the person's own title.
    const third = doc.tokens[t + k];
    if (
      words >= 2 &&
      !givenName(last) &&
      !isStopGivenWord(last?.norm ?? '') &&
      !(
        arabicFirst &&
        familyNameLike(doc, t + k) &&
        !lexicon().definiteCommon.has(third?.norm ?? '')
      ) &&
      !(
        words === 2 &&
        arabicFirst &&
        !!third?.isWord &&
        !hasArticle(third) &&
        !/^و/.test(third.norm) &&
        // «نبيه سالم سيكون رئيس السن»: a verb in the future (س and an imperfect) is no name.
        !/^س[يتن].{2,4}$/.test(third.norm) &&
        nameLike(doc, t + k) &&
        !mentionAtToken(doc, t + k) &&
        (closesName(doc, t + k + 1) || appositionAt(doc, t + k + 1))
      )
    )
      break;
  }
  return k;
}

/** «دعت سلمى لتقليل النفقات», «خصص سامي مبلغا لإنتاج…», «أمنية لضمان…»: ل glued to a verbal
 * noun — of a derived verb (تفعيل، إفعال، افتعال، انفعال، استفعال، تفاعل) or of the shape فعال
 * (ضمان) — says what for; it is never the family name after an Arabic given name (a known given
 * name in ل, لقمان، لحسن, is one; after a foreign given name, لوران is a family name). */
const PURPOSE = /^ل(ت..ي.|ا..ا.|ا.ت.ا.|ان..ا.|است..ا.|ت.ا..|..ا.)$/;
const isPurposePhrase = wordFlag(
  (tok: Token) => PURPOSE.test(tok.norm) && infoOf(tok).givenStripped !== 0,
);

/** «X بن Y بن Z آل W» where the lexicon lists «X بن Y»: a person the lexicon knows, named with more of
 * the lineage than it lists — the father's and grandfathers' names after بن, the family after آل
 * — is named with all of it; the lexicon's shorter name stays an alias. */
function knownNamesWithLineage(doc: Doc): void {
  for (const m of doc.mentions) {
    if (m.kind !== 'person' || m.reason?.rule !== 'lexicon' || m.to <= m.from) continue;
    const sentence = doc.sentence[m.from];
    let to = m.to;
    for (let links = 0; links < MAX_LINEAGE_LINKS; links++) {
      const link = doc.tokens[to]?.norm ?? '';
      if (!LINEAGE.has(link) || doc.sentence[to + 1] !== sentence || mentionAtToken(doc, to + 1))
        break;
      if (!(nameLike(doc, to + 1) || familyNameLike(doc, to + 1))) break;
      // «بن عبد الرحيم»: a servant's name is two words.
      to += doc.tokens[to + 1]?.norm === 'عبد' && doc.sentence[to + 2] === sentence ? 3 : 2;
      if (link === 'ال') break;
    }
    if (to === m.to) continue;
    const short = m.name;
    extendMention(doc, m, to);
    const e = doc.entities.get(m.key);
    if (e && m.to === to) {
      addAlias(e, m.name);
      if (e.label !== short) addAlias(e, short);
    }
  }
}

/** «بن X بن Y آل Z»: more links of lineage than this after a known name are no name. */
const MAX_LINEAGE_LINKS = 4;

/** «مؤتمرا صحافيا»: a word in ا that no given name reads, then a nisba adjective in يا. Inside a
 * name only this narrower shape of `indefiniteAccusative` ends it: a later name word in ا before
 * another in ا or ة is common (محمد رضا زكريا). */
function accusativeWithAdjective(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  const next = doc.tokens[t + 1];
  return (
    !!tok?.isWord &&
    !!next?.isWord &&
    doc.sentence[t + 1] === doc.sentence[t] &&
    tok.norm.length >= 4 &&
    /[^ي]ا$/.test(tok.norm) &&
    next.norm.length >= 5 &&
    /[^ي]يا$/.test(next.norm) &&
    givenName(tok) === undefined &&
    givenName(next) === undefined
  );
}

function possessedNoun(tok: Token | undefined): boolean {
  if (!tok?.isWord) return false;
  const bare = tok.text.replace(/[\u064B-\u065F\u0670\u0640]/g, '');
  // Names ending in يه are common (جوزيه، نبيه، سيبويه); a possessed noun rarely so.
  return bare.length >= 4 && bare.endsWith('ه') && !bare.endsWith('يه');
}

function attachTitle(doc: Doc, title: TitlePhrase, key: string): void {
  if (title.person && title.person !== key) {
    const before = doc.titlesOf.get(title.person);
    if (before)
      doc.titlesOf.set(
        title.person,
        before.filter((t) => t !== title),
      );
  }
  if (title.person !== key) {
    const list = doc.titlesOf.get(key);
    if (list) list.push(title);
    else doc.titlesOf.set(key, [title]);
  }
  title.person = key;
  addRoleKey(doc, key, title.roleKey);
  // «نائب رئيس الوزراء وزير النفط»: a second office inside the phrase is the person's too
  // (an indefinite title head; «الوزراء» with the article is whose deputy he is).
  for (let k = title.from + 1; k < title.to; k++) {
    const tok = doc.tokens[k];
    const inner = titleKeyOf(tok);
    if (tok && inner && !hasArticle(tok)) addRoleKey(doc, key, inner);
  }
  const e = doc.entities.get(key);
  if (e && !title.counterpart) {
    e.role ??= title.role;
    if (title.countryId && title.countryId !== 'europe') e.countryId ??= title.countryId;
  }
  // «هنأ وزير الخارجية المصري X نظيره السوداني Y»: a counterpart holds the same office as the
  // one whose counterpart he is, and the nationality in the phrase is his own — so that «الوزير
  // السوداني» later is Y.
  if (e && title.counterpart) {
    if (title.countryId && title.countryId !== 'europe') e.countryId ??= title.countryId;
    const owner = personBefore(doc, title.from);
    for (const role of (owner ? doc.roleKeys.get(owner) : undefined) ?? [])
      addRoleKey(doc, key, role);
  }
  // «سامي النجار وزير الثقافة ونظيره التونسي هاني ربيع»: the office given after the owner's name,
  // once the counterpart is known, is the counterpart's too.
  const next = !title.counterpart ? titleStartingAt(doc, title.to) : undefined;
  if (next?.counterpart && next.person && next.person !== key)
    addRoleKey(doc, next.person, title.roleKey);
}

/** The person named last before token `t` in the same sentence. */
function personBefore(doc: Doc, t: number): string | undefined {
  for (let k = t - 1; k >= 0 && doc.sentence[k] === doc.sentence[t]; k--) {
    const m = mentionAtToken(doc, k);
    if (m?.kind === 'person') return m.key;
  }
  return undefined;
}

export function findPersons(doc: Doc): Doc {
  knownNamesWithLineage(doc);
  // Names right after a title phrase.
  for (const title of doc.titles) {
    // «مدرسة الملكة سلمى», «مستشفى الأمير هاني»: an honorific after a school's, a hospital's
    // or a street's noun (in construct) names the place after the person; nobody is there.
    if (title.to - title.from === 1 && namedAfterNounBefore(doc, title.from)) continue;
    const at = nameAfterTitle(doc, title);
    // «وكيل وزارة الزراعة واستصلاح الأراضي»: a word joined by و right after the title goes on
    // with the title's body or opens the next item, never the holder's name (unless و is the
    // name's own first letter: وليد، وفاء).
    const joined = doc.tokens[at];
    if (
      joined?.isWord &&
      /^و/.test(joined.norm) &&
      !CONNECTORS.has(joined.norm) &&
      infoOf(joined).givenStripped !== 0 &&
      !mentionAtToken(doc, at)
    )
      continue;
    // «ونظيره الأردني»: a counterpart is someone named elsewhere — unless a full name follows
    // (ونظيره المغربي ناصر بوريطة، نظيره الماليزي أمير حمزة: «أمير» a given name there).
    if (
      title.counterpart &&
      !mentionAtToken(doc, at) &&
      nameLength(doc, at) < 2 &&
      !(doc.tokens[at]?.norm === EMIR && nameLength(doc, at + 1, 2) > 0)
    )
      continue;
    const existing = mentionAtToken(doc, at);
    // «مدير شركة فولتكس», «مراسل قناة»: the word after an institution noun names the institution.
    if (!existing && endsOnInstitution(doc, title)) continue;
    // «مخرج فيلم نور الصباح»: what follows a work's noun is the work's title.
    if (!existing && endsOnWork(doc, at)) continue;
    if (existing) {
      // «مستشار الرئيس الأمريكي دونالد ترامب»: the leader is the inner «الرئيس», not the advisor.
      if (existing.kind === 'person' && !governsLeader(doc, title, existing.key))
        attachTitle(doc, title, existing.key);
      continue;
    }
    // «الرئيسان …», «الوزراء …» name people found otherwise, never a new one.
    const head = doc.tokens[title.from];
    if (head && isPluralHead(head)) continue;
    // «وزيرة الثقافة “مبروكة توغي”»: words in quotes after a title are a name however they look.
    const given =
      opensName(doc.tokens[at]) ?? (quotedName(doc, at) > 0 ? { stripped: 0 } : undefined);
    // «المدير العام لشركة "الأفق"، سامي النجار،»: a quoted word after a title that
    // names a body is the body's short name when the person's name follows after a comma.
    if (quotedShortNameOfBody(doc, title, at)) continue;
    // «الدكتور سامي النجار رئيس الهيئة ومحمد الحداد»: «و» and a name after a title join another
    // person to a list; the title is not his (it is the one before's, or another person's).
    if (given && given.stripped > 0 && /^[وف]/.test(doc.tokens[at]?.norm ?? '')) continue;
    // «الأمين العام يحمل …», «الرئيس سيعود»: an imperfect verb after a title is no name.
    // (A verb's object is rarely one bare name word that a complementizer or a comma closes:
    // «وقالت الكاتبة سيندي ماكين إن» is a name.)
    if (
      !given &&
      !mentionAtToken(doc, at) &&
      IMPERFECT.test(doc.tokens[at]?.norm ?? '') &&
      !(
        nameLike(doc, at + 1) &&
        !hasArticle(doc.tokens[at + 1] as Token) &&
        closesSharply(doc, at + 2)
      ) &&
      // «الأمير يزيد بن سامي»: a lineage after it makes it a given name.
      !LINEAGE.has(doc.tokens[at + 1]?.norm ?? '')
    )
      continue;
    if (
      !given &&
      !mentionAtToken(doc, at) &&
      clausalWord(doc.tokens[at]) &&
      !givenNameBeforeNisba(doc, at) &&
      // «وزيرة التربية فائقة الحداد، أن»: a name word in ف or و (no clitic: a name's own letter)
      // before a family name that closes the name.
      !(
        /^[فو]/.test(doc.tokens[at]?.norm ?? '') &&
        nameLike(doc, at) &&
        familyNameLike(doc, at + 1) &&
        closesName(doc, at + 2)
      )
    )
      continue;
    // «بصفتي رئيس الحكومة حلولا سهلة»: an unknown word in ا (an indefinite accusative, حلولًا)
    // before an indefinite adjective in ة or ا is a noun phrase, not a name.
    if (!given && !mentionAtToken(doc, at) && indefiniteAccusative(doc, at)) continue;
    // «الوزير المسؤول عن الشؤون الخارجية جلسة مباحثات»: a first word in ة that is no known given
    // name is a common noun (a session, a meeting), not the start of a name — unless a family
    // name follows: in ال, or a known given name that closes the name («عقيلة منصور،»).
    if (
      !given &&
      !mentionAtToken(doc, at) &&
      /ة[\u064B-\u065F]*$/.test(doc.tokens[at]?.text ?? '') &&
      !familyNameLike(doc, at + 1) &&
      !(givenName(doc.tokens[at + 1]) && closesName(doc, at + 2)) &&
      !closedNameAfterNoun(doc, at)
    )
      continue;
    // «وقدم مدير الشرطة شكره لرجال الأمن»: a noun with the pronoun ه (written ه, not ة) after a
    // title is what the person did, not an unknown name.
    if (!given && !mentionAtToken(doc, at) && possessedNoun(doc.tokens[at])) continue;
    // «وأكد الوزير ضرورة التوصل …»: the noun an affirmation takes is the claim, not a name.
    if (
      !given &&
      !mentionAtToken(doc, at) &&
      isAffirmedNoun(doc.tokens[at]?.norm ?? '') &&
      !closedNameAfterNoun(doc, at)
    )
      continue;
    let len = nameLength(doc, at) || aliName(doc, at) || quotedName(doc, at);
    // «الدكتور صباح الجبوري إن», «العقيد فاخر الزبيدي أن»: a word a lexicon reads otherwise, then
    // a family nisba that closes the name.
    if (len <= 1 && givenNameBeforeNisba(doc, at)) len = 2;
    // «المخرج أمير النجار،»: «أمير» that findTitles left as no title is a given name, with the
    // rest of the name after it closed like a name.
    if (len === 0 && doc.tokens[at]?.norm === EMIR && !mentionAtToken(doc, at + 1)) {
      const rest = nameLength(doc, at + 1, 2) || (familyNameLike(doc, at + 1) ? 1 : 0);
      const end = at + 1 + rest;
      if (rest > 0 && (closesName(doc, end) || appositionAt(doc, end) || isComma(doc.tokens[end])))
        len = 1 + rest;
    }
    // «وقال المرشح الحميدي السبيعي:»: two family names in ال after a title (see findTitles).
    if (len === 0 && familyNamePair(doc, at) && closesName(doc, at + 2)) len = 2;
    // «الفريق أول الطيب خالد،»: a name may begin with a definite word (الطيب، الصادق،
    // الطريفي) when a known given name follows it and closes the name.
    if (
      len === 0 &&
      familyNameLike(doc, at) &&
      doc.tokens[at + 1]?.isWord &&
      infoOf(doc.tokens[at + 1] as Token).givenStripped === 0 &&
      !infoOf(doc.tokens[at + 1] as Token).stop &&
      !mentionAtToken(doc, at + 1) &&
      doc.sentence[at + 1] === doc.sentence[at] &&
      closesName(doc, at + 2)
    )
      len = 2;
    // «سمو الأمير الحسن بن طلال», «السيد الطاهر ولد سالم»: after a title, a given name
    // written with ال (DEFINITE_GIVEN_NAMES) opens a name when a lineage word (بن، ولد) follows
    // it; the father's name, and what comes after it, is read as a name — the father himself
    // when he is known (الأمير سالم بن طلال الثاني: the father's mention is part of the son's name).
    if (
      len === 0 &&
      DEFINITE_GIVEN.has(doc.tokens[at]?.norm ?? '') &&
      LINEAGE.has(doc.tokens[at + 1]?.norm ?? '') &&
      doc.sentence[at + 2] === doc.sentence[at]
    ) {
      const known = mentionAtToken(doc, at + 2);
      if (known?.kind === 'person' && known.from === at + 2) {
        removeMention(doc, known);
        len = 2 + known.to - known.from;
      } else if (!known) {
        const father = nameLength(doc, at + 2, 2);
        if (father > 0) len = 2 + father;
      }
    }
    // «برئاسة وزير الخارجية علي الشريف إلى»: after a title, «علي» and a family name that a
    // preposition closes are a name (a verbal noun such as الالتزام is no family name).
    // «رئيس الوزراء علي الحداد.»: or a bare family name that a full stop, a comma or a
    // complementizer closes (the preposition is written على; «على أنه» has أن after it).
    if (
      len === 0 &&
      isAli(doc.tokens[at]) &&
      (familyNameLike(doc, at + 1) ||
        // «الفنان علي الشيخ، إن»: a family name that is a title word too, closed at once.
        (TITLE_FAMILY.has(doc.tokens[at + 1]?.norm ?? '') && closesName(doc, at + 2)) ||
        (nameLike(doc, at + 1) &&
          !mentionAtToken(doc, at + 1) &&
          !isAffirmedNoun(doc.tokens[at + 1]?.norm ?? '') &&
          !isComplementizer(doc.tokens[at + 1]))) &&
      (closesName(doc, at + 2) ||
        doc.tokens[at + 2]?.text === '.' ||
        // «ألقى الدكتور علي الكرمي كلمة»: a family nisba (no nationality) needs no closer.
        (familyNameLike(doc, at + 1) &&
          /ي$/.test(doc.tokens[at + 1]?.norm ?? '') &&
          !adjectiveCountry(doc.tokens[at + 1])))
    )
      len = 2;
    // «الدكتور علي قاسم الحداد، …», «الدكتور علي سيف محمد التزام…»: «علي» and two more name
    // words that a comma, a cue, أن or the affirmed claim closes.
    if (len === 0 && isAli(doc.tokens[at]) && !mentionAtToken(doc, at + 1)) {
      const rest = nameLength(doc, at + 1, 2);
      const after = doc.tokens[at + 1 + rest];
      if (
        rest === 2 &&
        (closesName(doc, at + 1 + rest) ||
          isComma(after) ||
          isAffirmedNoun(after?.norm ?? '') ||
          after?.text === '.')
      )
        len = 3;
    }
    // «… للشؤون السياسية مجيد تخت روانتشي، في»: a third unknown word before a comma or a
    // function word belongs to the name.
    // «النائب العام حمادة الصاوي أن»: after a title, a word and a family name in ال that closes
    // the name (a comma, a cue, أن, or a word of time: «صابر الدليمي اليوم») are one person.
    if (
      len === 1 &&
      familyNameLike(doc, at + 1) &&
      doc.sentence[at + 1] === doc.sentence[at] &&
      (closesName(doc, at + 2) ||
        appositionAt(doc, at + 2) ||
        TIME_ADVERBS.has(doc.tokens[at + 2]?.norm ?? ''))
    )
      len = 2;
    if (
      len === 2 &&
      // «المرشح عن الدائرة هود سالم الرميثي،»: a family name in ال closed by a comma too.
      // (A family nisba: «النائب سامي الحداد القرار،» ends on the verb's object.)
      (nameLike(doc, at + 2) ||
        (familyNameLike(doc, at + 2) &&
          /ي$/.test(doc.tokens[at + 2]?.norm ?? '') &&
          !infoOf(doc.tokens[at + 2] as Token).notName &&
          isComma(doc.tokens[at + 3]))) &&
      !/^و/.test(doc.tokens[at + 2]?.norm ?? '') &&
      // «المحامية سنية الدهماني صدر في شأنها»: three letters before a preposition are the
      // past verb the person is the subject of.
      !(
        doc.tokens[at + 2]?.norm.length === 3 &&
        (PREPOSITIONS.has(doc.tokens[at + 3]?.norm ?? '') || opensPhrase(doc, at + 3))
      ) &&
      !isLongPlural(doc.tokens[at + 2]) &&
      // «مبارك العرو مرشحا عن الدائرة»: a title in the accusative says in what capacity.
      !accusativeTitle(doc.tokens[at + 2]) &&
      !mentionAtToken(doc, at + 2) &&
      doc.sentence[at + 2] === doc.sentence[at] &&
      (closesName(doc, at + 3) ||
        // «… سامي خالد زيارته لـ», «… شنّ هجوما على»: a noun with a pronoun or in the
        // accusative there is the verb's object, not the third name.
        // «سامي حمدي حضور الجلسة…»: nor is the claim an affirmation takes.
        (opensPhrase(doc, at + 3) &&
          !isAffirmedNoun(doc.tokens[at + 2]?.norm ?? '') &&
          !possessedNoun(doc.tokens[at + 2]) &&
          !/(ا|ً)$/.test(doc.tokens[at + 2]?.text ?? '')))
    )
      len = 3;
    // «نظيره السوداني عمر محمد أحمد صديق خلال…»: a chain of given names (the father's and the
    // grandfather's) and one more word before a boundary: four-part names of the Sudan, the Gulf.
    if (
      len === 3 &&
      [0, 1, 2].every((k) => givenName(doc.tokens[at + k])) &&
      nameLike(doc, at + 3) &&
      !mentionAtToken(doc, at + 3) &&
      doc.sentence[at + 3] === doc.sentence[at] &&
      (closesName(doc, at + 4) || isFollowedByBoundary(doc, at + 4))
    )
      len = 4;
    // «الدكتور مصطفى السيد، …»: after a title, a given name and an honorific that closes the name
    // (a comma, a cue, أن) is a family name.
    if (
      len === 1 &&
      given &&
      HONORIFIC_SURNAMES.has(doc.tokens[at + 1]?.norm ?? '') &&
      doc.sentence[at + 1] === doc.sentence[at] &&
      closesName(doc, at + 2)
    )
      len = 2;
    // «العميد فادي عاد، مدير الإعلام»: after a title and a known given name, a word
    // that reads as a common one (عادٍ: ordinary) is the family name when a comma and the
    // person's own title follow it — or his words (سامي شهد، إن…: شهد, witnessed).
    // (A servant's name, عبد الغني, is one given name of two words.)
    const givenWords = len === 2 && /^(عبد|ابو)$/.test(doc.tokens[at]?.norm ?? '') ? 2 : 1;
    const family = doc.tokens[at + givenWords];
    if (
      len === givenWords &&
      given &&
      family?.isWord &&
      family.isArabic &&
      !hasArticle(family) &&
      !mentionAtToken(doc, at + givenWords) &&
      !infoOf(family).stop &&
      !infoOf(family).cue &&
      !infoOf(family).participle &&
      isComma(doc.tokens[at + givenWords + 1]) &&
      (appositionAt(doc, at + givenWords + 2) || isComplementizer(doc.tokens[at + givenWords + 2]))
    )
      len = givenWords + 1;
    // «الدكتورة هالة الرباط، …»: after a title, a given name and a one-word city in ال that closes
    // the name is a family name (families named after cities), not the city.
    const city = len === 1 && given ? familyCityAt(doc, at + 1) : undefined;
    if (city) {
      removeMention(doc, city);
      len = 2;
    }
    // «المتحدث باسم المنظمة طارق "يوفانوفيتش" في»: a family name in quotes after a given name.
    const quotedFamily = doc.quotes[doc.quoteOf[at + 2] ?? -1];
    if (
      len === 1 &&
      given &&
      isQuoteMark(doc.tokens[at + 1]) &&
      quotedFamily?.open === at + 1 &&
      quotedFamily.close === at + 3 &&
      nameLike(doc, at + 2) &&
      !mentionAtToken(doc, at + 2)
    )
      len = 3;
    // «وزير الاقتصاد عادل نديم الخليل،»: so is it after two names.
    const thirdCity = len === 2 && given ? familyCityAt(doc, at + 2) : undefined;
    if (thirdCity) {
      removeMention(doc, thirdCity);
      len = 3;
    }
    if (len === 0 || (len === 1 && !given && !isFollowedByBoundary(doc, at + 1))) continue;
    // «مرشح الإخوان حصل على…»: one unknown word of three letters before a preposition is the
    // past verb the title is the subject of (فعل), not a name.
    // «السفير الفرنسي جاء "للإعراب"», «الأمين العام انتقل من …»: so is a three-letter word before
    // a quote, and a derived past verb (افتعل، انفعل، تفاعل) before a preposition.
    const single = doc.tokens[at]?.norm ?? '';
    const after = doc.tokens[at + 1];
    if (
      len === 1 &&
      !given &&
      ((single.length === 3 && (PREPOSITIONS.has(after?.norm ?? '') || isQuoteMark(after))) ||
        (DERIVED_PAST.test(single) && PREPOSITIONS.has(after?.norm ?? '')))
    )
      continue;
    // «الفريق نجح في…», «الفريق لعب مباراة»: a one-word title that is also an everyday noun (the
    // team, the referee) takes a known given name, or unknown words that a comma, a cue or أن
    // closes (اللواء قرشي حسين، مساعد…) — never a verb and its object.
    if (
      !given &&
      (len === 1 || !closesName(doc, at + len)) &&
      title.to - title.from === 1 &&
      COMMON_NOUN_TITLES.has(doc.tokens[title.from]?.norm.replace(/^[وف]/, '') ?? '')
    )
      continue;
    // After a comma the name must close too (… الإيراني، عباس عراقجي، صرح); one word only with
    // another comma (… الأمريكي، ونأمل في … is no name).
    // In quotes, the name is all of them.
    // After the title's adjective (الممثل القدير …) a function word closes the name too (لم، قد).
    // (Quoted: the mark before opens the quote the name is in, not one that closes before it.)
    const quoted =
      isQuoteMark(doc.tokens[at - 1]) && doc.quotes[doc.quoteOf[at] ?? -1]?.open === at - 1;
    const described = at > title.to && at === title.to + titleAdjectiveLength(doc, title.to);
    if (
      quoted
        ? !isQuoteMark(doc.tokens[at + len])
        : at > title.to &&
          (len === 1
            ? !isComma(doc.tokens[at + 1])
            : !closesName(doc, at + len) && !(described && isFollowedByBoundary(doc, at + len)))
    )
      continue;
    // One word with a possessive ending (بلدنا، حكومتها) is not a surname.
    if (
      len === 1 &&
      /(نا|ها|هم|كم|هما)$/.test(doc.tokens[at]?.norm ?? '') &&
      (doc.tokens[at]?.norm.length ?? 0) >= 5
    )
      continue;
    // «المستشار الألماني فريدريخ ميرتس»: a known surname under an unknown spelling of the given
    // name is the known person.
    const known = mentionAtToken(doc, at + len - 1);
    const key =
      known?.kind === 'person'
        ? known.key
        : addPerson(doc, at, at + len, 0, {}, { rule: 'name-after-title', cue: title.role });
    if (key) attachTitle(doc, title, key);
  }
  // Known given name + surname.
  const tokens = doc.tokens;
  for (let t = 0; t < tokens.length; t++) {
    if ((doc.mentionAt[t] ?? -1) >= 0) continue;
    // «وقال علي العايد إن»، «…، علي العايد، …», «وقال علي بن سامي الحداد،».
    const prev = tokens[t - 1];
    const ali = isComma(prev) || isCueVerb(prev) ? aliName(doc, t) : 0;
    if (ali >= 2) {
      addPerson(
        doc,
        t,
        t + ali,
        0,
        {},
        { rule: 'given-and-family-name', cue: tokens[t]?.text ?? '' },
      );
      t += ali - 1;
      continue;
    }
    // «وقال الصادق النعيمي مدير الإدارة إن…»: a given name written with ال (the Maghreb's, Libya's
    // and the Sudan's) and a family name, as a speech verb's subject and closed like a name.
    if (
      isCueVerb(prev) &&
      familyNamePair(doc, t) &&
      !mentionAtToken(doc, t + 1) &&
      (closesName(doc, t + 2) || appositionAt(doc, t + 2))
    ) {
      addPerson(
        doc,
        t,
        t + 2,
        0,
        {},
        { rule: 'given-and-family-name', cue: tokens[t]?.text ?? '' },
      );
      t += 1;
      continue;
    }
    // «وعبد الرحيم حسن», «وأبو بكر منصور علي»: a compound head (عبد، أبو) joined by و opens a given
    // name of two words (not a known name's: وأبو ظبي); the rest of the name follows both.
    const compound =
      /^و(عبد|ابو)$/.test(tokens[t]?.norm ?? '') &&
      !!tokens[t + 1]?.isWord &&
      !mentionAtToken(doc, t + 1) &&
      doc.sentence[t + 1] === doc.sentence[t];
    const given = opensName(tokens[t]) ?? (compound ? { stripped: 1 } : undefined);
    // «فيلم نور الصباح», «مسلسل سلمى»: a given name right after a work's noun titles the work.
    if (!given || endsOnWork(doc, t) || namesAPlace(doc, t) || honoreeOfBody(doc, t)) continue;
    // «وصابر الرباعي»: after «و» and a given name, a family name in ال completes the name.
    // «غياب سامي النجار وخالد الحمادي»: after a person and و, a given name and a family name in ال are
    // the list's next person, whatever follows them («علي» as written with ي, not the
    // preposition).
    const listed =
      mentionAtToken(doc, t - 1)?.kind === 'person' &&
      /^و/.test(tokens[t]?.norm ?? '') &&
      (tokens[t]?.norm !== 'وعلي' || /ي[\u064B-\u065F]*$/.test(tokens[t]?.text ?? ''));
    const rest = compound
      ? 1 +
        (beforeNextItem(doc, t + 2, nameLength(doc, t + 2, 2)) ||
          (familyNameLike(doc, t + 2) &&
          (closesName(doc, t + 3) ||
            /^و/.test(tokens[t + 3]?.norm ?? '') ||
            appositionAt(doc, t + 3))
            ? 1
            : 0))
      : given.stripped > 0
        ? beforeNextItem(doc, t + 1, nameLength(doc, t + 1, 2)) ||
          (familyNameLike(doc, t + 1) &&
          (listed ||
            (!infoOf(tokens[t] as Token).conjReadings.some((r) => AMBIGUOUS_GIVEN.has(r)) &&
              (closesName(doc, t + 2) ||
                /^و/.test(tokens[t + 2]?.norm ?? '') ||
                // «… ومحمد الحداد رئيس الاتحاد»: his own title after him closes the name.
                appositionAt(doc, t + 2))))
            ? 1
            : 0)
        : 0;
    // «وقال بو منصور إن», «سلم بو منصور رسالة»: «بو» and one word are a family name of the Levant
    // and the Maghreb (written بوحبيب too), never the start of a longer name.
    const bu = tokens[t]?.norm === 'بو';
    const len =
      given.stripped > 0
        ? 1 + rest
        : bu
          ? Math.min(2, nameLength(doc, t, 3))
          : nameLength(doc, t, 3);
    // «والشريف ناصر»: an honorific that belongs to the name (the Hashemites' الشريف) opens it,
    // so a given name alone after it is a name.
    const honorific = given.stripped === 0 ? nameHonorificBefore(doc, t) : -1;
    if ((len < 2 && honorific < 0) || commonPhrase(doc, t, len)) continue;
    const dhu = given.stripped === 0 && opensWithDhu(doc, t) ? 1 : 0;
    // «قال مهنا سعيد العدوي»: an unknown name word between a speech verb and the given name is
    // the person's own given name; the known one is his father's.
    const own =
      given.stripped === 0 &&
      dhu === 0 &&
      honorific < 0 &&
      len >= 2 &&
      isCueVerb(tokens[t - 2]) &&
      nameLike(doc, t - 1) &&
      !mentionAtToken(doc, t - 1) &&
      infoOf(tokens[t - 1] as Token).givenStripped < 0 &&
      !lexicon().vague.has(tokens[t - 1]?.norm ?? '') &&
      doc.sentence[t - 1] === doc.sentence[t]
        ? 1
        : 0;
    addPerson(
      doc,
      honorific >= 0 ? t - 1 : t - dhu - own,
      t + len,
      honorific >= 0 ? honorific : given.stripped,
      {},
      { rule: 'given-name', cue: tokens[t]?.text ?? '' },
    );
    t += len - 1;
  }
  afterNationalityNoun(doc);
  attachAfterQuotedBody(doc);
  giveTitlesPastPossessor(doc);
  return doc;
}

/** «وبناته سلمى وهند ومنى», «وسامي نصار ووكاع الرميثي»: the name of a list item joined by و
 * (counted from its second word, `from`) stops before the next word joined by و, which opens
 * the next item — a lineage word (وبن) aside. */
function beforeNextItem(doc: Doc, from: number, len: number): number {
  for (let k = from; k < from + len; k++) {
    const tok = doc.tokens[k];
    if (
      tok?.isWord &&
      /^و./.test(tok.norm) &&
      !CONNECTORS.has(tok.norm) &&
      infoOf(tok).givenStripped !== 0
    )
      return k - from;
  }
  return len;
}

/**
 * «أكد اليوناني دونيس مدرب الهلال أن…», «أمام الأرجنتيني ليونيل ميسي»: a nationality in ال right
 * after a speech verb or a function word qualifies no noun (after one it would be its adjective:
 * المدرب اليوناني); it is a noun itself, «the Greek», and the name after it is a person of that
 * country. The name must close (a title
 * in apposition, a comma, a cue, أن, a preposition) so that a common noun after it is not taken.
 */
function afterNationalityNoun(doc: Doc): void {
  const tokens = doc.tokens;
  for (let t = 1; t < tokens.length; t++) {
    const tok = tokens[t];
    const countryId = adjectiveCountry(tok);
    if (!tok || !countryId || countryId === 'europe' || !hasArticle(tok)) continue;
    // One person: a singular nisba (اليوناني، الأمريكية), not «اليمنيين تضرروا».
    if (!/يه?$/.test(tok.norm)) continue;
    if ((doc.mentionAt[t] ?? -1) >= 0 || /^[وف]/.test(tok.norm)) continue;
    // After a verb of speech or a function word (ضد، أمام، مع، إن): no noun it could qualify.
    // Elsewhere — after a noun in construct (عودة الهولندي: the Dutchman's return) or a role
    // noun it qualifies (والموفد الأمريكي X Y) — a name of two words or more that closes.
    const prev = tokens[t - 1];
    const bare =
      !!prev?.isWord &&
      (infoOf(prev).cue || infoOf(prev).participle || infoOf(prev).stop) &&
      doc.sentence[t - 1] === doc.sentence[t];
    const at = t + 1;
    if (mentionAtToken(doc, at) || !nameLike(doc, at) || doc.sentence[at] !== doc.sentence[t])
      continue;
    const closes = (k: number) => closesName(doc, k) || appositionAt(doc, k) || isComma(tokens[k]);
    let len = nameLength(doc, at);
    // «التونسي ناصيف البياوي مدرب الفتح»: a word and a family name in ال that the name closes.
    if (len === 1 && familyNameLike(doc, at + 1) && closes(at + 2)) len = 2;
    // (Not after a feminine one: «الشرطة الكويتية انتشار…» qualifies a body.)
    if (len === 0 || (!bare && (len < 2 || /ه$/.test(tok.norm) || !plainName(doc, at, len))))
      continue;
    const end = at + len;
    if (!closes(end)) continue;
    addPerson(doc, at, end, 0, { countryId }, { rule: 'name-after-nationality', cue: tok.text });
    t = end - 1;
  }
}

/** «لكرة القدم», «وإنهاء الحرب», «صعوبات مالية»: after a noun and its nationality, the words
 * that follow are a name only when they look like one — a known given name first, or words with
 * no article and no و or ل glued on (ف begins foreign names: فيربيك), and no ending of a
 * feminine or plural noun (ة، ات). */
function plainName(doc: Doc, at: number, len: number): boolean {
  if (givenName(doc.tokens[at])?.stripped === 0) return true;
  for (let k = at; k < at + len; k++) {
    const tok = doc.tokens[k];
    if (!tok?.isWord || /^[ول]/.test(tok.norm) || /(ه|ات)$/.test(tok.norm) || hasArticle(tok))
      return false;
  }
  return true;
}

/** «محامي اللاعب كريم بنزيمة جان بيير مارتان», «مدرب اللاعب X Y»: when a second name follows the
 * first right away, the first is whose lawyer (coach, advisor) the second is. */
/** A role noun inside the title after its head (للمرشح، الفنان): whose the first name is. */
function innerRole(doc: Doc, title: TitlePhrase): boolean {
  for (let k = title.from + 1; k < title.to; k++) if (titleKeyOf(doc.tokens[k])) return true;
  return false;
}

function giveTitlesPastPossessor(doc: Doc): void {
  for (const title of doc.titles) {
    if (!title.person || title.counterpart) continue;
    const first = mentionAtToken(doc, nameAfterTitle(doc, title));
    if (first?.kind !== 'person' || first.key !== title.person) continue;
    // «مدير الحملة الانتخابية للمرشح كريم سعيد، محمد لطفي، إن»: when an inner role noun
    // governs the first name, a second name in commas right after it holds the outer title.
    const comma = isComma(doc.tokens[first.to]);
    const at2 = comma ? first.to + 1 : first.to;
    const second = mentionAtToken(doc, at2);
    if (second?.kind !== 'person' || second.from !== at2 || second.key === first.key) continue;
    if (comma && !(innerRole(doc, title) && closesName(doc, second.to))) continue;
    if (doc.sentence[second.from] !== doc.sentence[title.from]) continue;
    const owner = doc.entities.get(first.key);
    if (owner?.role === title.role) delete owner.role;
    const stillHas = doc.titles.some(
      (t) => t !== title && t.person === first.key && t.roleKey === title.roleKey,
    );
    if (!stillHas) {
      doc.roleKeys.get(first.key)?.delete(title.roleKey);
      doc.byRole.get(title.roleKey)?.delete(first.key);
    }
    attachTitle(doc, title, second.key);
  }
}

/** «الرئيس التنفيذي لشركة "أرامكو" أمين الناصر»: the body's name in quotes sits between the
 * title and the person it introduces. */
function attachAfterQuotedBody(doc: Doc): void {
  for (const title of doc.titles) {
    if (title.person || !endsOnInstitution(doc, title)) continue;
    const open = doc.tokens[title.to];
    if (!isQuoteMark(open)) continue;
    let close = title.to + 1;
    while (close < title.to + 5 && doc.tokens[close]?.isWord) close++;
    if (!isQuoteMark(doc.tokens[close]) || close === title.to + 1) continue;
    const m = mentionAtToken(doc, close + 1);
    if (m?.kind === 'person' && m.from === close + 1) attachTitle(doc, title, m.key);
  }
}

/**
 * «الرئيس الأميركي وإنهاء الحرب», «المدعي العام … بحكم الإدانة», «الأمين العام لفرض عقوبات»:
 * after a title, a word with a glued و/ف/ب/ل whose rest is a verbal noun (إفعال، تفعيل، فَعْل with
 * no long vowel) or a verb starts a clause, not a name; so does a plural in ـات (قيادات).
 */
function clausalWord(tok: Token | undefined): boolean {
  if (!tok?.isWord) return false;
  const n = tok.norm;
  if (n.length >= 5 && n.endsWith('ات')) return true;
  if (!/^[وفبل]/.test(n) || infoOf(tok).givenStripped === 0) return false;
  // A Hebrew name in ئيل (بتسلئيل) starts with no clitic.
  if (/ئيل$/.test(n)) return false;
  const rest = n.slice(1);
  return (
    /^(ا|ت)/.test(rest) ||
    (rest.length >= 3 && rest.length <= 4 && !/[اوي]/.test(rest)) ||
    IMPERFECT.test(rest) ||
    // «ونتمنى», «ونأمل»: a verb of «we» after و.
    /^ن.{3,4}$/.test(rest)
  );
}

/** «علي» written with ي (the name; the preposition is على, which normalizes the same). */
const TITLE_FAMILY = new Set(TITLE_FAMILY_NAMES.map(normalizeArabic));
const TIME_ADVERBS = new Set(TIME_ADVERB_WORDS.map(normalizeArabic));
const INNER_HONORIFIC = new Set(INNER_HONORIFIC_WORDS.map(normalizeArabic));

export function isAli(tok: Token | undefined): boolean {
  return !!tok?.isWord && spellsAli(tok);
}

/** «علي» written with ي (the name; «على» is the preposition), asked of many words: a bit. */
const spellsAli = wordFlag(
  (tok: Token) => tok.norm === 'علي' && /ي[\u064B-\u065F]*$/.test(tok.text),
);

const NAME_HONORIFICS = new Set(NAME_HONORIFIC_WORDS.map(normalizeArabic));

/** The clitics before the honorific right before `t` (والشريف: 1), or -1 when there is none. */
function nameHonorificBefore(doc: Doc, t: number): number {
  const tok = doc.tokens[t - 1];
  if (!tok?.isWord || doc.sentence[t - 1] !== doc.sentence[t]) return -1;
  if (NAME_HONORIFICS.has(tok.norm)) return 0;
  return /^[وف]/.test(tok.norm) && NAME_HONORIFICS.has(tok.norm.slice(1)) ? 1 : -1;
}

const COMMON_NOUN_TITLES = new Set(COMMON_NOUN_TITLE_WORDS.map(normalizeArabic));

const AMBIGUOUS_GIVEN = new Set(AMBIGUOUS_GIVEN_WORDS.map(normalizeArabic));

/** «صالح الوطن», «من أجل صالح الشعب»: a given name before an abstract noun is an ordinary word;
 * an ambiguous given name before a word in ال makes a name (without a title) only as a speech
 * verb's subject or before a comma, a colon, أن or a cue («وقال سعيد الحربي إن», «كريم العبادي، وزير»). */
function commonPhrase(doc: Doc, t: number, len: number): boolean {
  const first = doc.tokens[t];
  // «وعبد السلام الحداد»: a servant's name (عبد، أبو and a noun, abstract ones too: السلام) and
  // a name after it is a person.
  if (/^و?(عبد|ابو)$/.test(first?.norm ?? '') && len >= 3) return false;
  if (ABSTRACT.has(doc.tokens[t + 1]?.norm ?? '')) return true;
  if (!first || !infoOf(first).conjReadings.some((r) => AMBIGUOUS_GIVEN.has(r))) return false;
  // «حسن روحاني»: an unknown word without the article is a surname anyway — but not a noun in
  // ة (وجاري معالجة الأمر: under way).
  const second = doc.tokens[t + 1];
  if (second?.isWord && /ة$/.test(second.text.replace(/[\u064B-\u065F\u0640]/g, '')))
    return infoOf(second).givenStripped < 0;
  // «سلام عادل ومستدام»: a word joined by و after an ambiguous given name is a second adjective.
  if (second?.isWord && /^و/.test(second.norm) && infoOf(second).givenStripped < 0) return true;
  if (!second || !hasArticle(second)) return false;
  if (isCueVerb(doc.tokens[t - 1])) return false;
  // «سيف الإسلام القذافي», «نور الدين …»: a compound given name and a name after it.
  if (COMPOUND_TAILS.has(second.norm) && len >= 3) return false;
  // «وفاز نبيل العياري بالمقعد»: a nisba no lexicon knows as an adjective (العياري، not الوطني)
  // is a family name wherever the name stands.
  // («قال مهنا سعيد العدوي»: not when an unknown name word before it opens the name.)
  const prev = doc.tokens[t - 1];
  if (
    len === 2 &&
    !(nameLike(doc, t - 1) && !/^[وف]...$/.test(prev?.norm ?? '')) &&
    /ي$/.test(second.norm) &&
    !infoOf(second).adjective &&
    !lexicon().commonAdjectives.has(second.norm.slice(2)) &&
    familyNameLike(doc, t + 1)
  )
    return false;
  const after = doc.tokens[t + len];
  if (!after || doc.sentence[t + len] !== doc.sentence[t]) return true;
  if (!after.isWord) return !(after.text === '،' || after.text === ',' || after.text === ':');
  return !(isComplementizer(after) || infoOf(after).cue);
}

/** «علي العايد»: «علي» written with ي (the preposition is على) before a family name in ال that
 * a comma, a colon, أن or a cue closes is a given name (2), else 0. Texts that spell على as علي
 * do not close the phrase that way («أكد الوزير علي الالتزام بالقانون»). */
function aliName(doc: Doc, at: number): number {
  const tok = doc.tokens[at];
  if (!isAli(tok)) return 0;
  // «الأمير علي بن الحسين»: a connector after it makes it a name (the preposition takes none).
  const link = doc.tokens[at + 1];
  const then = doc.tokens[at + 2];
  if (
    link &&
    then?.isWord &&
    CONNECTORS.has(link.norm) &&
    doc.sentence[at + 2] === doc.sentence[at] &&
    (nameLike(doc, at + 2) || (hasArticle(then) && !infoOf(then).stop))
  ) {
    // «علي بن سامي بن خالد الحداد،»: more lineage, then a family name closed at once.
    let len = 3;
    while (
      CONNECTORS.has(doc.tokens[at + len]?.norm ?? '') &&
      doc.sentence[at + len + 1] === doc.sentence[at] &&
      (nameLike(doc, at + len + 1) || isAli(doc.tokens[at + len + 1]))
    )
      len += 2;
    if (
      doc.sentence[at + len] === doc.sentence[at] &&
      familyNameLike(doc, at + len) &&
      (closesName(doc, at + len + 1) ||
        appositionAt(doc, at + len + 1) ||
        !doc.tokens[at + len + 1]?.isWord)
    )
      len++;
    return len;
  }
  // «علي حمدان،», «علي أرسلان طاش، إن»: unknown name words that a comma, a cue or أن closes.
  for (let len = 2; len <= 3; len++) {
    let words = true;
    for (let k = 1; k < len; k++)
      words &&=
        doc.sentence[at + k] === doc.sentence[at] &&
        // «علي يوسف الشريف،»: the last word may be a family name in ال.
        ((nameLike(doc, at + k) &&
          !mentionAtToken(doc, at + k) &&
          !hasArticle(doc.tokens[at + k] as Token)) ||
          (k === len - 1 && k > 1 && familyNameLike(doc, at + k)));
    if (words && closesName(doc, at + len)) return len;
  }
  if (doc.sentence[at + 1] !== doc.sentence[at] || !familyNameLike(doc, at + 1)) return 0;
  const after = doc.tokens[at + 2];
  if (!after || doc.sentence[at + 2] !== doc.sentence[at]) return 0;
  const closes = after.isWord
    ? isComplementizer(after) || infoOf(after).cue
    : isComma(after) || after.text === ':';
  return closes ? 2 : 0;
}

/** A title in apposition after a name: «سيرغي لافروف وزير الخارجية». Run again once speaker
 * names are known («صرح أوشاكوف، مساعد الرئيس الروسي، بأن»). */
const DASHES = new Set(['-', '–', '—']);

export function findAppositions(doc: Doc): Doc {
  for (const title of doc.titles) {
    if (title.person || title.counterpart) continue;
    const head = doc.tokens[title.from];
    // «والرئيس» is و and a title; «والي» (a governor) is a title of its own.
    if (!head || (head.norm.startsWith('وال') && !lexicon().titleHeads.has(head.norm))) continue;
    // A definite title is in apposition only between commas: «أمين الناصر، الرئيس التنفيذي
    // لشركة أرامكو، إن»; otherwise «… ترامب الرئيس …» may be two phrases.
    // «أعلن سامي النجار الرئيس التنفيذي للشركة، أن…»: or right after the subject of a
    // speech verb (which takes no person as its object), the content right after the title.
    if (
      head.norm.startsWith('ال') &&
      !(isComma(doc.tokens[title.from - 1]) && commaSoon(doc, title.to)) &&
      !subjectOfSpeech(doc, title)
    )
      continue;
    // «لافروف، ومساعد الرئيس»: a title joined by و starts the next list item.
    if (head.norm.startsWith('و') && !lexicon().titleHeads.has(head.norm)) continue;
    let p = title.from - 1;
    // «فواز الجدعي- أستاذ القانون»: a dash sets the title off like a comma.
    if (isComma(doc.tokens[p]) || DASHES.has(doc.tokens[p]?.text ?? '')) p--;
    // «المهندس "نبيل عمران" رئيس حزب النور»: a name in quotes before its title.
    if (isQuoteMark(doc.tokens[p]) && mentionAtToken(doc, p - 1)?.kind === 'person') p--;
    const m = mentionAtToken(doc, p);
    if (m && m.kind === 'person' && m.to === p + 1) {
      // «المستشار سامح الخشن، المتحدث الرسمي باسم …»: a title with its complement between
      // commas says more than a one-word honorific before the name.
      const e = doc.entities.get(m.key);
      const bare = e?.role !== undefined && !/\s/.test(e.role.trim());
      const between = isComma(doc.tokens[title.from - 1]) && commaSoon(doc, title.to);
      if (e && bare && title.to - title.from > 1 && between) delete e.role;
      attachTitle(doc, title, m.key);
    } else if (!m && p < title.from - 1) {
      // «…، مسعد بولس، مستشار الرئيس»: an unknown two-word name between commas.
      const a = p - 1;
      const before = doc.tokens[a - 1];
      // «عبّر ماركو بيتريتش، مدرب النادي، عن»: «عبر» (expressed) opens a clause too.
      const opens =
        !before ||
        before.text === '،' ||
        before.text === ',' ||
        isCueVerb(before) ||
        /^[وف]?عبر(ت)?$/.test(before.norm);
      if (
        opens &&
        nameLike(doc, a) &&
        nameLike(doc, p) &&
        doc.sentence[a] === doc.sentence[title.from]
      ) {
        const key = addPerson(doc, a, p + 1, 0, {}, { rule: 'name-before-title', cue: title.role });
        if (key) attachTitle(doc, title, key);
      }
    }
  }
  return doc;
}

const INSTITUTIONS = new Set(INSTITUTION_NOUNS.map(normalizeArabic));

/** The person right before the title is the subject right after a speech verb (not a verb of
 * informing, whose object is a person), and the content opens right after the title. */
function subjectOfSpeech(doc: Doc, title: TitlePhrase): boolean {
  const m = mentionAtToken(doc, title.from - 1);
  if (m?.kind !== 'person' || m.to !== title.from) return false;
  // «قال د. سامي النجار المتحدث …», «قال الدكتور سامي …»: an abbreviation or an honorific may
  // stand between the verb and the name.
  let v = m.from - 1;
  if (doc.tokens[v]?.text === '.' && doc.tokens[v - 1]?.norm.length === 1) v -= 2;
  else {
    const honorific = titleEndingAt(doc, m.from);
    if (honorific && honorific.to - honorific.from === 1) v = honorific.from - 1;
  }
  const verb = doc.tokens[v];
  if (!verb || !isCueVerb(verb) || isInformingVerb(verb)) return false;
  // «… لمجموعة أحمد الراشد، أن»: a body named across the title's end belongs to it.
  let end = title.to;
  const body = mentionAtToken(doc, end);
  if (body?.kind === 'organization' && body.from < end) end = body.to;
  const after = doc.tokens[end];
  if (!after || doc.sentence[end] !== doc.sentence[title.from]) return false;
  return after.isWord
    ? isComplementizer(after)
    : after.text === '،' || after.text === ',' || after.text === ':';
}

/** An institution's noun as written, or after a glued ل/ب (شركة، لشركة). */
function isInstitutionNoun(tok: Token | undefined): boolean {
  const n = tok?.norm ?? '';
  return INSTITUTIONS.has(n) || (/^[لب]/.test(n) && INSTITUTIONS.has(n.slice(1)));
}

function endsOnInstitution(doc: Doc, title: TitlePhrase): boolean {
  // The bare noun only (شركة، لشركة): «رئيس هيئة الأركان هرتسي هاليفي» is followed by a name.
  return title.to - title.from > 1 && isInstitutionNoun(doc.tokens[title.to - 1]);
}

/** A one-word city in ال at `t` that closes a name: a family named after it. */
function familyCityAt(doc: Doc, t: number) {
  const city = mentionAtToken(doc, t);
  return city?.kind === 'place' &&
    city.from === t &&
    city.to === t + 1 &&
    /^ال/.test(doc.tokens[t]?.norm ?? '') &&
    (closesName(doc, t + 1) || isComma(doc.tokens[t + 1]))
    ? city
    : undefined;
}

function quotedShortNameOfBody(doc: Doc, title: TitlePhrase, at: number): boolean {
  if (!isQuoteMark(doc.tokens[at - 1])) return false;
  const quote = doc.quotes[doc.quoteOf[at] ?? -1];
  if (!quote || quote.open !== at - 1 || quote.close <= at || quote.close - at > 3) return false;
  let body = false;
  for (let k = title.from; k < title.to && !body; k++) body = isInstitutionNoun(doc.tokens[k]);
  const next = quote.close + 2;
  return (
    body && isComma(doc.tokens[quote.close + 1]) && (nameLike(doc, next) || isAli(doc.tokens[next]))
  );
}

/** Title keys of honorifics and degrees that may stand between an office and the name. */
const HONORIFICS = new Set(HONORIFIC_ROLE_KEYS.map(normalizeArabic));

/** The word before `at` names a work (فيلم، مسلسل، كتاب): a name after it is the work's. */
function endsOnWork(doc: Doc, at: number): boolean {
  // «التلسكوب “جيمس ويب”»: the work's name may be quoted.
  const before = doc.tokens[isQuoteMark(doc.tokens[at - 1]) ? at - 2 : at - 1];
  return !!before?.isWord && isWorkWord(before);
}

const WORKS = new Set(WORK_NOUNS.split(/\s+/).filter(Boolean).map(normalizeArabic));
/** A reading of the word is a work's noun (asked before every name: a bit, once per word). */
const isWorkWord = wordFlag((tok: Token) => readings(tok).some((r) => WORKS.has(r)));

/** Nouns of places, facilities and bodies that take a person's name as their own (جامعة محمد
 * الخامس، مطار محمد الخامس، مستشفى عبد الله المبارك، مركز محمد بن راشد للفضاء، ملاعب عدنان حمد). */
const NAMED_AFTER = new Set(
  [
    ...INSTITUTION_NOUNS,
    ...NAMED_AFTER_WORDS,
    ...ORGANIZATION_HEADS.filter((row) => row.namedAfterHonoree).map((row) => row.head),
  ]
    .map(normalizeArabic)
    // «بقيادة محمد عبد السلام», «برئاسة سامح عاشور»: led by, headed by — a person follows.
    .filter((w) => w !== 'قياده' && w !== 'رئاسه'),
);

/** «مطار محمد الخامس الدولي»: a given name right after such a noun (in construct, no article)
 * names the place or the body, not a person who is there. */
function namesAPlace(doc: Doc, t: number): boolean {
  const before = doc.tokens[t - 1];
  if (!before?.isWord || hasArticle(before) || doc.sentence[t - 1] !== doc.sentence[t])
    return false;
  // «بسجن سامي النجار»: imprisoning someone (سجن أبو غريب is still a prison's name).
  const known = infoOf(doc.tokens[t] as Token).givenStripped === 0;
  return readings(before).some(
    (r) => (isPlaceNoun(r) && !(known && isVerbalPlaceNoun(r))) || NAMED_AFTER.has(r),
  );
}

/** «مستشفى الملك نادر الجامعي», «جائزة الشيخ سالم»: the name after an honoree's rank that
 * follows a body's or a place's noun is the body's name; the honoree is not in the story. */
export function honoreeOfBody(doc: Doc, t: number): boolean {
  return isHonoreeRank(doc.tokens[t - 1]) && namedAfterNounBefore(doc, t - 1);
}

/** The noun of a place or body that takes a person's name (NAMED_AFTER, a place noun) stands right before `t`
 * in construct (no article), in the same sentence. */
function namedAfterNounBefore(doc: Doc, t: number): boolean {
  const before = doc.tokens[t - 1];
  if (!before?.isWord || hasArticle(before) || doc.sentence[t - 1] !== doc.sentence[t])
    return false;
  return readings(before).some((r) => NAMED_AFTER.has(r) || isPlaceNoun(r));
}

/** Where the name after a title starts: right after it, or after a comma (… الإيراني، عباس). */
function nameAfterTitle(doc: Doc, title: TitlePhrase): number {
  const tok = tokenAt(doc.tokens, title.to);
  const comma = tok?.text === '،' || tok?.text === ',';
  let at =
    comma &&
    title.to + 1 < doc.sentence.length &&
    doc.sentence[title.to + 1] === doc.sentence[title.from]
      ? title.to + 1
      : title.to;
  // «مدرب المنتخب اليمني، الجزائري نور الدين ولد علي،»: a nationality before the name, after
  // the comma, is the person's own; «د.» (doctor) before the name too.
  const adj = doc.tokens[at];
  if (comma && adj && adjectiveCountry(adj) && hasArticle(adj) && nameLike(doc, at + 1)) at++;
  // «م. عبد الله», «د. أحمد», «أ.د. محمد»: one-letter title abbreviations before the name.
  for (let k = 0; k < 2; k++)
    if (doc.tokens[at]?.norm.length === 1 && doc.tokens[at + 1]?.text === '.') at += 2;
  // «وزير الصحة دكتور خالد السعيد», «مدير المستشفى المهندس سامي …»: an honorific between the
  // office and the name; «وزير الخارجية سعادة الشيخ سامي …»: or a few in a row.
  let honorifics = at;
  while (
    honorifics - at < MAX_HONORIFICS_IN_A_ROW &&
    doc.tokens[honorifics]?.isWord &&
    HONORIFICS.has(titleKeyOf(doc.tokens[honorifics]) ?? '') &&
    doc.sentence[honorifics + 1] === doc.sentence[at]
  )
    honorifics++;
  if (
    honorifics > at &&
    (nameLike(doc, honorifics) ||
      isAli(doc.tokens[honorifics]) ||
      givenNameBeforeNisba(doc, honorifics))
  )
    at = honorifics;
  if (at === title.to) at += titleAdjectiveLength(doc, at);
  // «وزير المالية "الإسرائيلي" X Y»: a nationality set in quotes (the outlet's distance from it)
  // between the office and the name.
  if (
    at === title.to &&
    isQuoteMark(doc.tokens[at]) &&
    adjectiveCountry(doc.tokens[at + 1]) &&
    isQuoteMark(doc.tokens[at + 2]) &&
    doc.sentence[at + 3] === doc.sentence[at] &&
    nameLike(doc, at + 3)
  )
    at += 3;
  // «مسؤول الإعلام في الحزب “كمال عثمان”»: a name in quotes after its title.
  if (isQuoteMark(doc.tokens[at]) && doc.sentence[at + 1] === doc.sentence[at]) {
    const q = doc.quoteOf[at + 1] ?? -1;
    const quote = doc.quotes[q];
    if (quote && quote.open === at && quote.close > at + 1 && quote.close - at <= 5) at++;
  }
  return at;
}

/** A participle in ال (المستقيل، المناهض، المخضرم, their feminines in ة). */
const DEFINITE_PARTICIPLE = /^الم.{3,6}$/;
/** «السيد الطاهر ولد …»: a given name written with ال is the name, no adjective. */
const DEFINITE_GIVEN = new Set(DEFINITE_GIVEN_NAMES.map(normalizeArabic));

/**
 * «وقالت النائبة المستقيلة سلمى حداد إن», «الممثل القدير سمير نصار», «الناشط المناهض للتمييز
 * سامي …»: after a title whose head has the article, an adjective that agrees with it (definite,
 * feminine in ة after a feminine title) describes the person before his name — a common
 * adjective (القدير، الشاب) or a participle, with one complement in لل — when a name follows it.
 * Tokens to pass over at `at`, or 0.
 */
function titleAdjectiveLength(doc: Doc, at: number): number {
  const head = doc.tokens[at - 1];
  const adj = doc.tokens[at];
  if (!head?.isWord || !adj?.isWord || !hasArticle(head) || !hasArticle(adj)) return 0;
  if (doc.sentence[at + 1] !== doc.sentence[at] || mentionAtToken(doc, at)) return 0;
  const info = infoOf(adj);
  if (info.titleKey || info.cue || info.stop || adjectiveCountry(adj)) return 0;
  if (DEFINITE_GIVEN.has(adj.norm)) return 0;
  const bare = adj.norm.slice(2);
  const feminine = /ه$/.test(adj.norm);
  if (feminine !== /ه$/.test(head.norm)) return 0;
  if (!lexicon().commonAdjectives.has(bare) && !DEFINITE_PARTICIPLE.test(adj.norm)) return 0;
  // «المناهض للتمييز»: the participle's complement, one word in لل.
  const len = /^لل../.test(doc.tokens[at + 1]?.norm ?? '') ? 2 : 1;
  const name = at + len;
  return doc.sentence[name] === doc.sentence[at] &&
    !mentionAtToken(doc, name) &&
    (opensName(doc.tokens[name]) || nameLength(doc, name) >= 2)
    ? len
    : 0;
}

/**
 * «مستشار ترامب», «مستشار الرئيس الأمريكي دونالد ترامب»: a title before a known leader that is
 * not the leader's own title names someone else (the advisor of the leader).
 */
function governsLeader(doc: Doc, title: TitlePhrase, key: string): boolean {
  const own = lexicon().leaderRoleKeys.get(key);
  if (own === undefined || own === title.roleKey) return false;
  // Only an office inside the phrase names the leader («مستشار الرئيس …»); a known leader after
  // a title of another office holds that office now (offices change: «وزيرة الخارجية X»).
  for (let k = title.from + 1; k < title.to; k++)
    if (titleKeyOf(doc.tokens[k]) === own) return true;
  return false;
}

/** «محافظ المصرف المركزي “الصدّيق الكبير”»: in quotes right after a title, two to four words
 * are the name as written, the article included (names such as الصديق، المهدي). */
function quotedName(doc: Doc, at: number): number {
  const open = at - 1;
  const q = doc.quoteOf[at] ?? -1;
  const quote = doc.quotes[q];
  if (!isQuoteMark(doc.tokens[open]) || !quote || quote.open !== open) return 0;
  const len = quote.close - at;
  if (len < 2 || len > 4) return 0;
  // «رحب محامو الشركة "بالقرار الصائب"»: a preposition glued to a definite first word opens a
  // phrase, not a name (a name may begin with ال: "الصادق المهدي").
  if (/^[وف]?([بك]ال|لل)/.test(doc.tokens[at]?.norm ?? '')) return 0;
  // «حاكم الإمارة "رعاه الله"», «"حفظه الله"»: a blessing (a verb with its pronoun, then الله) is
  // no name. (Any word of three to five letters but one in ال: «أيده الله» too.)
  if (/^(?!ال).{2,4}ه$/.test(doc.tokens[at]?.norm ?? '') && doc.tokens[at + 1]?.norm === 'الله')
    return 0;
  for (let k = at; k < quote.close; k++) {
    const tok = doc.tokens[k];
    if (!tok?.isWord || !tok.isArabic || mentionAtToken(doc, k)) return 0;
    const info = infoOf(tok);
    if (info.stop || info.cue || info.titleKey || info.adjective || info.participle) return 0;
  }
  return len;
}

/** A single unknown word after a title is a name only before a comma, a cue or a function word
 * («وقال الوزير شكري إن»), not at the end of a sentence («رئيس قوي.»). */
function isFollowedByBoundary(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  if (!tok || doc.sentence[t] !== doc.sentence[t - 1]) return false;
  if (!tok.isWord)
    return tok.text === '،' || tok.text === ',' || tok.text === ':' || isQuoteMark(tok);
  return lexicon().stopwords.has(tok.norm) || infoOf(tok).cue;
}

/** A comma closes the apposition within a few words (the title's complement may run on). */
function commaSoon(doc: Doc, t: number): boolean {
  for (let k = t; k < t + 4 && doc.sentence[k] === doc.sentence[t - 1]; k++)
    if (isComma(doc.tokens[k])) return true;
  return false;
}

/** A comma, a cue, أن or a preposition: what may follow a full name (stricter than
 * isFollowedByBoundary, which also takes any function word). */
export function closesName(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  if (!tok || doc.sentence[t] !== doc.sentence[t - 1]) return false;
  // «… سعيد بن خالد النجار “على …”»: a quote mark opening the words closes the name too.
  // «- كريم الحداد - عبد الهادي أحمد نصور -»: a dash between the items of a list of names.
  if (!tok.isWord)
    return (
      tok.text === '،' ||
      tok.text === ',' ||
      tok.text === ':' ||
      tok.text === '.' ||
      DASHES.has(tok.text) ||
      quoteOpensAt(doc, t)
    );
  // «متقدما على الرئيس سامي خالد نصور الذي حصل…»: a relative pronoun follows a definite noun, so
  // after an indefinite word it closes a name (a verb's object would be definite before it).
  return (
    PREPOSITIONS.has(tok.norm) ||
    isComplementizer(tok) ||
    infoOf(tok).cue ||
    (RELATIVES.has(tok.norm) && !hasArticle(doc.tokens[t - 1] as Token))
  );
}

// The lexicon's relative pronouns and the duals' subject case (اللذان، اللتان).
const RELATIVES = new Set([...RELATIVES_WORDS, 'اللذان', 'اللتان'].map(normalizeArabic));

/** A quote mark opens a quote of more than a couple of words at `t` (not a quoted name). */
function quoteOpensAt(doc: Doc, t: number): boolean {
  const quote = isQuoteMark(doc.tokens[t]) ? doc.quotes[quoteOpenedAt(doc, t)] : undefined;
  return !!quote && (quote.close < 0 || quote.close - t > 3);
}

function indefiniteAccusative(doc: Doc, at: number): boolean {
  const tok = doc.tokens[at];
  const next = doc.tokens[at + 1];
  if (!tok?.isWord || !next?.isWord || hasArticle(next)) return false;
  if (/ً/.test(tok.text)) return true;
  return /[^ء]ا$/.test(tok.norm) && /[هة]$|ا$/.test(next.norm) && givenName(next) === undefined;
}

/** «وزير الزراعة جان نويل لوران قبل ظهيرة الأحد», «… كمال أوزبيك لنظيره», «… بشطب كلمة»:
 * after the third word of a name that follows its title, the next phrase may open with a
 * function word, or with ل or ب glued to a word that is no given name (بشار، لطفي open the next
 * person's name). (Not a word of time: «المدرب X Y مطالب اليوم» ends on a predicate.) */
function opensPhrase(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  if (!tok?.isWord || doc.sentence[t] !== doc.sentence[t - 1] || mentionAtToken(doc, t))
    return false;
  if (lexicon().stopwords.has(tok.norm)) return !TIME_ADVERBS.has(tok.norm);
  return /^[لب]..../.test(tok.norm) && infoOf(tok).givenStripped !== 0;
}

/** A complementizer, a comma or a colon right after (not a preposition: «يحمل رسالة إلى»). */
function closesSharply(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  if (!tok || doc.sentence[t] !== doc.sentence[t - 1]) return false;
  return tok.isWord ? isComplementizer(tok) : isComma(tok) || tok.text === ':';
}

/** «عادل فهمي وزير الإعلام»: an indefinite title head opens an apposition after a name. */
function appositionAt(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  return (
    !!tok?.isWord &&
    doc.sentence[t] === doc.sentence[t - 1] &&
    // The head as written, no clitic glued to it (ولوزير is another phrase).
    lexicon().titleHeads.has(tok.norm)
  );
}
