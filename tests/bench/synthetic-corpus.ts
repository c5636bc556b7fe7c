/**
 * A generated corpus of news articles as extraction results, for corpus-scale tests and bench
 * figures: stories (communities) with their own people, delegations, places and organizations,
 * articles that each follow one story, a few people who appear across stories, and places and
 * organizations that are only named, never linked — the shapes a real merged corpus has. Every
 * offset is real (`text.slice(start, end) === mention text`). Deterministic for a given seed.
 * All names are composed here from common Arabic given names, family names and place words.
 */
import type {
  ExtractedEntity,
  ExtractedRelation,
  ExtractedStatement,
  ExtractionResult,
  Mention,
} from '../../src/core/types';

const GIVEN = [
  ['محمد', 'Mohammed'],
  ['أحمد', 'Ahmed'],
  ['خالد', 'Khaled'],
  ['سامي', 'Sami'],
  ['يوسف', 'Youssef'],
  ['عمر', 'Omar'],
  ['ليلى', 'Layla'],
  ['هدى', 'Huda'],
  ['كريم', 'Karim'],
  ['رامي', 'Rami'],
  ['نادر', 'Nader'],
  ['فاطمة', 'Fatima'],
  ['زياد', 'Ziad'],
  ['مازن', 'Mazen'],
  ['سلمى', 'Salma'],
  ['طارق', 'Tareq'],
  ['وليد', 'Walid'],
  ['منى', 'Mona'],
  ['حسن', 'Hassan'],
  ['جمال', 'Jamal'],
] as const;
const FAMILY = [
  ['العلي', 'Al-Ali'],
  ['الحسيني', 'Al-Husseini'],
  ['النجار', 'Al-Najjar'],
  ['الخطيب', 'Al-Khatib'],
  ['المصري', 'Al-Masri'],
  ['الشامي', 'Al-Shami'],
  ['البدوي', 'Al-Badawi'],
  ['الراشد', 'Al-Rashed'],
  ['الحداد', 'Al-Haddad'],
  ['السعدي', 'Al-Saadi'],
  ['القاسم', 'Al-Qasem'],
  ['الزين', 'Al-Zein'],
  ['العمري', 'Al-Omari'],
  ['الأيوبي', 'Al-Ayoubi'],
  ['الفارس', 'Al-Fares'],
  ['الصالح', 'Al-Saleh'],
] as const;
const PLACE_WORDS = ['مدينة', 'ميناء', 'وادي', 'جبل', 'سهل', 'جزيرة', 'بحيرة', 'قرية'];
const PLACE_NAMES = [
  'النور',
  'الريان',
  'الزهراء',
  'السلام',
  'الأمل',
  'الفجر',
  'الهدى',
  'الشروق',
  'الربيع',
  'الياسمين',
  'الغدير',
  'القمر',
];
const ORG_WORDS = ['هيئة', 'مجلس', 'منظمة', 'اتحاد', 'مؤسسة', 'صندوق'];
const ORG_NAMES = [
  'التنمية',
  'الطاقة',
  'المياه',
  'التجارة',
  'الإعمار',
  'الصحة',
  'التعليم',
  'النقل',
  'الزراعة',
  'الاتصالات',
];
const ROLES = [
  'وزير الخارجية',
  'رئيس الوزراء',
  'وزير المالية',
  'المتحدث الرسمي',
  'السفير',
  'وزير الطاقة',
];
const CLAUSES = [
  'المحادثات كانت مفيدة للطرفين',
  'الاتفاق يفتح صفحة جديدة في العلاقات',
  'الحوار هو الطريق الوحيد',
  'الوضع يتطلب خطوات عاجلة',
  'التعاون سيستمر في الأشهر المقبلة',
  'الأولوية هي حماية المدنيين',
  'المشروع سيوفر آلاف الوظائف',
  'الخلافات ما زالت قائمة حول بعض البنود',
  'اللقاء جرى في أجواء إيجابية',
  'الحكومة ستعلن تفاصيل الخطة قريبا',
];

/** mulberry32: a small seeded generator, so every run builds the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Person {
  key: string;
  label: string;
  labelEn?: string;
  role: string;
}
interface Named {
  key: string;
  label: string;
  kind: 'place' | 'organization' | 'delegation';
}
interface Story {
  people: Person[];
  delegations: Array<Named & { members: Person[] }>;
  places: Named[];
  orgs: Named[];
}

export interface SyntheticCorpusOptions {
  articles: number;
  /** Articles per story (community); stories = articles / this. */
  articlesPerStory?: number;
  /** More people and places each statement mentions (denser graphs: ≈20,000 edges at 5,000 nodes). */
  extraMentions?: number;
  seed?: number;
}

