/** Why the last correction could not be made, said where it was tried (nothing when it was made). */
import { useCurationT } from './use-curation-t';

export function EditProblem({ problem }: { problem: string | null | undefined }) {
  const t = useCurationT();
  if (!problem) return null;
  return (
    <p className="edit-problem" role="status">
      {t('failed')}: {problem}
    </p>
  );
}
