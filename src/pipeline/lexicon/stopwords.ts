/**
 * Function words and frequent non-name words: a name never contains them, and a list item or a
 * title phrase stops at them.
 */

export const STOPWORDS = `في من إلى الى على عن مع بين حول خلال بعد قبل عند منذ حتى لدى نحو ضد دون تحت فوق أمام وراء
عبر ضمن أن إن أنه إنه أنها إنها بأن بأنه لأن كان كانت يكون تكون قد لقد لم لن لا ما ماذا هل كل بعض أي هذا هذه
ذلك تلك هؤلاء الذي التي الذين اللذين هو هي هم هما نحن أنا أنت و أو ثم لكن لكنه لكنها بل إذ إذا حيث كما بينما
فيما أيضا أيضًا وقد ولم ولا اليوم أمس غدا السبت الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة مساء صباح
جدا فقط وكذلك كذلك عندما ليس ليست غير سوى إلا الآن عام يوم أول آخر ثاني نفسه عقب إثر بشأن حوالي نحو
تم يتم جرى وفق وفقا بحسب حسب قرابة لدى لديه لديها هناك هنا أكثر أقل مثل خاصة بشكل إطار ظل`;

const SET = new Set<string>();
export function stopwordSet(normalize: (s: string) => string): Set<string> {
  if (SET.size === 0) for (const w of STOPWORDS.split(/\s+/)) if (w) SET.add(normalize(w));
  return SET;
}
