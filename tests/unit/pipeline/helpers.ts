/** Small views of an extraction result for table tests. */
import { extractArticle, type ExtractionResult } from '../../../src/pipeline/index.ts';

export function run(text: string): ExtractionResult {
  return extractArticle({ id: 't', text });
}

export function labelsOf(r: ExtractionResult, kind: string): string[] {
  return r.entities.filter((e) => e.kind === kind).map((e) => e.label);
}

/** «speaker label: statement text» for each statement. */
export function said(r: ExtractionResult): string[] {
  const label = new Map(r.entities.map((e) => [e.key, e.label]));
  return r.statements.map((s) => `${s.speaker ? label.get(s.speaker) : '?'}: ${s.text}`);
}

export function membersOf(r: ExtractionResult): string[] {
  const label = new Map(r.entities.map((e) => [e.key, e.label]));
  return r.relations
    .filter((x) => x.kind === 'member_of')
    .map((x) => `${label.get(x.source)} → ${label.get(x.target)}`);
}
