/**
 * Finishes Cytoscape's SVG: control codes dropped and the drawing grouped per kind with RTL
 * labels (svg-structure.ts), room below the graph for the legend and caption, drawn as `<g>`
 * elements, and the font embedded in a `<style>` so Arabic renders the same in every browser.
 */
import type { OverlayLayout } from './overlay-layout';
import { overlayGroup } from './overlay-svg';
import { parseSvg, structureSvg, type DrawnLabel } from './svg-structure';

const SVG_NS = 'http://www.w3.org/2000/svg';

export function composeSvg(
  svg: string,
  overlay: OverlayLayout | null,
  options: { background?: string; fontCss: string; labels?: readonly DrawnLabel[]; title?: string },
): string {
  const doc = parseSvg(svg);
  const root = doc.documentElement;
  structureSvg(doc, options.labels ?? []);
  if (options.title) {
    const title = doc.createElementNS(SVG_NS, 'title');
    title.textContent = options.title;
    root.insertBefore(title, root.firstChild);
  }
  const width = parseFloat(root.getAttribute('width') ?? '0');
  const graphHeight = parseFloat(root.getAttribute('height') ?? '0');
  const height = graphHeight + (overlay?.height ?? 0);
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);

  if (overlay) {
    if (options.background) {
      const band = doc.createElementNS(SVG_NS, 'rect');
      for (const [key, value] of Object.entries({
        x: 0,
        y: graphHeight,
        width,
        height: overlay.height,
      }))
        band.setAttribute(key, String(value));
      band.setAttribute('fill', options.background);
      root.appendChild(band);
    }
    root.appendChild(overlayGroup(doc, overlay.items, graphHeight));
  }
  // The font's <style> goes in as text, after serializing: a <style> element created in the
  // parsed document is "applied" under the page's CSP (style-src 'self') and reported.
  const xml = new XMLSerializer().serializeToString(doc);
  const css = options.fontCss.replace(/]]>/g, ']]]]><![CDATA[>');
  return xml.replace(/^(<svg\b[^>]*>)/, `$1<style><![CDATA[${css}]]></style>`);
}
