/**
 * Clubs named bare in match reports. Club names are mostly ordinary words (الاتفاق agreement,
 * الخليج gulf, الفتح conquest, الوحدة unity), so nothing but the sentence says a word names a
 * team: the coach or player whose club it is (مدرب الأخدود), the match it is played against (الفوز
 * على الخليج، التعادل مع العربي، مواجهة الوحدة). The frames apply only in an article about sport
 * (SPORTS_SIGNS), and never to the generic nouns of a match (المنافس، الضيوف: GENERIC_TEAM_WORDS).
 * One row per frame; the stage (stages/teams.ts) applies rows, the rows' examples are its tests.
 */

export interface TeamFrame {
  /** Words right before the team (read without clitics: لمدرب، وفاز, بالفوز). */
  words: string[];
  /** A preposition between the words and the team (الفوز «على» X); none: the team follows. */
  preposition?: string[];
  /** Words the frame's word may stand before the preposition at most (الفوز «الكبير» على X). */
  gap?: number;
  /** The frame names two clubs joined by و (بين X وY): without the second it names none. */
  pair?: boolean;
  reason: string;
  /** A sentence we wrote, and the club it must yield. */
  example: string;
  expect: string;
}

export const TEAM_FRAMES: TeamFrame[] = [
  {
    words: [
      'مدرب',
      'مدربة',
      'لاعب',
      'لاعبة',
      'لاعبي',
      'مهاجم',
      'حارس',
      'مدافع',
      'هداف',
      'نجم',
      'قائد',
      'جماهير',
      'جمهور',
    ],
    reason:
      'a coach, a player or a crowd belongs to a club: the definite word after it is the club',
    example: 'وقال مدرب الشروق إن اللاعبين قدموا مباراة كبيرة في الدوري.',
    expect: 'الشروق',
  },
  {
    // «بعد فوزه على…», «فوزهم»: the win with its team as a pronoun.
    words: [
      'فوز',
      'الفوز',
      'فاز',
      'يفوز',
      'تغلب',
      'التغلب',
      'انتصار',
      'الانتصار',
      'انتصر',
      'فوزه',
      'فوزها',
      'فوزهم',
      'انتصاره',
    ],
    preposition: ['على'],
    gap: 2,
    reason: 'a win is over a team',
    example: 'واحتفل اللاعبون بالفوز الثمين على الرمال في المباراة الأخيرة من الدوري.',
    expect: 'الرمال',
  },
  {
    words: [
      'خسارة',
      'الخسارة',
      'خسر',
      'يخسر',
      'هزيمة',
      'الهزيمة',
      'سقوط',
      'السقوط',
      'سقط',
      'خسارته',
      'خسارتها',
      'هزيمته',
    ],
    preposition: ['أمام', 'من'],
    gap: 2,
    reason: 'a loss is to a team',
    example: 'وجاءت الخسارة أمام النجوم بهدف متأخر في المباراة لتبعد الفريق عن صدارة الدوري.',
    expect: 'النجوم',
  },
  {
    words: [
      'تعادل',
      'التعادل',
      'تعادله',
      'تعادلها',
      'مباراة',
      'المباراة',
      'مباراته',
      'مباراتهم',
      'لقاء',
      'اللقاء',
      'يلعب',
      'سيلعب',
      'لعب',
      'يلتقي',
      'التقى',
      'يتبارى',
    ],
    preposition: ['مع', 'أمام', 'ضد'],
    gap: 3,
    reason: 'a draw or a match is with or against a team',
    example: 'وسيلعب الفريق في المباراة المقبلة من الدوري أمام الرواد، وقال المدرب إنه جاهز.',
    expect: 'الرواد',
  },
  {
    words: [
      'مواجهة',
      'يواجه',
      'سيواجه',
      'واجه',
      'ملاقاة',
      'يلاقي',
      'سيلاقي',
      'لاقى',
      'يستضيف',
      'استضاف',
      'استضافة',
    ],
    reason: 'a team faces, meets or hosts another team',
    example: 'ويستعد اللاعبون لمواجهة الصفاء في نصف نهائي الكأس بعد التعادل في الدوري.',
    expect: 'الصفاء',
  },
  {
    words: ['بين'],
    pair: true,
    reason: 'a match between two teams: each side of «بين X وY» is a club',
    example:
      'وتقام المباراة الكبرى بين الرواد والشروق مساء الجمعة في الدوري، وقال المدرب إن المباراة صعبة.',
    expect: 'الرواد',
  },
];

/** Words that show an article reports on sport; a frame applies when at least three of them
 * (two different) occur. */
export const SPORTS_SIGNS = [
  'مباراة',
  'المباراة',
  'مباريات',
  'المباريات',
  'الدوري',
  'دوري',
  'الشوط',
  'هدف',
  'هدفين',
  'أهداف',
  'الأهداف',
  'الملعب',
  'لاعب',
  'اللاعب',
  'اللاعبين',
  'اللاعبون',
  'لاعبين',
  'مدرب',
  'المدرب',
  'البطولة',
  'كأس',
  'التعادل',
  'الجولة',
  'المنتخب',
];

/** The opponent named by its relation before its own name, between a frame and the club (الفوز
 * على منافسه المحلي الرواد، التعادل مع نظيره الشروق، أمام مضيفه الوحدة): skipped, with one
 * adjective after it. */
export const OPPONENT_WORDS = ['نظيره', 'غريمه', 'منافسه', 'مضيفه', 'ضيفه', 'خصمه'];

/** Definite nouns a match frame takes that name no club: the other side, the match's parts. */
export const GENERIC_TEAM_WORDS = [
  'الفريق',
  'الفرق',
  'الفريقين',
  'المنافس',
  'المنافسين',
  'الخصم',
  'الخصوم',
  'الضيوف',
  'الضيف',
  'المضيف',
  'أصحاب',
  'الأرض',
  'المنتخب',
  'المنتخبات',
  'النادي',
  'الأندية',
  'البطولة',
  'الدوري',
  'الموسم',
  'المباراة',
  'المباريات',
  'الجولة',
  'الدور',
  'الأدوار',
  'الشوط',
  'الملعب',
  'الجمهور',
  'الجماهير',
  'اللاعبين',
  'اللاعب',
  'الحراس',
  'الحارس',
  'اللياقة',
  'الوسط',
  'الدفاع',
  'الهجوم',
  'الخط',
  'الكرة',
  'اللقب',
  'الصدارة',
  'المتصدر',
  'الفائز',
  'الخاسر',
  'المتأهل',
  'الوصيف',
  'البطل',
  'الأبطال',
  'حامل',
  'الرجال',
  'السيدات',
  'الشباب',
  'الناشئين',
  'الأولمبي',
  'الأول',
  'الثاني',
  'الأخير',
  'الجميع',
  'الكل',
  'الذهاب',
  'الإياب',
  'النهائي',
  'التأهل',
];
