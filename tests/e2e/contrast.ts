/**
 * Text contrast as the page renders it (WCAG 2.x): for every visible element with its own text
 * inside a container, the text colour against the background it is drawn on — the nearest
 * backgrounds up the tree, composited while translucent — and the element's opacity chain.
 * Disabled controls are exempt (WCAG 1.4.3), as is text inside native <select> popups.
 */
import type { Page } from 'playwright-core';

export interface ContrastProblem {
  text: string;
  ratio: number;
  color: string;
  background: string;
}

/** AA for normal text. */
export const AA = 4.5;

export async function lowContrast(
  page: Page,
  selector: string,
  minimum = AA,
): Promise<ContrastProblem[]> {
  return page.evaluate(
    ({ selector, minimum }) => {
      type Rgba = [number, number, number, number];
      const parse = (css: string): Rgba => {
        const n = css.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
        return [n[0] ?? 0, n[1] ?? 0, n[2] ?? 0, css.startsWith('rgba') ? (n[3] ?? 1) : 1];
      };
      const over = (top: Rgba, bottom: Rgba): Rgba => {
        const a = top[3];
        return [
          top[0] * a + bottom[0] * (1 - a),
          top[1] * a + bottom[1] * (1 - a),
          top[2] * a + bottom[2] * (1 - a),
          1,
        ];
      };
      const background = (element: Element | null): Rgba => {
        if (!element) return [255, 255, 255, 1];
        const own = parse(getComputedStyle(element).backgroundColor);
        if (own[3] >= 1) return own;
        const below = background(element.parentElement);
        return own[3] > 0 ? over(own, below) : below;
      };
      const opacity = (element: Element | null): number =>
        element ? Number(getComputedStyle(element).opacity) * opacity(element.parentElement) : 1;
      const luminance = ([r, g, b]: Rgba) => {
        const channel = (v: number) => {
          const c = v / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
      };
      const problems: ContrastProblem[] = [];
      for (const root of document.querySelectorAll(selector)) {
        for (const element of [root, ...root.querySelectorAll('*')]) {
          const ownText = [...element.childNodes]
            .filter((n) => n.nodeType === Node.TEXT_NODE)
            .map((n) => n.textContent ?? '')
            .join('')
            .trim();
          if (!ownText) continue;
          if (element.closest(':disabled, select, option, [aria-disabled="true"]')) continue;
          const style = getComputedStyle(element);
          if (
            style.visibility !== 'visible' ||
            element.getClientRects().length === 0 ||
            !element.checkVisibility({ contentVisibilityAuto: true })
          )
            continue;
          const bg = background(element);
          const fgRaw = parse(style.color);
          const fg = over([fgRaw[0], fgRaw[1], fgRaw[2], fgRaw[3] * opacity(element)], bg);
          const [l1, l2] = [luminance(fg), luminance(bg)].sort((a, b) => b - a) as [number, number];
          const ratio = (l1 + 0.05) / (l2 + 0.05);
          if (ratio < minimum)
            problems.push({
              text: ownText.slice(0, 40),
              ratio: Math.round(ratio * 100) / 100,
              color: style.color,
              background: `rgb(${bg.slice(0, 3).map(Math.round).join(', ')})`,
            });
        }
      }
      return problems;
    },
    { selector, minimum },
  );
}
