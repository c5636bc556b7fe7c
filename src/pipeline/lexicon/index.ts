/**
 * The lexicons, normalized once and indexed for matching: a token trie of known names
 * (leaders, places, institutions), nationality adjectives, given names, titles and cues.
 */
import type { EntityKind } from '../../core/types.ts';
import { normalizeArabic } from '../../core/arabic.ts';
import {
  COMMON_ADJECTIVES,
  DEFINITE_COMMON_NOUNS,
  MEDIA_NOUNS,
  NARRATION_VERBS,
  WORK_NOUNS,
} from './commonWords.ts';
import { COUNTRIES } from './countries.ts';
import { handSpellings, worldCountries } from './worldCountries.ts';
import { MAJOR_CITIES } from './cities.ts';
import { OTHER_PLACES } from './places.ts';
import { REGIONS } from './regions.ts';
import { ARABIC_GIVEN_NAMES, GIVEN_NAMES } from './givenNames.ts';
import { INSTITUTIONS } from './institutions.ts';
import { CLUBS, COMPANIES, OUTLETS } from './companies.ts';
import { LEADERS } from './leaders.ts';
import {
  CARRY_CUES,
  PARTICIPLES,
  PRESENT_SPEECH_VERBS,
  SPEECH_VERBS,
  VAGUE_SUBJECTS,
} from './speechVerbs.ts';
import { stopwordSet } from './stopwords.ts';
import { TITLE_HEADS } from './titles.ts';
import { FIELD_TITLES } from './fieldTitles.ts';

export interface KnownName {
  kind: EntityKind;
  key: string;
  labelEn: string;
  /** Country lexicon id: the country itself (places), or the entity's country. */
  countryId?: string;
  /** Set when the place is a country. */
  isCountry?: boolean;
  /** Place this place lies in (lexicon country id). */
  inCountry?: string;
  role?: string;
  quotedOnly?: boolean;
  /** See Institution.nationalBranches. */
  nationalBranches?: boolean;
  /** For leaders: the normalized surnames, to tell a full name from a surname. */
  surnames?: string[];
  /** Every spelling the lexicon knows (places and organizations), offered as aliases. */
  names?: string[];
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: KnownName;
}

export interface Lexicon {
  trie: TrieNode;
  adjectives: Map<string, string>;
  /** The country id of each known capital and city, by its place key. */
  cityCountry: Map<string, string>;
  givenNames: Set<string>;
  arabicGivenNames: Set<string>;
  /** Role keyword of each known leader's own title, by person key. */
  leaderRoleKeys: Map<string, string>;
  titleHeads: Map<string, string>;
  verbs: Set<string>;
  carryVerbs: Set<string>;
  participles: Set<string>;
  stopwords: Set<string>;
  /** Media nouns (قناة، صحيفة) and common adjectives (غربي): never part of a name. */
  mediaNouns: Set<string>;
  commonAdjectives: Set<string>;
  /** Definite nouns that are no family name nor a body's short name (المصدر، النواب …). */
  definiteCommon: Set<string>;
  vague: Set<string>;
  countryKey: Map<string, string>;
  countryEn: Map<string, string>;
}

const n = normalizeArabic;

function insert(trie: TrieNode, name: string, entry: KnownName): void {
  let node = trie;
  for (const part of n(name).split(' ')) {
    let child = node.next.get(part);
    if (!child) node.next.set(part, (child = { next: new Map() }));
    node = child;
  }
  node.entry ??= entry;
}

const ADJ_ENDINGS = ['ي', 'يه', 'يين', 'يون', 'يان', 'يتين', 'يتان'];

