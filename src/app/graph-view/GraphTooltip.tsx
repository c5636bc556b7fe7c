/**
 * Hover tooltip: a plain positioned div beside the canvas (never inside the Cytoscape container),
 * with a name (in the interface language) and role, or a statement's speaker and its whole first
 * sentence.
 */
import type { EventObject, NodeSingular } from 'cytoscape';
import { useEffect, useState } from 'react';
import { firstSentence } from '../article/highlights';
import { kindName, useLang } from '../i18n';
import type { Lang } from '../i18n/messages';
import { nameIn, otherName } from '../i18n/names';
import { useCy } from './cy-context';

interface Tip {
  x: number;
  y: number;
  title: string;
  detail: string;
  /** The statement's text, shown under its speaker. */
  quote?: string;
}

function tipOf(node: NodeSingular, lang: Lang): Omit<Tip, 'x' | 'y'> {
  const kind = String(node.data('kind'));
  if (kind === 'statement') {
    const speaker = node.incomers('edge[kind = "said"]').sources()[0];
    return {
      title: speaker ? nameIn(lang, speaker.data()) : kindName(lang, kind),
      detail: kindName(lang, kind),
      quote: firstSentence(String(node.data('text') ?? node.data('label'))),
    };
  }
  const role = node.data('role') as string | undefined;
  const other = otherName(lang, node.data()) ?? (lang === 'ar' ? node.data('labelEn') : undefined);
  return {
    title: nameIn(lang, node.data()),
    detail: [role, other, kindName(lang, kind)].filter(Boolean).join(' · '),
  };
}

export function GraphTooltip() {
  const cy = useCy();
  const lang = useLang();
  const [tip, setTip] = useState<Tip | null>(null);

  useEffect(() => {
    if (!cy || cy.destroyed()) return undefined;
    const onOver = (event: EventObject) => {
      const node = event.target as NodeSingular;
      if (!node.visible()) return;
      const { x, y } = node.renderedPosition();
      const size = node.renderedOuterHeight();
      setTip({ x, y: y - size / 2, ...tipOf(node, lang) });
    };
    const onOut = () => setTip(null);
    cy.on('mouseover', 'node', onOver);
    cy.on('mouseout', 'node', onOut);
    cy.on('viewport', onOut);
    return () => {
      setTip(null);
      if (cy.destroyed()) return;
      cy.off('mouseover', 'node', onOver);
      cy.off('mouseout', 'node', onOut);
      cy.off('viewport', onOut);
    };
  }, [cy, lang]);

  if (!tip) return null;
  return (
    <div className="graph-tooltip" role="tooltip" style={{ left: tip.x, top: tip.y }}>
      <div className="graph-tooltip-title" dir="auto">
        {tip.title}
      </div>
      {tip.quote && (
        <div className="graph-tooltip-quote" dir="rtl" lang="ar">
          {tip.quote}
        </div>
      )}
      {tip.detail && (
        <div className="graph-tooltip-detail" dir="auto">
          {tip.detail}
        </div>
      )}
    </div>
  );
}
