/**
 * Every edit on the seed graph, as a table of real cases: it applies (the graph says what the
 * user meant), its inverse patch gives back the identical graph, and the patch replayed gives
 * the identical edited graph (redo).
 */
import type { SerializedGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import {
  applyEdit,
  applyPatch,
  invertPatch,
  type Edit,
} from '../../../../src/graph/curation/index.ts';
import type { EntityNodeAttributes, StatementNodeAttributes } from '../../../../src/core/types.ts';
import {
  attrsOf,
  edgesAround,
  ref,
  seedGraph,
  spanOf,
  speakerOf,
  statementsBy,
  wordsSpan,
} from './fixture.ts';

const seed = seedGraph();
const TRUMP = 'person:دونالد ترامب';
const PUTIN = 'person:فلاديمير بوتين';
const BELOUSOV = 'person:اندريه بيلوسوف';
const RUBIO = 'person:ماركو روبيو';
const USA = 'delegation:seed:usa';
const RUSSIA = 'delegation:seed:russia';
const ANCHORAGE = 'place:انكوراج';
const ELMENDORF = 'place:المندورف ريتشاردسون';
const ZELENSKY = 'person:فولوديمير زيلينسكي';
const ALASKA_QUOTE = 'statement:seed:2938'; // Belousov: “الأجواء ممتازة عقب المفاوضات في ألاسكا”

const entity = (g: SerializedGraph, key: string) => attrsOf(g, key) as EntityNodeAttributes;
const statement = (g: SerializedGraph, key: string) => attrsOf(g, key) as StatementNodeAttributes;

const cases: { title: string; edit: Edit; check(g: SerializedGraph): void }[] = [
  {
    title: 'rename: a place gets the spelling the newsroom uses; the old label stays an alias',
    edit: { op: 'rename', entity: ref(seed, ANCHORAGE), label: 'أنكوريج' },
    check(g) {
      expect(entity(g, ANCHORAGE).label).toBe('أنكوريج');
      expect(entity(g, ANCHORAGE).aliases).toContain('أنكوراج');
      expect(entity(g, ANCHORAGE).aliases).not.toContain('أنكوريج');
      expect(entity(g, ANCHORAGE).edited).toEqual([
        { op: 'rename', from: 'أنكوراج', to: 'أنكوريج' },
      ]);
    },
  },
  {
    title: 'retype: an air base read as a place becomes an organization, edges kept',
    edit: { op: 'retype', entity: ref(seed, ELMENDORF), kind: 'organization' },
    check(g) {
      expect(entity(g, ELMENDORF).kind).toBe('organization');
      expect(edgesAround(g, ELMENDORF)).toEqual(edgesAround(seed, ELMENDORF));
    },
  },
  {
    title: 'merge: Belousov into Putin — mentions, statements, membership and country follow',
    edit: { op: 'merge', into: ref(seed, PUTIN), others: [ref(seed, BELOUSOV)], label: 'بوتين' },
    check(g) {
      expect(attrsOf(g, BELOUSOV)).toBeUndefined();
      const putin = entity(g, PUTIN);
      expect(putin.label).toBe('بوتين');
      expect(putin.aliases).toEqual(expect.arrayContaining(['فلاديمير بوتين', 'أندريه بيلوسوف']));
      expect(putin.mentions).toHaveLength(19 + 2);
      expect(speakerOf(g, ALASKA_QUOTE)).toBe(PUTIN);
      expect(statement(g, ALASKA_QUOTE).speaker).toBe(PUTIN);
      // Belousov was a member, Putin heads: one edge per pair, the head's stays.
      expect(edgesAround(g, PUTIN).filter((e) => e.includes(RUSSIA))).toEqual([
        `heads ${PUTIN} → ${RUSSIA}`,
      ]);
      expect(g.edges.some((e) => e.source === BELOUSOV || e.target === BELOUSOV)).toBe(false);
    },
  },
  {
    title: 'split: Trump’s mentions after the summit go to a second node with his statements there',
    edit: {
      op: 'split',
      entity: ref(seed, TRUMP),
      label: 'ترامب (بعد القمة)',
      mentions: [
        { article: 'seed', start: 2858, end: 2870 },
        { article: 'seed', start: 3665, end: 3670 },
        { article: 'seed', start: 3908, end: 3913 },
      ],
    },
    check(g) {
      const second = 'person:ترامب (بعد القمه)';
      expect(entity(g, second).mentions.map((m) => m.start)).toEqual([2858, 3665, 3908]);
      expect(entity(g, TRUMP).mentions).toHaveLength(10);
      // Statements after 2858 follow the nearest mention before them.
      expect(speakerOf(g, 'statement:seed:3012')).toBe(second);
      expect(speakerOf(g, 'statement:seed:3916')).toBe(second);
      expect(statement(g, 'statement:seed:3916').speaker).toBe(second);
      // Membership stays with the first.
      expect(edgesAround(g, TRUMP)).toContain(`heads ${TRUMP} → ${USA}`);
      expect(typeof entity(g, second).x).toBe('number');
    },
  },
  {
    title: 'delete: a junk entity goes, its edges with it, and its quotes have no known speaker',
    edit: { op: 'delete', entity: ref(seed, BELOUSOV) },
    check(g) {
      expect(attrsOf(g, BELOUSOV)).toBeUndefined();
      expect(speakerOf(g, ALASKA_QUOTE)).toBeUndefined();
      expect(statement(g, ALASKA_QUOTE).speaker).toBeUndefined();
      expect(statement(g, ALASKA_QUOTE).edited).toEqual([{ op: 'delete', from: 'أندريه بيلوسوف' }]);
    },
  },
  {
    title: 'add-entity: «الرئيس الأوكراني» selected is one more mention of Zelensky',
    edit: {
      op: 'add-entity',
      kind: 'person',
      label: 'فولوديمير زيلينسكي',
      at: wordsSpan('الرئيس الأوكراني', 1),
    },
    check(g) {
      expect(entity(g, ZELENSKY).mentions).toHaveLength(6);
      expect(entity(g, ZELENSKY).mentions.at(-1)).toEqual({
        ...wordsSpan('الرئيس الأوكراني', 1),
        text: 'الرئيس الأوكراني',
        reason: { rule: 'by-hand' },
      });
    },
  },
  {
    title:
      'add-entity: a new organization from selected words, mentioned by the statement around them',
    edit: { op: 'add-entity', kind: 'organization', label: '', at: wordsSpan('الدول الأوروبية') },
    check(g) {
      const key = 'organization:الدول الاوروبيه';
      expect(entity(g, key).label).toBe('الدول الأوروبية');
      expect(edgesAround(g, key)).toEqual([`mentions statement:seed:4116 → ${key}`]);
    },
  },
  {
    title: 'speaker: Belousov’s quote given to Putin moves between both',
    edit: { op: 'speaker', statement: spanOf(seed, ALASKA_QUOTE), speaker: ref(seed, PUTIN) },
    check(g) {
      expect(speakerOf(g, ALASKA_QUOTE)).toBe(PUTIN);
      expect(statementsBy(g, BELOUSOV)).toEqual([]);
      expect(statementsBy(g, PUTIN)).toContain(ALASKA_QUOTE);
      expect(statement(g, ALASKA_QUOTE).edited).toEqual([
        { op: 'speaker', from: 'أندريه بيلوسوف', to: 'فلاديمير بوتين' },
      ]);
    },
  },
  {
    title: 'speaker: an unnamed source — the statement keeps its text and loses its speaker',
    edit: { op: 'speaker', statement: spanOf(seed, ALASKA_QUOTE), speaker: null },
    check(g) {
      expect(speakerOf(g, ALASKA_QUOTE)).toBeUndefined();
      expect(statement(g, ALASKA_QUOTE).edited).toEqual([
        { op: 'speaker', from: 'أندريه بيلوسوف' },
      ]);
    },
  },
  {
    title: 'mode: a direct quote read as reported',
    edit: { op: 'mode', statement: spanOf(seed, ALASKA_QUOTE), mode: 'reported' },
    check(g) {
      expect(statement(g, ALASKA_QUOTE).mode).toBe('reported');
    },
  },
  {
    title: 'reject: not a statement — the node and its edges go',
    edit: { op: 'reject', statement: spanOf(seed, ALASKA_QUOTE) },
    check(g) {
      expect(attrsOf(g, ALASKA_QUOTE)).toBeUndefined();
      expect(edgesAround(g, ALASKA_QUOTE)).toEqual([]);
    },
  },
  {
    title: 'add-statement: selected words become Rubio’s direct statement, naming what is in it',
    edit: {
      op: 'add-statement',
      at: wordsSpan('الأجواء ممتازة عقب المفاوضات في ألاسكا'),
      speaker: ref(seed, RUBIO),
      mode: 'direct',
    },
    check(g) {
      const span = wordsSpan('الأجواء ممتازة عقب المفاوضات في ألاسكا');
      const key = `statement:seed:${span.start}`;
      expect(statement(g, key)).toMatchObject({
        text: 'الأجواء ممتازة عقب المفاوضات في ألاسكا',
        mode: 'direct',
        speaker: RUBIO,
      });
      expect(edgesAround(g, key)).toEqual([
        `mentions ${key} → place:الاسكا`,
        `said ${RUBIO} → ${key}`,
      ]);
    },
  },
  {
    title: 'mention: a statement stops mentioning a place, then (another edit) mentions Trump',
    edit: {
      op: 'mention',
      statement: spanOf(seed, ALASKA_QUOTE),
      entity: ref(seed, 'place:الاسكا'),
      present: false,
    },
    check(g) {
      expect(edgesAround(g, ALASKA_QUOTE)).toEqual([`said ${BELOUSOV} → ${ALASKA_QUOTE}`]);
    },
  },
  {
    title: 'mention: a statement mentions Trump',
    edit: {
      op: 'mention',
      statement: spanOf(seed, ALASKA_QUOTE),
      entity: ref(seed, TRUMP),
      present: true,
    },
    check(g) {
      expect(edgesAround(g, ALASKA_QUOTE)).toContain(`mentions ${ALASKA_QUOTE} → ${TRUMP}`);
    },
  },
  {
    title: 'member: Zelensky added to the US side',
    edit: {
      op: 'member',
      delegation: ref(seed, USA),
      person: ref(seed, ZELENSKY),
      present: true,
    },
    check(g) {
      expect(edgesAround(g, USA)).toContain(`member_of ${ZELENSKY} → ${USA}`);
      expect(entity(g, USA).edited).toEqual([{ op: 'member', to: 'فولوديمير زيلينسكي' }]);
    },
  },
  {
    title: 'member: Rubio removed from the US side',
    edit: { op: 'member', delegation: ref(seed, USA), person: ref(seed, RUBIO), present: false },
    check(g) {
      expect(edgesAround(g, USA)).not.toContain(`member_of ${RUBIO} → ${USA}`);
    },
  },
  {
    title: 'head: Rubio heads the US side; Trump stays a member',
    edit: { op: 'head', delegation: ref(seed, USA), person: ref(seed, RUBIO) },
    check(g) {
      const around = edgesAround(g, USA);
      expect(around).toContain(`heads ${RUBIO} → ${USA}`);
      expect(around).toContain(`member_of ${TRUMP} → ${USA}`);
      expect(around).not.toContain(`heads ${TRUMP} → ${USA}`);
    },
  },
  {
    title: 'head: the Russian side has no head any more; Putin stays a member',
    edit: { op: 'head', delegation: ref(seed, RUSSIA), person: null },
    check(g) {
      expect(edgesAround(g, RUSSIA)).toContain(`member_of ${PUTIN} → ${RUSSIA}`);
      expect(edgesAround(g, RUSSIA).some((e) => e.startsWith('heads'))).toBe(false);
    },
  },
  {
    title: 'merge sides: the Russian side into the US one, renamed',
    edit: { op: 'merge', into: ref(seed, USA), others: [ref(seed, RUSSIA)], label: 'وفدا القمة' },
    check(g) {
      expect(attrsOf(g, RUSSIA)).toBeUndefined();
      expect(entity(g, USA).label).toBe('وفدا القمة');
      expect(edgesAround(g, USA)).toContain(`heads ${PUTIN} → ${USA}`);
    },
  },
];

describe('curation: every edit applies and inverts', () => {
  it.each(cases)('$title', ({ edit, check }) => {
    const before = structuredClone(seed);
    const result = applyEdit(seed, edit);
    if (!result.ok) throw new Error(`${edit.op}: ${result.failure.code} ${result.failure.what}`);
    check(result.graph);
    // The graph it started from is untouched, undo gives it back whole, redo the edited one.
    expect(seed).toEqual(before);
    expect(applyPatch(result.graph, invertPatch(result.patch))).toEqual(seed);
    expect(applyPatch(seed, result.patch)).toEqual(result.graph);
  });
});

describe('curation: what does not apply says why and changes nothing', () => {
  const failures: { title: string; edit: Edit; code: string }[] = [
    {
      title: 'a rename to the same label',
      edit: { op: 'rename', entity: ref(seed, TRUMP), label: 'دونالد ترامب' },
      code: 'no-change',
    },
    {
      title: 'an entity that is not there',
      edit: { op: 'delete', entity: { key: 'person:عبد المجيد تبون', label: 'عبد المجيد تبون' } },
      code: 'entity-missing',
    },
    {
      title: 'a statement at offsets where there is none',
      edit: { op: 'reject', statement: { article: 'seed', start: 5, end: 40 } },
      code: 'statement-missing',
    },
    {
      title: 'a statement in an article that is not loaded',
      edit: {
        op: 'mode',
        statement: { article: 'other', start: 2938, end: 2978 },
        mode: 'reported',
      },
      code: 'statement-missing',
    },
    {
      title: 'a new statement over one that exists',
      edit: { op: 'add-statement', at: spanOf(seed, ALASKA_QUOTE), speaker: null, mode: 'direct' },
      code: 'exists',
    },
    {
      title: 'a mention past the end of the article',
      edit: {
        op: 'add-entity',
        kind: 'person',
        label: 'x',
        at: { article: 'seed', start: 10, end: 10 ** 7 },
      },
      code: 'span-invalid',
    },
    {
      title: 'a mention of spaces only',
      edit: {
        op: 'add-entity',
        kind: 'person',
        label: 'x',
        at: { article: 'seed', start: SEEDSPACE(), end: SEEDSPACE() + 1 },
      },
      code: 'span-invalid',
    },
    {
      title: 'a member who already is one',
      edit: { op: 'member', delegation: ref(seed, USA), person: ref(seed, RUBIO), present: true },
      code: 'no-change',
    },
    {
      title: 'the head who already heads',
      edit: { op: 'head', delegation: ref(seed, USA), person: ref(seed, TRUMP) },
      code: 'no-change',
    },
    {
      title: 'a merge of a node with itself',
      edit: { op: 'merge', into: ref(seed, TRUMP), others: [ref(seed, TRUMP)], label: '' },
      code: 'no-change',
    },
    {
      title: 'a split that moves every mention',
      edit: {
        op: 'split',
        entity: ref(seed, RUBIO),
        mentions: [{ article: 'seed', start: 746, end: 757 }],
        label: 'روبيو',
      },
      code: 'no-change',
    },
  ];
  it.each(failures)('$title → $code', ({ edit, code }) => {
    const result = applyEdit(seed, edit);
    expect(result.ok ? 'applied' : result.failure.code).toBe(code);
  });
});

function SEEDSPACE(): number {
  const text = (seed.attributes?.articles as { text: string }[])[0]!.text;
  return text.indexOf(' ');
}
