/**
 * The handle between the graph and the statements/article pane: drag it, or focus it and use
 * ↑ ↓ (Home and End for the extremes). The pane's height is kept in localStorage.
 */
import { useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useT } from './i18n';

const STORAGE_KEY = 'isnad.bottomPaneHeight';
const MIN = 120;
const STEP = 24;
const DEFAULT_SHARE = 0.32;

function maxHeight(): number {
  return Math.max(MIN, window.innerHeight - 260);
}

function clamp(height: number): number {
  return Math.round(Math.min(maxHeight(), Math.max(MIN, height)));
}

function storedHeight(): number {
  const stored = Number(globalThis.localStorage?.getItem(STORAGE_KEY));
  return clamp(stored > 0 ? stored : window.innerHeight * DEFAULT_SHARE);
}

/** The pane's height and the splitter that sets it. */
export function usePaneHeight(): [number, (height: number) => void] {
  const [height, setHeight] = useState(storedHeight);
  const set = (next: number) => {
    const value = clamp(next);
    setHeight(value);
    try {
      localStorage.setItem(STORAGE_KEY, String(value));
    } catch {
      // Private mode or storage full: the size still holds for this visit.
    }
  };
  return [height, set];
}

export function Splitter({ height, onResize }: { height: number; onResize(h: number): void }) {
  const t = useT();
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!event.currentTarget.hasPointerCapture(event.pointerId)) return;
    const bottom = event.currentTarget.parentElement?.getBoundingClientRect().bottom ?? 0;
    onResize(bottom - event.clientY);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = {
      ArrowUp: height + STEP,
      ArrowDown: height - STEP,
      Home: MIN,
      End: maxHeight(),
    };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    onResize(to);
  };
  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="horizontal"
      aria-label={t('resizePane')}
      aria-valuemin={MIN}
      aria-valuemax={maxHeight()}
      aria-valuenow={height}
      tabIndex={0}
      data-testid="splitter"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onKeyDown={onKeyDown}
    />
  );
}
