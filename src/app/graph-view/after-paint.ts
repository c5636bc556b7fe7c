/**
 * Runs `work` in a task of its own once the next frame has painted (a task queued from that
 * frame); returns the cancel. What follows a change the user sees — the fade after a click, the
 * next chunk of a large graph — waits for that change to be on screen.
 */
export function afterPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
