/**
 * Frames that name the outlet a speech reached. Outlets' names are any words at all (الأفق، رؤيا،
 * "تيلي فوت"), so the lexicon cannot know them; the sentence can: the name a speaker talked to
 * (لـ، مع، بـ after a noun of speech), the name that received or followed a statement (بيان
 * تلقته، تصريح تابعته) and the name a report is credited to (وفقا لـ، بحسب). The name must be
 * marked off as a name — quoted, in parentheses, in Latin letters, or a word glued to a channel's
 * number — so a frame never takes the ordinary words after it. One row per frame; the stage
 * (stages/outletFrames.ts) applies the rows, and the rows' examples are its tests.
 */

export interface OutletFrame {
  /** The word right before the name (normalized on load; «لـ» is «ل»). */
  words: string[];
  /** What must come before that word: a speech verb or noun earlier in the sentence (`speech`),
   * a noun of speech right before it, an adjective or «له» between (`speechNoun`), or one of
   * `after` right before it. */
  needs?: 'speech' | 'speechNoun';
  after?: string[];
  /** Small words that may stand between the frame word and the name («توصلت به "الأفق"»). */
  between?: string[];
  /** The rule recorded on the outlet's mention. */
  rule: 'quoted-addressee' | 'received-by' | 'credited-source';
  reason: string;
  /** A sentence we wrote, and the outlet it must yield. */
  example: string;
  expect: string;
}

export const OUTLET_FRAMES: OutletFrame[] = [
  {
    words: ['ل'],
    needs: 'speech',
    rule: 'quoted-addressee',
    reason: 'a speech verb or noun, then «لـ» and a name: the outlet the words were told to',
    example: 'وقال المتحدث سامي النجار لـ«الأفق الجديد» إن الأسعار ستنخفض.',
    expect: 'الأفق الجديد',
  },
  {
    words: ['مع', 'ل'],
    needs: 'speechNoun',
    rule: 'quoted-addressee',
    reason: 'an interview or a talk is with an outlet: «في مقابلة مع»، «في حديث خاص لـ»',
    example: 'وأضاف الخبير في مقابلة له مع (نبض المدينة) أن السوق تتعافى ببطء.',
    expect: 'نبض المدينة',
  },
  {
    words: ['ب'],
    after: ['اتصال', 'اتصالا', 'هاتفي', 'هاتفيا'],
    rule: 'quoted-addressee',
    reason:
      'a call is made to an outlet («في اتصال هاتفي بـ»); after other nouns «بـ» quotes a description («تصريحات وصفها بـ"…"»)',
    example: 'وأوضح المدير في اتصال هاتفي بـ"نبض المدينة" أن الطريق سالكة.',
    expect: 'نبض المدينة',
  },
  {
    words: [
      'تلقته',
      'تلقاه',
      'تلقتها',
      'تلقاها',
      'تلقى',
      'تلقت',
      'تسلمته',
      'تسلمتها',
      'تابعته',
      'تابعتها',
      'تابعه',
      'تابعها',
      'توصلت',
      'توصل',
    ],
    between: ['به', 'بها', 'بنسخة', 'بنسخه'],
    rule: 'received-by',
    reason: 'a statement is received or followed by the outlet that reports it',
    example: 'وقالت الهيئة في بيان تلقى "صوت الساحل" نسخة منه إن الميناء مغلق.',
    expect: 'صوت الساحل',
  },
  {
    words: ['بحسب', 'حسب', 'وفق'],
    rule: 'credited-source',
    reason: 'a report credited to a marked-off name: the outlet that carried it',
    example: 'وارتفع عدد المصابين إلى ثلاثين، بحسب "مرآة الجنوب".',
    expect: 'مرآة الجنوب',
  },
  {
    words: ['ل', 'عن'],
    after: ['وفقا', 'طبقا', 'نقلا'],
    rule: 'credited-source',
    reason: '«وفقا لـ» and «نقلا عن» credit a report to its source',
    example: 'وقال الوزير إن الحكومة ستدعم المزارعين، وفقا لـ«الراصد اليومي».',
    expect: 'الراصد اليومي',
  },
];
