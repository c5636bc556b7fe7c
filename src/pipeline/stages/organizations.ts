/**
 * Stage: organizations that no lexicon lists, named by their form — an institution noun with
 * its complement (وزارة الدفاع الروسية، البنك المركزي المصري، الجيش الأوكراني), or a quoted name
 * after a media noun (قناة «القاهرة الإخبارية»).
 */
import { PREMIER_OFFICE_BODIES } from '../lexicon/titles.ts';
import { isAmbiguousSpelling, placeReading } from './gazetteer.ts';
import { COMPANY_KEYS } from './describe.ts';
import { MAX_PHRASE } from './titles.ts';
import { noteShortName } from './shortNames.ts';
import { sportsArticle } from './teams.ts';
import { extendKnownOutlets } from './outletTails.ts';
import {
  addMention,
  mentionAtToken,
  mergeEntity,
  removeMention,
  titleStartingAt,
  type Doc,
  type EntityMention,
  type TitlePhrase,
} from '../document.ts';
import { originalOffset, tokenAt, type Token } from '../tokenize.ts';
import { wordFact, wordFlag } from '../word-facts.ts';
import { indexedWordFlag, PositionCursor, positionsWith } from '../token-index.ts';
import { ShapeFilter } from '../word-shapes.ts';
import type { ExtractedEntity, Reason } from '../../core/types.ts';
import { lexicon } from '../lexicon/index.ts';
import { WORK_NOUNS } from '../lexicon/commonWords.ts';
import {
  NON_NAMING_COMPLEMENTS,
  ORGANIZATION_HEADS,
  type OrganizationHeadRule,
} from '../rules/organizationHeads.ts';
import { normalizeArabic } from '../../core/arabic.ts';
import {
  adjectiveCountry,
  hasArticle,
  infoOf,
  isHonoreeRank,
  isOrganizationHead,
  isPlaceNoun,
  nameLike,
  readings,
  titleKeyOf,
} from '../words.ts';
import { isQuoteMark } from './structure.ts';
import { framedNameAt, markedName, mayStartFramedName, type FramedName } from './outletFrames.ts';
import { isComplementizer } from './cues.ts';
import {
  GENERIC_BODY_WORDS,
  ELECTION_WORDS,
  AFFILIATION_WORDS,
  DESCRIBING_BODY_ADJECTIVES,
  AFTER_PLACE_WORDS,
  GOVERNMENT_KIND_WORDS,
  MINISTRY_FIELDS_WORDS,
  NISBA_TITLE_WORDS,
  LETTER_NAMES,
  AMBIGUOUS_LETTER_NAMES,
  ACRONYM_TAILS,
  COMPANY_FIELDS,
  COMPANY_TAIL_WORDS,
  STANDING_WORDS,
  GOVERNING_PARTICIPLE_WORDS,
} from '../lexicon/organizationWords.ts';
import { CONSTRUCT_MEDIA_NOUNS, MEDIA_NAME_TAILS } from '../lexicon/commonWords.ts';
import { CONSTRUCT_TOPONYM_WORDS } from '../lexicon/placeWords.ts';
import { LINEAGE_WORDS, ORDINAL_WORDS } from '../lexicon/nameParts.ts';

const MINISTRY = normalizeArabic('وزارة');
const MINISTER = 'وزير';
/** «شركة أرامكو»: a company is named like an outlet. */
const COMPANY = normalizeArabic('شركة');
const MINISTRY_FIELDS = new Set(MINISTRY_FIELDS_WORDS.map(normalizeArabic));
/** Words an organization's name may run to, head included. */
const MAX_NAME = 8;

interface HeadRow extends OrganizationHeadRule {
  words: string[];
  /** The head's words after the first. */
  rest: string[];
  /** `notNamedBy`, normalized. */
  notNamedByNorms: Set<string>;
  /** `namedOnlyBy`, normalized (undefined: any complement). */
  namedOnlyByNorms?: Set<string>;
  /** `namedOnlyWith`, normalized (undefined: any name). */
  namedOnlyWithNorms?: Set<string>;
}

/** Rows by the bare first word of their head (without ال). */
const HEAD_ROWS: Map<string, HeadRow[]> = (() => {
  const map = new Map<string, HeadRow[]>();
  for (const row of ORGANIZATION_HEADS) {
    const words = normalizeArabic(row.head).split(' ');
    const first = (words[0] ?? '').replace(/^ال/, '');
    const list = map.get(first) ?? [];
    list.push({
      ...row,
      words,
      rest: words.slice(1),
      notNamedByNorms: new Set((row.notNamedBy ?? []).map(normalizeArabic)),
      ...(row.namedOnlyBy
        ? { namedOnlyByNorms: new Set(row.namedOnlyBy.map(normalizeArabic)) }
        : {}),
      ...(row.namedOnlyWith
        ? { namedOnlyWithNorms: new Set(row.namedOnlyWith.map(normalizeArabic)) }
        : {}),
    });
    map.set(first, list);
  }
  return map;
})();

const NON_NAMING = new Set(NON_NAMING_COMPLEMENTS.map(normalizeArabic));
const NISBA_TITLES = new Set(NISBA_TITLE_WORDS.map(normalizeArabic));
const AFTER_PLACE = new Set(AFTER_PLACE_WORDS.map(normalizeArabic));
const GOVERNMENT_KINDS = new Set(GOVERNMENT_KIND_WORDS.map(normalizeArabic));
const OFFICE_NAME_ENDS = new Set(['عن', 'في', 'مع', 'لدي', 'الي', 'من', 'علي']);
const GOVERNING = new Set(GOVERNING_PARTICIPLE_WORDS.map(normalizeArabic));
const STANDING = new Set(STANDING_WORDS.map(normalizeArabic));
const COMPANY_TAILS = new Set(COMPANY_TAIL_WORDS.map(normalizeArabic));
const DESCRIBING = new Set(DESCRIBING_BODY_ADJECTIVES.map(normalizeArabic));
const AFFILIATION = new Set(AFFILIATION_WORDS.map(normalizeArabic));
const ELECTION = new Set(ELECTION_WORDS.map(normalizeArabic));
/** فاعلة (الخاسرة)، فعّالة (العملاقة)، مفتعلة (المرتقبة): adjectives that describe, not name. */
const DESCRIPTIVE_SHAPES = [/^ال.ا..ه$/, /^ال..ا.ه$/, /^الم.ت..ه$/];
// Kinds of body, and a body's role in the story (the sponsor, the owner, the operator…).
const KIND_ADJECTIVES = new Set(
  ['القابضة', 'القابض', 'المستقلة', 'الراعية', 'المالكة', 'المشغلة', 'المنفذة', 'المستضيفة'].map(
    normalizeArabic,
  ),
);
const LINEAGE = new Set(LINEAGE_WORDS.map(normalizeArabic));
const ORDINALS = new Set(ORDINAL_WORDS.map(normalizeArabic));
const GENERIC_BODIES = GENERIC_BODY_WORDS.map((w) => normalizeArabic(w).split(' '));

interface Head {
  row: HeadRow;
  end: number;
  stripped: number;
  definite: boolean;
}

/** headAt of every token of the document being read, as found (null: no head there). */
let headsOf: { doc: Doc; heads: Array<Head | null | undefined> } | undefined;

/** The row whose head starts at token `t`, with the head's end and the clitics before it.
 * Asked several times per token (what follows a head may start another): found once. */
function headAt(doc: Doc, t: number): Head | undefined {
  if (headsOf?.doc !== doc) headsOf = { doc, heads: new Array(doc.tokens.length) };
  let head = headsOf.heads[t];
  if (head === undefined) headsOf.heads[t] = head = findHead(doc, t) ?? null;
  return head ?? undefined;
}

function findHead(doc: Doc, t: number): Head | undefined {
  const tok = doc.tokens[t];
  if (!tok?.isWord || !hasHeadRows(tok)) return undefined;
  // The longest head wins: «القوات المسلحة» over «قوات».
  let best: { row: HeadRow; end: number; stripped: number; definite: boolean } | undefined;
  for (const { row, stripped, definite } of headRowsOf(tok)) {
    let end = t + 1;
    let ok = true;
    for (const w of row.rest) {
      if (doc.tokens[end]?.norm !== w) ok = false;
      end++;
    }
    if (ok && (!best || end > best.end)) best = { row, end, stripped, definite };
  }
  return best;
}

/** The rows whose head's first word this word can be, in the order findHead tries them. */
const headRowsOf = wordFact((tok: Token) => {
  const rows: Array<{ row: HeadRow; stripped: number; definite: boolean }> = [];
  for (const st of infoOf(tok).stems) {
    const definite = st.stem.startsWith('ال');
    const bare = definite ? st.stem.slice(2) : st.stem;
    for (const row of HEAD_ROWS.get(bare) ?? []) {
      if (row.definiteOnly && !definite) continue;
      if (row.indefiniteOnly && definite) continue;
      if (definite && !hasArticle(tok)) continue;
      if (row.asWritten && !tok.text.replace(/[\u064B-\u0652\u0640]/g, '').endsWith(row.head))
        continue;
      rows.push({ row, stripped: st.stripped, definite });
    }
  }
  return rows;
});
const hasHeadRows = wordFlag((tok: Token) => headRowsOf(tok).length > 0);

/** A word with the article that completes a name (not a title, a verb, a function word, a
 * possessive noun such as التزامها). */
function definiteComplement(doc: Doc, t: number): boolean {
  const tok = doc.tokens[t];
  // Inside a quote a name goes on («أعضاء كتلة حقوق النيابية» in reported words); it never
  // runs into or out of one.
  if (!tok?.isWord || (doc.quoteOf[t] ?? -1) !== (doc.quoteOf[t - 1] ?? -1)) return false;
  if (mentionAtToken(doc, t)) return false;
  if (!hasArticle(tok)) return false;
  const info = infoOf(tok);
  return (
    !info.stop &&
    !info.cue &&
    !info.participle &&
    // «المكتب الإعلامي»: a nisba that is also a title (الإعلامي the journalist) is an adjective
    // here; a title proper (القاضي، المحامي) is a person's, never the body's name.
    (!info.titleKey || NISBA_TITLES.has(tok.norm.replace(/^[وف]/, ''))) &&
    !/(ها|هم|هما|كم|نا)$/.test(tok.norm) &&
    !/^(ب|وب|فب|ك)ال/.test(tok.norm)
  );
}

/**
 * «وزارة الصحة والسكان المصرية», «الاتحاد المصري لكرة القدم», «محكمة أمن الدولة», «شرطة منطقة
 * تبوك», «نادي الزمالك»: the name a head row opens at `t`, as [from, to) with its clitics, or
 * undefined when what follows names nothing (المركز الأول، إدارة الأزمة).
 */