function buildLexicon(): Lexicon {
  const trie: TrieNode = { next: new Map() };
  const adjectives = new Map<string, string>();
  const countryKey = new Map<string, string>();
  const countryEn = new Map<string, string>();
  const cityCountry = new Map<string, string>();
  const extra = handSpellings(COUNTRIES);
  for (const c of [...COUNTRIES, ...worldCountries(COUNTRIES)]) {
    const key = `place:${n(c.names[0] ?? c.id)}`;
    countryKey.set(c.id, key);
    countryEn.set(c.id, c.en);
    const names = [...c.names, ...(c.official ?? []), ...(extra.get(c.id)?.names ?? [])];
    for (const name of names)
      insert(trie, name, {
        kind: 'place',
        key,
        labelEn: c.en,
        countryId: c.id,
        isCountry: true,
        names,
      });
    for (const stem of [...c.adj, ...(extra.get(c.id)?.adj ?? [])])
      for (const end of ADJ_ENDINGS) {
        adjectives.set(n(stem) + end, c.id);
        adjectives.set('ال' + n(stem) + end, c.id);
      }
    if (c.capital) {
      const ck = `place:${n(c.capital.names[0] ?? '')}`;
      cityCountry.set(ck, c.id);
      for (const name of c.capital.names)
        insert(trie, name, {
          kind: 'place',
          key: ck,
          labelEn: c.capital.en,
          inCountry: c.id,
          names: c.capital.names,
        });
    }
  }
  adjectives.set('الروس', 'russia');
  for (const end of ADJ_ENDINGS) {
    adjectives.set('اوروب' + end, 'europe');
    adjectives.set('الاوروب' + end, 'europe');
  }
  for (const p of [...OTHER_PLACES, ...MAJOR_CITIES, ...REGIONS]) {
    const key = `place:${n(p.names[0] ?? p.en)}`;
    if (p.in) cityCountry.set(key, p.in);
    for (const name of p.names)
      insert(trie, name, {
        kind: 'place',
        key,
        labelEn: p.en,
        names: p.names,
        ...(p.in ? { inCountry: p.in } : {}),
      });
  }
  for (const inst of [...INSTITUTIONS, ...COMPANIES, ...OUTLETS, ...CLUBS]) {
    const key = `organization:${n(inst.names[0] ?? inst.en)}`;
    for (const name of inst.names)
      insert(trie, name, {
        kind: 'organization',
        key,
        labelEn: inst.en,
        names: inst.names,
        ...(inst.country ? { countryId: inst.country } : {}),
        ...(inst.quotedOnly ? { quotedOnly: true } : {}),
        ...(inst.nationalBranches ? { nationalBranches: true } : {}),
      });
  }
  for (const l of LEADERS) {
    const key = `person:${n(`${l.given[0] ?? ''} ${l.surnames[0] ?? ''}`)}`;
    const entry: KnownName = {
      kind: 'person',
      key,
      labelEn: l.en,
      role: l.role,
      surnames: l.surnames.map(n),
      ...(l.country ? { countryId: l.country } : {}),
    };
    for (const s of l.surnames) {
      if (!l.fullOnly) insert(trie, s, entry);
      for (const g of l.given) {
        insert(trie, `${g} ${s}`, entry);
        // «عبدالفتاح السيسي»: a given name in عبد is written as one word too.
        if (/^عبد /.test(g)) insert(trie, `${g.replace(/^عبد /, 'عبد')} ${s}`, entry);
      }
    }
  }
  const titleHeads = new Map<string, string>();
  for (const [k, v] of Object.entries(TITLE_HEADS)) titleHeads.set(n(k.replace('_', ' ')), v);
  // A head written without the article has its definite form too (منسق → المنسق): the article
  // is grammar, not another title.
  for (const [k, v] of [...titleHeads])
    if (!k.includes(' ') && !k.startsWith('ال') && !titleHeads.has(`ال${k}`))
      titleHeads.set(`ال${k}`, v);
  // Titles across fields; a two-word form (حارس المرمى) is found by its first word, its second
  // word then continues the title phrase.
  for (const row of FIELD_TITLES)
    for (const form of row.forms) {
      const first = n(form).split(' ')[0] ?? '';
      if (!titleHeads.has(first)) titleHeads.set(first, row.key);
    }
  const leaderRoleKeys = new Map<string, string>();
  for (const l of LEADERS) {
    const key = `person:${n(`${l.given[0] ?? ''} ${l.surnames[0] ?? ''}`)}`;
    leaderRoleKeys.set(key, titleHeads.get(n(l.role.split(' ')[0] ?? '')) ?? 'رئيس');
  }
  return {
    trie,
    adjectives,
    cityCountry,
    givenNames: new Set(GIVEN_NAMES.map(n)),
    arabicGivenNames: new Set(ARABIC_GIVEN_NAMES.map(n)),
    leaderRoleKeys,
    titleHeads,
    verbs: speechVerbForms(),
    carryVerbs: new Set(CARRY_CUES.map(n)),
    participles: new Set(PARTICIPLES.map(n)),
    stopwords: stopwordSet(n),
    mediaNouns: new Set(MEDIA_NOUNS.map(n)),
    commonAdjectives: new Set([
      ...COMMON_ADJECTIVES.split(/\s+/).filter(Boolean).map(n),
      ...WORK_NOUNS.split(/\s+/).filter(Boolean).map(n),
      ...NARRATION_VERBS.split(/\s+/)
        .filter(Boolean)
        .flatMap((v) => [n(v), `${n(v)}ت`]),
    ]),
    definiteCommon: new Set(DEFINITE_COMMON_NOUNS.map(n)),
    vague: new Set(VAGUE_SUBJECTS.map(n)),
    countryKey,
    countryEn,
  };
}

/** Every past verb with its feminine (صرحت) and plural (صرحوا) endings. */
const NO_INFLECTION = new Set(['زاد', 'واصل'].map(n));

/** Every past verb with its feminine (صرحت), plural (صرحوا) and dual (صرحا) endings; «زادت الأسعار» and
 * «واصلت القوات» are narration too often to count. */
function speechVerbForms(): Set<string> {
  const forms = new Set<string>();
  for (const verb of SPEECH_VERBS.map(n)) {
    forms.add(verb);
    if (NO_INFLECTION.has(verb)) continue;
    // Imperfect (يقول) and already inflected forms take no ending; a final ى/ا changes (رأت، دعت).
    // Past verbs of the form تفعّل/تفاعل start with ت too and do take it (توقعت، تعهدت، تابعت).
    if (/^ي/.test(verb) || /(ت|وا|ي|ا)$/.test(verb)) continue;
    forms.add(`${verb}ت`);
    forms.add(`${verb}وا`);
    // Two speakers: «أكدتا», and «أكدا» where the verb is not of the first form, whose
    // accusative verbal noun is written the same (وصفا، نقلا، كشفا).
    forms.add(`${verb}تا`);
    if (verb === n('قال') || /^(ا|ت|است)/.test(verb) || verb.length >= 4) forms.add(`${verb}ا`);
  }
  // «يؤكدان», «يقولون»: the present of two or more speakers.
  for (const verb of PRESENT_SPEECH_VERBS) {
    forms.add(n(verb));
    forms.add(`${n(verb)}ان`);
    if (/^ي/.test(verb)) forms.add(`${n(verb)}ون`);
  }
  return forms;
}

let cached: Lexicon | undefined;
export function lexicon(): Lexicon {
  return (cached ??= buildLexicon());
}
