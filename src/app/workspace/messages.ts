/** The workspace's words and its problems' explanations, in both interface languages. */
import type { Lang } from '../i18n';
import { useIsnad, type IsnadState } from '../store';
import type { ShownProblem } from '../store/workspace-slice';
import type { ProblemCode } from './problems';

const en = {
  workspace: 'Workspace',
  workspaces: 'Workspaces',
  articles: 'Articles',
  addFiles: 'Add files…',
  addFilesLabel: 'Add articles from .txt, .md or .html files',
  addFolder: 'Add folder…',
  addFolderLabel: 'Add every article file in a folder',
  dropHere: 'Drop .txt, .md or .html files to add them',
  noArticles: 'No articles yet: paste one, add files or a folder, or drop files here.',
  progress: 'Article {done} of {total}',
  building: 'Merging the graph…',
  cancel: 'Cancel',
  remove: 'Remove',
  removeConfirm: 'Remove “{title}” and what only it says from this workspace?',
  edit: 'Edit',
  save: 'Save',
  title: 'Title',
  outlet: 'Outlet',
  url: 'Address (URL)',
  date: 'Date',
  byline: 'Author',
  show: 'Read',
  newWorkspace: 'New workspace',
  newWorkspaceName: 'Name of the new workspace',
  rename: 'Rename',
  renamePrompt: 'New name for “{name}”',
  duplicate: 'Duplicate',
  copyOf: 'Copy of {name}',
  delete: 'Delete',
  deleteConfirm: 'Delete the workspace “{name}” with its {count} articles? This cannot be undone.',
  articleCount: '{count} articles',
  notKept:
    'This browser keeps no data here (private mode or storage blocked): articles you add will be gone after a reload.',
  foreignLink:
    'This link was made on a different set of articles ({set}), which this browser does not have. Your workspace is shown instead; add the same articles to see the link’s view.',
  problemsTitle: 'Not added',
  articleFilter: 'Articles',
  outletFilter: 'Outlets',
  allArticles: 'All articles',
  source: 'Source',
  undated: 'undated',
  pickArticle: 'Article shown',
} as const;

export type WorkspaceMessageKey = keyof typeof en;

const ar: Record<WorkspaceMessageKey, string> = {
  workspace: 'مساحة العمل',
  workspaces: 'مساحات العمل',
  articles: 'المقالات',
  addFiles: 'إضافة ملفات…',
  addFilesLabel: 'إضافة مقالات من ملفات ‎.txt أو ‎.md أو ‎.html',
  addFolder: 'إضافة مجلد…',
  addFolderLabel: 'إضافة كل ملفات المقالات في مجلد',
  dropHere: 'أفلت ملفات ‎.txt أو ‎.md أو ‎.html لإضافتها',
  noArticles: 'لا مقالات بعد: الصق مقالًا، أو أضف ملفات أو مجلدًا، أو أفلت الملفات هنا.',
  progress: 'المقال {done} من {total}',
  building: 'دمج الشبكة…',
  cancel: 'إلغاء',
  remove: 'حذف',
  removeConfirm: 'حذف «{title}» وما لا يرد إلا فيه من مساحة العمل هذه؟',
  edit: 'تعديل',
  save: 'حفظ',
  title: 'العنوان',
  outlet: 'الوسيلة الإعلامية',
  url: 'الرابط',
  date: 'التاريخ',
  byline: 'الكاتب',
  show: 'قراءة',
  newWorkspace: 'مساحة عمل جديدة',
  newWorkspaceName: 'اسم مساحة العمل الجديدة',
  rename: 'إعادة تسمية',
  renamePrompt: 'الاسم الجديد لـ«{name}»',
  duplicate: 'نسخ',
  copyOf: 'نسخة من {name}',
  delete: 'حذف',
  deleteConfirm: 'حذف مساحة العمل «{name}» بمقالاتها الـ{count}؟ لا يمكن التراجع عن ذلك.',
  articleCount: '{count} مقالات',
  notKept:
    'لا يحفظ هذا المتصفح أي بيانات هنا (تصفح خاص أو تخزين محظور): ستضيع المقالات المضافة بعد إعادة التحميل.',
  foreignLink:
    'صُنع هذا الرابط على مجموعة مقالات أخرى ({set}) لا يملكها هذا المتصفح. تُعرض مساحة عملك بدلًا منها؛ أضف المقالات نفسها لترى ما يعرضه الرابط.',
  problemsTitle: 'لم يُضف',
  articleFilter: 'المقالات',
  outletFilter: 'الوسائل الإعلامية',
  allArticles: 'كل المقالات',
  source: 'المصدر',
  undated: 'بلا تاريخ',
  pickArticle: 'المقال المعروض',
};

