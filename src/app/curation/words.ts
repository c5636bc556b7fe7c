/**
 * Edits, marks and failures in words, in the interface language: the history panel's lines
 * («دمج «تبون» في «عبد المجيد تبون»»), the inspector's "edited: speaker changed from X to Y".
 * Names are isolated (U+2068…U+2069) so Arabic inside English (and the reverse) keeps its order.
 */
import type { EditMark } from '../../core/types';
import type { Edit, Failure, Span } from '../../graph/curation/index';
import { kindName, type Lang } from '../i18n';

const q = (lang: Lang, name: string | undefined) =>
  name === undefined ? '—' : lang === 'ar' ? `«\u2068${name}\u2069»` : `“\u2068${name}\u2069”`;

/** The words of an article span, shortened: how a statement is named in the history. */
export type Quote = (span: Span) => string | undefined;

const SHORT = 6;

export function editText(lang: Lang, edit: Edit, quote: Quote = () => undefined): string {
  const n = (name: string | undefined) => q(lang, name);
  const span = (_lang: Lang, s: Span) => {
    // The statement's own quote marks go: the name is quoted once, in the interface's marks.
    const words = quote(s)
      ?.replace(/^[\s"“”«»]+|[\s"“”«»]+$/g, '')
      .split(/\s+/)
      .filter(Boolean);
    if (!words || words.length === 0) return `(${s.start}–${s.end})`;
    return q(lang, words.length > SHORT ? `${words.slice(0, SHORT).join(' ')}…` : words.join(' '));
  };
  const ar = lang === 'ar';
  const unknown = ar ? 'مصدر مجهول' : 'an unknown source';
  switch (edit.op) {
    case 'rename':
      return ar
        ? `إعادة تسمية ${n(edit.entity.label)} إلى ${n(edit.label)}`
        : `Renamed ${n(edit.entity.label)} to ${n(edit.label)}`;
    case 'retype':
      return ar
        ? `تغيير نوع ${n(edit.entity.label)} إلى ${kindName(lang, edit.kind)}`
        : `Made ${n(edit.entity.label)} a ${kindName(lang, edit.kind).toLowerCase()}`;
    case 'merge': {
      const others = edit.others.map((o) => n(o.label)).join(ar ? ' و' : ' and ');
      const label = edit.label && edit.label !== edit.into.label ? edit.label : undefined;
      return ar
        ? `دمج ${others} في ${n(edit.into.label)}${label ? ` باسم ${n(label)}` : ''}`
        : `Merged ${others} into ${n(edit.into.label)}${label ? ` as ${n(label)}` : ''}`;
    }
    case 'split':
      return ar
        ? `فصل ${edit.mentions.length} من إشارات ${n(edit.entity.label)} إلى ${n(edit.label)}`
        : `Split ${edit.mentions.length} mentions of ${n(edit.entity.label)} off to ${n(edit.label)}`;
    case 'delete':
      return ar ? `حذف ${n(edit.entity.label)}` : `Deleted ${n(edit.entity.label)}`;
    case 'add-entity':
      return ar
        ? `إضافة ${n(edit.label)} (${kindName(lang, edit.kind)}) ${span(lang, edit.at)}`
        : `Added ${n(edit.label)} (${kindName(lang, edit.kind).toLowerCase()}) ${span(lang, edit.at)}`;
    case 'speaker':
      return ar
        ? `نسبة التصريح ${span(lang, edit.statement)} إلى ${edit.speaker ? n(edit.speaker.label) : unknown}`
        : `Gave the statement ${span(lang, edit.statement)} to ${edit.speaker ? n(edit.speaker.label) : unknown}`;
    case 'mode':
      return ar
        ? `جعل التصريح ${span(lang, edit.statement)} ${edit.mode === 'direct' ? 'مباشرًا' : 'منقولًا'}`
        : `Made the statement ${span(lang, edit.statement)} ${edit.mode}`;
    case 'reject':
      return ar
        ? `رفض التصريح ${span(lang, edit.statement)}: ليس تصريحًا`
        : `Rejected ${span(lang, edit.statement)}: not a statement`;
    case 'add-statement':
      return ar
        ? `إضافة تصريح ${span(lang, edit.at)} لـ${edit.speaker ? n(edit.speaker.label) : unknown}`
        : `Added a statement ${span(lang, edit.at)} by ${edit.speaker ? n(edit.speaker.label) : unknown}`;
    case 'mention':
      return edit.present
        ? ar
          ? `التصريح ${span(lang, edit.statement)} يذكر ${n(edit.entity.label)}`
          : `The statement ${span(lang, edit.statement)} mentions ${n(edit.entity.label)}`
        : ar
          ? `التصريح ${span(lang, edit.statement)} لا يذكر ${n(edit.entity.label)}`
          : `The statement ${span(lang, edit.statement)} does not mention ${n(edit.entity.label)}`;
    case 'member':
      return edit.present
        ? ar
          ? `إضافة ${n(edit.person.label)} إلى ${n(edit.delegation.label)}`
          : `Added ${n(edit.person.label)} to ${n(edit.delegation.label)}`
        : ar
          ? `إخراج ${n(edit.person.label)} من ${n(edit.delegation.label)}`
          : `Removed ${n(edit.person.label)} from ${n(edit.delegation.label)}`;
    case 'head':
      return edit.person
        ? ar
          ? `${n(edit.person.label)} رئيسًا لـ${n(edit.delegation.label)}`
          : `${n(edit.person.label)} heads ${n(edit.delegation.label)}`
        : ar
          ? `${n(edit.delegation.label)} بلا رئيس`
          : `${n(edit.delegation.label)} has no head`;
  }
}