function namedByHead(
  doc: Doc,
  t: number,
): { to: number; stripped: number; row: HeadRow; alone: boolean; definite: boolean } | undefined {
  const head = headAt(doc, t);
  if (!head) return undefined;
  const { row } = head;
  const tokens = doc.tokens;
  // «حركة السفر», «هيئة المحكمة»: a first complement that makes the head a common noun.
  const inner = tokens[head.end];
  if (row.notNamedByNorms.has(inner?.norm ?? '')) return undefined;
  // A head that is mostly a common noun names a body only with these (row flag namedOnlyBy).
  if (row.namedOnlyByNorms && !row.namedOnlyByNorms.has(inner?.norm ?? '')) return undefined;
  // The organ of the body whose head follows (row flag organOfBody): that body is named.
  if (
    row.organOfBody &&
    inner?.isWord &&
    doc.sentence[head.end] === doc.sentence[t] &&
    headAt(doc, head.end)
  )
    return undefined;
  // «مرشحي الرئاسة الأمريكية», «بانتخابات الرئاسة»: the office, not the body.
  const before = tokens[t - 1];
  if (row.officeInElections && before?.isWord && readings(before).some((r) => ELECTION.has(r)))
    return undefined;
  const quoted = (doc.quoteOf[t] ?? -1) >= 0;
  if (quoted && row.figurative) return undefined;
  const sentence = doc.sentence[t];
  let end = head.end;
  let complements = 0;
  let specific = false;
  let named = false;
  let joined = false;
  let inLam = false;
  // Where a place-noun «place» right after the head ends (-1: none).
  let nameAfterHead = -1;
  // What the name ended on so far: a construct noun may follow only the head or another construct
  // noun (محكمة أمن الدولة), never an adjective (وكالة الفضاء المصرية إطلاق القمر is a clause).
  let last: 'head' | 'construct' | 'complement' = 'head';
  while (end < tokens.length && end - t < MAX_NAME && doc.sentence[end] === sentence) {
    const tok = tokens[end];
    if (!tok?.isWord) break;
    const m = mentionAtToken(doc, end);
    // «مكتب الأمم المتحدة للشؤون الإنسانية», «صندوق الأمم المتحدة للسكان»: an indefinite head
    // before a known body and the ل-phrase of a field names an agency of that body.
    // «مجموعة أحمد الراشد»: a business named after its founder.
    if (
      m?.kind === 'person' &&
      row.namedAfterPerson &&
      m.from === end &&
      complements === 0 &&
      !head.definite &&
      !quoted
    ) {
      end = m.to;
      complements++;
      specific = true;
      named = true;
      last = 'construct';
      continue;
    }
    // «مستشفى الملك نادر الجامعي», «مركز الشيخة سلمى للأبحاث»: a rank of royalty or religion and
    // its bearer's name, right after the head, name the body after them.
    const honoree =
      row.namedAfterHonoree && complements === 0 && !head.definite && !quoted
        ? honoreeNameEnd(doc, end)
        : -1;
    if (honoree > end) {
      end = honoree;
      complements++;
      specific = true;
      named = true;
      last = 'complement';
      continue;
    }
    // The known body an organ belongs to, after ل (row flag organNamedByBody).
    if (
      row.organNamedByBody &&
      complements === 0 &&
      m?.kind === 'organization' &&
      m.from === end &&
      /^لل/.test(tok.norm)
    ) {
      end = m.to;
      complements++;
      specific = true;
      break;
    }
    if (m && agencyOfBody(doc, head.definite, complements, m, end)) {
      end = m.to;
      complements++;
      specific = true;
      last = 'construct';
      continue;
    }
    if (m) {
      // «شرطة دبي», «بنك الكويت الوطني», «مؤسسة كهرباء عدن»: a place completes the name; a
      // place after a preposition (بالخرطوم) is where the body is, not its name.
      if (m.kind !== 'place' || m.from !== end || m.start > tok.start) break;
      // «في مصلحة إيران»: a head that is a common noun too needs a definite word first.
      if (((row.needsDefinite && !row.placeNames) || row.placeIsWhose) && complements === 0) break;
      // «جامعة الهندسة والتقنيات»: a «place» read off the head itself as a place noun is the
      // head's definite complement, and fields may join it.
      if (
        m.from === head.end &&
        m.reason?.rule === 'place-noun' &&
        m.to === m.from + 1 &&
        hasArticle(tok)
      )
        nameAfterHead = m.to;
      end = m.to;
      complements++;
      specific = true;
      continue;
    }
    const n = tok.norm;
    if (AFFILIATION.has(n)) break;
    // «تحالف القوى الوطنية المعارض»: its standing describes a body already named.
    // «اللجنة البرلمانية المكلفة بالتحقيق»: a participle that governs a ب-phrase opens a clause
    // about the body.
    const governed = tokens[end + 1];
    if (
      complements > 0 &&
      GOVERNING.has(n) &&
      governed?.isWord &&
      /^ب/.test(governed.norm) &&
      governed.norm !== 'بن' &&
      doc.sentence[end + 1] === sentence
    )
      break;
    // (After a construct noun it is the noun itself: «تحالف قوى المعارضة».)
    if (complements > 0 && last === 'complement' && STANDING.has(n)) break;
    // «مكتب رئيس الوزراء الإسرائيلي», «المكتب الإعلامي لرئيس الوزراء»: an official's office
    // takes the official's title phrase (not the name after it), and ends there.
    const official = row.ofOfficial ? officialTitleEnd(doc, end, head.definite, complements) : -1;
    if (official > end) {
      end = official;
      complements++;
      specific = true;
      break;
    }
    // «شركة لتشغيل الهاتف المحمول», «مركز لتجميع الأقمار», «صفقات البنك للضوابط»: a ل-phrase
    // right after the head says what the body is for; it does not name one.
    if (complements === 0 && end === head.end && /^ل/.test(n) && !/^ال/.test(n)) break;
    // After a place only a nisba adjective goes on (بنك الكويت الوطني), not the next noun
    // (ألقت شرطة تبوك القبض).
    const afterPlace = mentionAtToken(doc, end - 1)?.kind === 'place' && end !== nameAfterHead;
    // «الإدارة الأمريكية المنتهية ولايتها»: a participle governing a noun with a pronoun opens
    // a clause about the body; the name ends before it.
    const governs = tokens[end + 1];
    if (
      complements > 0 &&
      governs?.isWord &&
      !hasArticle(governs) &&
      governs.norm.length >= 5 &&
      !infoOf(governs).stop &&
      !isComplementizer(governs) &&
      // A pronoun as written: ه, not the ة that normalizes to it (وحديقة).
      /(ها|ه|هم)[\u064B-\u065F]*$/.test(governs.text)
    )
      break;
    // «تعلن الهيئة النتائج النهائية»: a definite head takes adjectives (الهيئة المستقلة), never a
    // definite noun, which is the verb's object.
    if (
      head.definite &&
      complements === 0 &&
      /^ال/.test(n) &&
      definiteComplement(doc, end) &&
      !adjectiveLike(n)
    )
      break;
    // An adjective agrees with the head in gender (after a construct, with the head or its
    // complement): a masculine word after feminine ones (or, right after a definite head, the
    // other way round) describes something else, and the name ends before it (disagrees()).
    // The test table «a body’s adjective agrees with it in gender» holds the shapes.
    // (After a construct noun the definite word is its genitive: «هيئة مكافحة الفساد».)
    if (
      /^ال/.test(n) &&
      last !== 'construct' &&
      disagrees(
        tokens[head.end - 1],
        complements === 0 ? undefined : tokens[end - 1],
        tok,
        head.definite,
      )
    )
      break;
    // «أجّل رئيس هيئة المحكمة النطق بالحكم»: a definite noun is never a construct, so after one
    // a definite word is its adjective (هيئة الأرصاد الجوية) or the clause's next noun.
    // A plural takes a broken-plural adjective too: «تجمع المهنيين الأحرار».
    const before = tokens[end - 1]?.norm ?? '';
    // «وناشدت وزارة النقل السائقين»: after the name, a definite plural of people shaped as a
    // participle (المواطنين، المسافرين) is the verb's object, not the body's adjective.
    // (After a construct noun it is the genitive: «هيئة دفاع الصحفيين».)
    // («رابطة اللاعبين القدامى المتطوعين»: after a plural of people it is that plural's adjective.)
    if (
      (last === 'complement' || (head.definite && complements === 0)) &&
      /^الم.{3,}(ين|ون)$/.test(n) &&
      !/(يين|يون)$/.test(n) &&
      !/^ال.{3,}(ين|ون)$/.test(tokens[end - 1]?.norm ?? '')
    )
      break;
    const afterDefinite = last === 'complement' && /^(ال|وال)/.test(before);
    const pluralAdjective = /(ين|ون|ات)$/.test(before) && /^الا..ا.$/.test(n);
    if (afterDefinite && /^ال/.test(n) && !adjectiveLike(n) && !pluralAdjective) break;
    if (
      definiteComplement(doc, end) &&
      (!afterPlace || /ي(ه)?$/.test(n) || /^لل/.test(n) || AFTER_PLACE.has(n))
    ) {
      if (/^(و|ف)ال/.test(n) && !/^(ول|فل)ل/.test(n)) {
        // «والسياحة»: another field of the same body; never a second body (والجيش). Inside a
        // ل-phrase any body joins fields: «للمعارض والمؤتمرات».
        if (
          (!row.joinsFields && !inLam) ||
          complements === 0 ||
          headAt(doc, end) ||
          governmentOf(tok)
        )
          break;
        joined = true;
      } else if (/^(لل|ول|ل)/.test(n) && !n.startsWith('ال')) {
        // In quoted words a ل-phrase after the name is what the body does (المصرف المركزي
        // للحصول على), rarely part of its name.
        if (quoted && complements > 0) break;
        inLam = true;
        // «وزارة الثقافة والإعلام للشؤون الثقافية»: after joined fields a ل-phrase belongs to
        // a title around the body, not to its name.
        if (joined) break;
        specific = true;
      } else if (row.needsDefinite && complements === 0 && namedByHead(doc, end)) break;
      if (adjectiveCountry(tok)) specific = true;
      end++;
      complements++;
      last = 'complement';
      continue;
    }
    const next = tokens[end + 1];
    const nextPlace = mentionAtToken(doc, end + 1);
    // «محكمة أمن الدولة», «غرفة تجارة دبي», «لكرة القدم»: a construct noun before a definite
    // word or a place.
    // A definite head takes no construct noun (الهيئة تطبق): only an indefinite one does.
    if (
      (!head.definite || /^ل[^ل]/.test(n)) &&
      (!afterPlace || /^ل[^ل]/.test(n)) &&
      !(quoted && complements > 0 && /^ل/.test(n)) &&
      (last !== 'complement' || /^ل[^ل]/.test(n)) &&
      !hasArticle(tok) &&
      // («حكومة ولاية سنار»: a head named by its place takes a place noun before the place.)
      !(
        row.needsDefinite &&
        complements === 0 &&
        !(row.placeNames && isPlaceNoun(n) && nextPlace?.kind === 'place')
      ) &&
      // و and ف join words, unless the word is a place noun as written (ولاية).
      (!/^(و|ف)/.test(n) || isPlaceNoun(n)) &&
      // «مكتب حركة المقاومة» is two bodies; «اللجنة الوطنية لإدارة الطوارئ» one name.
      (!headAt(doc, end) || /^ل[^ل]/.test(n) || headAt(doc, end)?.row.constructAfterHead) &&
      !infoOf(tok).stop &&
      !infoOf(tok).cue &&
      !infoOf(tok).titleKey &&
      !/[\u064B-\u064D]/.test(tok.text) &&
      doc.sentence[end + 1] === sentence &&
      ((next?.isWord && /^ال/.test(next.norm) && definiteComplement(doc, end + 1)) ||
        (nextPlace?.kind === 'place' && nextPlace.from === end + 1))
    ) {
      // «لعلوم الزراعة والمياه»: a ل-construct opens a ل-phrase like «للبحوث» does, whose
      // fields may be joined by و.
      if (/^ل/.test(n) && !n.startsWith('لل')) {
        specific = true;
        inLam = true;
      }
      end++;
      complements++;
      last = 'construct';
      continue;
    }
    // «غرفة تجارة وصناعة الواحة»: two construct nouns joined by و share the complement.
    const joinedNoun = tokens[end + 1];
    const shared = mentionAtToken(doc, end + 2);
    if (
      row.joinsFields &&
      !head.definite &&
      complements === 0 &&
      !hasArticle(tok) &&
      !infoOf(tok).stop &&
      !infoOf(tok).titleKey &&
      !/^(و|ف|ب|ك|ل)/.test(n) &&
      joinedNoun?.isWord &&
      /^و[^ا]/.test(joinedNoun.norm) &&
      joinedNoun.norm.length >= 4 &&
      doc.sentence[end + 2] === sentence &&
      ((shared?.kind === 'place' && shared.from === end + 2) ||
        (/^ال/.test(tokens[end + 2]?.norm ?? '') && definiteComplement(doc, end + 2)))
    ) {
      end += 2;
      complements += 2;
      joined = true;
      last = 'construct';
      continue;
    }
    // «الوحدة التنفيذية لإدارة مخيمات النازحين»: a ل-construct may head a chain of bare nouns
    // that ends on a definite word — every noun of the chain is a construct.
    const chain =
      /^ل[^ل]/.test(n) && !hasArticle(tok) && !(quoted && complements > 0)
        ? constructChainEnd(doc, end + 1)
        : -1;
    if (chain > 0 && !infoOf(tok).stop && !infoOf(tok).titleKey) {
      specific = true;
      complements += chain - end;
      end = chain;
      last = 'complement';
      continue;
    }
    // «نادي الزمالك» is definite; «بنك عودة», «حزب الأمة» take a proper name.
    if (
      row.takesName &&
      !head.definite &&
      complements === 0 &&
      !named &&
      nameLike(doc, end) &&
      !adjectiveShaped(tok)
    ) {
      named = true;
      specific = true;
      end++;
      complements++;
      // «نادي أم صلال», «حزب أبو الفضل»: a construct first word takes the next with it.
      const second = tokens[end];
      if (
        CONSTRUCT_TOPONYMS.has(n) &&
        second?.isWord &&
        doc.sentence[end] === sentence &&
        !infoOf(second).stop &&
        !infoOf(second).cue
      ) {
        end++;
        complements++;
      }
      continue;
    }
    // «المركز الوطني للاستشعار عن بعد»: «عن بعد» (remote) is part of the field's name.
    const after = tokens[end + 1];
    if (inLam && n === 'عن' && after?.norm === 'بعد' && doc.sentence[end + 1] === sentence) {
      end += 2;
      last = 'complement';
      continue;
    }
    // «… عن بعد وعلوم الفضاء»: another field joined by و, a construct noun and its complement.
    // (After the body's nationality its name is whole: «الجمعية الجغرافية الواحية وحديقة …».)
    if (
      (row.joinsFields || inLam) &&
      complements > 0 &&
      !adjectiveCountry(tokens[end - 1]) &&
      // «وأمن الموانئ» (أ is ا once normalized): any word but a definite one after و.
      /^و(?!ال)/.test(n) &&
      // «وأعضاء المجلس»: a broken plural (أفعال) joins people to the body, not a field.
      !/^وا..ا.$/.test(n) &&
      n.length >= 4 &&
      !infoOf(tok).stop &&
      !infoOf(tok).cue &&
      !infoOf(tok).titleKey &&
      !hasHeadRows(tok) &&
      doc.sentence[end + 1] === sentence &&
      next?.isWord &&
      /^ال/.test(next.norm) &&
      definiteComplement(doc, end + 1)
    ) {
      end += 2;
      complements++;
      joined = true;
      last = 'complement';
      continue;
    }
    // «الرابطة الوطنية للدفاع عن حقوق المستهلك»: a ل-verbal noun takes its object with عن —
    // right after it (after «للثقافة والفنون», عن opens the verb's object).
    if (
      inLam &&
      n === 'عن' &&
      /^ل/.test(tokens[end - 1]?.norm ?? '') &&
      after?.isWord &&
      doc.sentence[end + 1] === sentence &&
      !infoOf(after).stop &&
      (definiteComplement(doc, end + 1) || /^ال/.test(tokens[end + 2]?.norm ?? ''))
    ) {
      // «عن حقوق الإنسان»: the object, a construct noun and its definite complement.
      end += definiteComplement(doc, end + 1) ? 2 : 3;
      complements++;
      last = 'complement';
      continue;
    }
    break;
  }
  // Trailing ranks and times name nothing: «المركز الأول».
  while (end > head.end && NON_NAMING.has(tokens[end - 1]?.norm ?? '')) {
    end--;
    complements--;
  }
  if (complements <= 0 && !row.namesAlone) return undefined;
  if (genericBody(doc, t, end)) return undefined;
  // «الشركة الخاسرة», «المؤسسة العملاقة», «الشركة المرتقبة»: a definite head and one adjective
  // that only describes it (an active participle, an intensive, a derived participle) name no
  // body; «الشركة القابضة» (the holding), «الهيئة المستقلة» are kinds of body.
  if (head.definite && complements === 1 && end === head.end + 1) {
    const only = tokens[head.end]?.norm ?? '';
    if (DESCRIPTIVE_SHAPES.some((shape) => shape.test(only)) && !KIND_ADJECTIVES.has(only))
      return undefined;
  }
  // «جددت سلطة النقد تأكيدها», «وقالت إدارة المستشفى»: right after a speech verb, the subject
  // that speaks is a body even with one complement.
  // Not «إدارة البنك», «إدارة النادي»: the management of a body named by its kind is no name.
  const speaks =
    !!doc.tokens[t - 1]?.isWord &&
    !!infoOf(doc.tokens[t - 1] as Token).cue &&
    !(doc.tokens[head.end]?.isWord && hasHeadRows(doc.tokens[head.end] as Token));
  const team = row.teamInSports && complements === 1 && !head.definite && sportsArticle(doc);
  if (row.specific && !specific && complements < 2 && !(speaks && complements === 1) && !team)
    return undefined;
  if (row.hostCity && complements === 1 && end === head.end + 1) end = hostCityEnd(doc, end);
  // A head that is mostly a common noun (سوق: a market) names a body only with one of these
  // words in its name (row flag namedOnlyWith: سوق الواحة المالي), or right after it: the body
  // it belongs to (الجمعية العامة «للأمم» المتحدة).
  if (row.namedOnlyWithNorms) {
    let found = false;
    for (let k = head.end; k <= end && !found; k++)
      found = row.namedOnlyWithNorms.has(tokens[k]?.norm ?? '');
    if (!found) return undefined;
  }
  return {
    to: end,
    stripped: head.stripped,
    row,
    alone: complements <= 0,
    definite: head.definite,
  };
}

