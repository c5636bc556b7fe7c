/**
 * Page keys: `/` focuses search (when not typing in a field); Esc clears the selection wherever
 * the focus is — canvas, table, filter checkboxes, or a field (which handles its own Esc first);
 * Ctrl+Z undoes the last edit, Ctrl+Shift+Z (or Ctrl+Y) redoes it (⌘ on a Mac).
 */
import { useEffect } from 'react';
import { SEARCH_INPUT_ID } from '../header/SearchBox';
import { useIsnad } from '../store';

const TEXT_INPUTS = ['text', 'search', 'number', 'email', 'url', 'tel', 'password'];

/** Typing text, where `/` is a character: not a checkbox, a radio or a button. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA') return true;
  return target instanceof HTMLInputElement && TEXT_INPUTS.includes(target.type);
}

export function KeyboardShortcuts() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === '/' && !isTyping(event.target)) {
        event.preventDefault();
        document.getElementById(SEARCH_INPUT_ID)?.focus();
      } else if (event.key === 'Escape') {
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
