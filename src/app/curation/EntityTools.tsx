/**
 * Correcting a person, place, organization or side: rename, change kind, merge one or more
 * other nodes into it (the user picks the name), split chosen mentions off, delete a junk entity.
 */
import { useState } from 'react';
import type { GraphIndex } from '../../graph/queries';
import { ENTITY_KINDS, type EntityKind, type EntityNodeAttributes } from '../../graph/types';
import { kindName, useLang } from '../i18n';
import { EditTools } from './EditTools';
import { EntitySelect } from './EntitySelect';
import { entityRef } from './refs';
import { EditProblem } from './EditProblem';
import { useApply } from './use-apply';
import { useCurationT } from './use-curation-t';

export function EntityTools({
  index,
  nodeKey,
  attrs,
}: {
  index: GraphIndex;
  nodeKey: string;
  attrs: EntityNodeAttributes;
}) {
  const t = useCurationT();
  const lang = useLang();
  const { apply, problem } = useApply();
  const [name, setName] = useState(attrs.label);
  // Merge: the nodes chosen to join this one (several may), and the name the result keeps.
  const [others, setOthers] = useState<string[]>([]);
  const [keep, setKeep] = useState(nodeKey);
  const [moving, setMoving] = useState<number[]>([]);
  const [splitName, setSplitName] = useState('');
  const self = () => entityRef(index, nodeKey);
  const labelOf = (key: string) => index.nodes.get(key)?.label ?? key;
  const article = (id: string) => index.articles.find((a) => a.id === id)?.text ?? '';

  return (
    <EditTools testId="edit-tools" summary={<>✎ {t('correct')}</>}>
      {() => (
        <>
          <form
            className="edit-row"
            onSubmit={(event) => {
              event.preventDefault();
              apply({ op: 'rename', entity: self(), label: name });
            }}
          >
            <input
              aria-label={t('newName')}
              dir="auto"
              value={name}
              onChange={(e) => setName(e.target.value)}
              data-testid="rename-input"
            />
            <button type="submit">{t('rename')}</button>
          </form>
          <label className="edit-row">
            {t('kind')}
            <select
              value={attrs.kind}
              data-testid="kind-select"
              onChange={(e) =>
                apply({ op: 'retype', entity: self(), kind: e.target.value as EntityKind })
              }
            >
              {ENTITY_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {kindName(lang, kind)}
                </option>
              ))}
            </select>
          </label>
          <div className="edit-group">
            <div className="edit-row">
              <EntitySelect
                index={index}
                value=""
                onChange={(key) => key && setOthers((list) => [...list, key])}
                label={t('mergeWith')}
                empty={`${t('mergeWith')}…`}
                exclude={[nodeKey, ...others]}
                testId="merge-select"
              />
            </div>
            {others.length > 0 && (
              <>
                <ul className="edit-list" data-testid="merge-list">
                  {others.map((key) => (
                    <li key={key}>
                      <span dir="auto">{labelOf(key)}</span>
                      <button
                        type="button"
                        className="icon-button"
                        aria-label={`${t('dismiss')}: ${labelOf(key)}`}
                        onClick={() => {
                          setOthers((list) => list.filter((k) => k !== key));
                          if (keep === key) setKeep(nodeKey);
                        }}
                      >
                        ×
                      </button>
                    </li>
                  ))}
                </ul>
                <div className="edit-row" role="radiogroup" aria-label={t('keepName')}>
                  <span>{t('keepName')}:</span>
                  {[nodeKey, ...others].map((key) => (
                    <label key={key}>
                      <input
                        type="radio"
                        name="merge-name"
                        checked={keep === key}
                        onChange={() => setKeep(key)}
                      />
                      <span dir="auto">{key === nodeKey ? attrs.label : labelOf(key)}</span>
                    </label>
                  ))}
                  <button
                    type="button"
                    data-testid="merge-button"
                    onClick={() => {
                      const label = keep === nodeKey ? attrs.label : labelOf(keep);
                      const refs = others.map((key) => entityRef(index, key));
                      if (apply({ op: 'merge', into: self(), others: refs, label })) {
                        setOthers([]);
                        setKeep(nodeKey);
                      }
                    }}
                  >
                    {t('merge')}
                  </button>
                </div>
              </>
            )}
          </div>
          {attrs.mentions.length > 1 && (
            <fieldset className="edit-group">
              <legend>{t('splitOff')}</legend>
              <ul className="mention-choices">
                {attrs.mentions.map((m, i) => (
                  <li key={`${m.article}:${m.start}`}>
                    <label dir="rtl">
                      <input
                        type="checkbox"
                        checked={moving.includes(i)}
                        onChange={() =>
                          setMoving((list) =>
                            list.includes(i) ? list.filter((x) => x !== i) : [...list, i],
                          )
                        }
                      />
                      <span className="context">
                        …{article(m.article).slice(Math.max(0, m.start - 24), m.start)}
                      </span>
                      <mark>{m.text}</mark>
                      <span className="context">
                        {article(m.article).slice(m.end, m.end + 24)}…
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
              <div className="edit-row">
                <input
                  aria-label={t('splitName')}
                  placeholder={t('splitName')}
                  dir="auto"
                  value={splitName}
                  onChange={(e) => setSplitName(e.target.value)}
                />
                <button
                  type="button"
                  disabled={moving.length === 0}
                  onClick={() => {
                    const mentions = moving.map((i) => attrs.mentions[i]!);
                    if (
                      apply({
                        op: 'split',
                        entity: self(),
                        mentions: mentions.map(({ article: a, start, end }) => ({
                          article: a,
                          start,
                          end,
                        })),
                        label: splitName.trim() || mentions[0]!.text,
                      })
                    ) {
                      setMoving([]);
                      setSplitName('');
                    }
                  }}
                >
                  {t('split')}
                </button>
              </div>
            </fieldset>
          )}
          <div className="edit-row">
            <button
              type="button"
              className="danger"
              data-testid="delete-entity"
              onClick={() => apply({ op: 'delete', entity: self() })}
            >
              {t('deleteEntity')}
            </button>
          </div>
          <EditProblem problem={problem} />
        </>
      )}
    </EditTools>
  );
}