/** «الملك نادر», «السلطان ماجد بن سالم», «الملك عبد الرحيم الثاني», «الشيخ عبد الله»: from an honoree's
 * rank at `t`, the end of the rank and the bearer's name (a given name, its lineage joined by
 * بن or آل, a regnal number), or -1; without a rank, a known given name and its lineage before
 * a ل-field (راشد بن ماجد للفضاء). A definite word after the name is the body's adjective
 * (الجامعي، التخصصي), not a family name: the loop reads it. */
function honoreeNameEnd(doc: Doc, t: number): number {
  const ranked = isHonoreeRank(doc.tokens[t]);
  // «مركز راشد بن ماجد للفضاء», «مؤسسة نادر للأبحاث»: without a rank, a known given name
  // names the body when the field it serves follows the name.
  const first = doc.tokens[t];
  if (!ranked && !(first?.isWord && infoOf(first).givenStripped === 0)) return -1;
  const sentence = doc.sentence[t];
  const nameAt = (k: number): number => {
    if (doc.sentence[k] !== sentence || !nameLike(doc, k)) return -1;
    // «عبد الله», «عبد العزيز»: a servant's name is two words.
    return doc.tokens[k]?.norm === 'عبد' && doc.sentence[k + 1] === sentence ? k + 2 : k + 1;
  };
  let end = nameAt(ranked ? t + 1 : t);
  if (end < 0) return -1;
  while (LINEAGE.has(doc.tokens[end]?.norm ?? '') && doc.sentence[end] === sentence) {
    const next = nameAt(end + 1);
    if (next < 0) break;
    end = next;
  }
  if (ORDINALS.has(doc.tokens[end]?.norm ?? '') && doc.sentence[end] === sentence) end++;
  if (ranked) return end;
  const field = doc.tokens[end];
  return field?.isWord &&
    /^ل/.test(field.norm) &&
    !/^ل?ال/.test(field.norm) &&
    doc.sentence[end] === sentence
    ? end
    : -1;
}

/** Up to two bare nouns from `t` (مخيمات، شؤون) then a definite complement: the end of the chain
 * (past the definite word), or -1. */
function constructChainEnd(doc: Doc, t: number): number {
  const sentence = doc.sentence[t - 1];
  let k = t;
  while (k < t + 2) {
    const tok = doc.tokens[k];
    if (
      !tok?.isWord ||
      doc.sentence[k] !== sentence ||
      hasArticle(tok) ||
      mentionAtToken(doc, k) ||
      /^[وفبكل]/.test(tok.norm) ||
      /[\u064B-\u064D]/.test(tok.text) ||
      infoOf(tok).stop ||
      infoOf(tok).cue ||
      infoOf(tok).titleKey
    )
      break;
    k++;
  }
  if (k === t || doc.sentence[k] !== sentence) return -1;
  return /^ال/.test(doc.tokens[k]?.norm ?? '') && definiteComplement(doc, k) ? k + 1 : -1;
}

/** [t, end) is a part every body has (مجلس الإدارة, الجهاز الفني الإسباني): the generic words,
 * then at most adjectives. */
function genericBody(doc: Doc, t: number, end: number): boolean {
  return GENERIC_BODIES.some((words) => {
    if (end - t < words.length) return false;
    for (let i = 0; i < words.length; i++) {
      const tok = doc.tokens[t + i];
      if (!tok || !(i === 0 ? readings(tok).includes(words[i] ?? '') : tok.norm === words[i]))
        return false;
    }
    for (let k = t + words.length; k < end; k++)
      if (!adjectiveLike(doc.tokens[k]?.norm ?? '')) return false;
    return true;
  });
}

