// @vitest-environment jsdom
/**
 * The SVG post-processing on a drawing shaped as cytoscape-svg writes it (one flat group of paths
 * and texts, in drawing order), with the colours of the palette.
 */
import { describe, expect, it } from 'vitest';
import { parseSvg, sanitizeSvgText, structureSvg } from '../../../src/app/export/svg-structure';

const drawing = `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><g><rect fill="#ffffff" stroke="none"/><g transform="translate(0,0)">
<path fill="none" stroke="rgb(71,85,105)" d="M0 0 L1 1"/>
<path fill="rgb(255,255,255)" stroke="none" d="M0 0 Z"/>
<path fill="rgb(71,85,105)" stroke="none" d="M0 0 Z"/>
<path fill="none" stroke="rgb(124,58,237)" d="M0 0 L2 2"/>
<path fill="rgb(124,58,237)" stroke="none" d="M0 0 Z"/>
<path fill="rgb(37,99,235)" stroke="rgb(255,255,255)" d="M5 5 Z"/>
<path fill="none" stroke="rgb(255,255,255)" d="M5 5 Z"/>
<path fill="rgb(124,58,237)" stroke="none" d="M9 9 Z"/>
<path fill="rgb(255,255,255)" stroke="none" fill-opacity="0.75" d="M5 5 Z"/>
<text x="5" y="5" text-anchor="middle">دونالد ترامب</text>
<text x="9" y="9" text-anchor="middle">نمت بنسبة 20% في ظل…</text>
<text x="9" y="9" text-anchor="middle">US delegation</text>
</g></g></svg>`;

const labels = [
  { display: 'دونالد ترامب', label: 'دونالد ترامب', kind: 'person' },
  { display: 'نمت بنسبة 20% في ظل الظروف…', label: 'نمت بنسبة 20% في ظل الظروف الراهنة', kind: 'statement' },
  { display: 'US delegation', label: 'US delegation', kind: 'delegation' },
]; // prettier-ignore

describe('an SVG a designer can edit', () => {
  const doc = parseSvg(drawing);
  structureSvg(doc, labels);
  const group = (id: string) => doc.getElementById(id);

  it.each([
    ['edges-said', 'edges: said', 3],
    ['edges-heads', 'edges: heads', 2],
    ['nodes-person', 'nodes: person', 2],
    ['nodes-delegation', 'nodes: delegation', 1],
  ])('%s groups its elements under a <title>', (id, title, count) => {
    expect(group(id)?.querySelector('title')?.textContent).toBe(title);
    expect(group(id)?.querySelectorAll('path')).toHaveLength(count);
  });

  it('a heads arrowhead (violet, like delegations) stays with its edge, a delegation does not', () => {
    expect(group('edges-heads')?.querySelectorAll('path[fill="rgb(124,58,237)"]')).toHaveLength(1);
    expect(group('nodes-delegation')?.querySelector('path')?.getAttribute('d')).toBe('M9 9 Z');
  });

  it.each([
    ['labels-person', 'دونالد ترامب', 'دونالد ترامب', 'rtl'],
    ['labels-statement', 'نمت بنسبة 20% في ظل…', 'نمت بنسبة 20% في ظل الظروف الراهنة', 'rtl'],
    ['labels-delegation', 'US delegation', 'US delegation', null],
  ])('%s: «%s» titled with the full label, direction %s', (id, text, title, direction) => {
    const label = group(id)!.querySelector('g')!;
    expect(label.querySelector('text')!.textContent).toBe(text);
    expect(label.querySelector('title')!.textContent).toBe(title);
    expect(label.querySelector('text')!.getAttribute('direction')).toBe(direction);
    expect(label.querySelector('text')!.getAttribute('unicode-bidi')).toBe(
      direction ? 'embed' : null,
    );
  });

  it('a label keeps its white background in its group', () => {
    expect(group('labels-person')!.querySelector('path[fill-opacity="0.75"]')).not.toBeNull();
  });

  it('paints edges, then nodes, then labels, as the canvas does', () => {
    const ids = Array.from(doc.querySelectorAll('g[id]')).map((g) => g.id).filter((id) => !id.startsWith('label-'));
    expect(ids).toEqual(['edges-said', 'edges-heads', 'nodes-person', 'nodes-delegation', 'labels-person', 'labels-statement', 'labels-delegation']);
  }); // prettier-ignore
});

describe('a control character in a label cannot break the SVG', () => {
  it.each([
    ['raw', 'قمة\u000Bأنكوراج'],
    ['as a decimal reference', 'قمة&#11;أنكوراج'],
    ['as a hex reference', 'قمة&#x0B;أنكوراج'],
  ])('%s', (_how, text) => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg"><text>${text}</text></svg>`;
    expect(parseSvg(svg).querySelector('text')!.textContent).toBe('قمةأنكوراج');
  });

  it('keeps references to allowed characters', () => {
    expect(sanitizeSvgText('a&#10;b&#x627;&amp;')).toBe('a&#10;b&#x627;&amp;');
  });

  it('throws instead of saving a parser error page', () => {
    expect(() => parseSvg('<svg xmlns="http://www.w3.org/2000/svg"><text>')).toThrow(
      /not valid XML/,
    );
  });
});
