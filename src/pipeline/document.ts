/**
 * The document every stage takes and returns: the text, its tokens, and what the stages have
 * found so far. Stages fill it in order (see index.ts).
 */
import type { EntityKind, Mention, Reason } from '../core/types.ts';
import type { ExtractedEntity, ExtractedRelation, ExtractedStatement } from './types.ts';
import type { Token } from './tokenize.ts';

export interface QuoteSpan {
  /** Token index of the opening mark, and of the closing mark (-1 when unbalanced). */
  open: number;
  close: number;
}

export interface EntityMention {
  key: string;
  kind: EntityKind;
  /** First and past-last token of the name. */
  from: number;
  to: number;
  start: number;
  end: number;
  /** The name with clitics removed (for labels and aliases). */
  name: string;
  /** The rule that found it and its trigger, carried into the graph. */
  reason?: Reason;
}

export interface TitlePhrase {
  from: number;
  to: number;
  /** Role keyword (رئيس, وزير …) and the phrase as written. */
  roleKey: string;
  role: string;
  countryId?: string;
  /** «نظيره»: the counterpart of the sentence's subject. */
  counterpart: boolean;
  /** Entity key of the person this title belongs to, once known. */
  person?: string;
  /** Memo of resolveTitle: the person the description stands for (null: nobody). */
  resolved?: string | null;
}

export interface Delegation {
  key: string;
  /** Unset for a side named by an organization (وفد حماس). */
  countryId: string | undefined;
  from: number;
  to: number;
}

export interface Doc {
  id: string;
  title: string;
  text: string;
  bodyEnd: number;
  tokens: Token[];
  /** Sentence number of each token. */
  sentence: Int32Array;
  quotes: QuoteSpan[];
  /** Index into `quotes` of the quote a token lies in, or -1. */
  quoteOf: Int32Array;
  mentions: EntityMention[];
  /** Index into `mentions` covering each token, or -1. */
  mentionAt: Int32Array;
  entities: Map<string, ExtractedEntity>;
  titles: TitlePhrase[];
  /** The title phrases attached to each person, in the order attached (see attachTitle). */
  titlesOf: Map<string, TitlePhrase[]>;
  delegations: Delegation[];
  /** Role keywords known for each person key (from titles and the leader lexicon). */
  roleKeys: Map<string, Set<string>>;
  /** The reverse: person keys by role keyword, so descriptions resolve without a full scan. */
  byRole: Map<string, Set<string>>;
  /** Start offsets of the mentions recorded per entity key, to skip repeats in O(1). */
  mentionSeen: Map<string, Set<number>>;
  /** `kind source target` of every relation recorded. */
  relationSeen: Set<string>;
  /** Title phrases by first token and by past-last token (filled lazily, see titleStartingAt):
   * arrays by token index, read for many tokens by several stages (a map hashed each one). */
  titleStart: Array<TitlePhrase | undefined> | undefined;
  titleEnd: Array<TitlePhrase | undefined> | undefined;
  /** How many titles `titleStart` and `titleEnd` hold (titles are only ever appended). */
  titlesIndexed: number;
  /** Quotes that only wrap a name («“فوكس نيوز”»): not statements. */
  nameQuotes: Set<number>;
  statements: ExtractedStatement[];
  relations: ExtractedRelation[];
}

export function emptyDoc(id: string, title: string, text: string): Doc {
  return {
    id,
    title,
    text,
    bodyEnd: text.length,
    tokens: [],
    sentence: new Int32Array(0),
    quotes: [],
    quoteOf: new Int32Array(0),
    mentions: [],
    mentionAt: new Int32Array(0),
    entities: new Map(),
    titles: [],
    titlesOf: new Map(),
    delegations: [],
    roleKeys: new Map(),
    byRole: new Map(),
    mentionSeen: new Map(),
    titleStart: undefined,
    titleEnd: undefined,
    titlesIndexed: 0,
    relationSeen: new Set(),
    nameQuotes: new Set(),
    statements: [],
    relations: [],
  };
}

export function mention(doc: Doc, start: number, end: number, reason?: Reason): Mention {
  return {
    article: doc.id,
    start,
    end,
    text: doc.text.slice(start, end),
    ...(reason ? { reason } : {}),
  };
}