function addOrganization(
  doc: Doc,
  from: number,
  to: number,
  stripped: number,
  reason: Reason,
  ownArticle = false,
  definiteHead = false,
): ExtractedEntity | undefined {
  const first = doc.tokens[from];
  const last = doc.tokens[to - 1];
  if (!first || !last) return undefined;
  // The clitics are the first `stripped` normalized letters (لجنة keeps its own ل).
  const start = stripped > 0 ? originalOffset(first, stripped) : first.start;
  const surface = doc.text.slice(start, last.end);
  // «للمجلس الوطني»: ل merged with ال leaves «لمجلس» after the clitic; the body is «المجلس».
  const norm = normalizeArabic(surface);
  // «للدفاع المدني»: a definite head of two words comes back whole too — unless the head is a
  // word that starts with ل itself («للجنة» is ل + لجنة).
  const space = norm.indexOf(' ');
  const firstWord = space < 0 ? norm : norm.slice(0, space);
  const mergedLam =
    stripped > 0 &&
    /^[وف]?لل/.test(first.norm) &&
    norm.startsWith('ل') &&
    (isOrganizationHead(firstWord.slice(1)) || (definiteHead && !isOrganizationHead(firstWord)));
  const name = mergedLam ? `ا${surface}` : surface;
  // «القوات المسلحة» with no country: the article's own forces, not every article's.
  const normName = mergedLam ? normalizeArabic(name) : norm;
  const key = ownArticle ? `organization:${doc.id}:${normName}` : `organization:${normName}`;
  return addMention(doc, {
    key,
    kind: 'organization',
    from,
    to,
    start,
    end: last.end,
    name,
    reason,
  });
}

/** «راديو تمازج», «قناة الجزيرة»: the outlet is also known with its media noun. */
function aliasWithNoun(doc: Doc, e: ExtractedEntity | undefined, noun: number): void {
  const tok = doc.tokens[noun];
  const media = readings(tok).find((r) => lexicon().mediaNouns.has(r));
  if (!e || !tok || !media) return;
  // The noun as written, without the clitics glued to it (لراديو → راديو).
  const word = doc.text.slice(originalOffset(tok, tok.norm.length - media.length), tok.end);
  const alias = `${word} ${e.label}`;
  if (alias !== e.label && !e.aliases.includes(alias)) e.aliases.push(alias);
}

const LETTERS = new Set(LETTER_NAMES.map(normalizeArabic));
const withoutClitics = wordFact((tok: Token) => tok.norm.replace(/^(و|ف)?(ب|ل)?(?=..)/, ''));
const MAYBE_LETTERS = new Set(AMBIGUOUS_LETTER_NAMES.map(normalizeArabic));
/** A letter's name (تي، إن), perhaps after clitics: what an acronym in letters starts with. */
const mayOpenAcronym = wordFlag(
  (tok: Token) =>
    tok.isWord && (LETTERS.has(withoutClitics(tok)) || MAYBE_LETTERS.has(withoutClitics(tok))),
);
const TAILS = new Set(ACRONYM_TAILS.map(normalizeArabic));

/** «تي آر تي», «سي إن بي سي عربية»: the end of an acronym spelled in letters at `t`, or `t`. */
function acronymEnd(doc: Doc, t: number): number {
  const first = tokenAt(doc.tokens, t);
  if (!first || !mayOpenAcronym(first)) return t;
  let end = t;
  let sure = 0;
  while (end < doc.tokens.length && end - t < 10) {
    const tok = doc.tokens[end];
    if (!tok?.isWord || doc.sentence[end] !== doc.sentence[t]) break;
    // The first may carry a clitic (لتي آر تي).
    const n = end === t ? withoutClitics(tok) : tok.norm;
    // «تي» then a known «آر تي» (RT): one longer acronym.
    const m = end > t ? mentionAtToken(doc, end) : undefined;
    if (m && m.from === end && m.kind === 'organization' && lettersOnly(doc, m.from, m.to)) {
      sure += m.to - m.from;
      end = m.to;
      continue;
    }
    if (m) break;
    if (LETTERS.has(n)) sure++;
    else if (!MAYBE_LETTERS.has(n)) break;
    end++;
    // «تي.آي.إم»: letters joined by points.
    const point = tokenAt(doc.tokens, end);
    const after = tokenAt(doc.tokens, end + 1);
    if (point?.text === '.' && !point.spaceBefore && after?.isWord && !after.spaceBefore) end++;
  }
  // «لإذاعة نجوم أف أم إن الأسعار…»: a last «إن» before a word is the complementizer that opens
  // the claim, not the letter N.
  const last = doc.tokens[end - 1];
  if (end - t > 2 && /^[اأإ]ن$/.test(last?.text ?? '') && tokenAt(doc.tokens, end)?.isWord) end--;
  if (end - t < 2 || sure < 2) return t;
  if (TAILS.has(tokenAt(doc.tokens, end)?.norm ?? '')) end++;
  return end;
}

const FIELDS = new Set(COMPANY_FIELDS.map(normalizeArabic));

/** The end of «<name> لل<field>» at `t`: a definite adjective or name, or a place, then a field
 * with ل (للطيران); else `t`. */
function fieldCompanyEnd(doc: Doc, t: number): number {
  const tok = doc.tokens[t];
  const m = mentionAtToken(doc, t);
  const end = m?.kind === 'place' && m.from === t ? m.to : t + 1;
  if (m && m.kind !== 'place') return t;
  // Most words are followed by no field: asked first (a bit on the next token), it spares the
  // tests of the word itself.
  if (!m && !isFieldAt(doc, t + 1)) return t;
  if (!m && (!tok?.isWord || !hasArticle(tok) || infoOf(tok).stop || /^[وفبل]/.test(tok.norm)))
    return t;
  if (m && m.start !== tok?.start) return t;
  // «الشركات الكبرى لتطوير الموانئ», «المجموعة الطموحة لتوسيع…»: a definite word right after a
  // definite noun is that noun's adjective, and the ل-phrase its purpose — no company's name.
  const before = tokenAt(doc.tokens, t - 1);
  if (
    !m &&
    before?.isWord &&
    hasArticle(before) &&
    doc.sentence[t - 1] === doc.sentence[t] &&
    !infoOf(before).stop &&
    !infoOf(before).cue
  )
    return t;
  const field = tokenAt(doc.tokens, end);
  if (!field?.isWord || doc.sentence[end] !== doc.sentence[t]) return t;
  return isFieldServed(field) ? end + 1 : t;
}

function isFieldAt(doc: Doc, t: number): boolean {
  const tok = tokenAt(doc.tokens, t);
  return !!tok?.isWord && isFieldServed(tok);
}

/** «دبي القابضة», «إعمار العقارية», «مراس القابضة»: a place or one or two unknown name words,
 * then a company's tail: where the company's name ends (t when none). */
function companyTailEnd(doc: Doc, t: number): number {
  const m = mentionAtToken(doc, t);
  if (m && (m.kind !== 'place' || m.from !== t || m.start !== doc.tokens[t]?.start)) return t;
  let end = m ? m.to : t;
  // Most words have no tail one or two words on: asked first, it spares the name tests.
  if (
    !m &&
    !isCompanyTail(tokenAt(doc.tokens, t + 1)) &&
    !isCompanyTail(tokenAt(doc.tokens, t + 2))
  )
    return t;
  if (!m) {
    while (end < t + 2 && nameLike(doc, end) && !mentionAtToken(doc, end)) end++;
    if (end === t || /^[وفبل]/.test(doc.tokens[t]?.norm ?? '')) return t;
  }
  const tail = tokenAt(doc.tokens, end);
  if (!isCompanyTail(tail) || doc.sentence[end] !== doc.sentence[t]) return t;
  return end + 1;
}

const isCompanyTail = (tok: Token | undefined): boolean => !!tok?.isWord && companyTailWord(tok);
const companyTailWord = wordFlag((tok: Token) => COMPANY_TAILS.has(tok.norm));

/** A company's name at `t`: with a tail (company-tail) or a field (field-company). */
function companyEnd(doc: Doc, t: number): { end: number; rule: string } | undefined {
  const tailed = companyTailEnd(doc, t);
  if (tailed > t) return { end: tailed, rule: 'company-tail' };
  const served = fieldCompanyEnd(doc, t);
  return served > t ? { end: served, rule: 'field-company' } : undefined;
}

/** «للطيران», «للبترول»: ل and a field a company serves (a flag: asked after every definite
 * word, it slices and hashes nothing). */
const isFieldServed = wordFlag((tok: Token) => {
  const n = tok.norm;
  const bare = n.startsWith('لل') ? n.slice(2) : n.startsWith('ل') ? n.slice(1) : '';
  return !!bare && (FIELDS.has(bare) || FIELDS.has(`ال${bare}`));
});
/** A company's tail or the field it serves: where a company's name may end (few words are). */
const endsCompanyName = indexedWordFlag(
  (tok: Token) => tok.isWord && (companyTailWord(tok) || isFieldServed(tok)),
);

/** «مؤسسة ثقافية», «شركة طيران إقليمية», «جامعة وشاملة»: an indefinite word written with ة (an
 * adjective agreeing with the head) or joined by و describes the body; it does not name it. */
/** A definite word shaped like an adjective: a nisba (الوطني، الدستورية), a feminine or a
 * participle (المستقلة، المتحدة), an elative or a colour (الأعلى، العليا، الأوسط، الأحمر), a
 * فعيل adjective (الفقير، السريع), or a common adjective (العام). */
/** Feminine elatives (فُعلى): the ى of a nisba written the Egyptian way (المصرى، المركزى) and of
 * a masculine elative (الأعلى) is no sign of the feminine. */
const FEMININE_ELATIVES = new Set(
  [
    'الكبرى',
    'الصغرى',
    'العظمى',
    'الأولى',
    'الوسطى',
    'القصوى',
    'العليا',
    'الدنيا',
    'السفلى',
    'الأخرى',
    'الفضلى',
  ].map(normalizeArabic),
);

/** A word's gender by its ending as written: feminine in ة (or a feminine elative), unknown in
 * ى, ا, اء or ات (a verbal noun such as الإطفاء, a plural), masculine otherwise. */
function genderOf(tok: Token): 'f' | 'm' | undefined {
  const bare = tok.text.replace(/[\u064B-\u065F\u0640]/g, '');
  if (bare.endsWith('ة') || FEMININE_ELATIVES.has(tok.norm.replace(/^[وفبل]/, ''))) return 'f';
  if (/(ى|ا|اء|ات)$/.test(bare)) return undefined;
  return 'm';
}

/**
 * Whether `word`, a definite word after a body's head (and after `prev`, the adjective or
 * definite complement before it, if any), cannot be their adjective: masculine after a feminine
 * head and complement; or, right after a definite head, of the other gender (a definite head
 * takes no genitive). A feminine word after a masculine complement may still agree with a
 * broken plural (مجلس الشؤون الإسلامية), so only the masculine is tested there.
 */
