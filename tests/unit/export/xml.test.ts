import { describe, expect, it } from 'vitest';
import {
  dropForbiddenChars,
  el,
  escapeXml,
  nmtoken,
  serializeXml,
  xmlIds,
} from '../../../src/graph/export/index';
import { parseStrict } from './strict-xml';

describe('the XML writer drops what XML 1.0 forbids', () => {
  it.each([
    ['a vertical tab, as Word pastes it', 'قمة\u000Bأنكوراج', 'قمةأنكوراج'],
    ['NUL and the other C0 controls', 'a\u0000b\u0001c\u001Fd', 'abcd'],
    ['form feed', 'سطر\u000Cسطر', 'سطرسطر'],
    ['U+FFFE and U+FFFF', 'x\uFFFEy\uFFFFz', 'xyz'],
    ['a lone high surrogate', 'a\uD83Db', 'ab'],
    ['a lone low surrogate', 'a\uDE00b', 'ab'],
    ['tab and line breaks are kept', 'a\tb\nc\r\nd', 'a\tb\nc\r\nd'],
    ['a surrogate pair is kept', 'وفد 🇺🇸', 'وفد 🇺🇸'],
  ])('%s', (_title, text, kept) => {
    expect(dropForbiddenChars(text)).toBe(kept);
  });

  it.each([
    ['markup', '<b>"x" & y</b>', '&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;'],
    ['line breaks, kept through attribute normalization', 'a\nb\tc', 'a&#10;b&#9;c'],
    ['a control code', 'a\u000Bb', 'ab'],
  ])('escapes %s', (_title, text, escaped) => {
    expect(escapeXml(text)).toBe(escaped);
  });

  it('writes a document a strict parser reads back, values intact', () => {
    const value = 'قال: "لا" <و> & \u000Bنعم\nسطر';
    const doc = parseStrict(serializeXml(el('root', { title: value }, el('child', {}, value))));
    expect(doc.documentElement!.getAttribute('title')).toBe('قال: "لا" <و> & نعم\nسطر');
    expect(doc.getElementsByTagName('child')[0]!.textContent).toBe('قال: "لا" <و> & نعم\nسطر');
  });

  it.each([
    ['a space', 'bad name'],
    ['a quote', 'a"b'],
    ['a leading digit', '1x'],
    ['markup', 'x>'],
  ])('refuses an element or attribute name with %s', (_title, name) => {
    expect(() => serializeXml(el(name))).toThrow(/not an XML name/);
    expect(() => serializeXml(el('ok', { [name]: 'v' }))).toThrow(/not an XML name/);
  });
});

describe('ids become NMTOKENs, readable and unique', () => {
  it.each([
    ['a key with a space', 'person:دونالد ترامب', 'person:دونالد_ترامب'],
    ['an edge key with an arrow', 'person:x->statement:3', 'person:x--statement:3'],
    ['guillemets and an Arabic comma', 'org:«الأمم، المتحدة»', 'org:_الأمم_المتحدة_'],
    [
      'a letter from the Arabic Supplement block (newer than old XML names)',
      'person:ݣ',
      'person:_',
    ],
    ['an empty key', '', '_'],
  ])('%s', (_title, key, id) => {
    expect(nmtoken(key)).toBe(id);
  });

  it('numbers a clash', () => {
    expect([...xmlIds(['a b', 'a_b', 'a  b']).values()]).toEqual(['a_b', 'a_b_2', 'a_b_3']);
  });
});
