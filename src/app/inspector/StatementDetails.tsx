/** A statement: full text, speaker, mode, cue, what it mentions, the sentence it came from. */
import { mentionedBy, speakerOf, type GraphIndex } from '../../graph/queries';
import type { StatementNodeAttributes } from '../../graph/types';
import { sentenceAround } from '../article/highlights';
import { useLang, useT } from '../i18n';
import { reasonText, ruleText } from '../i18n/reasons';
import { SourceChip } from '../workspace/SourceChip';
import { useWorkspaceT } from '../workspace/messages';
import { ModeBadge, NodeLink, Section, ShowInArticle } from './parts';

export function StatementDetails({
  index,
  nodeKey,
  attrs,
}: {
  index: GraphIndex;
  nodeKey: string;
  attrs: StatementNodeAttributes;
}) {
  const t = useT();
  const tw = useWorkspaceT();
  const lang = useLang();
  const speaker = speakerOf(index, nodeKey) ?? attrs.speaker;
  const mentions = mentionedBy(index, nodeKey);
  const article = index.articles.find((a) => a.id === attrs.article);
  const sentence = article ? sentenceAround(article.text, attrs.start, attrs.end) : '';
  return (
    <>
      <blockquote className="statement-full" dir="rtl">
        {attrs.text}
      </blockquote>
      <dl className="facts">
        <dt>{t('speaker')}</dt>
        <dd>{speaker ? <NodeLink index={index} nodeKey={speaker} /> : t('unknownSpeaker')}</dd>
        <dt>{tw('source')}</dt>
        <dd>
          <SourceChip article={article} />
          {article?.url && (
            <a className="source-url" href={article.url} target="_blank" rel="noreferrer" dir="ltr">
              {article.url}
            </a>
          )}
        </dd>
        <dt>{t('mode')}</dt>
        <dd>
          <ModeBadge mode={attrs.mode} />
        </dd>
        {attrs.cue && (
          <>
            <dt>{t('cue')}</dt>
            <dd dir="rtl" className="cue">
              {attrs.cue}
            </dd>
          </>
        )}
        {attrs.reason && (
          <>
            <dt>{t('why')}</dt>
            <dd className="reason" data-testid="statement-reason">
              {reasonText(lang, attrs.reason)}
              {attrs.reason.speakerBy && (
                <>
                  <br />
                  {t('speakerChosen')}: {ruleText(lang, attrs.reason.speakerBy)}
                </>
              )}
            </dd>
          </>
        )}
        <dt>{t('mentions')}</dt>
        <dd>
          {mentions.length === 0
            ? t('none')
            : mentions.map((key) => <NodeLink key={key} index={index} nodeKey={key} />)}
        </dd>
      </dl>
      {sentence && (
        <Section title={t('sentence')}>
          <p className="sentence" dir="rtl">
            {sentence}
          </p>
        </Section>
      )}
      <ShowInArticle mention={attrs} />
    </>
  );
}
