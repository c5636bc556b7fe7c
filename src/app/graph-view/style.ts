import type { StylesheetJson } from 'cytoscape';
import { UI_FONT_FAMILY } from '../fonts';

export const KIND_COLORS = {
  person: '#2563eb',
  delegation: '#7c3aed',
  place: '#059669',
  organization: '#d97706',
  statement: '#64748b',
} as const;

export const graphStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-family': UI_FONT_FAMILY,
      'font-size': 12,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'background-color': '#94a3b8',
      width: 24,
      height: 24,
    },
  },
  ...Object.entries(KIND_COLORS).map(([kind, color]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': color },
  })),
  {
    selector: 'edge',
    style: {
      width: 1.2,
      'line-color': '#cbd5e1',
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      'target-arrow-color': '#cbd5e1',
      'arrow-scale': 0.8,
    },
  },
];