function disagrees(
  headTok: Token | undefined,
  prev: Token | undefined,
  word: Token,
  definiteHead: boolean,
): boolean {
  // «جمعية القضاة التونسيين»: a plural adjective agrees with a plural of people (القضاة).
  if (!headTok || /(ين|ون)$/.test(word.norm)) return false;
  const head = genderOf(headTok);
  const own = genderOf(word);
  if (!head || !own) return false;
  if (!prev) return definiteHead && head !== own;
  return own === 'm' && head === 'f' && genderOf(prev) === 'f';
}

function adjectiveLike(norm: string): boolean {
  return (
    /(ي|يه|يين|يون)$/.test(norm) ||
    /ه$/.test(norm) ||
    /^الم/.test(norm) ||
    /^الا..ي$/.test(norm) ||
    /^الا[^ا]{3}$/.test(norm) ||
    /^ال[^ا]{2}ي[^ا]$/.test(norm) ||
    /يا$/.test(norm) ||
    lexicon().commonAdjectives.has(norm.slice(2))
  );
}

function adjectiveShaped(tok: Token | undefined): boolean {
  if (!tok?.isWord) return false;
  const bare = tok.text.replace(/[\u064B-\u065F\u0640]/g, '');
  return bare.endsWith('ة') || (/^و/.test(tok.norm) && tok.norm.length > 3);
}

/**
 * «وأفاد المكتب الأممي أن…» after «مكتب الأمم المتحدة للشؤون الإنسانية»: a definite head with
 * describing adjectives only — one of DESCRIBING_BODY_ADJECTIVES, or one the earlier name has
 * (الوزارة القطرية after وزارة الخارجية القطرية) — is that body named again when a body of the
 * same head was named before it. Records the mention under the earlier key; false if none.
 */
function bodyNamedAgain(doc: Doc, t: number, to: number, stripped: number): boolean {
  const head = headAt(doc, t);
  if (!head?.definite || to <= head.end) return false;
  const headWord = (doc.tokens[t]?.norm ?? '').slice(stripped).replace(/^ال/, '');
  for (let k = t - 1; k >= 0 && t - k < 800; k--) {
    const i = doc.mentionAt[k] ?? -1;
    const m = i >= 0 ? doc.mentions[i] : undefined;
    if (!m) continue;
    k = m.from;
    if (m.kind !== 'organization') continue;
    const named = mentionWords(doc, i, m);
    if (named.head !== headWord) continue;
    const words = named.words;
    for (let a = head.end; a < to; a++) {
      const n = doc.tokens[a]?.norm ?? '';
      if (!hasArticle(doc.tokens[a] as Token)) return false;
      if (!DESCRIBING.has(n) && !words.includes(n)) return false;
    }
    const first = doc.tokens[t] as Token;
    const start = stripped > 0 ? originalOffset(first, stripped) : first.start;
    const end = doc.tokens[to - 1]?.end ?? first.end;
    addMention(doc, {
      key: m.key,
      kind: 'organization',
      from: t,
      to,
      start,
      end,
      name: doc.text.slice(start, end),
      reason: { rule: 'body-named-again', cue: first.text },
    });
    return true;
  }
  return false;
}

/** A mention's name normalized and split, and its first word without ال: bodyNamedAgain reads
 * the same earlier mentions for every head after them (a mention's name never changes). */
let wordsOfMention:
  { doc: Doc; words: Array<{ words: string[]; head: string } | undefined> } | undefined;

function mentionWords(doc: Doc, i: number, m: EntityMention): { words: string[]; head: string } {
  if (wordsOfMention?.doc !== doc) wordsOfMention = { doc, words: [] };
  let known = wordsOfMention.words[i];
  if (!known) {
    const words = normalizeArabic(m.name).split(' ');
    known = { words, head: (words[0] ?? '').replace(/^ال/, '') };
    wordsOfMention.words[i] = known;
  }
  return known;
}

/** Where the title phrase that starts at `end` ends, if an office may take it there: right
 * after an indefinite head (مكتب رئيس الوزراء), or after ل at any point (المكتب الإعلامي
 * لرئيس الوزراء); -1 if none. A title whose person follows ends before the name. */
function officialTitleEnd(doc: Doc, end: number, definite: boolean, complements: number): number {
  const tok = doc.tokens[end];
  const lam = /^ل[^ل]/.test(tok?.norm ?? '');
  if (!lam) {
    const title = titleStartingAt(doc, end);
    return title && !title.counterpart && !definite && complements === 0
      ? beforePreposition(doc, end, title.to)
      : -1;
  }
  // «الإعلامي لرئيس الوزراء» may be one title phrase (الإعلامي is a title too): the office takes
  // the part from ل on.
  if (!tok || !infoOf(tok).titleKey) return -1;
  const title = titleCovering(doc, end);
  return title && !title.counterpart ? beforePreposition(doc, end, title.to) : -1;
}

/** The title phrase that covers token `t`, looked up from the phrases that may start before it
 * (no scan of every title: a text of many offices stays linear). */
/** A minister's office (وزير، وزيرة) heads the title phrase around `t`, before it. */
function insideMinisterTitle(doc: Doc, t: number): boolean {
  const title = titleCovering(doc, t);
  if (!title) return false;
  for (let k = title.from; k < t; k++) if (titleKeyOf(doc.tokens[k]) === MINISTER) return true;
  return false;
}

function titleCovering(doc: Doc, t: number): TitlePhrase | undefined {
  for (let k = t; k >= 0 && t - k < MAX_PHRASE; k--) {
    const title = titleStartingAt(doc, k);
    if (title) return title.to > t ? title : undefined;
  }
  return undefined;
}

/** «مكتب النائب العام عن القضية»: a title phrase runs on over a preposition; the office's name
 * ends before it. */
function beforePreposition(doc: Doc, from: number, to: number): number {
  for (let k = from + 1; k < to; k++) if (OFFICE_NAME_ENDS.has(doc.tokens[k]?.norm ?? '')) return k;
  return to;
}

/** «تحالف القوى الوطنية المعارض في…»: the standing after a body's name is not its name, but
 * it belongs to its phrase (the verb's content starts after it): the last mention, ending at
 * `to`, covers it. Returns where the phrase ends. */
function coverStanding(doc: Doc, to: number): number {
  const tok = doc.tokens[to];
  const index = doc.mentionAt[to - 1] ?? -1;
  const m = doc.mentions[index];
  if (
    !tok?.isWord ||
    !STANDING.has(tok.norm) ||
    !m ||
    m.to !== to ||
    (doc.mentionAt[to] ?? -1) >= 0
  )
    return to;
  if (doc.sentence[to] !== doc.sentence[to - 1]) return to;
  m.to = to + 1;
  doc.mentionAt[to] = index;
  return to + 1;
}

/** A known organization (not a company) right after an indefinite head, followed in its
 * sentence by a ل-phrase. */
function agencyOfBody(
  doc: Doc,
  definite: boolean,
  complements: number,
  m: { key: string; kind: string; from: number; to: number },
  end: number,
): boolean {
  if (definite || complements > 0 || m.kind !== 'organization' || m.from !== end) return false;
  // «شركة أرامكو لتشغيل الحقول»: after a company the ل-phrase is what it does.
  if (COMPANY_KEYS.has(m.key)) return false;
  if ((doc.quoteOf[end] ?? -1) >= 0) return false;
  const next = doc.tokens[m.to];
  return (
    !!next?.isWord &&
    doc.sentence[m.to] === doc.sentence[end] &&
    next.norm.startsWith('ل') &&
    !next.norm.startsWith('ال') &&
    !infoOf(next).stop
  );
}

function lettersOnly(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const n = doc.tokens[k]?.norm ?? '';
    if (!LETTERS.has(n) && !MAYBE_LETTERS.has(n)) return false;
  }
  return true;
}

export function findOrganizations(doc: Doc): Doc {
  const tokens = doc.tokens;
  // A company is named only at a mention or one or two words before its tail or field, a framed
  // name only at a frame's word: asked there, by position, not of every token.
  const companyEnds = new PositionCursor(positionsWith(tokens, endsCompanyName));
  const framedStarts = new PositionCursor(positionsWith(tokens, mayStartFramedName));
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t];
    const known = mentionAtToken(doc, t);
    // «سي إن بي سي» known, then «عربية»: the tail belongs to it.
    if (
      known?.kind === 'organization' &&
      known.from === t &&
      known.start === tok?.start &&
      TAILS.has(tokenAt(tokens, known.to)?.norm ?? '')
    ) {
      const to = known.to + 1;
      removeMention(doc, known);
      addOrganization(doc, t, to, 0, { rule: 'letter-acronym', cue: tokens[to - 1]?.text ?? '' });
      t = to - 1;
      continue;
    }
    // «دبي القابضة», «العربية للطيران», «الوطنية للبترول»: a name and the word that ends a
    // company's name, or the field it serves.
    const company = known || companyEnds.firstFrom(t + 1) <= t + 2 ? companyEnd(doc, t) : undefined;
    if (company) {
      for (let k = t; k < company.end; k++) {
        const inner = mentionAtToken(doc, k);
        if (inner) removeMention(doc, inner);
      }
      addOrganization(doc, t, company.end, 0, {
        rule: company.rule,
        cue: tokens[company.end - 1]?.text ?? '',
      });
      t = company.end - 1;
      continue;
    }
    // «وقال النجار لـ«الأفق» إن…», «في بيان تلقته "الأفق"», «وفقا لـ"الأفق"»: a marked-off name
    // in a frame of speech is the outlet that carried it (rules/outletFrames.ts).
    const framed =
      (!known || known.from !== t) && framedStarts.firstFrom(t) === t
        ? framedNameAt(doc, t)
        : undefined;
    if (framed && addFramedOutlet(doc, framed)) {
      t = framed.last;
      continue;
    }
    if (!tok?.isWord || known || !mayNameOrganization(tok)) continue;
    const acronym = acronymEnd(doc, t);
    if (acronym > t) {
      for (let k = t + 1; k < acronym; k++) {
        const inner = mentionAtToken(doc, k);
        if (inner) removeMention(doc, inner);
      }
      const first = withoutClitics(tok);
      addOrganization(doc, t, acronym, tok.norm.length - first.length, {
        rule: 'letter-acronym',
        cue: tok.text,
      });
      t = acronym - 1;
      continue;
    }
    const byHead = namedByHead(doc, t);
    const again = byHead && bodyNamedAgain(doc, t, byHead.to, byHead.stripped);
    if (again && byHead) {
      t = byHead.to - 1;
      continue;
    }
    if (byHead) {
      // «بنك الكويت الوطني»: the place is part of the name, not a mention of its own.
      for (let k = t; k < byHead.to; k++) {
        const inner = mentionAtToken(doc, k);
        if (inner) removeMention(doc, inner);
      }
      const e = addOrganization(
        doc,
        t,
        byHead.to,
        byHead.stripped,
        { rule: 'institution-head', cue: byHead.row.head },
        byHead.alone,
        byHead.definite,
      );
      aliasesOfHeadName(doc, e, t, byHead);
      t = coverStanding(doc, byHead.to) - 1;
      continue;
    }
    // («وزيرة العلاقات الخارجية البيروفية», «وزيري الخارجية الفرنسية والإيطالية»: inside a
    // minister's title the field is the office's, not a mention of the ministry.)
    if (
      isMinistryField(tok) &&
      adjectiveCountry(tokenAt(tokens, t + 1)) &&
      !mentionAtToken(doc, t + 1) &&
      !infoOf(tokenAt(tokens, t - 1) ?? tok).titleKey &&
      !insideMinisterTitle(doc, t)
    ) {
      addOrganization(doc, t, t + 2, 0, { rule: 'ministry-field', cue: tok.text });
      t++;
      continue;
    }
    // «الحكومة الأردنية»: the government with its nationality.
    const gov = governmentOf(tok);
    // «للحكومة المغربية»: ل merged with ال leaves no span that reads «الحكومة»; not named here.
    const merged = !!gov && /^[وف]?لل/.test(tok.norm);
    // «الحكومة الانتقالية التشادية», «الحكومة الشرعية»: a kind of government, and its
    // nationality after it when given.
    const kind = gov && !merged && GOVERNMENT_KINDS.has(tokens[t + 1]?.norm ?? '') ? 1 : 0;
    const govEnd =
      gov && !merged && adjectiveCountry(tokens[t + 1 + kind]) && !mentionAtToken(doc, t + 1 + kind)
        ? t + 2 + kind
        : t + 1 + kind;
    if (govEnd > t + 1 && doc.sentence[govEnd - 1] === doc.sentence[t]) {
      addOrganization(doc, t, govEnd, tok.norm.length - (gov?.length ?? 0), {
        rule: kind ? 'government-of-kind' : 'government-of-country',
        cue: tok.text,
      });
      t = govEnd - 1;
      continue;
    }
    const agency = newsAgencyEnd(doc, t);
    if (agency > t) {
      addOrganization(doc, t, agency, tok.norm.length - AGENCY.length, {
        rule: 'news-agency',
        cue: tok.text,
      });
      t = agency - 1;
      continue;
    }
    // «حزب "النهضة"», «نادي "الهلال"», «جمعية "رسالة"»: a head that takes a proper name, quoted;
    // «مجموعة "كوسال"», «لجنة "الأمل"»: any head without the article (in the construct state)
    // before a short quote that opens no speech — but «برنامج "صباح الخير"», «مهرجان "ربيع
    // المدينة"» name a show or an event (WORK_NOUNS), not a body.
    if (
      opensMarkedName(tokens[t + 1]) &&
      (takesQuotedName(tok) ||
        (hasHeadRows(tok) &&
          !hasArticle(tok) &&
          !namesWork(tok) &&
          !isComplementizer(tokens[t + 2]) &&
          !namesKnownBody(doc, t + 1)))
    ) {
      const end = quotedOutlet(doc, t + 1, 'quoted-name-after-head');
      if (end > 0) {
        t = end;
        continue;
      }
    }
    if (!isMediaWord(tok) && !isCompanyWord(tok)) continue;
    const end = opensMarkedName(tokens[t + 1]) ? quotedOutlet(doc, t + 1) : bareOutlet(doc, t + 1);
    if (end > 0) t = end;
  }
  extendKnownOutlets(doc);
  mergeShortForms(doc);
  aliasQuotedShortNames(doc);
  dropPremierOfficeBodies(doc);
  headsOf = undefined;
  return doc;
}

