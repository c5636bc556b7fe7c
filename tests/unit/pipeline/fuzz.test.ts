/**
 * Seeded fuzzing of the door and the extractor (fast-check, reproducible): texts of Arabic,
 * speech cues, quote marks, punctuation, control characters and markup, cleaned at the door and
 * extracted, must keep every offset exact, leave no control character in any name or statement,
 * and read back through the graph file checker. 10,000 cases in `npm test`; `npm run fuzz`
 * runs FUZZ_RUNS (default 200,000) with a fresh seed it prints, FUZZ_SEED replays one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph, graphFromSerialized } from '../../../src/graph/index.ts';
import { cleanControls, extractArticle } from '../../../src/pipeline/index.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261205);

const pieces = fc.constantFrom(
  'قال',
  'وقال',
  'أكد',
  'وأضاف',
  'أشار إلى أن',
  'مؤكدا أن',
  'إن',
  'أن',
  'الرئيس الروسي',
  'فلاديمير بوتين',
  'دونالد ترامب',
  'وزير الخارجية',
  'سيرغي لافروف',
  'الوفد الأمريكي',
  'في ألاسكا',
  'وكالة "نوفوستي"',
  '«',
  '»',
  '“',
  '”',
  '"',
  ':',
  '،',
  '.',
  '؟',
  '\n',
  ' ',
  '\u000b',
  '\u0085',
  '\u0000',
  '\u001f',
  '\r\n',
  '\u200f',
  '<p>',
  '&nbsp;',
  'https://example.org/x',
);
const text = fc
  .array(fc.oneof({ weight: 6, arbitrary: pieces }, { weight: 1, arbitrary: fc.string() }), {
    maxLength: 60,
  })
  .map((parts) => parts.join(' '));

// eslint-disable-next-line no-control-regex -- finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe(`fuzz: ${RUNS.toLocaleString('en')} seeded texts through the door and the extractor`, () => {
  it('offsets exact, no control characters kept, the graph file reads back', () => {
    if (process.env.FUZZ_RUNS) console.log(`fuzz: seed ${SEED}, ${RUNS} runs`);
    fc.assert(
      fc.property(text, (raw) => {
        const clean = cleanControls(raw);
        expect(clean).toHaveLength(raw.length);
        const result = extractArticle({ id: 'f', text: clean });
        for (const e of result.entities) {
          expect(CONTROL.test(e.label)).toBe(false);
          for (const m of e.mentions) expect(clean.slice(m.start, m.end)).toBe(m.text);
        }
        for (const s of result.statements) {
          expect(clean.slice(s.start, s.end)).toBe(s.text);
          expect(CONTROL.test(s.text)).toBe(false);
        }
        const graph = buildGraph([result], { layout: false });
        graphFromSerialized(JSON.parse(JSON.stringify(graph.export())));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
