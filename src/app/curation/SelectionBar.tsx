/**
 * What to do with words selected in the article: add them as a mention of an entity (new or
 * existing, by name and kind) or as a statement by a chosen speaker.
 */
import { useState } from 'react';
import type { Span } from '../../graph/curation/index';
import type { GraphIndex } from '../../graph/queries';
import { ENTITY_KINDS, type EntityKind, type StatementMode } from '../../graph/types';
import { kindName, useLang } from '../i18n';
import { EntitySelect } from './EntitySelect';
import { entityRef } from './refs';
import { EditProblem } from './EditProblem';
import { useApply } from './use-apply';
import { useCurationT } from './use-curation-t';

export function SelectionBar({
  index,
  span,
  onDone,
}: {
  index: GraphIndex;
  span: Span;
  onDone(): void;
}) {
  const t = useCurationT();
  const lang = useLang();
  const { apply, problem } = useApply();
  const words =
    index.articles.find((a) => a.id === span.article)?.text.slice(span.start, span.end) ?? '';
  const [kind, setKind] = useState<EntityKind>('person');
  const [name, setName] = useState(words);
  const [speaker, setSpeaker] = useState('');
  const [mode, setMode] = useState<StatementMode>('reported');
  return (
    <div
      className="selection-bar"
      data-testid="selection-bar"
      role="group"
      aria-label={t('selection')}
    >
      <p className="selection-words" dir="rtl">
        «{words.length > 80 ? `${words.slice(0, 80)}…` : words}»
      </p>
      <form
        className="edit-row"
        onSubmit={(event) => {
          event.preventDefault();
          if (apply({ op: 'add-entity', kind, label: name, at: span })) onDone();
        }}
      >
        <label>
          {t('addAs')}{' '}
          <select
            value={kind}
            onChange={(e) => setKind(e.target.value as EntityKind)}
            data-testid="add-entity-kind"
          >
            {ENTITY_KINDS.map((k) => (
              <option key={k} value={k}>
                {kindName(lang, k)}
              </option>
            ))}
          </select>
        </label>
        <input
          aria-label={t('name')}
          dir="auto"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" data-testid="add-entity">
          {t('add')}
        </button>
      </form>
      <form
        className="edit-row"
        onSubmit={(event) => {
          event.preventDefault();
          const who = speaker ? entityRef(index, speaker) : null;
          if (apply({ op: 'add-statement', at: span, speaker: who, mode })) onDone();
        }}
      >
        <label>
          {t('addStatement')}{' '}
          <EntitySelect
            index={index}
            value={speaker}
            onChange={setSpeaker}
            label={t('speaker')}
            empty={t('unknownSpeaker')}
            testId="add-statement-speaker"
          />
        </label>
        <select
          className="mode-select"
          value={mode}
          onChange={(e) => setMode(e.target.value as StatementMode)}
          aria-label={`${t('direct')} / ${t('reported')}`}
        >
          <option value="reported">{t('reported')}</option>
          <option value="direct">{t('direct')}</option>
        </select>
        <button type="submit" data-testid="add-statement">
          {t('add')}
        </button>
        <button type="button" className="icon-button" aria-label={t('dismiss')} onClick={onDone}>
          ×
        </button>
      </form>
      <EditProblem problem={problem} />
    </div>
  );
}