const PREMIER_BODIES = PREMIER_OFFICE_BODIES.map((name) => normalizeArabic(name).split(' '));
const HEAD = normalizeArabic('رئيس');
/** «رئيس», «ورئيس», «رئيسه» (once per word). */
const isPremierHead = wordFlag((tok: Token) =>
  readings(tok).some((r) => r === HEAD || r === `${HEAD}ه`),
);

/** «رئيس مجلس الوزراء», «نائب رئيس الحكومة الأردنية»: the cabinet right after «رئيس» is part of
 * the prime minister's title, not a body the article mentions (see PREMIER_OFFICE_BODIES). */
function dropPremierOfficeBodies(doc: Doc): void {
  for (const m of doc.mentions) {
    if (m.kind !== 'organization' || m.to === m.from) continue;
    const before = doc.tokens[m.from - 1];
    if (!before?.isWord || !isPremierHead(before)) continue;
    const words = PREMIER_BODIES.find((body) =>
      body.every((w, i) => {
        const tok = doc.tokens[m.from + i];
        return !!tok && m.from + i < m.to && (i === 0 ? readings(tok).includes(w) : tok.norm === w);
      }),
    );
    if (words) removeMention(doc, m);
  }
}

/**
 * «رئاسة إدارة الكوارث والطوارئ التركية "آفاد"», «الشركة المصرية القابضة للغازات "إيجاس"»: one
 * or two quoted words right after a body's name are its short name, so «وقالت "آفاد"» later is
 * the same body.
 */
/** «(اتصالات)», «(أوبك)»: one or two words in parentheses at `open`, as a quote span. */
function parenthesized(doc: Doc, open: number): { open: number; close: number } | undefined {
  if (tokenAt(doc.tokens, open)?.text !== '(') return undefined;
  for (let k = open + 2; k <= open + 3; k++)
    if (tokenAt(doc.tokens, k)?.text === ')') return { open, close: k };
  return undefined;
}

function aliasQuotedShortNames(doc: Doc): void {
  const shortNames = new Map<string, { key: string; cue: string }>();
  for (const m of [...doc.mentions]) {
    if (m.kind !== 'organization') continue;
    const open = m.to;
    // «مؤسسة الإمارات للاتصالات (اتصالات)»: parentheses hold a short name as quotes do.
    const quote = isQuoteMark(doc.tokens[open])
      ? doc.quotes[doc.quoteOf[open + 1] ?? -1]
      : parenthesized(doc, open);
    if (!quote || quote.open !== open || quote.close < 0) continue;
    const words = quote.close - open - 1;
    if (words < 1 || words > 2) continue;
    const first = doc.tokens[open + 1];
    if (!first?.isWord || !doc.tokens[quote.close - 1]?.isWord) continue;
    // A word that reads as a verb is still the short name right after the body («"آفاد"» after
    // the Turkish disaster authority), unless speech follows it (أن، :).
    const speech =
      isComplementizer(doc.tokens[quote.close + 1]) || doc.tokens[quote.close + 1]?.text === ':';
    if (mentionAtToken(doc, open + 1) || infoOf(first).stop || (infoOf(first).cue && speech))
      continue;
    const norms: string[] = [];
    for (let k = open + 1; k < quote.close; k++) norms.push(doc.tokens[k]?.norm ?? '');
    shortNames.set(norms.join(' '), { key: m.key, cue: m.name });
  }
  if (shortNames.size === 0) return;
  // A short name's first word: a word that is none is skipped before a pair of words is spelt.
  const firstWords = new Set([...shortNames.keys()].map((name) => name.split(' ')[0] ?? ''));
  // Most words are passed over by their shape (word-shapes.ts), without reading their letters.
  const shapes = QUOTED_SHAPES;
  for (const w of firstWords) shapes.add(w);
  // One pass over the text: the short name there and everywhere else (وقالت "آفاد":).
  for (let t = 0; t < doc.tokens.length; t++) {
    const a = doc.tokens[t];
    if (!a?.isWord || !shapes.mayHold(a.shape, 0)) continue;
    if (mentionAtToken(doc, t) || !firstWords.has(a.norm)) continue;
    const b = doc.tokens[t + 1];
    const two =
      b?.isWord && !mentionAtToken(doc, t + 1) ? shortNames.get(`${a.norm} ${b.norm}`) : undefined;
    const hit = two ?? shortNames.get(a.norm);
    if (!hit) continue;
    const last = (two ? b : a) as Token;
    addMention(doc, {
      key: hit.key,
      kind: 'organization',
      from: t,
      to: two ? t + 2 : t + 1,
      start: a.start,
      end: last.end,
      name: doc.text.slice(a.start, last.end),
      reason: { rule: 'quoted-short-name', cue: hit.cue },
    });
    if (two) t++;
  }
  shapes.clear();
}

/** The quoted short names' first words of the article being read (cleared after it). */
const QUOTED_SHAPES = new ShapeFilter();

const GOVERNMENT = normalizeArabic('الحكومة');

/** Heads whose rows take a proper name (نادي، حزب، بنك …), by their bare word. */
const NAME_TAKERS = new Set(
  ORGANIZATION_HEADS.filter((row) => row.takesName).map(
    (row) => normalizeArabic(row.head).split(' ')[0] ?? '',
  ),
);

function takesQuotedName(tok: Token): boolean {
  return readings(tok).some((r) => NAME_TAKERS.has(r));
}
const AGENCY = normalizeArabic('وكالة');
const NEWS = normalizeArabic('أنباء');
// What the scan asks of every word, answered once per distinct word:
const isGovernmentWord = wordFlag((tok: Token) => readings(tok).includes(GOVERNMENT));
const governmentOf = (tok: Token) => (isGovernmentWord(tok) ? GOVERNMENT : undefined);
const isCompanyWord = wordFlag((tok: Token) => readings(tok).includes(COMPANY));
const isAgencyWord = wordFlag((tok: Token) => readings(tok).includes(AGENCY));
const isMinistryField = wordFlag((tok: Token) => MINISTRY_FIELDS.has(tok.norm));
const isMediaWord = wordFlag((tok: Token) => tok.isWord && infoOf(tok).media);
const WORKS = new Set(WORK_NOUNS.split(/\s+/).filter(Boolean).map(normalizeArabic));
const namesWork = wordFlag((tok: Token) => readings(tok).some((r) => WORKS.has(r)));

/** What the scan's rules below ask of a word with no mention before looking around it (its
 * letters only): a word that none of them could start is skipped with one bit test. */
const mayNameOrganization = wordFlag((tok: Token): boolean => {
  // (A definite word before a company's field, «العربية للطيران», is companyEnd's, asked before
  // this test.)
  return (
    mayOpenAcronym(tok) ||
    hasHeadRows(tok) ||
    isMinistryField(tok) ||
    isGovernmentWord(tok) ||
    isAgencyWord(tok) ||
    takesQuotedName(tok) ||
    isMediaWord(tok) ||
    isCompanyWord(tok)
  );
});

/** «وكالة أنباء الإمارات», «وكالة أنباء فارس»: the name after «وكالة أنباء» (a place, or one or
 * two words no lexicon knows) belongs to the agency. Returns the end token, or `t`. */
function newsAgencyEnd(doc: Doc, t: number): number {
  const tok = tokenAt(doc.tokens, t);
  if (!tok || !isAgencyWord(tok) || tokenAt(doc.tokens, t + 1)?.norm !== NEWS) return t;
  const m = mentionAtToken(doc, t + 2);
  if (m && m.from === t + 2 && m.kind === 'place') {
    const to = m.to;
    removeMention(doc, m);
    return to;
  }
  if (m) return t;
  let end = t + 2;
  while (end < t + 4 && !mentionAtToken(doc, end) && nameLike(doc, end)) end++;
  return end > t + 2 ? end : t;
}