const MARKS: Record<string, { en: string; ar: string }> = {
  rename: { en: 'renamed', ar: 'أعيدت تسميته' },
  retype: { en: 'kind changed', ar: 'تغيّر نوعه' },
  merge: { en: 'merged', ar: 'دُمج' },
  split: { en: 'split', ar: 'فُصل' },
  delete: { en: 'speaker deleted', ar: 'حُذف المتحدث' },
  'add-entity': { en: 'mention added by hand', ar: 'أضيفت إشارة يدويًا' },
  speaker: { en: 'speaker changed', ar: 'تغيّر المتحدث' },
  mode: { en: 'mode changed', ar: 'تغيّر النوع' },
  'add-statement': { en: 'added by hand', ar: 'أضيف يدويًا' },
  mention: { en: 'mentions changed', ar: 'تغيّر ما يذكره' },
  member: { en: 'members changed', ar: 'تغيّر الأعضاء' },
  head: { en: 'head changed', ar: 'تغيّر الرئيس' },
};

const VALUES: Record<string, { en: string; ar: string }> = {
  direct: { en: 'direct', ar: 'مباشر' },
  reported: { en: 'reported', ar: 'منقول' },
};

/** «speaker changed from “X” to “Y”». */
export function markWords(lang: Lang, mark: EditMark): string {
  const what = MARKS[mark.op]?.[lang] ?? mark.op;
  const value = (v: string | undefined) =>
    v === undefined
      ? '—'
      : (VALUES[v]?.[lang] ??
        (['person', 'place', 'organization', 'delegation'].includes(v)
          ? kindName(lang, v)
          : q(lang, v)));
  if (mark.from === undefined && mark.to === undefined) return what;
  // Something added (a mention, a member, a statement by…): what and to what.
  if (mark.from === undefined) return `${what}: ${value(mark.to)}`;
  return lang === 'ar'
    ? `${what} من ${value(mark.from)} إلى ${value(mark.to)}`
    : `${what} from ${value(mark.from)} to ${value(mark.to)}`;
}

const FAILURES: Record<Failure['code'], { en: string; ar: string }> = {
  'entity-missing': { en: 'not found', ar: 'غير موجود' },
  'statement-missing': { en: 'statement not found', ar: 'التصريح غير موجود' },
  'span-invalid': { en: 'the words are not in the article', ar: 'الكلمات ليست في المقال' },
  exists: { en: 'already there', ar: 'موجود أصلًا' },
  'no-change': { en: 'nothing to change', ar: 'لا شيء يتغيّر' },
};

export function failureText(lang: Lang, failure: Failure): string {
  const what = failure.what ? `: ${q(lang, failure.what)}` : '';
  return `${FAILURES[failure.code][lang]}${what}`;
}
