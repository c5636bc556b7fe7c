/**
 * Descriptions that stand for a person named elsewhere: «الرئيس الروسي» is the Russian
 * president of this article, «نظيره الأميركي» the American counterpart, «مساعد الرئيس» the
 * person who carries that title; «الوزارة» the ministry named earlier.
 */
import {
  mentionAtToken,
  spanText,
  type Doc,
  type EntityMention,
  type TitlePhrase,
} from '../document.ts';
import { MINISTRY_FIELDS_WORDS } from '../lexicon/organizationWords.ts';
import { INSTITUTION_NOUNS } from '../lexicon/titles.ts';
import { COMPANIES } from '../lexicon/companies.ts';
import { FIELD_TITLES } from '../lexicon/fieldTitles.ts';
import { MEDIA_NOUNS } from '../lexicon/commonWords.ts';
import { lexicon } from '../lexicon/index.ts';
import { ORGANIZATION_HEADS } from '../rules/organizationHeads.ts';
import { normalizeArabic } from '../../core/arabic.ts';
import { adjectiveCountry, isStopword, wordInfo } from '../words.ts';
import { explicitHeadOf } from './explicit-heads.ts';

/** Bodies and outlets a definite noun may stand for (الوزارة، المحطة، الصحيفة). */
const INSTITUTION_STEMS = new Set(
  [
    ...INSTITUTION_NOUNS,
    ...MEDIA_NOUNS,
    ...ORGANIZATION_HEADS.filter((r) => !r.definiteOnly).map((r) => r.head),
  ].map(normalizeArabic),
);
/** Ministries are often named by their field alone (الخارجية الإيرانية). */
const MINISTRY_FIELDS = MINISTRY_FIELDS_WORDS.map(normalizeArabic);
const LOOK_BACK = 800;
/** Bodies that are companies whatever their head: airlines, banks, groups. */
const COMPANY_KINDS = ['الخطوط الجويه', 'طيران', 'بنك', 'مصرف', 'مجموعه'];
/** Keys of the companies the lexicon knows. */
export const COMPANY_KEYS = new Set(
  COMPANIES.map((c) => `organization:${normalizeArabic(c.names[0] ?? c.en)}`),
);

export function resolveTitle(doc: Doc, title: TitlePhrase, position: number): string | undefined {
  if (title.person) return title.person;
  if (title.resolved !== undefined && position === title.from) return title.resolved ?? undefined;
  const who = resolve(doc, title, position);
  if (position === title.from) title.resolved = who ?? null;
  return who;
}

function resolve(doc: Doc, title: TitlePhrase, position: number): string | undefined {
  const roleKey = title.counterpart ? 'رئيس' : title.roleKey;
  // «رئيس الوفد السوداني»: whoever the text names as that side's head.
  if (roleKey === 'رئيس' && !title.counterpart) {
    const side = doc.delegations.find((d) => d.from >= title.from && d.to <= title.to);
    const head = side ? explicitHeadOf(doc, side.key) : undefined;
    if (head) return head;
  }
  const exact: string[] = [];
  const unknownCountry: string[] = [];
  const otherCountry: string[] = [];
  const own = qualifiers(doc, title);
  const sharing: string[] = [];
  for (const key of doc.byRole.get(roleKey) ?? []) {
    const e = doc.entities.get(key);
    if (!e || e.kind !== 'person') continue;
    // «مدير شرطة الرياض» is not «المدير العام للمنظمة»: when both titles name their own body
    // or field, they must share a word of it.
    if (own.length > 0 && !title.counterpart) {
      // Every title the person carries counts («نائب رئيس الوزراء وزير النفط»).
      const theirs = roleQualifiers(e.role ?? '');
      theirs.push(...titleWordsOf(doc, key, title));
      const shared = own.some((w) => theirs.includes(w));
      if (theirs.length > 0 && !shared) continue;
      // «رئيس حزب النور» is the one whose title names that party, before any bare «الرئيس» —
      // of the title's country, if both have one («رئيس الوزراء القطري» is not Israel's).
      if (shared && (!title.countryId || !e.countryId || e.countryId === title.countryId))
        sharing.push(key);
    }
    if (!title.countryId || e.countryId === title.countryId) exact.push(key);
    else if (!e.countryId) unknownCountry.push(key);
    else otherCountry.push(key);
  }
  // «المتحدث باسم الوزارة الفلسطينية» may be the «المتحدث أشرف القدرة» whose country is not said.
  // A description points back: «وقال المدرب:» is no coach the text names only later.
  const named = namedBefore(doc, position);
  const before = (keys: string[]) => keys.filter((k) => named.has(k));
  // «وشدد المدرب البوسني» after «مدرب منتخب الجزائر X»: in sport a nationality is the
  // person's own, not the team's, so it may differ from the country the text gave him.
  const foreign = SPORTS_ROLES.has(roleKey) ? before(otherCountry) : [];
  // «الدكتور سامي النجار وزير الثقافة ونظيره التونسي …»: a title without a nationality is the
  // office as the text gave it to its own official, not the foreign one named with his country.
  // «وزير الثقافة التونسي»: with a nationality, the one of that country first, even when
  // another shares the office's words without a country of his own.
  const home = (keys: string[]) =>
    title.countryId ? [] : keys.filter((k) => !doc.entities.get(k)?.countryId);
  const ofCountry = (keys: string[]) =>
    title.countryId ? keys.filter((k) => doc.entities.get(k)?.countryId === title.countryId) : [];
  const candidates =
    [
      before(home(sharing)),
      before(ofCountry(sharing)),
      before(ofCountry(exact)),
      before(sharing),
      before(exact),
      before(unknownCountry),
      foreign,
    ].find((c) => c.length > 0) ?? [];
  // «وأوضح المسؤول المحلي أن…» after «نائب المحافظ سامي النجار»: «the official» names no office
  // of its own; it points back to the last person the text gave an office.
  if (candidates.length === 0 && roleKey === GENERIC_ROLE) return lastTitledBefore(doc, position);
  if (candidates.length === 0) return undefined;
  if (candidates.length === 1) return candidates[0];
  // Several: the one mentioned last before this point (looking back a bounded stretch).
  for (let t = position - 1; t >= 0 && position - t < 800; t--) {
    const m = mentionAtToken(doc, t);
    if (m && candidates.includes(m.key)) return m.key;
  }
  return candidates[0];
}