/** Adds the outlet a frame of speech names, unless a body is already named there. */
function addFramedOutlet(doc: Doc, framed: FramedName): boolean {
  for (let k = framed.from; k < framed.to; k++) {
    const kind = mentionAtToken(doc, k)?.kind;
    if (kind === 'organization' || kind === 'delegation') return false;
  }
  for (let k = framed.from; k < framed.to; k++) {
    const m = mentionAtToken(doc, k);
    if (m) removeMention(doc, m);
  }
  const e = addOrganization(doc, framed.from, framed.to, framed.stripped, {
    rule: framed.rule,
    cue: framed.cue,
  });
  if (framed.quote !== undefined) doc.nameQuotes.add(framed.quote);
  return !!e;
}

/** «الخطوط الجوية الساحلية … رئيس مجلس إدارة "الساحلية"»: the marked-off words at `open` are a
 * body named before, by its whole name, an alias or the last word of its name. */
function namesKnownBody(doc: Doc, open: number): boolean {
  const name = markedName(doc, open);
  if (!name || name.from === open) return false;
  const words: string[] = [];
  for (let k = name.from; k < name.to; k++) words.push(doc.tokens[k]?.norm ?? '');
  const said = words.join(' ');
  for (const e of doc.entities.values()) {
    if (e.kind !== 'organization') continue;
    for (const form of [e.label, ...e.aliases]) {
      const norm = normalizeArabic(form);
      if (norm === said || norm.endsWith(` ${said}`)) return true;
    }
  }
  return false;
}

const IN = normalizeArabic('في');

/** «الجامعة الكندية في دبي», «الجامعة الألمانية بالقاهرة»: after a foreign nationality, the
 * city (with في or a glued ب) that hosts the body is part of its name — a university of one
 * nation in another's city is known by that city. Returns the new end, or `end`. */
function hostCityEnd(doc: Doc, end: number): number {
  const nation = adjectiveCountry(doc.tokens[end - 1]);
  if (!nation) return end;
  const prep = doc.tokens[end];
  const at = prep?.norm === IN ? end + 1 : end;
  const m = mentionAtToken(doc, at);
  if (!m || m.kind !== 'place' || m.from !== at || doc.sentence[at] !== doc.sentence[end - 1])
    return end;
  // «بالقاهرة»: the place starts inside its token after ب; «في بيروت»: at the token.
  const glued = at === end && /^ب/.test(prep?.norm ?? '') && (m.start ?? 0) > (prep?.start ?? 0);
  if (at === end && !glued) return end;
  const country = lexicon().cityCountry.get(m.key);
  if (!country || country === nation) return end;
  const to = m.to;
  removeMention(doc, m);
  return to;
}

/** A quote mark or an opening parenthesis: a name may be marked off from here. */
function opensMarkedName(tok: Token | undefined): boolean {
  return isQuoteMark(tok) || tok?.text === '(';
}

/** قناة «القاهرة الإخبارية», صحيفة "روسيا 24", إذاعة (صوت الساحل): the quoted name is the outlet, even when it
 * holds a place or a person's name. Returns the closing mark, or -1. */
function quotedOutlet(doc: Doc, open: number, rule = 'quoted-outlet'): number {
  const name = markedName(doc, open);
  // Quoted or in parentheses: the name starts after the mark.
  if (!name || name.from === open) return -1;
  // A place or a person's name inside is the outlet's («"روسيا 24"», «"جون أفريك"»); a body
  // already named there stays.
  const inner = mentionAtToken(doc, name.from);
  if (inner && (inner.kind === 'organization' || inner.kind === 'delegation')) return -1;
  for (let t = name.from; t < name.to; t++) {
    const m = mentionAtToken(doc, t);
    if (m) removeMention(doc, m);
  }
  const e = addOrganization(doc, name.from, name.to, 0, {
    rule,
    cue: doc.tokens[open - 1]?.text ?? '',
  });
  if (rule === 'quoted-outlet') aliasWithNoun(doc, e, open - 1);
  else aliasWithHead(doc, e, open - 1);
  if (name.quote !== undefined) doc.nameQuotes.add(name.quote);
  return name.last;
}

/** إذاعة فوكس, صحيفة واشنطن بوست: one or two words no lexicon knows after a media noun (a place
 * may start the name). Returns the last token, or -1. */
function bareOutlet(doc: Doc, from: number): number {
  const tokens = doc.tokens;
  // «وكالة أنباء (تاس)»: «أنباء» (news) is the agency's kind; the name comes after it.
  if (tokens[from]?.norm === NEWS) return -1;
  // «قناة تي آر تي»: an acronym in letters is read on its own.
  if (acronymEnd(doc, from) > from) return -1;
  // «شركة لتشغيل الهاتف»: ل and a verbal noun say what the company is for, not its name.
  const first = tokens[from]?.norm ?? '';
  if (/^لل/.test(first) || /^ل(ت..ي.|ا..ا.|است...ا.|ا...ا.)$/.test(first)) return -1;
  // «شركة تعمل في…»: an imperfect verb of three root letters says what the company does;
  // «قناة ناديه» (his club's channel): a body's noun with a pronoun is whose it is.
  if (/^[تي][^ا]{3}$/.test(first) && infoOf(tokens[from] as Token).givenStripped < 0) return -1;
  if (/ه$/.test(first) && isOrganizationHead(first.slice(0, -1))) return -1;
  const definite = definiteOutletEnd(doc, from);
  if (definite > from) {
    const lead = mentionAtToken(doc, from);
    if (lead) removeMention(doc, lead);
    const e = addOrganization(doc, from, definite, 0, {
      rule: 'definite-outlet-after-media-noun',
      cue: doc.tokens[from - 1]?.text ?? '',
    });
    aliasWithNoun(doc, e, from - 1);
    return definite - 1;
  }
  // «شبكة CNN», «قناة BBC», «قناة دريم2»: a name in Latin letters, or glued to its number.
  const marked = markedName(doc, from);
  if (marked) {
    const e = addOrganization(doc, from, marked.to, 0, {
      rule: 'outlet-after-media-noun',
      cue: doc.tokens[from - 1]?.text ?? '',
    });
    aliasWithNoun(doc, e, from - 1);
    return marked.last;
  }
  let end = from;
  let unknown = 0;
  while (end - from < 3) {
    const m = mentionAtToken(doc, end);
    if (m?.kind === 'place' && m.from === end && end === from) end = m.to;
    // «موقع صدى الأردن الإخباري»: a place after the name's word, before the outlet's tail.
    else if (
      m?.kind === 'place' &&
      m.from === end &&
      end > from &&
      MEDIA_TAILS.has(tokens[m.to]?.norm ?? '') &&
      doc.sentence[m.to] === doc.sentence[from]
    ) {
      removeMention(doc, m);
      end = m.to + 1;
      break;
    } else if (
      !m &&
      nameLike(doc, end) &&
      !adjectiveShaped(tokens[end]) &&
      doc.sentence[end] === doc.sentence[from]
    ) {
      end++;
      unknown++;
    } else break;
  }
  // «إذاعة نجوم أف أم»: a name word (or a place) and the letters of a station's band.
  let letters = -1;
  for (let k = from + 1; k <= end && letters < 0; k++) {
    const a = acronymEnd(doc, k);
    if (a > k) letters = a;
  }
  if (letters > 0) {
    for (let k = from; k < letters; k++) {
      const m = mentionAtToken(doc, k);
      if (m) removeMention(doc, m);
    }
    addOrganization(doc, from, letters, 0, {
      rule: 'outlet-after-media-noun',
      cue: doc.tokens[from - 1]?.text ?? '',
    });
    return letters - 1;
  }
  if (unknown === 0 || unknown > 2 || !tokens[end - 1]) return -1;
  // «شركة فولتكس الألمانية»: a definite nationality after the name is the body's own.
  const nationality =
    doc.sentence[end] === doc.sentence[from] &&
    !!adjectiveCountry(tokens[end]) &&
    hasArticle(tokens[end] as Token);
  // «شركة طيران إقليمية»: an adjective after the words makes the whole a description.
  if (!nationality && adjectiveShaped(tokens[end]) && doc.sentence[end] === doc.sentence[from])
    return -1;
  const lead = mentionAtToken(doc, from);
  if (lead) removeMention(doc, lead);
  const e = addOrganization(doc, from, nationality ? end + 1 : end, 0, {
    rule: 'outlet-after-media-noun',
    cue: doc.tokens[from - 1]?.text ?? '',
  });
  aliasWithNoun(doc, e, from - 1);
  if (e && nationality) {
    // Also known without its nationality: «فولتكس», «شركة فولتكس».
    const bare = doc.text.slice(tokens[from]?.start ?? 0, tokens[end - 1]?.end ?? 0);
    const noun = tokens[from - 1];
    const kind = readings(noun).find((r) => r === COMPANY || lexicon().mediaNouns.has(r));
    const withNoun =
      noun && kind
        ? `${doc.text.slice(originalOffset(noun, noun.norm.length - kind.length), noun.end)} ${bare}`
        : '';
    for (const alias of [bare, withNoun])
      if (alias && alias !== e.label && !e.aliases.includes(alias)) e.aliases.push(alias);
  }
  return nationality ? end : end - 1;
}

const CONSTRUCT_TOPONYMS = new Set(CONSTRUCT_TOPONYM_WORDS.map(normalizeArabic));
const CONSTRUCT_MEDIA = new Set(CONSTRUCT_MEDIA_NOUNS.map(normalizeArabic));
const MEDIA_TAILS = new Set(MEDIA_NAME_TAILS.map(normalizeArabic));
const CANAL = normalizeArabic('قناة');

/**
 * «ذكرت صحيفة المستقبل», «قناة القاهرة الإخبارية», «صحيفة الشرق الأوسط»: a media noun without
 * the article is in the construct state, so a definite word (or a known place) after it is the
 * outlet's name, not an adjective. The end of that name, or `from` when there is none. «قناة»
 * before a bare place is a canal (قناة السويس) unless a media word closes the name.
 */
function definiteOutletEnd(doc: Doc, from: number): number {
  const noun = doc.tokens[from - 1];
  const tok = doc.tokens[from];
  if (!noun?.isWord || !tok?.isWord || hasArticle(noun)) return from;
  const media = readings(noun).find((r) => CONSTRUCT_MEDIA.has(r));
  if (!media || doc.sentence[from] !== doc.sentence[from - 1]) return from;
  const m = mentionAtToken(doc, from);
  let end: number;
  if (m?.kind === 'place' && m.from === from && m.start === tok.start) end = m.to;
  else if (
    !m &&
    /^ال/.test(tok.norm) &&
    definiteComplement(doc, from) &&
    !adjectiveCountry(tok) &&
    !infoOf(tok).adjective &&
    !infoOf(tok).titleKey &&
    !NON_NAMING.has(tok.norm) &&
    !/ات$/.test(tok.norm)
  )
    end = from + 1;
  else return from;
  const tail = MEDIA_TAILS.has(doc.tokens[end]?.norm ?? '');
  if (m && media === CANAL && !tail) return from;
  return tail ? end + 1 : end;
}

/**
 * «شركة ناتورجي الإسبانية» is also «شركة ناتورجي» and «ناتورجي»: a nationality closing a body's
 * name may be left out, and a proper name after a head that takes one is the body's name alone.
 */
