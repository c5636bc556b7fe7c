/**
 * Page keys (when not typing in a field): `/` focuses search, Esc clears the selection,
 * Ctrl+Z undoes the last edit, Ctrl+Shift+Z (or Ctrl+Y) redoes it (⌘ on a Mac).
 */
import { useEffect } from 'react';
import { SEARCH_INPUT_ID } from '../header/SearchBox';
import { useIsnad } from '../store';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

export function KeyboardShortcuts() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === '/' && !isTyping(event.target)) {
        event.preventDefault();
        document.getElementById(SEARCH_INPUT_ID)?.focus();
      } else if (event.key === 'Escape' && !isTyping(event.target)) {
        useIsnad.getState().select(null);
      } else if ((event.ctrlKey || event.metaKey) && !event.altKey && !isTyping(event.target)) {
        const key = event.key.toLowerCase();
        if (key === 'z' && !event.shiftKey) useIsnad.getState().undo();
        else if ((key === 'z' && event.shiftKey) || key === 'y') useIsnad.getState().redo();
        else return;
        event.preventDefault();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return null;
}
