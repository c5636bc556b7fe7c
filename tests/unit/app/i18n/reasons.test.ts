/**
 * Every rule the pipeline records (`Reason.rule`, `Reason.speakerBy`) is explained to the user in
 * both languages under «Why Isnad thinks so»: a rule added without words there would show its
 * bare id. The ids are read from the pipeline's sources, as written.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleText } from '../../../../src/app/i18n/reasons.ts';
import { CONTENT_RULES, SPEAKER_RULES } from '../../../../src/pipeline/rules/speakerRules.ts';

const PIPELINE = join(import.meta.dirname, '../../../../src/pipeline');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

const ids = new Set<string>([
  ...SPEAKER_RULES.map((r) => r.id),
  ...CONTENT_RULES.map((r) => r.id),
  // «`${open.mode}-after-cue`»: the two modes.
  'reported-after-cue',
  'direct-after-cue',
]);
for (const file of sources(PIPELINE))
  for (const m of readFileSync(file, 'utf8').matchAll(
    /(?:rule|speakerBy|by) ?[:=] '([a-z]+(?:-[a-z]+)+)'/g,
  ))
    ids.add(m[1] as string);

describe('every rule the pipeline records is explained', () => {
  it.each([...ids].sort())('%s', (id) => {
    expect(ruleText('en', id)).not.toBe(id);
    expect(ruleText('ar', id)).not.toBe(id);
  });
});

describe('Arabic inside the English explanations', () => {
  it.each([...ids].sort())('%s: every Arabic letter sits inside a bidi isolate', (id) => {
    // Outside the isolates (FSI … PDI) no Arabic is left to be reordered with the English.
    const outside = ruleText('en', id).replace(/\u2068[^\u2069]*\u2069/g, '');
    expect(outside).not.toMatch(/[\u0600-\u06FF]/);
  });
});