/** The role key of «المسؤول» (the official), which any office holder answers to. */
const GENERIC_ROLE = 'مسؤول';

/** The person with an office mentioned last before `position`, within a bounded stretch. */
function lastTitledBefore(doc: Doc, position: number): string | undefined {
  for (let t = position - 1; t >= 0 && position - t < 800; t--) {
    const m = mentionAtToken(doc, t);
    if (m?.kind !== 'person') continue;
    const e = doc.entities.get(m.key);
    if (e?.role || doc.titlesOf.get(m.key)?.length) return m.key;
  }
  return undefined;
}

/** Roles of sport, where a coach or a player often holds another country's nationality. */
/** The qualifier words of every title attached to `key` but `except`, read once per distinct
 * phrase: a person titled the same way a thousand times is read once (resolving stays linear). */
function titleWordsOf(doc: Doc, key: string, except: TitlePhrase): string[] {
  const list = doc.titlesOf.get(key);
  if (!list) return [];
  let memo = TITLE_WORDS.get(list);
  if (!memo) TITLE_WORDS.set(list, (memo = { seen: 0, texts: new Map() }));
  for (; memo.seen < list.length; memo.seen++) {
    const t = list[memo.seen] as TitlePhrase;
    const text = spanText(doc, t.from, t.to);
    const entry = memo.texts.get(text);
    if (entry) entry.count++;
    else memo.texts.set(text, { count: 1, words: qualifiers(doc, t) });
  }
  const own = spanText(doc, except.from, except.to);
  const out: string[] = [];
  for (const [text, entry] of memo.texts)
    // A phrase written like `except` counts only when another title wrote it too.
    if (text !== own || entry.count > (except.person === key ? 1 : 0)) out.push(...entry.words);
  return out;
}

const TITLE_WORDS = new WeakMap<
  TitlePhrase[],
  { seen: number; texts: Map<string, { count: number; words: string[] }> }
>();

const SPORTS_ROLES = new Set(
  FIELD_TITLES.filter((row) => row.field === 'sports').map((row) => row.key),
);

/** The people named before token `position`: each person's first mention, computed once per
 * text and kept while no mention is added (resolving a title scans nothing). */
function namedBefore(doc: Doc, position: number): { has: (key: string) => boolean } {
  let cached = FIRST_MENTION.get(doc);
  if (!cached || cached.count !== doc.mentions.length) {
    const first = new Map<string, number>();
    for (const m of doc.mentions)
      if (m.kind === 'person' && !(first.get(m.key)! <= m.from)) first.set(m.key, m.from);
    cached = { count: doc.mentions.length, first };
    FIRST_MENTION.set(doc, cached);
  }
  const first = cached.first;
  return { has: (key: string) => (first.get(key) ?? Infinity) < position };
}

const FIRST_MENTION = new WeakMap<Doc, { count: number; first: Map<string, number> }>();

/** A title's words after its head, each without و/ل/ال, skipping nationality adjectives and
 * short links (في، باسم): what makes «رئيس هيئة الطيران» more than «الرئيس». */
