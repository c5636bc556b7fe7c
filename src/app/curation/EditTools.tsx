/**
 * A "✎ Correct this" box: a <details> whose content is rendered only while it is open. Why: the
 * pickers inside list every entity of the graph (1,300 options at 5,000 nodes), and every click
 * on a node rendered them into the inspector, closed, for nothing.
 */
import { useState, type ReactNode } from 'react';

export function EditTools({
  testId,
  summary,
  children,
}: {
  testId: string;
  summary: ReactNode;
  /** The content, asked for once the box is open. */
  children: () => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className="edit-tools"
      data-testid={testId}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{summary}</summary>
      {open && children()}
    </details>
  );
}