const PROBLEMS: Record<Lang, Record<ProblemCode, string>> = {
  en: {
    empty: 'the file or text is empty — expected an Arabic article',
    binary:
      'this is not text (an image, a PDF or another binary file) — expected an Arabic article',
    'not-utf8': 'the text is not in UTF-8 — save it as UTF-8 and add it again',
    'not-arabic': 'this is not Arabic text — Isnad reads Arabic news articles',
    'too-large': 'the file is larger than 50 MB — split it into articles',
    'too-long': 'the text is longer than 1,000,000 characters — split it into articles',
    'no-article':
      'no article text was found on this page — save the article’s own page, or paste its text',
    unsupported: 'Isnad reads .txt, .md and .html files only',
    duplicate: 'this article is already in the workspace',
    'nothing-found': 'added, but no person, place or statement was found in it',
    'extract-failed': 'the article could not be read — the workspace is unchanged',
    'storage-full':
      'the browser’s storage is full — nothing was changed; delete a workspace to make room',
    'storage-unavailable':
      'the browser does not let Isnad keep data (private mode or storage blocked) — articles are kept only until the page is closed',
  },
  ar: {
    empty: 'الملف أو النص فارغ — المتوقع مقال عربي',
    binary: 'هذا ليس نصًا (صورة أو PDF أو ملف ثنائي آخر) — المتوقع مقال عربي',
    'not-utf8': 'النص ليس بترميز UTF-8 — احفظه بترميز UTF-8 وأضفه من جديد',
    'not-arabic': 'هذا ليس نصًا عربيًا — يقرأ إسناد المقالات الإخبارية العربية',
    'too-large': 'حجم الملف أكبر من 50 ميغابايت — قسّمه إلى مقالات',
    'too-long': 'النص أطول من مليون حرف — قسّمه إلى مقالات',
    'no-article': 'لم يوجد نص مقال في هذه الصفحة — احفظ صفحة المقال نفسها أو الصق نصه',
    unsupported: 'يقرأ إسناد ملفات ‎.txt و‎.md و‎.html فقط',
    duplicate: 'هذا المقال موجود في مساحة العمل',
    'nothing-found': 'أُضيف، لكن لم يوجد فيه شخص أو مكان أو تصريح',
    'extract-failed': 'تعذّرت قراءة المقال — لم تتغير مساحة العمل',
    'storage-full': 'امتلأت مساحة التخزين في المتصفح — لم يتغير شيء؛ احذف مساحة عمل لإفساح المجال',
    'storage-unavailable':
      'لا يسمح المتصفح لإسناد بحفظ البيانات (تصفح خاص أو تخزين محظور) — تبقى المقالات حتى إغلاق الصفحة فقط',
  },
};

export const WORKSPACE_MESSAGES: Record<Lang, Record<WorkspaceMessageKey, string>> = { en, ar };

/** A message with `{name}` placeholders filled. */
export function fill(text: string, values: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (all, name: string) => String(values[name] ?? all));
}

export function problemText(lang: Lang, problem: ShownProblem): string {
  const what = PROBLEMS[lang][problem.code];
  return problem.subject ? `${problem.subject}: ${what}` : what;
}

const selectLang = (state: IsnadState) => state.lang;

/** `t('key', values)` for the workspace, in the interface language. */
export function useWorkspaceT(): (
  key: WorkspaceMessageKey,
  values?: Record<string, string | number>,
) => string {
  const lang = useIsnad(selectLang);
  return (key, values) => fill(WORKSPACE_MESSAGES[lang][key], values);
}