function aliasesOfHeadName(
  doc: Doc,
  e: ExtractedEntity | undefined,
  t: number,
  byHead: { to: number; stripped: number; row: HeadRow },
): void {
  if (!e) return;
  const tokens = doc.tokens;
  const first = tokens[t];
  const last = tokens[byHead.to - 1];
  if (!first || !last) return;
  const start = byHead.stripped > 0 ? originalOffset(first, byHead.stripped) : first.start;
  const add = (alias: string) => {
    if (alias && alias !== e.label && !e.aliases.includes(alias)) e.aliases.push(alias);
  };
  let end = byHead.to;
  if (end - t >= 3 && adjectiveCountry(last) && hasArticle(last)) {
    end--;
    add(doc.text.slice(start, tokens[end - 1]?.end ?? last.end));
  }
  const name = tokens[t + byHead.row.words.length];
  const proper = byHead.row.takesName || normalizeArabic(byHead.row.head) === COMPANY;
  // «فريق الاتفاق» in a match report: the club is «الاتفاق» too.
  const team =
    byHead.row.teamInSports && end === t + byHead.row.words.length + 1 && sportsArticle(doc);
  if (
    (proper || team) &&
    name &&
    end > t + byHead.row.words.length &&
    (!hasArticle(name) || byHead.row.nameWithoutHead || team)
  ) {
    const alias = doc.text.slice(name.start, tokens[end - 1]?.end ?? last.end);
    add(alias);
    const short = normalizeArabic(alias);
    // One definite word alone (الأمة، الكواكب) is a common noun too: read as the body only
    // where the article is about sport, whose clubs are named so.
    if (short.includes(' ') || !hasArticle(name) || sportsArticle(doc))
      noteShortName(doc, short, e.key);
  }
}

/** «بنك "الأمان"» is also «بنك الأمان». */
function aliasWithHead(doc: Doc, e: ExtractedEntity | undefined, noun: number): void {
  const tok = doc.tokens[noun];
  const head = readings(tok).find((r) => NAME_TAKERS.has(r));
  if (!e || !tok || !head) return;
  const word = doc.text.slice(originalOffset(tok, tok.norm.length - head.length), tok.end);
  const alias = `${word} ${e.label}`;
  if (!e.aliases.includes(alias)) e.aliases.push(alias);
}

/** canonicalWithCountry by name: the same bodies come back article after article. */
const canonicalOfName = new Map<string, string | null>();

/** «البنك المركزي» and «البنك المركزي المصري», «الخارجية الإيرانية» and «وزارة الخارجية
 * الإيرانية» in one article: the short form is the long one. */
/** «المنتخب السعودي» and «منتخب السعودية»: the head without ال and the country, by adjective
 * or by name, are one body's canonical form (undefined when the name holds no country). */
function canonicalWithCountry(doc: Doc, name: string): string | undefined {
  // The same bodies come back article after article: each name is read once. The cache holds
  // only names with no ambiguous spelling in them, so a name met before costs one look-up
  // (null: no country), not a split and a test of each word.
  const known = canonicalOfName.get(name);
  if (known !== undefined) return known ?? undefined;
  // «منتخب عمان» reads as the article says (Amman or Oman): such a name is not cached.
  const words = name.split(' ');
  if (words.some((w) => placeReading(doc, w))) return computeCanonicalWithCountry(doc, words);
  const canonical = computeCanonicalWithCountry(doc, words);
  if (words.some(isAmbiguousSpelling)) return canonical;
  // Bounded: random input must not grow memory without limit.
  if (canonicalOfName.size >= 10_000) canonicalOfName.clear();
  canonicalOfName.set(name, canonical ?? null);
  return canonical;
}

function computeCanonicalWithCountry(doc: Doc, words: string[]): string | undefined {
  const lex = lexicon();
  let country: string | undefined;
  const rest: string[] = [];
  for (const w of words.slice(1)) {
    // «منتخب عمان» in an article about Oman: the spelling's reading there.
    const entry = placeReading(doc, w) ?? lex.trie.next.get(w)?.entry;
    const id = lex.adjectives.get(w) ?? entry?.countryId;
    const isCountry = lex.adjectives.has(w) || entry?.isCountry;
    if (id && isCountry && !country) country = id;
    else rest.push(w);
  }
  if (!country) return undefined;
  return [(words[0] ?? '').replace(/^ال/, ''), ...rest, `@${country}`].join(' ');
}

/** `long` is `short` with one or two words more inside or at the end, the first word (the head)
 * the same (both as words). */
function withOneWordMore(a: readonly string[], b: readonly string[]): boolean {
  if (b.length <= a.length || b.length > a.length + 2 || a[0] !== b[0]) return false;
  let i = 0;
  for (const w of b) if (w === a[i]) i++;
  return i === a.length;
}

/** A head without its article: «المفوضية» and «مفوضية» are one head. */
const bareHead = (w: string): string => w.replace(/^ال/, '');

/** A name's word without و, ل and ال before it and without the ending of a nisba or of the
 * feminine (normalized): «للانتخابات» → «انتخابات», «الفلكية» and «الفلك» → «فلك», «السيادي» and
 * «السيادة» → «سياد». */
const coreWord = (w: string): string => {
  const bare = w.replace(/^و(?=ال|ل)/, '').replace(/^(لل|ال|ل)/, '');
  const stem = bare.replace(/(يه|ي|ه)$/, '');
  return stem.length >= 3 ? stem : bare;
};

/** The short name's words stand in order among the long one's, and the long one has as many or
 * more (مجلس السيادة in المجلس السيادي). */
function wordsWithin(short: readonly string[], long: readonly string[]): boolean {
  if (short.length === 0 || long.length < short.length) return false;
  let i = 0;
  for (const w of long) if (w === short[i]) i++;
  return i === short.length;
}

function mergeShortForms(doc: Doc): void {
  const all = [...doc.entities.values()].filter((e) => e.kind === 'organization');
  const byCanonical = new Map<string, ExtractedEntity>();
  // Labels do not change while merging: each normalized once.
  const labels = all.map((e) => normalizeArabic(e.label));
  all.forEach((e, i) => {
    const c = canonicalWithCountry(doc, labels[i] ?? '');
    if (!c) return;
    const first = byCanonical.get(c);
    if (first && doc.entities.has(first.key) && doc.entities.has(e.key))
      mergeEntity(doc, e.key, first.key);
    else byCanonical.set(c, e);
  });
  const kept = all.map((e) => doc.entities.has(e.key));
  const orgs = all.filter((_, i) => kept[i]);
  // Each label split once, and indexed (by name, by head word, in sorted order for prefixes) so
  // each name finds its longer forms without a pass over all the others. Only a single match
  // merges, so two found are enough.
  const names = labels.filter((_, i) => kept[i]);
  const words = names.map((n) => n.split(' '));
  const byName = indexBy(names, (n) => n);
  const byHead = indexBy(words, (w) => w[0] ?? '');
  const byBareHead = indexBy(words, (w) => bareHead(w[0] ?? ''));
  const cores = words.map((w) => w.slice(1).map(coreWord));
  const sorted = names.map((_, j) => j).sort((a, b) => compare(names[a] ?? '', names[b] ?? ''));
  orgs.forEach((short, i) => {
    const name = names[i] ?? '';
    const prefix = `${name} `;
    const longer: number[] = [];
    for (let k = lowerBound(sorted, names, prefix); k < sorted.length && longer.length < 2; k++) {
      const j = sorted[k] ?? -1;
      if (!(names[j] ?? '').startsWith(prefix)) break;
      if (j !== i) longer.push(j);
    }
    for (const j of byName.get(`${MINISTRY} ${name}`) ?? [])
      if (j !== i && !longer.includes(j) && longer.length < 2) longer.push(j);
    // «لجنة الانتخابات المصرية» in «لجنة الانتخابات الرئاسية المصرية»: the same head with one
    // qualifier fewer, the words in order.
    const fuller: number[] = [];
    const own = words[i] ?? [];
    if (longer.length === 0 && own.length >= 2)
      for (const j of byHead.get(own[0] ?? '') ?? []) {
        if (j !== i && withOneWordMore(own, words[j] ?? [])) fuller.push(j);
        if (fuller.length === 2) break;
      }
    // «مفوضية الإحصاء» for «المفوضية العليا للإحصاء», «معهد الأبحاث» for «معهد
    // الواحة للأبحاث العلمية»: the same head, with or without its article, and the short
    // form's words in order among the full name's (ل and ال aside).
    const within: number[] = [];
    if (longer.length === 0 && fuller.length === 0 && own.length >= 2)
      for (const j of byBareHead.get(bareHead(own[0] ?? '')) ?? []) {
        if (j !== i && wordsWithin(cores[i] ?? [], cores[j] ?? [])) within.push(j);
        if (within.length === 2) break;
      }
    const one = (found: number[]) => (found.length === 1 ? orgs[found[0] ?? -1] : undefined);
    const longest = one(longer);
    const fullest = one(fuller) ?? one(within);
    if (longest) mergeEntity(doc, short.key, longest.key);
    else if (fullest && doc.entities.has(short.key)) mergeEntity(doc, short.key, fullest.key);
    // «الأمان» (from بنك "الأمان") and «بنك الأمان»: one bank.
    else {
      const same: number[] = [];
      for (const alias of new Set(short.aliases.map(normalizeArabic))) {
        for (const j of byName.get(alias) ?? []) if (j !== i && same.length < 2) same.push(j);
        if (same.length === 2) break;
      }
      const sameOrg = one(same);
      if (sameOrg && doc.entities.has(short.key)) mergeEntity(doc, sameOrg.key, short.key);
    }
  });
  // «الحماية المدنية» and «مديرية الحماية المدنية» (or «قوات الحماية المدنية»): a body that names
  // itself by its kind (an own-article key) is the one an organ's head names in the article.
  const own = `organization:${doc.id}:`;
  orgs.forEach((short, i) => {
    if (!short.key.startsWith(own) || !doc.entities.has(short.key)) return;
    const name = names[i] ?? '';
    const organs: number[] = [];
    for (let j = 0; j < orgs.length && organs.length < 2; j++) {
      const w = words[j] ?? [];
      if (j === i || w.length !== (words[i]?.length ?? 0) + 1) continue;
      if (isOrganizationHead(w[0] ?? '') && w.slice(1).join(' ') === name) organs.push(j);
    }
    const organ = organs.length === 1 ? orgs[organs[0] ?? -1] : undefined;
    if (organ && doc.entities.has(organ.key)) mergeEntity(doc, short.key, organ.key);
  });
}

/** Positions of the items by key, in order. */
function indexBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number[]> {
  const map = new Map<string, number[]>();
  items.forEach((item, j) => {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(j);
    else map.set(k, [j]);
  });
  return map;
}

/** Code-unit order, the order in which a prefix's strings stand together. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first position in `sorted` (indexes into `names`) whose name is not below `s`. */
function lowerBound(sorted: readonly number[], names: readonly string[], s: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((names[sorted[mid] ?? -1] ?? '') < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
