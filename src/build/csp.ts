/**
 * The Content-Security-Policy of the built app: everything from our own origin, no inline
 * script or style, no plugins, no <base>, no framing. Served as a header by `vite preview` and
 * written as a <meta> into the built page (a meta cannot carry frame-ancestors). Cytoscape's
 * one inline <style> is pre-empted by public/cytoscape-container.css (see src/index.html).
 */
import type { Plugin } from 'vite';

const DIRECTIVES: Array<[string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  // Image exports are previewed and downloaded from data: and blob: URLs.
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

export const CSP_META = DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');
export const CSP_HEADER = `${CSP_META}; frame-ancestors 'none'`;

/** The <meta> in the built page (not in dev: Vite's dev server injects inline scripts). */
export function cspPlugin(): Plugin {
  return {
    name: 'isnad-csp',
    apply: 'build',
    transformIndexHtml() {
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}
