/** What the colours, shapes and lines mean. */
import { EDGE_STYLES, EDITED, KIND_COLORS } from '../graph-view/style';
import { kindName, useLang, useT } from '../i18n';

export function Legend() {
  const t = useT();
  const lang = useLang();
  return (
    <section className="legend" aria-label={t('legend')}>
      <h2>{t('legend')}</h2>
      <ul>
        {Object.entries(KIND_COLORS).map(([kind, color]) => (
          <li key={kind}>
            <span className={`legend-swatch swatch-${kind}`} style={{ background: color }} />
            {kindName(lang, kind)}
          </li>
        ))}
        {Object.entries(EDGE_STYLES).map(([kind, s]) => (
          <li key={kind}>
            <span
              className="legend-line"
              style={{
                borderTopColor: s.color,
                borderTopStyle: s.line,
                borderTopWidth: Math.max(2, s.width),
              }}
            />
            {kindName(lang, kind)}
          </li>
        ))}
        <li>
          <span className="legend-swatch swatch-edited" style={{ borderColor: EDITED }} />
          {t('editedByHand')}
        </li>
      </ul>
    </section>
  );
}
