/**
 * Regions and towns of the Arab world, Turkey and Iran (lexicon/regions.ts), on short sentences
 * written for these tests (not taken from any article).
 */
import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../../src/core/arabic.ts';
import { COUNTRIES } from '../../../src/pipeline/lexicon/countries.ts';
import { MAJOR_CITIES } from '../../../src/pipeline/lexicon/cities.ts';
import { OTHER_PLACES } from '../../../src/pipeline/lexicon/places.ts';
import { REGIONS } from '../../../src/pipeline/lexicon/regions.ts';
import { worldCountries } from '../../../src/pipeline/lexicon/worldCountries.ts';
import { labelsOf, run } from './helpers.ts';

describe('regions lexicon', () => {
  const countries = [...COUNTRIES, ...worldCountries(COUNTRIES)];

  it('every region lies in a known country', () => {
    const ids = new Set(countries.map((c) => c.id));
    expect(REGIONS.filter((r) => !ids.has(r.in))).toEqual([]);
  });

  it('no spelling is listed twice, and a known spelling only as the same place', () => {
    const known = new Map<string, string>();
    for (const c of countries) {
      for (const name of [...c.names, ...(c.official ?? [])])
        known.set(normalizeArabic(name), '(a country)');
      for (const name of c.capital?.names ?? [])
        known.set(normalizeArabic(name), normalizeArabic(c.capital?.names[0] ?? ''));
    }
    for (const p of [...OTHER_PLACES, ...MAJOR_CITIES])
      for (const name of p.names)
        if (!known.has(normalizeArabic(name)))
          known.set(normalizeArabic(name), normalizeArabic(p.names[0] ?? ''));
    const seen = new Set<string>();
    const clashes: string[] = [];
    for (const r of REGIONS) {
      const first = normalizeArabic(r.names[0] ?? '');
      for (const name of r.names) {
        const k = normalizeArabic(name);
        if (seen.has(k) || (known.has(k) && known.get(k) !== first)) clashes.push(name);
        seen.add(k);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('regions and towns found by name', () => {
  it.each([
    ['a Tunisian governorate', 'غمرت السيول شوارع بنزرت ليلا.', 'بنزرت'],
    ['an Egyptian city', 'افتتح المعرض الدولي في الزقازيق أمس.', 'الزقازيق'],
    ['a Sudanese state capital', 'نزح آلاف السكان من كادقلي خلال الأسبوع.', 'كادقلي'],
    ['an Algerian wilaya', 'انقطعت الكهرباء عن أحياء واسعة في سطيف.', 'سطيف'],
    ['a two-word Turkish province', 'ضرب زلزال قوي كهرمان مرعش فجر اليوم.', 'كهرمان مرعش'],
    ['a Moroccan town', 'استقبلت شفشاون آلاف السياح هذا الصيف.', 'شفشاون'],
    ['a Saudi oasis after a preposition', 'هطلت أمطار غزيرة على الأحساء مساء.', 'الأحساء'],
    ['an Omani port town', 'رست سفينة الشحن قبالة الدقم صباحا.', 'الدقم'],
    ['a Syrian town', 'انتشرت الفرق الطبية في منبج بعد الزلزال.', 'منبج'],
    ['an Iraqi town', 'اندلعت اشتباكات متقطعة في تلعفر غرب الموصل.', 'تلعفر'],
    ['a Palestinian governorate', 'شهدت قلقيلية إضرابا شاملا.', 'قلقيلية'],
    ['a Lebanese town with a clitic', 'تساقطت الثلوج بكثافة على جبال عكار وبزحلة.', 'زحلة'],
    ['an Iranian city', 'وصل الرئيس إلى شيراز في زيارة رسمية.', 'شيراز'],
  ])('%s', (_t, text, name) => {
    expect(labelsOf(run(text), 'place')).toContain(name);
  });

  it('a spelling variant is the same place', () => {
    const alone = run('عاد الوزير إلى انواكشوط مساء.').entities.filter((e) => e.kind === 'place');
    expect(alone.map((e) => e.labelEn)).toEqual(['Nouakchott']);
    const both = run('زار الوزير نواكشوط صباحا ثم عاد إلى انواكشوط مساء.');
    expect(both.entities.filter((e) => e.kind === 'place')).toHaveLength(1);
  });

  it('a foreign name of a city is the city', () => {
    const r = run('أقلعت الطائرة من كازابلانكا متجهة إلى الدوحة.');
    expect(r.entities.find((e) => e.kind === 'place' && e.labelEn === 'Casablanca')).toBeDefined();
  });
});

describe('words left out of the regions lexicon are no places', () => {
  it.each([
    ['وأدان (condemned), not Ouadane', 'وأدان الوزير الهجوم بشدة.'],
    ['بعقوبة (with a penalty), not Baqubah', 'وعاقبت المحكمة المتهم بعقوبة مخففة.'],
    ['حواره (his interview), not Huwara', 'وعبر اللاعب في حواره عن تفاؤله بالموسم.'],
    ['مطروح (raised), not Matrouh', 'وأكد أن السؤال مطروح منذ سنوات.'],
    ['directions and common words', 'وعاد الهدوء إلى الجنوب والشمال بعد أسبوع من الأمل.'],
  ])('%s', (_t, text) => {
    expect(labelsOf(run(text), 'place')).toEqual([]);
  });
});
