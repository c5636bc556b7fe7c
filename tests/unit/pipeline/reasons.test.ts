/** Every mention and statement records why it was made, and the graph keeps it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/graph/build.ts';
import { graphFromSerialized } from '../../../src/graph/serialize.ts';
import { run } from './helpers.ts';

const seed = readFileSync(new URL('../../../data/seed.txt', import.meta.url), 'utf8');

describe('reasons', () => {
  it('every mention and statement of the seed has a rule', () => {
    const r = run(seed);
    const mentions = r.entities.flatMap((e) => e.mentions);
    expect(mentions.length).toBeGreaterThan(50);
    expect(mentions.filter((m) => !m.reason?.rule)).toEqual([]);
    expect(r.statements.filter((s) => !s.reason?.rule || !s.reason.speakerBy)).toEqual([]);
  });

  it.each([
    [
      'وقال وزير الخارجية التركي هاكان فيدان إن المحادثات مستمرة.',
      'هاكان فيدان',
      'name-after-title',
      'وزير الخارجية التركي',
    ],
    ['وأكد العايد أن الحكومة ماضية في خطتها.', 'العايد', 'family-name-after-speech-verb', 'وأكد'],
  ])('%s → %s by %s', (text, label, rule, cue) => {
    const e = run(text).entities.find((x) => x.label === label);
    expect(e?.mentions[0]?.reason).toEqual({ rule, cue });
  });

  it('a statement says how its speaker was chosen', () => {
    const r = run(
      'قال وزير الخارجية التركي هاكان فيدان إن المحادثات مستمرة. وأضاف أن الوفدين سيلتقيان غدا.',
    );
    expect(r.statements.map((s) => s.reason)).toEqual([
      { rule: 'reported-after-cue', cue: 'قال', speakerBy: 'subject-after-cue' },
      { rule: 'reported-after-cue', cue: 'وأضاف', speakerBy: 'carried-over' },
    ]);
  });

  it('reasons survive the graph file round trip', () => {
    const graph = buildGraph([run(seed)], { layout: false });
    const back = graphFromSerialized(JSON.parse(JSON.stringify(graph.export())));
    let withReason = 0;
    back.forEachNode((_k, a) => {
      if (a.mentions.some((m) => m.reason)) withReason++;
    });
    expect(withReason).toBe(graph.order);
  });
});
