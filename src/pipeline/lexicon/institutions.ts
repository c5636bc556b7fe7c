/**
 * Well-known institutions, alliances and media (general knowledge). `quotedOnly` marks names that
 * are ordinary words too (العربية is also "the Arabic…"): they count only when quoted or after a
 * source word (بحسب، وفق، ذكرت، قناة…).
 */

export interface Institution {
  en: string;
  names: string[];
  country?: string;
  quotedOnly?: boolean;
  /** A movement of national societies (the Red Cross), or a body every state has (a parliament,
   * a cabinet): with a nationality after it, the name is that country's own (الصليب الأحمر
   * اللبناني، مجلس النواب الليبي), a body of its own. */
  nationalBranches?: boolean;
}

export const INSTITUTIONS: Institution[] = [
  { en: 'White House', names: ['البيت الأبيض'], country: 'usa' },
  // Social platforms: where a statement was posted (إكس alone is also a letter: with منصة only).
  { en: 'Facebook', names: ['فيسبوك', 'فيس بوك'] },
  { en: 'Twitter', names: ['تويتر'] },
  { en: 'X', names: ['منصة إكس', 'منصة اكس'] },
  { en: 'Instagram', names: ['إنستغرام', 'انستغرام', 'إنستجرام', 'انستجرام'] },
  { en: 'YouTube', names: ['يوتيوب'] },
  { en: 'TikTok', names: ['تيك توك'] },
  { en: 'Telegram', names: ['تلغرام', 'تليغرام', 'تيليجرام'] },
  { en: 'WhatsApp', names: ['واتساب', 'واتس آب'] },
  { en: 'Kremlin', names: ['الكرملين'], country: 'russia' },
  { en: 'Pentagon', names: ['البنتاغون', 'البنتاجون'], country: 'usa' },
  {
    en: 'US State Department',
    names: [
      'الخارجية الأميركية',
      'الخارجية الأمريكية',
      'وزارة الخارجية الأميركية',
      'وزارة الخارجية الأمريكية',
    ],
    country: 'usa',
  },
  {
    en: 'Russian Foreign Ministry',
    names: ['الخارجية الروسية', 'وزارة الخارجية الروسية'],
    country: 'russia',
  },
  { en: 'US Congress', names: ['الكونغرس', 'الكونجرس'], country: 'usa' },
  { en: 'NATO', names: ['حلف شمال الأطلسي', 'حلف شمال الأطلنطي', 'الناتو', 'حلف الناتو'] },
  { en: 'United Nations', names: ['الأمم المتحدة', 'منظمة الأمم المتحدة'] },
  { en: 'UN Security Council', names: ['مجلس الأمن', 'مجلس الأمن الدولي'] },
  { en: 'European Union', names: ['الاتحاد الأوروبي'] },
  { en: 'European Parliament', names: ['البرلمان الأوروبي'] },
  // Generic state bodies: each article names its own country's.
  { en: 'Council of Ministers', names: ['مجلس الوزراء'], nationalBranches: true },
  { en: 'Prime Ministry', names: ['رئاسة الوزراء', 'رئاسة مجلس الوزراء'] },
  { en: 'Presidency', names: ['رئاسة الجمهورية'] },
  { en: 'House of Representatives', names: ['مجلس النواب'], nationalBranches: true },
  { en: 'Parliament', names: ['البرلمان'], nationalBranches: true },
  { en: 'Senate', names: ['مجلس الأعيان', 'مجلس الشيوخ'], nationalBranches: true },
  { en: 'National Assembly', names: ['مجلس الأمة'], nationalBranches: true },
  { en: 'Shura Council', names: ['مجلس الشورى'], nationalBranches: true },
  { en: 'African Union', names: ['الاتحاد الأفريقي', 'الاتحاد الإفريقي'] },
  { en: 'Arab League', names: ['جامعة الدول العربية', 'الجامعة العربية'] },
  { en: 'IMF', names: ['صندوق النقد الدولي'] },
  { en: 'World Bank', names: ['البنك الدولي'] },
  { en: 'WHO', names: ['منظمة الصحة العالمية'] },
  {
    en: 'Red Cross',
    names: ['الصليب الأحمر', 'اللجنة الدولية للصليب الأحمر'],
    nationalBranches: true,
  },
  { en: 'UNRWA', names: ['الأونروا', 'وكالة الأونروا'] },
  {
    en: 'OPEC',
    names: ['أوبك', 'منظمة أوبك', 'منظمة الدول المصدرة للنفط', 'منظمة الدول المصدرة للبترول'],
  },
  { en: 'Hamas', names: ['حماس', 'حركة حماس', 'حركة المقاومة الإسلامية'] },
  { en: 'Hezbollah', names: ['حزب الله'] },
  { en: 'Rapid Support Forces', names: ['قوات الدعم السريع', 'الدعم السريع'] },
  // Armed groups and movements the press names by a short name.
  {
    en: 'Houthis',
    names: [
      'الحوثيون',
      'الحوثيين',
      'جماعة الحوثي',
      'جماعة الحوثيين',
      'أنصار الله',
      'مليشيا الحوثي',
      'ميليشيا الحوثي',
    ],
  },
  { en: 'ISIS', names: ['داعش', 'تنظيم داعش', 'تنظيم الدولة الإسلامية', 'تنظيم الدولة'] },
  { en: 'Taliban', names: ['طالبان', 'حركة طالبان'] },
  { en: 'Fatah', names: ['حركة فتح'] },
  { en: 'Islamic Jihad', names: ['الجهاد الإسلامي', 'حركة الجهاد الإسلامي'] },
  { en: 'Popular Mobilization Forces', names: ['الحشد الشعبي', 'هيئة الحشد الشعبي'] },
  { en: 'SDF', names: ['قسد', 'قوات سوريا الديمقراطية'] },
  {
    en: 'Muslim Brotherhood',
    names: ['الإخوان المسلمين', 'جماعة الإخوان', 'جماعة الإخوان المسلمين', 'الإخوان المسلمون'],
  },
  { en: 'Boko Haram', names: ['بوكو حرام'] },
  // International bodies.
  { en: 'UNICEF', names: ['اليونيسف', 'منظمة اليونيسف'] },
  { en: 'UNESCO', names: ['اليونسكو', 'منظمة اليونسكو'] },
  { en: 'UNHCR', names: ['المفوضية السامية للأمم المتحدة لشؤون اللاجئين', 'مفوضية اللاجئين'] },
  { en: 'WFP', names: ['برنامج الأغذية العالمي'] },
  { en: 'FIFA', names: ['الفيفا', 'فيفا', 'الاتحاد الدولي لكرة القدم'] },
  { en: 'International Olympic Committee', names: ['اللجنة الأولمبية الدولية'] },
  { en: 'Asian Football Confederation', names: ['الاتحاد الآسيوي لكرة القدم', 'الاتحاد الآسيوي'] },
  { en: 'CAF', names: ['الاتحاد الأفريقي لكرة القدم', 'الكاف'] },
  { en: 'WTO', names: ['منظمة التجارة العالمية'] },
  { en: 'IAEA', names: ['الوكالة الدولية للطاقة الذرية'] },
  { en: 'International Energy Agency', names: ['وكالة الطاقة الدولية'] },
  { en: 'OPEC+', names: ['أوبك بلس', 'أوبك+', 'اوبك بلس'] },
  {
    en: 'Gulf Cooperation Council',
    names: ['مجلس التعاون الخليجي', 'مجلس التعاون لدول الخليج العربية'],
  },
  { en: 'Organisation of Islamic Cooperation', names: ['منظمة التعاون الإسلامي'] },
  { en: 'Interpol', names: ['الإنتربول', 'الانتربول'] },
  { en: 'Doctors Without Borders', names: ['أطباء بلا حدود', 'منظمة أطباء بلا حدود'] },
  { en: 'Human Rights Watch', names: ['هيومن رايتس ووتش'] },
  { en: 'Amnesty International', names: ['منظمة العفو الدولية', 'العفو الدولية'] },
  { en: 'International Court of Justice', names: ['محكمة العدل الدولية'] },
  { en: 'International Criminal Court', names: ['المحكمة الجنائية الدولية'] },
  { en: 'G20', names: ['مجموعة العشرين'] },
  { en: 'G7', names: ['مجموعة السبع'] },
  { en: 'Fox News', names: ['فوكس نيوز'] },
  { en: 'CNN', names: ['سي إن إن', 'سي ان ان'] },
  { en: 'BBC', names: ['بي بي سي'] },
  { en: 'CNBC', names: ['سي إن بي سي'] },
  { en: 'NBC', names: ['إن بي سي'] },
  { en: 'CBS', names: ['سي بي إس'] },
  { en: 'ABC', names: ['إيه بي سي'] },
  { en: 'TASS', names: ['تاس', 'وكالة تاس'] },
  { en: 'RIA Novosti', names: ['ريا نوفوستي', 'نوفوستي'] },
  { en: 'Reuters', names: ['رويترز', 'وكالة رويترز'] },
  { en: 'AFP', names: ['فرانس برس', 'وكالة فرانس برس', 'فرانس بريس'] },
  { en: 'Associated Press', names: ['أسوشيتد برس', 'أسوشيتدبرس'] },
  { en: 'Bloomberg', names: ['بلومبرغ', 'بلومبيرغ', 'بلومبرج'] },
  { en: 'Axios', names: ['أكسيوس'] },
  { en: 'The New York Times', names: ['نيويورك تايمز'] },
  { en: 'The Washington Post', names: ['واشنطن بوست'] },
  { en: 'Wall Street Journal', names: ['وول ستريت جورنال'] },
  { en: 'Politico', names: ['بوليتيكو'] },
  { en: 'Sputnik', names: ['سبوتنيك'] },
  { en: 'RT', names: ['روسيا اليوم', 'آر تي'] },
  { en: 'Al Jazeera', names: ['الجزيرة', 'قناة الجزيرة'], quotedOnly: true },
  { en: 'Al Arabiya', names: ['العربية', 'قناة العربية'], quotedOnly: true },
  { en: 'Sky News Arabia', names: ['سكاي نيوز عربية', 'سكاي نيوز'] },
  { en: 'Al-Ahram', names: ['الأهرام'], quotedOnly: true },
  { en: 'MENA', names: ['وكالة أنباء الشرق الأوسط'] },
  { en: 'Xinhua', names: ['شينخوا', 'وكالة شينخوا'] },
];
