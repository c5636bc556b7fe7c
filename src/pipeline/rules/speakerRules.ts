/**
 * How a statement's speaker is chosen, and how its content opens: one row per rule, with the id
 * the pipeline records (`reason.speakerBy`, `reason.rule`), why it holds, and a sentence we wrote
 * whose last statement the rule decides. The statements stage applies these rules in the order
 * given here; the rows' examples are its test table (tests/unit/pipeline/rule-rows.test.ts).
 */

export interface StatementRule {
  id: string;
  reason: string;
  example: string;
  /** «speaker: content» of the example's last statement. */
  expect: string;
}

/** Who speaks — tried in this order for each speech cue (a source phrase names its own). */
export const SPEAKER_RULES: StatementRule[] = [
  {
    id: 'named-source',
    reason: 'a source phrase (بحسب، وفقا ل، نقلا عن) names the speaker of the claim it attributes',
    example: 'وتراجعت الصادرات بنسبة عشرة في المئة، بحسب غرفة التجارة الأردنية.',
    expect: 'غرفة التجارة الأردنية: وتراجعت الصادرات بنسبة عشرة في المئة',
  },
  {
    id: 'subject-after-cue',
    reason:
      'Arabic reporting is verb-first: the name, title or body right after the cue is its subject',
    example: 'وقال وزير الطاقة سهيل المزروعي إن الإنتاج سيرتفع.',
    expect: 'سهيل المزروعي: الإنتاج سيرتفع',
  },
  {
    id: 'addressee-after-cue',
    reason:
      'a verb of informing (أبلغ، أخبر) takes the one told as its object: when its subject comes first, the name after it is the addressee',
    example: 'لكن المدير التنفيذي كريم نصار أبلغ وكالة رويترز أن الصفقة لن تتأخر.',
    expect: 'كريم نصار: الصفقة لن تتأخر',
  },
  {
    id: 'same-sentence',
    reason: 'a participle or «وأن» adds a claim to the cue before it in the same sentence',
    example: 'وقال وزير الطاقة سهيل المزروعي إن الإنتاج سيرتفع، مشيرا إلى أن الأسعار مستقرة.',
    expect: 'سهيل المزروعي: الأسعار مستقرة',
  },
  {
    id: 'subject-before-cue',
    reason:
      'a name right before the verb (subject-first order), or before a relative pronoun right before it (… الذي قال), is its subject',
    example:
      'وكان الوزير سهيل المزروعي قد صرح بأن الإنتاج سيرتفع. ثم إن المزروعي أكد أن الخطة جاهزة.',
    expect: 'سهيل المزروعي: الخطة جاهزة',
  },
  {
    id: 'sentence-subject',
    reason:
      'a verb joined by «، و» or a participle shares the sentence subject, not the nearest name',
    example: 'والتقى الوزير سهيل المزروعي نظيره العماني، وقال إن التعاون يتوسع.',
    expect: 'سهيل المزروعي: التعاون يتوسع',
  },
  {
    id: 'document-of-last-speaker',
    reason:
      'a document as subject («وأضاف البيان») speaks for whoever issued it, whatever its gender',
    example: 'وأعلنت وزارة الداخلية في بيان أن الطرق مغلقة. وأضاف البيان أن الفرق تعمل منذ الفجر.',
    expect: 'وزارة الداخلية: الفرق تعمل منذ الفجر',
  },
  {
    id: 'document-issuer',
    reason:
      'a document as subject («وأوضح البيان») is the one issued a little before, «صدر عن» someone: his',
    example:
      'وأعلنت الشركة عودة الخدمة، في بيان صدر عن الرئيس التنفيذي للشركة سامي النجار. وأوضح البيان أن الشبكة تعمل.',
    expect: 'سامي النجار: الشبكة تعمل',
  },
  {
    id: 'subject-of-sentence-before',
    reason:
      'before anyone has spoken, a cue with no subject («مؤكدًا»، «وأوضح») continues the subject of the sentence before',
    example:
      'وتسلم وزير الخارجية سامي النجار أوراق اعتماد السفير الجديد. وأكد أن العلاقات بين البلدين متينة.',
    expect: 'سامي النجار: العلاقات بين البلدين متينة',
  },
  {
    id: 'carried-over',
    reason:
      'a cue with no subject («وأضاف»، «وتابع:») continues the last speaker when its gender agrees',
    example:
      'وقال وزير الطاقة سهيل المزروعي إن الإنتاج سيرتفع. وأضاف أن المصافي تعمل بكامل طاقتها.',
    expect: 'سهيل المزروعي: المصافي تعمل بكامل طاقتها',
  },
];

/** How the content opens after the cue. */
export const CONTENT_RULES: StatementRule[] = [
  {
    id: 'source-before-content',
    reason:
      'a source phrase (بحسب، وفقا ل) before «فإن» or «فقد» attributes the clause after it; without them it only sources narration',
    example: 'وبحسب المتحدث باسم الحكومة سامر علوان، فإن الموازنة تتضمن مخصصات للرياضة.',
    expect: 'سامر علوان: الموازنة تتضمن مخصصات للرياضة',
  },
  {
    id: 'source-after-content',
    reason: 'a source phrase after a comma attributes the clause before it to whom it names',
    example: 'وارتفع عدد المصابين إلى ثلاثين شخصا، وفقا لوزارة الصحة السورية.',
    expect: 'وزارة الصحة السورية: وارتفع عدد المصابين إلى ثلاثين شخصا',
  },
  {
    id: 'reported-after-cue',
    reason: 'أن/إن (or a preposition the verb takes: أكد على، أشار إلى) opens reported speech',
    example: 'وأكدت وزيرة الصحة هالة زايد على ضرورة ارتداء الكمامات.',
    expect: 'هالة زايد: على ضرورة ارتداء الكمامات',
  },
  {
    id: 'quote-after-cue',
    reason: 'a quotation after the cue and its subject is direct speech',
    example: 'وقال اللاعب محمد النني: "الفوز جاء بعد تعب كبير".',
    expect: 'محمد النني: الفوز جاء بعد تعب كبير',
  },
  {
    id: 'direct-after-cue',
    reason: 'a colon after the cue opens direct speech even without quotation marks',
    example: 'وقال اللاعب محمد النني: الفوز جاء بعد تعب كبير.',
    expect: 'محمد النني: الفوز جاء بعد تعب كبير',
  },
  {
    id: 'reported-after-cue',
    reason:
      "a quote of single letters after the cue is an outlet's acronym, not speech: the content still opens at إن",
    example: 'وقال الوزير سامي العلي لوكالة "أ ف ب" إن الاتفاق قريب.',
    expect: 'سامي العلي: الاتفاق قريب',
  },
  {
    id: 'quote-before-cue',
    reason: 'a quotation fronted before its verb («"…"، قال X») belongs to the verb after it',
    example: '"الفوز جاء بعد تعب كبير"، قال اللاعب محمد النني.',
    expect: 'محمد النني: الفوز جاء بعد تعب كبير',
  },
];
