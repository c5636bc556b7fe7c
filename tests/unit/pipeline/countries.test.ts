/** Every country from the ISO source, adjectives made by rule, cities tied to known countries. */
import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '../../../src/pipeline/lexicon/countries.ts';
import { MAJOR_CITIES } from '../../../src/pipeline/lexicon/cities.ts';
import { adjectiveStem, worldCountries } from '../../../src/pipeline/lexicon/worldCountries.ts';
import { labelsOf, run } from './helpers.ts';

describe('world countries', () => {
  const all = [...COUNTRIES, ...worldCountries(COUNTRIES)];

  it('holds every ISO country once, hand spellings first', () => {
    expect(all.length).toBeGreaterThan(240);
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    expect(all.filter((c) => c.names.includes('بوليفيا'))).toHaveLength(1);
  });

  it.each([
    ['البرتغال', 'برتغال'],
    ['بوليفيا', 'بوليف'],
    ['طاجيكستان', 'طاجيكستان'],
    ['النمسا', 'نمس'],
    ['كوريا الجنوبية', undefined],
    ['بيرو', undefined],
  ])('adjective stem of %s', (name, stem) => {
    expect(adjectiveStem(name)).toBe(stem);
  });

  it('every city lies in a known country', () => {
    const ids = new Set(all.map((c) => c.id));
    expect(MAJOR_CITIES.filter((c) => c.in && !ids.has(c.in))).toEqual([]);
  });

  it.each([
    ['وصل المنتخب إلى طاجيكستان أمس.', 'طاجيكستان'],
    ['وقال المدرب البرتغالي جوزيه مورينيو إن فريقه جاهز.', undefined],
    ['وقعت الاتفاقية في كركوك اليوم.', 'كركوك'],
  ])('%s', (text, place) => {
    const places = labelsOf(run(text), 'place');
    if (place) expect(places).toContain(place);
    else expect(places).toEqual([]);
  });

  it.each([
    ['هنغاريا', 'الهنغاري', 'hungary'],
    ['الدانمرك', 'الدانمركي', 'denmark'],
    ['بيلاروس', 'البيلاروسي', 'belarus'],
  ])('CLDR’s spelling %s of a hand-made country, and its adjective %s', (name, adjective, id) => {
    const place = run(`وزار الوفد ${name} أمس.`).entities.find((e) => e.kind === 'place');
    expect(place?.lexiconId).toBe(id);
    const r = run(`وقال الوزير ${adjective} كارل هوفمان إن المحادثات مفيدة.`);
    expect(r.entities.find((e) => e.kind === 'person')?.countryId).toBe(id);
  });

  it('a counterpart’s nationality spelled as CLDR does makes the later title his', () => {
    const r = run(
      'التقى وزير الخارجية سامي الحداد نظيره الهنغاري كارل هوفمان، اليوم. وأكد الحداد أن العلاقات متينة. من جهته، شدد وزير الخارجية الهنغاري على أهمية الحوار.',
    );
    const label = new Map(r.entities.map((e) => [e.key, e.label]));
    expect(r.statements.map((s) => label.get(s.speaker ?? ''))).toEqual([
      'سامي الحداد',
      'كارل هوفمان',
    ]);
  });

  it('a nationality adjective from the generated table gives a person a country', () => {
    const r = run('وقال المدرب البرتغالي جوزيه مورينيو إن فريقه جاهز.');
    const person = r.entities.find((e) => e.kind === 'person');
    expect(person?.countryId).toBe('portugal');
  });
});
