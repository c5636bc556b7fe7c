/**
 * Property: any sequence of edits, followed by as many undos (inverse patches, newest first),
 * gives back the original graph exactly; and redoing them all gives the edited graph again.
 */
import fc from 'fast-check';
import type { SerializedGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../../../../src/core/types.ts';
import {
  applyEdit,
  applyPatch,
  invertPatch,
  type Edit,
  type Patch,
} from '../../../../src/graph/curation/index.ts';
import { ref, seedGraph, spanOf, wordsSpan } from './fixture.ts';

const seed = seedGraph();
const entities = seed.nodes
  .filter((n) => n.attributes?.kind !== 'statement')
  .map((n) => ref(seed, n.key));
const statements = seed.nodes
  .filter((n) => n.attributes?.kind === 'statement')
  .map((n) => spanOf(seed, n.key));
const people = entities.filter((e) => e.key.startsWith('person:'));
const sides = entities.filter((e) => e.key.startsWith('delegation:'));
const phrases = ['الرئيس الأوكراني', 'الإدارة الأميركية', 'الدول الأوروبية', 'ألاسكا'];

const entity = fc.constantFrom(...entities);
const statement = fc.constantFrom(...statements);
const person = fc.constantFrom(...people);
const side = fc.constantFrom(...sides);
const kind = fc.constantFrom(...ENTITY_KINDS);
const span = fc.tuple(fc.constantFrom(...phrases), fc.nat(1)).map(([w, n]) => {
  try {
    return wordsSpan(w, n);
  } catch {
    return wordsSpan(w, 0);
  }
});

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    op: fc.constant('rename' as const),
    entity,
    label: fc.constantFrom('س', 'ص ع', 'بوتين'),
  }),
  fc.record({ op: fc.constant('retype' as const), entity, kind }),
  fc.record({
    op: fc.constant('merge' as const),
    into: entity,
    others: fc.array(entity, { minLength: 1, maxLength: 3 }),
    label: fc.constantFrom('', 'دمج'),
  }),
  fc
    .record({
      op: fc.constant('split' as const),
      entity,
      mentions: fc.constant([]),
      label: fc.constant('جديد'),
    })
    .chain((e) => {
      const own = seed.nodes.find((n) => n.key === e.entity.key)?.attributes?.mentions as {
        article: string;
        start: number;
        end: number;
      }[];
      return fc
        .subarray(own.map(({ article, start, end }) => ({ article, start, end })))
        .map((mentions) => ({ ...e, mentions }));
    }),
  fc.record({ op: fc.constant('delete' as const), entity }),
  fc.record({
    op: fc.constant('add-entity' as const),
    kind,
    label: fc.constantFrom('', 'زيلينسكي'),
    at: span,
  }),
  fc.record({
    op: fc.constant('speaker' as const),
    statement,
    speaker: fc.option(person, { nil: null }),
  }),
  fc.record({
    op: fc.constant('mode' as const),
    statement,
    mode: fc.constantFrom('direct' as const, 'reported' as const),
  }),
  fc.record({ op: fc.constant('reject' as const), statement }),
  fc.record({
    op: fc.constant('add-statement' as const),
    at: span,
    speaker: fc.option(person, { nil: null }),
    mode: fc.constant('direct' as const),
  }),
  fc.record({ op: fc.constant('mention' as const), statement, entity, present: fc.boolean() }),
  fc.record({
    op: fc.constant('member' as const),
    delegation: side,
    person,
    present: fc.boolean(),
  }),
  fc.record({
    op: fc.constant('head' as const),
    delegation: side,
    person: fc.option(person, { nil: null }),
  }),
) as fc.Arbitrary<Edit>;

describe('curation: undo is exact', () => {
  it('n edits then n undos give back the original graph; n redos the edited one', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        let graph: SerializedGraph = seed;
        const patches: Patch[] = [];
        for (const e of edits) {
          const result = applyEdit(graph, e);
          if (!result.ok) continue;
          graph = result.graph;
          patches.push(result.patch);
        }
        const edited = graph;
        for (const patch of [...patches].reverse()) graph = applyPatch(graph, invertPatch(patch));
        expect(graph).toEqual(seed);
        for (const patch of patches) graph = applyPatch(graph, patch);
        expect(graph).toEqual(edited);
      }),
      { numRuns: 150 },
    );
  });
});
