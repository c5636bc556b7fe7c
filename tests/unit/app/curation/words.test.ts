/** Edits and marks in words, both languages: the history's lines and the inspector's note. */
import { describe, expect, it } from 'vitest';
import { editText, failureText, markWords } from '../../../../src/app/curation/words';
import type { Edit } from '../../../../src/graph/curation/index';

const strip = (text: string) => text.replace(/[\u2068\u2069]/g, '');
const tebboune = { key: 'person:تبون', label: 'تبون' };
const full = { key: 'person:عبد المجيد تبون', label: 'عبد المجيد تبون' };
const statement = { article: 'a', start: 10, end: 40 };
const quote = () => '“الجزائر ترحب بكل مبادرة تهدف إلى وقف الحرب”';

describe('edits in words', () => {
  it.each<[string, Edit, string, string]>([
    [
      'a merge',
      { op: 'merge', into: full, others: [tebboune], label: 'عبد المجيد تبون' },
      'دمج «تبون» في «عبد المجيد تبون»',
      'Merged “تبون” into “عبد المجيد تبون”',
    ],
    [
      'a rename',
      { op: 'rename', entity: tebboune, label: 'عبد المجيد تبون' },
      'إعادة تسمية «تبون» إلى «عبد المجيد تبون»',
      'Renamed “تبون” to “عبد المجيد تبون”',
    ],
    [
      'a speaker given to nobody known',
      { op: 'speaker', statement, speaker: null },
      'نسبة التصريح «الجزائر ترحب بكل مبادرة تهدف إلى…» إلى مصدر مجهول',
      'Gave the statement “الجزائر ترحب بكل مبادرة تهدف إلى…” to an unknown source',
    ],
    [
      'a rejected statement',
      { op: 'reject', statement },
      'رفض التصريح «الجزائر ترحب بكل مبادرة تهدف إلى…»: ليس تصريحًا',
      'Rejected “الجزائر ترحب بكل مبادرة تهدف إلى…”: not a statement',
    ],
    [
      'a side without head',
      { op: 'head', delegation: { key: 'delegation:dz', label: 'الوفد الجزائري' }, person: null },
      '«الوفد الجزائري» بلا رئيس',
      '“الوفد الجزائري” has no head',
    ],
  ])('%s', (_title, edit, ar, en) => {
    expect(strip(editText('ar', edit, quote))).toBe(ar);
    expect(strip(editText('en', edit, quote))).toBe(en);
  });

  it('a statement whose words are unknown is named by its offsets', () => {
    expect(editText('en', { op: 'mode', statement, mode: 'direct' })).toBe(
      'Made the statement (10–40) direct',
    );
  });

  it.each([
    [
      { op: 'speaker', from: 'X', to: 'Y' },
      'تغيّر المتحدث من «X» إلى «Y»',
      'speaker changed from “X” to “Y”',
    ],
    [
      { op: 'mode', from: 'direct', to: 'reported' },
      'تغيّر النوع من مباشر إلى منقول',
      'mode changed from direct to reported',
    ],
    [
      { op: 'retype', from: 'person', to: 'organization' },
      'تغيّر نوعه من شخص إلى منظمة',
      'kind changed from Person to Organization',
    ],
    [{ op: 'add-statement' }, 'أضيف يدويًا', 'added by hand'],
    [{ op: 'member', to: 'X' }, 'تغيّر الأعضاء: «X»', 'members changed: “X”'],
  ])('mark %j', (mark, ar, en) => {
    expect(strip(markWords('ar', mark))).toBe(ar);
    expect(strip(markWords('en', mark))).toBe(en);
  });

  it('a failure names what is missing', () => {
    expect(strip(failureText('en', { code: 'entity-missing', what: 'تبون' }))).toBe(
      'not found: “تبون”',
    );
  });
});
