/**
 * Every country and territory, from a well-kept source (i18n-iso-countries' Arabic and English
 * names, ISO 3166), for those the hand table (countries.ts: press spellings, irregular adjectives,
 * capitals) does not already hold. Nationality adjectives are made by rule: البرتغال → البرتغالي،
 * بوليفيا → البوليفي، طاجيكستان → الطاجيكستاني.
 */
import ar from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import type { Country } from './countries.ts';

/** The ISO code of each hand-made entry (the hand entry wins). */
const HAND_ISO: Record<string, string> = {
  usa: 'US',
  russia: 'RU',
  ukraine: 'UA',
  china: 'CN',
  uk: 'GB',
  france: 'FR',
  germany: 'DE',
  italy: 'IT',
  spain: 'ES',
  turkey: 'TR',
  iran: 'IR',
  iraq: 'IQ',
  syria: 'SY',
  lebanon: 'LB',
  jordan: 'JO',
  egypt: 'EG',
  saudi: 'SA',
  uae: 'AE',
  qatar: 'QA',
  kuwait: 'KW',
  bahrain: 'BH',
  oman: 'OM',
  yemen: 'YE',
  palestine: 'PS',
  israel: 'IL',
  sudan: 'SD',
  libya: 'LY',
  tunisia: 'TN',
  algeria: 'DZ',
  morocco: 'MA',
  india: 'IN',
  pakistan: 'PK',
  afghanistan: 'AF',
  japan: 'JP',
  'north-korea': 'KP',
  'south-korea': 'KR',
  canada: 'CA',
  mexico: 'MX',
  brazil: 'BR',
  poland: 'PL',
  belarus: 'BY',
  finland: 'FI',
  hungary: 'HU',
  switzerland: 'CH',
  ethiopia: 'ET',
  somalia: 'SO',
  venezuela: 'VE',
  'south-africa': 'ZA',
};

/** Adjective stems the rule cannot make (multi-word names, names ending in ي/و/ا whose adjective
 * adds a syllable, other roots), as the Arabic press writes them: البوسنة والهرسك → البوسني،
 * أوروغواي → الأوروغوياني، النمسا → النمساوي، ساحل العاج → العاجي. (مالي → «المالي» is also
 * «financial»: left out.) */
const IRREGULAR_STEMS: Record<string, string[]> = {
  AT: ['نمساو'],
  BA: ['بوسن'],
  ME: ['مونتينيغر', 'مونتنيغر'],
  MK: ['مقدون'],
  XK: ['كوسوف'],
  KZ: ['كازاخ'],
  UZ: ['أوزبك', 'أوزبكستان'],
  TJ: ['طاجيك', 'طاجيكستان'],
  TM: ['تركمان', 'تركمانستان'],
  KG: ['قرغيز', 'قيرغيز'],
  UY: ['أوروغوي', 'أوروغويان', 'أوروجوي', 'أورغواي'],
  PY: ['باراغوي', 'باراغويان', 'باراجوي'],
  PE: ['بيروف'],
  CL: ['تشيل', 'تشيلي'],
  HT: ['هايت'],
  DO: ['دومينيكان'],
  CI: ['عاج', 'إيفوار'],
  ER: ['إريتر', 'إرتير', 'أريتر'],
  DJ: ['جيبوت'],
  TZ: ['تنزان'],
  BI: ['بوروند'],
  CD: ['كونغول'],
  CG: ['كونغول'],
  ZW: ['زيمبابو'],
  MM: ['ميانمار'],
  BD: ['بنغال', 'بنغلاديش'],
  CZ: ['تشيك'],
  NZ: ['نيوزيلند'],
};

/** Names that are ordinary words too («مالي» financial, «بنين» sons): matched by no rule. */
const COMMON_WORD_NAMES = new Set(['مالي', 'بنين']);

function names(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** The stem an adjective is built on (without ال and the ي/ية ending), or none when the rule
 * would guess: multi-word names, names ending in ي/و (مالي، بيرو), very short stems. */
export function adjectiveStem(name: string): string | undefined {
  const bare = name.replace(/^ال/, '');
  if (/\s/.test(bare) || /[يوى]$/.test(bare)) return undefined;
  const stem = bare.endsWith('يا')
    ? bare.slice(0, -2)
    : /[اة]$/.test(bare)
      ? bare.slice(0, -1)
      : bare;
  return stem.length >= 3 ? stem : undefined;
}

function slug(english: string): string {
  return english
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The name the Unicode CLDR gives a region in Arabic (built into the runtime's Intl), when it is a
 * plain name: a second well-kept source, which spells some countries as the Levant's press does
 * (هنغاريا beside المجر، الدانمرك، بيلاروس، تنزانيا). Names with parentheses or a dash («الكونغو -
 * برازافيل») are descriptions, not spellings.
 */
const cldr = (() => {
  try {
    const display = new Intl.DisplayNames(['ar'], { type: 'region' });
    return (iso: string): string | undefined => {
      const name = display.of(iso);
      return name && name !== iso && !/[()\-–]/.test(name) ? name : undefined;
    };
  } catch {
    return (): undefined => undefined;
  }
})();

/** Spellings CLDR adds to a hand-made entry (and the adjective stems made from them by rule),
 * by the entry's id. */
export function handSpellings(hand: Country[]): Map<string, { names: string[]; adj: string[] }> {
  const out = new Map<string, { names: string[]; adj: string[] }>();
  for (const c of hand) {
    const iso = HAND_ISO[c.id];
    const name = iso ? cldr(iso) : undefined;
    if (!name || c.names.includes(name) || (c.official ?? []).includes(name)) continue;
    if (COMMON_WORD_NAMES.has(name)) continue;
    const stem = adjectiveStem(name);
    out.set(c.id, { names: [name], adj: stem && !c.adj.includes(stem) ? [stem] : [] });
  }
  return out;
}

export function worldCountries(hand: Country[]): Country[] {
  const covered = new Set(hand.map((c) => HAND_ISO[c.id]).filter(Boolean));
  const out: Country[] = [];
  const arNames = ar.countries as Record<string, string | string[]>;
  const enNames = en.countries as Record<string, string | string[]>;
  for (const [iso, value] of Object.entries(arNames)) {
    if (covered.has(iso)) continue;
    const spelled = cldr(iso);
    const all =
      spelled && !names(value).includes(spelled) ? [...names(value), spelled] : names(value);
    const list = all.filter((n) => !COMMON_WORD_NAMES.has(n));
    const english = names(enNames[iso])[0] ?? iso;
    if (list.length === 0) continue;
    const adj = [...list.flatMap((n) => adjectiveStem(n) ?? []), ...(IRREGULAR_STEMS[iso] ?? [])];
    out.push({ id: slug(english), en: english, names: list, adj: [...new Set(adj)] });
  }
  return out;
}
