// @vitest-environment jsdom
/**
 * A long filter list shows its first options and whatever is chosen, with a button for more;
 * a short one shows everything.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CheckList, LONG_LIST } from '../../../../src/app/filters/CheckList';

const options = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ key: `k${i}`, label: `option ${i}`, count: n - i }));
const boxes = () => screen.queryAllByRole('checkbox').map((box) => (box as HTMLInputElement).value);
const noop = () => {};

describe('CheckList', () => {
  afterEach(() => cleanup());

  it.each([
    ['a short list shows every option', 5, [], 5, false],
    ['a list of exactly the limit, every option', LONG_LIST, [], LONG_LIST, false],
    ['a long list, its first options and a button', 365, [], LONG_LIST, true],
    ['a long list, and a chosen option past the limit', 365, ['k300'], LONG_LIST + 1, true],
  ] as const)('%s', (_title, n, chosen, shown, more) => {
    render(<CheckList title="t" options={options(n)} chosen={chosen} onToggle={noop} />);
    expect(boxes()).toHaveLength(shown);
    for (const key of chosen) expect(boxes()).toContain(key);
    expect(screen.queryAllByRole('button')).toHaveLength(more ? 1 : 0);
  });

  it('the button shows more, until all are shown', () => {
    render(
      <CheckList title="t" options={options(LONG_LIST * 2 + 5)} chosen={[]} onToggle={noop} />,
    );
    fireEvent.click(screen.getByRole('button'));
    expect(boxes()).toHaveLength(LONG_LIST * 2);
    fireEvent.click(screen.getByRole('button'));
    expect(boxes()).toHaveLength(LONG_LIST * 2 + 5);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});
