// @vitest-environment jsdom
/**
 * The inspector's long statement lists show their first cards and a button for more; one of up
 * to WHOLE_LIST_UP_TO (the seed's) shows every card.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  STATEMENT_CARDS,
  StatementList,
  WHOLE_LIST_UP_TO,
} from '../../../../src/app/inspector/parts';
import { buildGraph } from '../../../../src/graph/build';
import { indexGraph } from '../../../../src/graph/queries';
import { syntheticCorpus } from '../../../bench/synthetic-corpus';

const index = indexGraph(buildGraph(syntheticCorpus({ articles: 10 }), { layout: false }).export());
const statements = [...index.nodes].filter(([, a]) => a.kind === 'statement').map(([k]) => k);
const cards = () => document.querySelectorAll('.statement-card').length;

describe('StatementList', () => {
  afterEach(() => cleanup());

  it.each([
    ['a short list shows every card', 3, 3, false],
    ['a list up to the limit, every card', WHOLE_LIST_UP_TO, WHOLE_LIST_UP_TO, false],
    ['a long list, its first cards and a button', WHOLE_LIST_UP_TO + 1, STATEMENT_CARDS, true],
  ] as const)('%s', (_title, n, shown, more) => {
    render(<StatementList index={index} statements={statements.slice(0, n)} />);
    expect(cards()).toBe(shown);
    expect(screen.queryAllByRole('button', { name: /more|أخرى/ })).toHaveLength(more ? 1 : 0);
  });

  it('the button shows more, until all are shown', () => {
    const n = STATEMENT_CARDS * 2 + 6;
    expect(n).toBeGreaterThan(WHOLE_LIST_UP_TO);
    expect(statements.length).toBeGreaterThanOrEqual(n);
    render(<StatementList index={index} statements={statements.slice(0, n)} />);
    fireEvent.click(screen.getByRole('button', { name: /more|أخرى/ }));
    expect(cards()).toBe(STATEMENT_CARDS * 2);
    fireEvent.click(screen.getByRole('button', { name: /more|أخرى/ }));
    expect(cards()).toBe(n);
    expect(screen.queryAllByRole('button', { name: /more|أخرى/ })).toHaveLength(0);
  });
});
