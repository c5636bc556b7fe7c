/**
 * Countries (general knowledge): names as Arabic outlets write them, nationality-adjective stems
 * (روس → الروسي، الروسية، الروس) and the capital. An adjective is not a place mention; it tells
 * a person's or a delegation's country.
 */

export interface Country {
  id: string;
  en: string;
  names: string[];
  /** Adjective stems, without ال and without the ي/ية ending. */
  adj: string[];
  capital?: { en: string; names: string[] };
}

export const COUNTRIES: Country[] = [
  { id: 'usa', en: 'United States', names: ['الولايات المتحدة', 'الولايات المتحدة الأميركية', 'الولايات المتحدة الأمريكية', 'أميركا', 'أمريكا'], adj: ['أميرك', 'أمريك'], capital: { en: 'Washington', names: ['واشنطن'] } },
  { id: 'russia', en: 'Russia', names: ['روسيا', 'روسيا الاتحادية'], adj: ['روس'], capital: { en: 'Moscow', names: ['موسكو'] } },
  { id: 'ukraine', en: 'Ukraine', names: ['أوكرانيا'], adj: ['أوكران'], capital: { en: 'Kyiv', names: ['كييف', 'كيف'] } },
  { id: 'china', en: 'China', names: ['الصين'], adj: ['صين'], capital: { en: 'Beijing', names: ['بكين'] } },
  { id: 'uk', en: 'United Kingdom', names: ['بريطانيا', 'المملكة المتحدة'], adj: ['بريطان'], capital: { en: 'London', names: ['لندن'] } },
  { id: 'france', en: 'France', names: ['فرنسا'], adj: ['فرنس'], capital: { en: 'Paris', names: ['باريس'] } },
  { id: 'germany', en: 'Germany', names: ['ألمانيا'], adj: ['ألمان'], capital: { en: 'Berlin', names: ['برلين'] } },
  { id: 'italy', en: 'Italy', names: ['إيطاليا'], adj: ['إيطال'], capital: { en: 'Rome', names: ['روما'] } },
  { id: 'spain', en: 'Spain', names: ['إسبانيا'], adj: ['إسبان'], capital: { en: 'Madrid', names: ['مدريد'] } },
  { id: 'turkey', en: 'Turkey', names: ['تركيا'], adj: ['ترك'], capital: { en: 'Ankara', names: ['أنقرة'] } },
  { id: 'iran', en: 'Iran', names: ['إيران'], adj: ['إيران'], capital: { en: 'Tehran', names: ['طهران'] } },
  { id: 'iraq', en: 'Iraq', names: ['العراق'], adj: ['عراق'], capital: { en: 'Baghdad', names: ['بغداد'] } },
  { id: 'syria', en: 'Syria', names: ['سوريا', 'سورية'], adj: ['سور'], capital: { en: 'Damascus', names: ['دمشق'] } },
  { id: 'lebanon', en: 'Lebanon', names: ['لبنان'], adj: ['لبنان'], capital: { en: 'Beirut', names: ['بيروت'] } },
  { id: 'jordan', en: 'Jordan', names: ['الأردن'], adj: ['أردن'], capital: { en: 'Amman', names: ['عمان'] } },
  { id: 'egypt', en: 'Egypt', names: ['مصر'], adj: ['مصر'], capital: { en: 'Cairo', names: ['القاهرة'] } },
  { id: 'saudi', en: 'Saudi Arabia', names: ['السعودية', 'المملكة العربية السعودية'], adj: ['سعود'], capital: { en: 'Riyadh', names: ['الرياض'] } },
  { id: 'uae', en: 'United Arab Emirates', names: ['الإمارات', 'الإمارات العربية المتحدة'], adj: ['إمارات'], capital: { en: 'Abu Dhabi', names: ['أبوظبي', 'أبو ظبي'] } },
  { id: 'qatar', en: 'Qatar', names: ['قطر'], adj: ['قطر'], capital: { en: 'Doha', names: ['الدوحة'] } },
  { id: 'kuwait', en: 'Kuwait', names: ['الكويت'], adj: ['كويت'] },
  { id: 'bahrain', en: 'Bahrain', names: ['البحرين'], adj: ['بحرين'], capital: { en: 'Manama', names: ['المنامة'] } },
  { id: 'oman', en: 'Oman', names: ['سلطنة عمان'], adj: ['عمان'], capital: { en: 'Muscat', names: ['مسقط'] } },
  { id: 'yemen', en: 'Yemen', names: ['اليمن'], adj: ['يمن'], capital: { en: "Sana'a", names: ['صنعاء'] } },
  { id: 'palestine', en: 'Palestine', names: ['فلسطين'], adj: ['فلسطين'] },
  { id: 'israel', en: 'Israel', names: ['إسرائيل'], adj: ['إسرائيل'] },
  { id: 'sudan', en: 'Sudan', names: ['السودان'], adj: ['سودان'], capital: { en: 'Khartoum', names: ['الخرطوم'] } },
  { id: 'libya', en: 'Libya', names: ['ليبيا'], adj: ['ليب'], capital: { en: 'Tripoli', names: ['طرابلس'] } },
  { id: 'tunisia', en: 'Tunisia', names: ['تونس'], adj: ['تونس'] },
  { id: 'algeria', en: 'Algeria', names: ['الجزائر'], adj: ['جزائر'] },
  { id: 'morocco', en: 'Morocco', names: ['المغرب'], adj: ['مغرب'], capital: { en: 'Rabat', names: ['الرباط'] } },
  { id: 'india', en: 'India', names: ['الهند'], adj: ['هند'], capital: { en: 'New Delhi', names: ['نيودلهي'] } },
  { id: 'pakistan', en: 'Pakistan', names: ['باكستان'], adj: ['باكستان'], capital: { en: 'Islamabad', names: ['إسلام آباد'] } },
  { id: 'afghanistan', en: 'Afghanistan', names: ['أفغانستان'], adj: ['أفغان'], capital: { en: 'Kabul', names: ['كابول'] } },
  { id: 'japan', en: 'Japan', names: ['اليابان'], adj: ['يابان'], capital: { en: 'Tokyo', names: ['طوكيو'] } },
  { id: 'north-korea', en: 'North Korea', names: ['كوريا الشمالية'], adj: [], capital: { en: 'Pyongyang', names: ['بيونغ يانغ'] } },
  { id: 'south-korea', en: 'South Korea', names: ['كوريا الجنوبية'], adj: [], capital: { en: 'Seoul', names: ['سول', 'سيول'] } },
  { id: 'canada', en: 'Canada', names: ['كندا'], adj: ['كند'], capital: { en: 'Ottawa', names: ['أوتاوا'] } },
  { id: 'mexico', en: 'Mexico', names: ['المكسيك'], adj: ['مكسيك'] },
  { id: 'brazil', en: 'Brazil', names: ['البرازيل'], adj: ['برازيل'] },
  { id: 'poland', en: 'Poland', names: ['بولندا'], adj: ['بولند'], capital: { en: 'Warsaw', names: ['وارسو'] } },
  { id: 'belarus', en: 'Belarus', names: ['بيلاروس', 'روسيا البيضاء'], adj: ['بيلاروس'], capital: { en: 'Minsk', names: ['مينسك'] } },
  { id: 'finland', en: 'Finland', names: ['فنلندا'], adj: ['فنلند'], capital: { en: 'Helsinki', names: ['هلسنكي'] } },
  { id: 'hungary', en: 'Hungary', names: ['المجر'], adj: ['مجر'], capital: { en: 'Budapest', names: ['بودابست'] } },
  { id: 'switzerland', en: 'Switzerland', names: ['سويسرا'], adj: ['سويسر'], capital: { en: 'Bern', names: ['برن'] } },
  { id: 'ethiopia', en: 'Ethiopia', names: ['إثيوبيا'], adj: ['إثيوب'], capital: { en: 'Addis Ababa', names: ['أديس أبابا'] } },
  { id: 'somalia', en: 'Somalia', names: ['الصومال'], adj: ['صومال'], capital: { en: 'Mogadishu', names: ['مقديشو'] } },
  { id: 'venezuela', en: 'Venezuela', names: ['فنزويلا'], adj: ['فنزويل'], capital: { en: 'Caracas', names: ['كاراكاس'] } },
  { id: 'south-africa', en: 'South Africa', names: ['جنوب أفريقيا', 'جنوب إفريقيا'], adj: [] },
];

