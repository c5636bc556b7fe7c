/** "Edited: speaker changed from X to Y": what a person changed on this node, in words. */
import type { EditMark } from '../../core/types';
import { useLang } from '../i18n';
import { useCurationT } from './use-curation-t';
import { markWords } from './words';

export function EditedNote({ marks }: { marks: readonly EditMark[] | undefined }) {
  const t = useCurationT();
  const lang = useLang();
  if (!marks || marks.length === 0) return null;
  return (
    <div className="edited-note" data-testid="edited-note">
      <span className="badge badge-edited">{t('editedBadge')}</span>
      <ul>
        {marks.map((mark, i) => (
          <li key={i}>{markWords(lang, mark)}</li>
        ))}
      </ul>
    </div>
  );
}

/** The small mark beside an edited statement in the table. */
export function EditedBadge() {
  const t = useCurationT();
  return <span className="badge badge-edited statement-edited">{t('editedBadge')}</span>;
}
