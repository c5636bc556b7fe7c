/**
 * A known outlet written with the words that close its full name (its reach, the news it serves):
 * one entity, the full name an alias (sentences written for these tests).
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';

const ROWS: Array<[string, string, string, string[]]> = [
  [
    'the media noun starts the known name; reach and service after it',
    'وأفادت وكالة فارس الدولية للأنباء بأن الوفد وصل إلى العاصمة.',
    'وكالة فارس',
    ['وكالة فارس الدولية للأنباء'],
  ],
  [
    'with the service only',
    'ونقلت وكالة الأناضول للأنباء عن الوزير أن المحادثات مستمرة.',
    'وكالة الأناضول',
    ['وكالة الأناضول للأنباء'],
  ],
];

describe('known outlets with the tails of their full names', () => {
  it.each(ROWS)('%s', (_t, text, label, aliases) => {
    const orgs = run(text).entities.filter((e) => e.kind === 'organization');
    expect(orgs.map((e) => e.label)).toEqual([label]);
    for (const alias of aliases) expect(orgs[0]?.aliases).toContain(alias);
  });

  it('an adjective that is no tail stays out of the name', () => {
    const orgs = run('وقالت وكالة فارس الرسمية إن الوفد وصل.').entities.filter(
      (e) => e.kind === 'organization',
    );
    expect(orgs.map((e) => [e.label, ...e.aliases].join('|'))).toEqual(['وكالة فارس']);
  });
});
