import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../../../src/graph/queries';
import { searchNodes } from '../../../../src/app/search';
import { smallGraph } from '../fixtures/small-graph';

const index = indexGraph(smallGraph);

describe('searchNodes forgives Arabic spelling', () => {
  it.each([
    ['the name as written', 'بوتين', 'putin'],
    ['hamza dropped: اوكرانيا finds أوكرانيا', 'اوكرانيا', 'ukraine'],
    ['diacritics typed: بُوتِين', 'بُوتِين', 'putin'],
    ['Latin typing through the English label', 'putin', 'putin'],
    ['Latin in capitals', 'RUBIO', 'rubio'],
    ['hamza on the query, none on the label side: ألاسكا', 'الاسكا', 'alaska'],
    ['a delegation by a word of its label', 'الروسي', 'ru-del'],
  ])('%s', (_title, query, expected) => {
    expect(searchNodes(index, query)[0]).toBe(expected);
  });

  it('finds statements by their text, after the names', () => {
    const hits = searchNodes(index, 'اوكرانيا');
    expect(hits).toEqual(['ukraine', 's1']);
  });

  it.each([[''], ['   '], ['ـ']])('a blank query %j finds nothing', (query) => {
    expect(searchNodes(index, query)).toEqual([]);
  });

  it.each([
    ['a long vowel left out: بوتن finds بوتين', 'بوتن', 'putin'],
    ['a long vowel added: لافرووف finds لافروف', 'لافرووف', 'lavrov'],
    ['a vowel-less surname inside a full name: روبو finds ماركو روبيو', 'روبو', 'rubio'],
  ])('by consonant skeleton, after exact matches: %s', (_title, query, expected) => {
    expect(searchNodes(index, query)[0]).toBe(expected);
  });

  it('ranks a spelling match above a skeleton match', () => {
    // «روسيا» is a name; its skeleton «رس» is too short to match anything by itself.
    expect(searchNodes(index, 'روسيا')[0]).toBe('russia');
    expect(searchNodes(index, 'رس')).not.toContain('lavrov');
  });
});