/** «مدير مستشفى الجامعة», not «المدير»: a description that names its own body or field. */
export function isSpecificTitle(doc: Doc, title: TitlePhrase): boolean {
  return !title.counterpart && qualifiers(doc, title).length > 0;
}

function qualifiers(doc: Doc, title: TitlePhrase): string[] {
  const words: string[] = [];
  for (let t = title.from + 1; t < title.to; t++) {
    const tok = doc.tokens[t];
    if (!tok?.isWord || adjectiveCountry(tok) || isStopword(tok.norm)) continue;
    // «الرئيس العليمي»: a name inside the phrase is who, not what.
    if (mentionAtToken(doc, t)?.kind === 'person') continue;
    words.push(bareWord(tok.norm));
  }
  return words.filter((w) => w.length >= 3 && w !== 'باسم');
}

/** roleQualifiers by role: a person's role is asked again for every title resolved. */
const qualifiersOfRole = new Map<string, readonly string[]>();

/** The same words of a person's title as written (its head and nationality left out); a fresh
 * array (callers add to it). */
function roleQualifiers(role: string): string[] {
  let words = qualifiersOfRole.get(role);
  if (!words) {
    // Bounded: random input must not grow memory without limit.
    if (qualifiersOfRole.size >= 10_000) qualifiersOfRole.clear();
    qualifiersOfRole.set(role, (words = computeRoleQualifiers(role)));
  }
  return [...words];
}

function computeRoleQualifiers(role: string): string[] {
  return normalizeArabic(role)
    .split(/\s+/)
    .slice(1)
    .filter((w) => !wordInfo(w).adjective && !isStopword(w))
    .map(bareWord)
    .filter((w) => w.length >= 3 && w !== 'باسم');
}

function bareWord(w: string): string {
  return w.replace(/^(و|ف)?(لل|ال|ل)?/, '');
}

/** The organization named last before `at` (looking back a bounded stretch) that `fits`. */
function lastBodyBefore(
  doc: Doc,
  at: number,
  fits: (m: EntityMention, name: string) => boolean,
): string | undefined {
  for (let t = at - 1; t >= 0 && at - t < LOOK_BACK; t--) {
    const m = mentionAtToken(doc, t);
    if (m?.kind !== 'organization' || m.to > at) continue;
    if (fits(m, normalizeArabic(m.name))) return m.key;
    t = m.from;
  }
  return undefined;
}

/**
 * «وأعلنت الوزارة أن…» after «الخارجية الإيرانية» or «وزارة الصحة»: the organization of that kind
 * named last before `at` (looking back a bounded stretch), if any.
 */
export function resolveInstitution(doc: Doc, at: number, written?: string): string | undefined {
  const tok = doc.tokens[at];
  if (!tok?.isWord) return undefined;
  // `written`: the word without a clitic the caller already read (للحزب → الحزب).
  const bare = written ?? tok.norm.replace(/^[وف]/, '');
  if (!bare.startsWith('ال')) return undefined;
  // «وذكرت الداخلية أن…»: a ministry called by its field alone is the one named with it before
  // (الداخلية السودانية، وزارة الداخلية).
  if (MINISTRY_FIELDS.includes(bare))
    return lastBodyBefore(doc, at, (_, name) => name.split(' ').includes(bare));
  const noun = bare.slice(2);
  // «وقال الساحلي عبر صفحته» after «النادي الساحلي»: a body's name without its kind noun, the
  // last word of a name of two words or more.
  // (Never a common noun that ends many names: «أشار النواب» is no «مجلس النواب».)
  if (!INSTITUTION_STEMS.has(noun))
    return lexicon().definiteCommon.has(bare)
      ? undefined
      : lastBodyBefore(doc, at, (_, name) => {
          const words = name.split(' ');
          return words.length >= 2 && words[words.length - 1] === bare;
        });
  return lastBodyBefore(doc, at, (m, name) => {
    // «حزب "النهضة"»: the head before a quoted name is the body's kind.
    const before = doc.tokens[doc.tokens[m.from - 1]?.isWord ? m.from - 1 : m.from - 2];
    return (
      name.includes(noun) ||
      (before?.isWord === true && before.norm.replace(/^[وفبل]/, '') === noun) ||
      (noun === 'وزاره' && MINISTRY_FIELDS.some((f) => name.startsWith(f))) ||
      // «الشركة» after «الخطوط الجوية القطرية», «بنك عودة» or a known company.
      (noun === 'شركه' &&
        (COMPANY_KINDS.some((k) => name.startsWith(k)) || COMPANY_KEYS.has(m.key)))
    );
  });
}