/** Record a mention of an entity (creating the entity on first sight). */
export function addMention(
  doc: Doc,
  m: EntityMention,
  extra: Partial<Pick<ExtractedEntity, 'labelEn' | 'countryId' | 'role' | 'lexiconId'>> = {},
): ExtractedEntity {
  for (let t = m.from; t < m.to; t++)
    if ((doc.mentionAt[t] ?? -1) >= 0) return existing(doc, m, extra);
  const index = doc.mentions.length;
  doc.mentions.push(m);
  for (let t = m.from; t < m.to; t++) doc.mentionAt[t] = index;
  return existing(doc, m, extra);
}

function existing(
  doc: Doc,
  m: EntityMention,
  extra: Partial<Pick<ExtractedEntity, 'labelEn' | 'countryId' | 'role' | 'lexiconId'>>,
): ExtractedEntity {
  // A name broken over lines by a scraped page («إسماعيل⏎بقائي») is labelled with a space.
  if (/[\n\r\u2028\u2029]/.test(m.name)) m.name = m.name.replace(/\s+/g, ' ');
  let e = doc.entities.get(m.key);
  if (!e) {
    e = { key: m.key, kind: m.kind, label: m.name, aliases: [], mentions: [] };
    doc.entities.set(m.key, e);
  }
  if (markSeen(doc, m.key, m.start)) e.mentions.push(mention(doc, m.start, m.end, m.reason));
  // The longest form is the label (دونالد ترامب over ترامب); the others are aliases.
  if (m.name.length > e.label.length) {
    if (!e.aliases.includes(e.label)) e.aliases.push(e.label);
    e.label = m.name;
  } else if (m.name !== e.label && !e.aliases.includes(m.name)) e.aliases.push(m.name);
  if (extra.labelEn && !e.labelEn) e.labelEn = extra.labelEn;
  if (extra.countryId && !e.countryId) e.countryId = extra.countryId;
  if (extra.role && !e.role) e.role = extra.role;
  if (extra.lexiconId && !e.lexiconId) e.lexiconId = extra.lexiconId;
  return e;
}

export function addRoleKey(doc: Doc, person: string, roleKey: string): void {
  let set = doc.roleKeys.get(person);
  if (!set) doc.roleKeys.set(person, (set = new Set()));
  set.add(roleKey);
  let people = doc.byRole.get(roleKey);
  if (!people) doc.byRole.set(roleKey, (people = new Set()));
  people.add(person);
}

/** True the first time a mention of `key` at `start` is recorded. */
function markSeen(doc: Doc, key: string, start: number): boolean {
  let starts = doc.mentionSeen.get(key);
  if (!starts) doc.mentionSeen.set(key, (starts = new Set()));
  if (starts.has(start)) return false;
  starts.add(start);
  return true;
}

/** Fold entity `from` into `into` (a surname-only person into the full name found later). */
export function mergeEntity(doc: Doc, from: string, into: string): void {
  const a = doc.entities.get(from);
  const b = doc.entities.get(into);
  if (!a || !b || from === into) return;
  for (const m of doc.mentions) if (m.key === from) m.key = into;
  for (const m of a.mentions) if (markSeen(doc, into, m.start)) b.mentions.push(m);
  for (const name of [a.label, ...a.aliases])
    if (name !== b.label && !b.aliases.includes(name)) b.aliases.push(name);
  b.role ??= a.role;
  b.countryId ??= a.countryId;
  for (const r of doc.roleKeys.get(from) ?? []) addRoleKey(doc, into, r);
  doc.roleKeys.delete(from);
  for (const people of doc.byRole.values()) people.delete(from);
  const moved = doc.titlesOf.get(from);
  if (moved) {
    for (const t of moved) t.person = into;
    doc.titlesOf.set(into, [...(doc.titlesOf.get(into) ?? []), ...moved]);
    doc.titlesOf.delete(from);
  }
  for (const r of doc.relations) {
    if (r.source === from) r.source = into;
    if (r.target === from) r.target = into;
  }
  doc.entities.delete(from);
}

/** Undo a mention (a place inside an outlet's name: صحيفة "روسيا 24"); an entity left with no
 * mention disappears. */
