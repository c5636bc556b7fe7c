/** The export menu's words and the image caption's labels, in both interface languages. */
import type { Lang } from '../i18n';

const en = {
  export: 'Export',
  image: 'Image',
  data: 'Data',
  region: 'Area',
  wholeGraph: 'Whole graph',
  currentView: 'Current view',
  scale: 'Scale',
  width: 'or width (px)',
  background: 'Background',
  white: 'White',
  transparent: 'Transparent',
  legendAndCaption: 'Legend and caption',
  scope: 'Include',
  visibleNow: 'What is visible now',
  everything: 'Everything',
  statements: 'statements',
  nodes: 'nodes',
  edges: 'edges',
  relationships: 'relationships',
  exporting: 'Exporting…',
  saved: 'Saved',
  failed: 'Export failed',
  capped: 'Scale lowered to {scale}× so the image stays within the browser’s canvas limit',
  source: 'Source',
  sources: 'Sources',
  exported: 'Exported',
  filters: 'Filters',
  details: 'Details',
  legendOtherArticles: 'other articles, or none',
  legendNoDelegation: 'other delegations, or none',
  svgFont:
    'to edit it in Inkscape or Illustrator, install the free font IBM Plex Sans Arabic (the file embeds it for browsers only)',
};

type Messages = typeof en;

const ar: Messages = {
  export: 'تصدير',
  image: 'صورة',
  data: 'بيانات',
  region: 'المساحة',
  wholeGraph: 'الشبكة كاملة',
  currentView: 'العرض الحالي',
  scale: 'المقياس',
  width: 'أو العرض (بكسل)',
  background: 'الخلفية',
  white: 'بيضاء',
  transparent: 'شفافة',
  legendAndCaption: 'مفتاح الألوان والتعليق',
  scope: 'يشمل',
  visibleNow: 'المعروض الآن',
  everything: 'كل شيء',
  statements: 'التصريحات',
  nodes: 'العُقد',
  edges: 'الروابط',
  relationships: 'العلاقات',
  exporting: 'جارٍ التصدير…',
  saved: 'تم الحفظ',
  failed: 'تعذّر التصدير',
  capped: 'خُفّض المقياس إلى {scale}× كي تبقى الصورة ضمن حدود المتصفح',
  source: 'المصدر',
  sources: 'المصادر',
  exported: 'تاريخ التصدير',
  filters: 'التصفية',
  details: 'التفاصيل',
  legendOtherArticles: 'مقالات أخرى أو بلا مقال',
  legendNoDelegation: 'وفود أخرى أو بلا وفد',
  svgFont:
    'لتحريره في Inkscape أو Illustrator ثبّت الخط المجاني IBM Plex Sans Arabic (الملف يضمّنه للمتصفحات فقط)',
};

export const EXPORT_MESSAGES: Record<Lang, Messages> = { en, ar };
export type ExportMessageKey = keyof Messages;
