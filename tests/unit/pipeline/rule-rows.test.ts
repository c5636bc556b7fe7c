/**
 * The rule tables' own examples (src/pipeline/rules): every row's sentence must yield what the
 * row says, so a row without a working example cannot land.
 */
import { describe, expect, it } from 'vitest';
import { FIELD_TITLES } from '../../../src/pipeline/lexicon/fieldTitles.ts';
import { ORGANIZATION_HEADS } from '../../../src/pipeline/rules/organizationHeads.ts';
import { CONTENT_RULES, SPEAKER_RULES } from '../../../src/pipeline/rules/speakerRules.ts';
import { TEAM_FRAMES } from '../../../src/pipeline/rules/teamFrames.ts';
import { OUTLET_FRAMES } from '../../../src/pipeline/rules/outletFrames.ts';
import {
  AMBIGUOUS_PLACES,
  COMMON_WORD_PLACES,
} from '../../../src/pipeline/lexicon/ambiguousPlaces.ts';
import { labelsOf, said } from './helpers.ts';
import { run } from './helpers.ts';

describe('organization heads', () => {
  it.each(ORGANIZATION_HEADS.map((r) => [r.head, r.example, r.expect] as const))(
    '%s: %s',
    (_head, example, expected) => {
      const r = run(example);
      expect(labelsOf(r, 'organization')).toContain(expected);
      // Every example reports speech: the organization is its speaker.
      expect(said(r)[0]?.split(': ')[0]).toBe(expected);
    },
  );
});

describe('titles across fields', () => {
  it.each(FIELD_TITLES.map((r) => [r.field, r.forms[0], r.example, r.person] as const))(
    '%s, %s: %s',
    (_field, _form, example, person) => {
      const r = run(example);
      expect(labelsOf(r, 'person')).toContain(person);
      expect(said(r)[0]?.split(': ')[0]).toBe(person);
    },
  );
});

describe('speaker and content rules', () => {
  it.each([
    ...SPEAKER_RULES.map((r) => ['speakerBy', r.id, r] as const),
    ...CONTENT_RULES.map((r) => ['rule', r.id, r] as const),
  ])('%s %s', (field, _id, row) => {
    const r = run(row.example);
    const last = r.statements[r.statements.length - 1];
    expect(said(r).at(-1)).toBe(row.expect);
    expect(last?.reason?.[field]).toBe(row.id);
  });
});

describe('towns spelled like common words', () => {
  it.each(COMMON_WORD_PLACES.map((r) => [r.spelling, r.example] as const))(
    '%s: %s',
    (spelling, example) => {
      // Without its country named, the word is the common word.
      expect(labelsOf(run(example), 'place')).not.toContain(spelling);
    },
  );

  it.each(
    COMMON_WORD_PLACES.map(
      (r) => [r.spelling, `${r.example} وكان الحادث في ${r.spelling} قرب ${r.signs[0]}.`] as const,
    ),
  )('%s: with its country named it is the town', (spelling, text) => {
    expect(labelsOf(run(text), 'place')).toContain(spelling);
  });
});

describe('ambiguous place spellings', () => {
  it.each(AMBIGUOUS_PLACES.map((r) => [r.spelling, r.example, r.otherName] as const))(
    '%s: %s',
    (spelling, example, otherName) => {
      const r = run(example);
      const place = r.entities.find((e) => e.kind === 'place' && e.label === spelling);
      // The article's words make the spelling the other place, under its own key and names.
      expect(place?.aliases).toContain(otherName);
    },
  );

  it('a national team named with the spelling and with the other country’s adjective is one body', () => {
    const r = run(
      'وعاد منتخب عمان إلى مسقط، وقال مدرب المنتخب العماني إن الجماهير في عمان فرحت بالفوز.',
    );
    expect(labelsOf(r, 'organization')).toHaveLength(1);
  });

  it('without the other place’s words the spelling keeps the lexicon’s reading', () => {
    const r = run('وصل الوفد إلى عمان حيث التقى وزير الخارجية الأردني.');
    const place = r.entities.find((e) => e.kind === 'place' && e.label === 'عمان');
    expect(place?.aliases ?? []).not.toContain('سلطنة عمان');
  });
});

describe('frames that name an outlet', () => {
  it.each(OUTLET_FRAMES.map((r) => [r.words[0], r.example, r.expect, r.rule] as const))(
    '%s: %s',
    (_word, example, expected, rule) => {
      const r = run(example);
      const outlet = r.entities.find((e) => e.kind === 'organization' && e.label === expected);
      expect(outlet?.mentions[0]?.reason?.rule).toBe(rule);
      // The outlet carried the words; it never says them.
      expect(said(r).map((s) => s.split(': ')[0])).not.toContain(expected);
    },
  );
});

describe('team frames: the win with its team as a pronoun, and the opponent named by its relation', () => {
  it.each([
    [
      'وتوج الفريق بلقب الدوري لكرة القدم إثر فوزه على الشروق في المباراة الحاسمة. وقال المدرب إن الفوز مستحق.',
      'الشروق',
    ],
    [
      'وتوج الفريق بلقب الدوري لكرة القدم بعد الفوز على منافسه المحلي الرواد في المباراة الأخيرة. وقال المدرب إن الفوز مستحق.',
      'الرواد',
    ],
  ])('%s', (text, club) => {
    expect(labelsOf(run(text), 'organization')).toContain(club);
  });

  it.each([
    [
      'clubs joined by و share the frame',
      'وتوج الفريق بلقب الدوري بعد الفوز على الرواد والشروق في المباراتين الأخيرتين. وقال المدرب إن اللاعبين قدموا مباراة كبيرة.',
      ['الرواد', 'الشروق'],
    ],
    [
      '«بين» names two clubs or none',
      'وتقام المباراة الكبرى بين الرواد والشروق مساء الجمعة في الدوري. وقال المدرب إن الفرق بين الشوطين في المباراة الأخيرة كان كبيرا.',
      ['الرواد', 'الشروق'],
    ],
  ])('%s', (_t, text, clubs) => {
    expect(labelsOf(run(text), 'organization').sort()).toEqual([...clubs].sort());
  });

  it('a round of a competition is no club', () => {
    const r = run(
      'وقال مدرب الفريق إن خسارته أخرجته من الأدوار التمهيدية للبطولة. وأضاف اللاعب أن المباراة كانت صعبة في الدوري.',
    );
    expect(labelsOf(r, 'organization')).not.toContain('الأدوار');
  });
});

describe('team frames in match reports', () => {
  it.each(TEAM_FRAMES.map((r) => [r.words[0], r.example, r.expect] as const))(
    '%s: %s',
    (_word, example, expected) => {
      expect(labelsOf(run(example), 'organization')).toContain(expected);
    },
  );
});