export function removeMention(doc: Doc, m: EntityMention): void {
  for (let t = m.from; t < m.to; t++) doc.mentionAt[t] = -1;
  const e = doc.entities.get(m.key);
  if (e) {
    e.mentions = e.mentions.filter((x) => x.start !== m.start);
    doc.mentionSeen.get(m.key)?.delete(m.start);
    if (e.mentions.length === 0) {
      doc.entities.delete(m.key);
      // «الرئيس التنفيذي لمجموعة أحمد الراشد»: a name read after a title, then found to name a
      // body, leaves the title without a person (it may still describe someone named before).
      for (const title of doc.titlesOf.get(m.key) ?? [])
        // (Unset, not deleted: a deleted field would turn the title into a slow dictionary.)
        if (title.person === m.key) title.person = undefined;
      doc.titlesOf.delete(m.key);
    }
  }
  // Left in `doc.mentions` (indexes stay valid) but spanning nothing.
  m.to = m.from;
}

/** Let a mention run on to token `to` (its words free of other mentions), the entity's record
 * of it with it: «X بن Y» known, «بن Z آل W» after it in the text. */
export function extendMention(doc: Doc, m: EntityMention, to: number): void {
  const last = doc.tokens[to - 1];
  if (!last || to <= m.to) return;
  for (let t = m.to; t < to; t++) if ((doc.mentionAt[t] ?? -1) >= 0) return;
  const index = doc.mentionAt[m.from] ?? -1;
  for (let t = m.to; t < to; t++) doc.mentionAt[t] = index;
  const record = doc.entities.get(m.key)?.mentions.find((x) => x.start === m.start);
  m.to = to;
  m.end = last.end;
  m.name = doc.text.slice(m.start, m.end);
  if (record) {
    record.end = m.end;
    record.text = m.name;
  }
}

/** Another spelling of an entity, kept once and never its label again. */
export function addAlias(e: ExtractedEntity, alias: string): void {
  if (alias && alias !== e.label && !e.aliases.includes(alias)) e.aliases.push(alias);
}

/** Record a relation once. */
export function addRelation(doc: Doc, relation: ExtractedRelation): void {
  const id = `${relation.kind} ${relation.source} ${relation.target}`;
  if (doc.relationSeen.has(id)) return;
  doc.relationSeen.add(id);
  doc.relations.push(relation);
}

/** Built again whenever a title was added (titles are appended, never changed): the later of
 * two titles at one token wins. */
function indexTitles(doc: Doc): void {
  if (doc.titleStart && doc.titlesIndexed === doc.titles.length) return;
  // Sized up front: an index far past an empty array's end makes a slow dictionary of it.
  const starts = new Array<TitlePhrase | undefined>(doc.tokens.length + 1);
  const ends = new Array<TitlePhrase | undefined>(doc.tokens.length + 1);
  for (const t of doc.titles) {
    starts[t.from] = t;
    ends[t.to] = t;
  }
  doc.titleStart = starts;
  doc.titleEnd = ends;
  doc.titlesIndexed = doc.titles.length;
}

/** The title phrase that starts at token `t`. */
export function titleStartingAt(doc: Doc, t: number): TitlePhrase | undefined {
  indexTitles(doc);
  return t >= 0 ? doc.titleStart?.[t] : undefined;
}

/** The title phrase whose last token is `t - 1`. */
export function titleEndingAt(doc: Doc, t: number): TitlePhrase | undefined {
  indexTitles(doc);
  return t >= 0 ? doc.titleEnd?.[t] : undefined;
}

/** The mention covering token `t`, if any. */
export function mentionAtToken(doc: Doc, t: number): EntityMention | undefined {
  // Asked past either end too (the token before the first, after the last): guarded, since a
  // read out of the array's bounds deoptimizes every function this one is inlined into.
  const i = t >= 0 && t < doc.mentionAt.length ? doc.mentionAt[t]! : -1;
  return i >= 0 ? doc.mentions[i] : undefined;
}

/** Surface text between two token boundaries, as written. */
export function spanText(doc: Doc, from: number, to: number): string {
  const a = doc.tokens[from];
  const b = doc.tokens[to - 1];
  return a && b ? doc.text.slice(a.start, b.end) : '';
}
