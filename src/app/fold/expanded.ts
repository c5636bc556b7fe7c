/**
 * Folding as pure state changes over the display settings: one speaker's statements expanded on
 * demand or folded again, every expanded speaker folded at once, folding switched on or off.
 * The store only wires them (src/app/fold/actions.ts).
 */
import type { Display } from '../store/display-slice';

/** Expands a speaker's statements, or folds them again when they are expanded. */
export function toggleExpanded(display: Display, speaker: string): Display {
  const expanded = display.expanded.includes(speaker)
    ? display.expanded.filter((key) => key !== speaker)
    : [...display.expanded, speaker];
  return { ...display, expanded };
}

/** Every speaker folded again (folding stays on). */
export function foldAll(display: Display): Display {
  return { ...display, collapsed: true, expanded: [] };
}

/** Folding on (every speaker folded) or off (every statement drawn). */
export function withFolding(display: Display, collapsed: boolean): Display {
  return { ...display, collapsed, expanded: [] };
}

/** Whether a speaker's statements are drawn only because they were expanded. */
export function isExpanded(display: Display, speaker: string): boolean {
  return display.collapsed && display.expanded.includes(speaker);
}

/** The expanded speakers a graph still has (a saved view or a link may name others). */
export function keepKnownSpeakers(
  expanded: readonly string[] | undefined,
  has: (key: string) => boolean,
): string[] {
  return [...new Set(expanded ?? [])].filter(has);
}
