import { describe, expect, it } from 'vitest';
import {
  clearFilters,
  emptyFilters,
  hasActiveFilters,
  setVisibilityMode,
  toggleDelegation,
  toggleIn,
  toggleKind,
} from '../../../../src/app/store/filters';

describe('filter changes are pure functions', () => {
  it.each([
    ['adds an absent item at the end', ['a'], 'b', ['a', 'b']],
    ['removes a present item', ['a', 'b'], 'a', ['b']],
    ['adds to an empty list', [], 'a', ['a']],
  ])('toggleIn %s', (_title, list, item, expected) => {
    expect(toggleIn(list, item)).toEqual(expected);
  });

  it('toggles delegations several at once, without touching the input', () => {
    const before = emptyFilters();
    const after = toggleDelegation(toggleDelegation(before, 'ru'), 'us');
    expect(after.delegations).toEqual(['ru', 'us']);
    expect(before.delegations).toEqual([]);
    expect(hasActiveFilters(after)).toBe(true);
  });

  it('clearing keeps the hide/dim choice', () => {
    const dimmed = setVisibilityMode(toggleKind(emptyFilters(), 'person'), 'dim');
    expect(clearFilters(dimmed)).toEqual({ ...emptyFilters(), mode: 'dim' });
    expect(hasActiveFilters(clearFilters(dimmed))).toBe(false);
  });
});
