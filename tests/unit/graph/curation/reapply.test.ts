/**
 * Edits are data: they compose in order, survive JSON, and re-apply to the article extracted
 * again — by a newer extractor that moves a boundary, renames a key or drops what was edited, in
 * which case the edit is listed with its reason, not silently dropped.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../../src/graph/index.ts';
import {
  applyEdit,
  applyEdits,
  toCorrectionsFile,
  type Edit,
} from '../../../../src/graph/curation/index.ts';
import { parseCorrections } from '../../../../src/graph/curation/parse.ts';
import type { ExtractionResult } from '../../../../src/core/types.ts';
import { extractArticle } from '../../../../src/pipeline/index.ts';
import { attrsOf, liveSeedGraph, ref, SEED_TEXT, seedGraph, spanOf, speakerOf } from './fixture.ts';

const seed = seedGraph();
const PUTIN = 'person:فلاديمير بوتين';
const BELOUSOV = 'person:اندريه بيلوسوف';
const QUOTE = 'statement:seed:2938';
const articles = seed.attributes!.articles as { id: string; title: string; text: string }[];

const edits: Edit[] = [
  {
    op: 'merge',
    into: ref(seed, 'person:سيرغي لافروف'),
    others: [ref(seed, 'person:يوري اوشاكوف')],
    label: 'لافروف',
  },
  { op: 'speaker', statement: spanOf(seed, QUOTE), speaker: ref(seed, PUTIN) },
  { op: 'rename', entity: ref(seed, PUTIN), label: 'الرئيس بوتين' },
  { op: 'mode', statement: spanOf(seed, QUOTE), mode: 'reported' },
];

/** The seed extracted as a newer extractor would, changed by `change`. */
function reextracted(change: (r: ExtractionResult) => void) {
  const result = extractArticle({ id: 'seed', text: SEED_TEXT });
  change(result);
  return buildGraph([result]).export();
}

describe('curation: edits compose', () => {
  it('one after another is the same graph as all at once, and later edits see earlier ones', () => {
    let graph = seed;
    for (const edit of edits) {
      const r = applyEdit(graph, edit);
      if (!r.ok) throw new Error(r.failure.code);
      graph = r.graph;
    }
    const all = applyEdits(seed, edits);
    expect(all.skipped).toEqual([]);
    expect(all.graph).toEqual(graph);
    // The rename saw the statement moved to Putin.
    expect(speakerOf(graph, QUOTE)).toBe(PUTIN);
    expect(attrsOf(graph, PUTIN)?.label).toBe('الرئيس بوتين');
    expect(attrsOf(graph, QUOTE)?.edited).toEqual([
      { op: 'speaker', from: 'أندريه بيلوسوف', to: 'فلاديمير بوتين' },
      { op: 'mode', from: 'direct', to: 'reported' },
    ]);
  });
});

describe('curation: the corrections file', () => {
  it('round-trips through JSON', () => {
    const file = toCorrectionsFile(articles as never, edits);
    expect(parseCorrections(JSON.parse(JSON.stringify(file)))).toEqual(file);
    expect(file.articles).toEqual([{ id: 'seed', title: articles[0]!.title }]);
  });

  it.each([
    ['not an object', 3, 'invalid file at (root)'],
    ['another format', { format: 'x', version: 1, edits: [] }, 'at format'],
    [
      'an unknown edit',
      { format: 'isnad-corrections', version: 1, edits: [{ op: 'explode' }] },
      'at edits.0.op',
    ],
    [
      'a speaker without a statement',
      { format: 'isnad-corrections', version: 1, edits: [{ op: 'speaker', speaker: null }] },
      'at edits.0.statement',
    ],
  ])('refuses %s with where it is wrong', (_title, json, where) => {
    expect(() => parseCorrections(json)).toThrow(where);
  });
});

describe('curation: re-applied to a new extraction', () => {
  it('the same extraction again: the same edits give the identical graph', () => {
    const again = applyEdits(seedGraph(), edits);
    expect(again.skipped).toEqual([]);
    expect(again.graph).toEqual(applyEdits(seed, edits).graph);
  });

  it('the article extracted by today’s extractor: every edit still applies', () => {
    const today = applyEdits(liveSeedGraph(), edits);
    expect(today.skipped).toEqual([]);
    expect(speakerOf(today.graph, QUOTE)).toBe(PUTIN);
    expect(attrsOf(today.graph, PUTIN)?.label).toBe('الرئيس بوتين');
  });

  const cases: {
    title: string;
    change(r: ExtractionResult): void;
    skipped: string[];
    check?(g: ReturnType<typeof seedGraph>): void;
  }[] = [
    {
      title: 'a statement’s end moved by a word: the speaker edit finds it by its words',
      change: (r) => {
        const s = r.statements.find((x) => x.start === 2938)!;
        s.end -= 8;
        s.text = s.text.slice(0, -8);
      },
      skipped: [],
      check: (g) => expect(speakerOf(g, QUOTE)).toBe(PUTIN),
    },
    {
      title: 'a person under another key: found by the mention the edit was anchored to',
      change: (r) => {
        const e = r.entities.find((x) => x.key === 'person:يوري اوشاكوف')!;
        for (const rel of r.relations) if (rel.source === e.key) rel.source = 'person:اوشاكوف';
        e.key = 'person:اوشاكوف';
      },
      skipped: [],
      check: (g) => expect(attrsOf(g, 'person:اوشاكوف')).toBeUndefined(),
    },
    {
      title: 'the edited statement is no longer found: both its edits are listed',
      change: (r) => {
        r.statements = r.statements.filter((x) => x.start !== 2938);
      },
      skipped: [
        'speaker statement-missing seed 2938–2978',
        'mode statement-missing seed 2938–2978',
      ],
    },
    {
      title: 'a person no longer found at all: the merge is listed, the rest applies',
      change: (r) => {
        r.entities = r.entities.filter((x) => x.key !== 'person:يوري اوشاكوف');
        r.relations = r.relations.filter((x) => x.source !== 'person:يوري اوشاكوف');
      },
      skipped: ['merge entity-missing يوري أوشاكوف'],
      check: (g) => expect(speakerOf(g, QUOTE)).toBe(PUTIN),
    },
  ];

  it.each(cases)('$title', ({ change, skipped, check }) => {
    const result = applyEdits(reextracted(change), edits);
    expect(result.skipped.map((s) => `${s.edit.op} ${s.failure.code} ${s.failure.what}`)).toEqual(
      skipped,
    );
    expect(result.applied).toHaveLength(edits.length - skipped.length);
    check?.(result.graph);
    // Belousov's quote is never lost from the person it was moved away from by accident.
    expect(attrsOf(result.graph, BELOUSOV)).toBeDefined();
  });
});