/** Regions, states and well-known places that are not countries (general knowledge). */
export const OTHER_PLACES: { en: string; names: string[]; in?: string }[] = [
  { en: 'Alaska', names: ['ألاسكا'], in: 'usa' },
  { en: 'California', names: ['كاليفورنيا'], in: 'usa' },
  { en: 'Texas', names: ['تكساس'], in: 'usa' },
  { en: 'Florida', names: ['فلوريدا'], in: 'usa' },
  { en: 'New York', names: ['نيويورك'], in: 'usa' },
  { en: 'Geneva', names: ['جنيف'], in: 'switzerland' },
  { en: 'Istanbul', names: ['إسطنبول', 'اسطنبول'], in: 'turkey' },
  { en: 'Gaza', names: ['غزة', 'قطاع غزة'], in: 'palestine' },
  { en: 'West Bank', names: ['الضفة الغربية'], in: 'palestine' },
  { en: 'Jerusalem', names: ['القدس'] },
  { en: 'Tel Aviv', names: ['تل أبيب'], in: 'israel' },
  { en: 'Crimea', names: ['القرم', 'شبه جزيرة القرم'], in: 'ukraine' },
  { en: 'Donbas', names: ['دونباس'], in: 'ukraine' },
  { en: 'Europe', names: ['أوروبا'] },
  { en: 'Africa', names: ['أفريقيا', 'إفريقيا'] },
  { en: 'Asia', names: ['آسيا'] },
  { en: 'Middle East', names: ['الشرق الأوسط'] },
  { en: 'Arctic', names: ['القطب الشمالي'] },
  { en: 'Darfur', names: ['دارفور'], in: 'sudan' },
  { en: 'Rafah', names: ['رفح'] },
  { en: 'Sharm El-Sheikh', names: ['شرم الشيخ'], in: 'egypt' },
];
