/**
 * Hover tooltip: a plain positioned div beside the canvas (never inside the Cytoscape container),
 * with a person's name and role, or a statement's first words.
 */
import type { EventObject, NodeSingular } from 'cytoscape';
import { useEffect, useState } from 'react';
import { kindName, useLang } from '../i18n';
import { useCy } from './cy-context';
import { shortenLabel } from './labels';

interface Tip {
  x: number;
  y: number;
  title: string;
  detail: string;
}

function tipOf(node: NodeSingular, lang: 'ar' | 'en'): Omit<Tip, 'x' | 'y'> {
  const kind = String(node.data('kind'));
  if (kind === 'statement')
    return {
      title: shortenLabel(String(node.data('text') ?? node.data('label')), 12),
      detail: kindName(lang, kind),
    };
  const role = node.data('role') as string | undefined;
  const english = node.data('labelEn') as string | undefined;
  return {
    title: String(node.data('label')),
    detail: [role, english, kindName(lang, kind)].filter(Boolean).join(' · '),
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
      if (node.hasClass('hidden')) return;
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
      {tip.detail && (
        <div className="graph-tooltip-detail" dir="auto">
          {tip.detail}
        </div>
      )}
    </div>
  );
}