export function syntheticCorpus(options: SyntheticCorpusOptions): ExtractionResult[] {
  const rand = random(options.seed ?? 11);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const storyCount = Math.max(2, Math.round(options.articles / (options.articlesPerStory ?? 4)));
  const usedNames = new Set<string>();
  const person = (): Person => {
    for (;;) {
      const [given, givenEn] = pick(GIVEN);
      const [family, familyEn] = pick(FAMILY);
      const suffix =
        usedNames.size >= GIVEN.length * FAMILY.length * 0.6 ? ` ${pick(FAMILY)[0]}` : '';
      const label = `${given} ${family}${suffix}`;
      if (usedNames.has(label)) continue;
      usedNames.add(label);
      // Some people are in the lexicon (an English name), most are not.
      const known = rand() < 0.35 && !suffix;
      return {
        key: `person:${label}`,
        label,
        ...(known ? { labelEn: `${givenEn} ${familyEn}` } : {}),
        role: pick(ROLES),
      };
    }
  };
  const usedPlaces = new Set<string>();
  const named = (kind: 'place' | 'organization', words: string[], names: string[]): Named => {
    for (let tries = 0; ; tries++) {
      const label = `${pick(words)} ${pick(names)}${tries > 40 ? ` ${tries}` : ''}`;
      if (usedPlaces.has(label)) continue;
      usedPlaces.add(label);
      return { key: `${kind}:${label}`, label, kind };
    }
  };
  const stories: Story[] = Array.from({ length: storyCount }, (_, s) => {
    const people = Array.from({ length: 5 + Math.floor(rand() * 5) }, person);
    const delegations = [0, 1].slice(0, rand() < 0.6 ? 2 : 1).map((d) => {
      const label = `الوفد ${d === 0 ? 'الأول' : 'الثاني'} للقصة ${s + 1}`;
      const members = people.filter((_, i) => i % 2 === d).slice(0, 4);
      return { key: `delegation:${label}`, label, kind: 'delegation' as const, members };
    });
    return {
      people,
      delegations,
      places: Array.from({ length: 3 + Math.floor(rand() * 3) }, () =>
        named('place', PLACE_WORDS, PLACE_NAMES),
      ),
      orgs: Array.from({ length: 1 + Math.floor(rand() * 3) }, () =>
        named('organization', ORG_WORDS, ORG_NAMES),
      ),
    };
  });
  // A few people everyone quotes: they tie the stories together.
  const global = Array.from({ length: Math.max(2, Math.round(storyCount / 6)) }, person);

  return Array.from({ length: options.articles }, (_, a) => {
    const story = stories[a % storyCount]!;
    const id = `article-${String(a + 1).padStart(4, '0')}`;
    let text = `أخبار القصة ${(a % storyCount) + 1}: تطورات جديدة\n\n`;
    const entities = new Map<string, ExtractedEntity>();
    const mention = (thing: { key: string; label: string }, kind: ExtractedEntity['kind']) => {
      const start = text.length;
      text += thing.label;
      const m: Mention = { article: id, start, end: text.length, text: thing.label };
      const entity = entities.get(thing.key);
      if (entity) entity.mentions.push(m);
      else
        entities.set(thing.key, {
          key: thing.key,
          kind,
          label: thing.label,
          ...('labelEn' in thing && thing.labelEn ? { labelEn: thing.labelEn as string } : {}),
          ...('role' in thing ? { role: thing.role as string } : {}),
          aliases: [],
          mentions: [m],
        });
      return thing.key;
    };
    const statements: ExtractedStatement[] = [];
    const speakers = [
      ...story.people.filter(() => rand() < 0.6).slice(0, 4),
      ...(rand() < 0.5 ? [pick(global)] : []),
    ];
    if (speakers.length === 0) speakers.push(story.people[0]!);
    for (const speaker of speakers) {
      const count = 1 + Math.floor(rand() * 4);
      for (let k = 0; k < count; k++) {
        text += 'وقال ';
        const speakerKey = mention(speaker, 'person');
        text += ' إن ';
        const start = text.length;
        const mentions: string[] = [];
        text += `${pick(CLAUSES)} مع `;
        const other = rand() < 0.5 ? pick(story.people) : pick(story.places);
        mentions.push(mention(other, 'labelEn' in other || 'role' in other ? 'person' : 'place'));
        if (rand() < 0.5) {
          text += ' في ';
          mentions.push(mention(pick(story.places), 'place'));
        }
        if (rand() < 0.35) {
          text += ' بحضور ';
          mentions.push(mention(pick(story.orgs), 'organization'));
        }
        for (let extra = 0; extra < (options.extraMentions ?? 0); extra++) {
          text += ' و';
          const named = rand() < 0.6 ? pick(story.people) : pick(story.places);
          mentions.push(mention(named, 'role' in named ? 'person' : 'place'));
        }
        const end = text.length;
        text += '.\n';
        statements.push({
          key: `statement:${id}:${start}`,
          text: text.slice(start, end),
          start,
          end,
          mode: rand() < 0.4 ? 'direct' : 'reported',
          cue: 'قال',
          speaker: speakerKey,
          mentions: [...new Set(mentions.filter((m) => m !== speakerKey))],
        });
      }
    }
    const relations: ExtractedRelation[] = [];
    for (const delegation of story.delegations) {
      if (rand() < 0.5) continue;
      text += 'وضم ';
      mention(delegation, 'delegation');
      text += ' كلا من ';
      delegation.members.forEach((member, i) => {
        if (i > 0) text += ' و';
        mention(member, 'person');
        relations.push({
          kind: i === 0 ? 'heads' : 'member_of',
          source: member.key,
          target: delegation.key,
        });
      });
      text += '.\n';
    }
    // Named in passing, linked to nothing: the places and organizations of the background.
    text += 'وتأتي هذه التطورات في ';
    mention(pick(story.places), 'place');
    text += ' بينما تتابع ';
    mention(pick(story.orgs), 'organization');
    text += ' الوضع.\n';
    return {
      article: { id, title: `أخبار القصة ${(a % storyCount) + 1}`, text, bodyEnd: text.length },
      entities: [...entities.values()],
      statements,
      relations,
    } as ExtractionResult;
  });
}
