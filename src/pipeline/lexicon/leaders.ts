/**
 * Famous world figures (general knowledge): surname spellings, given-name spellings, country
 * and usual title, so «ترمب» and «دونالد ترامب» land on one node with an English label.
 */

export interface Leader {
  en: string;
  given: string[];
  surnames: string[];
  country: string;
  role: string;
  /** The surname is a common given name too (عباس): match the full name only. */
  fullOnly?: boolean;
}

export const LEADERS: Leader[] = [
  { en: 'Barack Obama', given: ['باراك'], surnames: ['أوباما'], country: 'usa', role: 'الرئيس' },
  {
    en: 'Kamala Harris',
    given: ['كامالا'],
    surnames: ['هاريس'],
    country: 'usa',
    role: 'نائبة الرئيس',
  },
  {
    en: 'Bashar al-Assad',
    given: ['بشار'],
    surnames: ['الأسد'],
    country: 'syria',
    role: 'الرئيس',
    fullOnly: true,
  },
  {
    en: 'Mohammed bin Salman',
    given: ['محمد'],
    surnames: ['بن سلمان'],
    country: 'saudi',
    role: 'ولي العهد',
    // Every son of King Salman is «بن سلمان» (وزير الطاقة عبد العزيز بن سلمان).
    fullOnly: true,
  },
  {
    en: 'Masoud Pezeshkian',
    given: ['مسعود'],
    surnames: ['بزشكيان'],
    country: 'iran',
    role: 'الرئيس',
  },
  {
    en: 'Donald Trump',
    given: ['دونالد'],
    surnames: ['ترامب', 'ترمب'],
    country: 'usa',
    role: 'الرئيس',
  },
  {
    en: 'Vladimir Putin',
    given: ['فلاديمير'],
    surnames: ['بوتين', 'بوتن'],
    country: 'russia',
    role: 'الرئيس',
  },
  {
    en: 'Volodymyr Zelensky',
    given: ['فولوديمير', 'فلاديمير'],
    surnames: ['زيلينسكي', 'زيلنسكي', 'زيلينسكى'],
    country: 'ukraine',
    role: 'الرئيس',
  },
  { en: 'Joe Biden', given: ['جو'], surnames: ['بايدن'], country: 'usa', role: 'الرئيس' },
  {
    en: 'Emmanuel Macron',
    given: ['إيمانويل'],
    surnames: ['ماكرون'],
    country: 'france',
    role: 'الرئيس',
  },
  {
    en: 'Xi Jinping',
    given: ['شي'],
    surnames: ['جين بينغ', 'جين بينج'],
    country: 'china',
    role: 'الرئيس',
  },
  {
    en: 'Recep Tayyip Erdogan',
    given: ['رجب طيب'],
    surnames: ['أردوغان'],
    country: 'turkey',
    role: 'الرئيس',
  },
  {
    en: 'Abdel Fattah el-Sisi',
    given: ['عبد الفتاح'],
    surnames: ['السيسي'],
    country: 'egypt',
    role: 'الرئيس',
  },
  {
    en: 'Benjamin Netanyahu',
    given: ['بنيامين'],
    surnames: ['نتنياهو'],
    country: 'israel',
    role: 'رئيس الوزراء',
  },
  { en: 'Keir Starmer', given: ['كير'], surnames: ['ستارمر'], country: 'uk', role: 'رئيس الوزراء' },
  {
    en: 'Friedrich Merz',
    given: ['فريدريش', 'فريدريخ'],
    surnames: ['ميرتس', 'ميرز'],
    country: 'germany',
    role: 'المستشار',
  },
  {
    en: 'Olaf Scholz',
    given: ['أولاف'],
    surnames: ['شولتس'],
    country: 'germany',
    role: 'المستشار',
  },
  {
    en: 'Narendra Modi',
    given: ['ناريندرا'],
    surnames: ['مودي'],
    country: 'india',
    role: 'رئيس الوزراء',
  },
  {
    en: 'Mahmoud Abbas',
    given: ['محمود'],
    surnames: ['عباس'],
    country: 'palestine',
    role: 'الرئيس',
    fullOnly: true,
  },
  {
    en: 'Antonio Guterres',
    given: ['أنطونيو'],
    surnames: ['غوتيريش', 'جوتيريش', 'غوتيريس'],
    country: '',
    role: 'الأمين العام',
  },
  {
    en: 'Alexander Lukashenko',
    given: ['ألكسندر'],
    surnames: ['لوكاشينكو'],
    country: 'belarus',
    role: 'الرئيس',
  },
  {
    en: 'Viktor Orban',
    given: ['فيكتور'],
    surnames: ['أوربان'],
    country: 'hungary',
    role: 'رئيس الوزراء',
  },
  {
    en: 'Ursula von der Leyen',
    given: ['أورسولا'],
    surnames: ['فون دير لاين'],
    country: '',
    role: 'رئيسة المفوضية الأوروبية',
  },
  { en: 'Mark Rutte', given: ['مارك'], surnames: ['روته'], country: '', role: 'الأمين العام' },
  { en: 'Ali Khamenei', given: ['علي'], surnames: ['خامنئي'], country: 'iran', role: 'المرشد' },
  // Foreign ministers, envoys and spokespeople who speak for the great powers almost daily.
  {
    en: 'Marco Rubio',
    given: ['ماركو'],
    surnames: ['روبيو'],
    country: 'usa',
    role: 'وزير الخارجية',
  },
  {
    en: 'Steve Witkoff',
    given: ['ستيف', 'ستيفن'],
    surnames: ['ويتكوف', 'ويتكوفف'],
    country: 'usa',
    role: 'المبعوث',
  },
  {
    en: 'JD Vance',
    given: ['جيه دي', 'جي دي'],
    surnames: ['فانس'],
    country: 'usa',
    role: 'نائب الرئيس',
  },
  {
    en: 'Sergey Lavrov',
    given: ['سيرغي', 'سيرجي', 'سيرجاي'],
    surnames: ['لافروف'],
    country: 'russia',
    role: 'وزير الخارجية',
  },
  {
    en: 'Dmitry Peskov',
    given: ['دميتري', 'ديمتري', 'ديمتري'],
    surnames: ['بيسكوف'],
    country: 'russia',
    role: 'المتحدث',
  },
  {
    en: 'Abbas Araghchi',
    given: ['عباس'],
    surnames: ['عراقجي', 'عراقتشي'],
    country: 'iran',
    role: 'وزير الخارجية',
  },
];
