/** A statement: full text, speaker, mode, cue, what it mentions, the sentence it came from. */
import { mentionedBy, speakerOf, type GraphIndex } from '../../graph/queries';
import type { StatementNodeAttributes } from '../../graph/types';
import { sentenceAround } from '../article/highlights';
import { useT } from '../i18n';
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
        <dt>{t('mode')}</dt>
        <dd>
          <ModeBadge mode={attrs.mode} />{' '}
          <span dir="rtl" className="cue">
            {attrs.cue}
          </span>
        </dd>
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
