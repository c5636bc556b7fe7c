/** The folding actions, callable from the inspector, the appearance panel and canvas handlers. */
import { useIsnad } from '../store';
import { foldAll, toggleExpanded, withFolding } from './expanded';

const display = () => useIsnad.getState().display;
const set = (next: ReturnType<typeof display>) => useIsnad.getState().setDisplay(next);

export const toggleSpeaker = (speaker: string) => set(toggleExpanded(display(), speaker));
export const foldEverySpeaker = () => set(foldAll(display()));
export const setFolding = (collapsed: boolean) => set(withFolding(display(), collapsed));
