/**
 * The data half of the export menu: the formats of src/graph/export/formats.ts (the CLI's), one
 * button per file; a button's tooltip names the tools the file is for.
 */
import { useState } from 'react';
import { CSV_TABLES, FORMATS, type DataFormat, type ExportScope } from '../../graph/export/index';
import { useCy } from '../graph-view/cy-context';
import { whenDrawn } from '../graph-view/drawing';
import { useIsnad } from '../store';
import { withPositions } from '../store/positions';
import { ChoicePair } from './ChoicePair';
import { downloadBlob } from './download';
import { exportGraphData } from './export-data';
import type { Report } from './report';
import { useExportT } from './use-export-messages';

const SINGLE_FILE: Array<[DataFormat, string]> = [
  ['json', 'Graph JSON'],
  ['gexf', 'GEXF (Gephi)'],
  ['graphml', 'GraphML (yEd, Cytoscape)'],
  ['cyjs', 'Cytoscape JSON'],
  ['ftm', 'FollowTheMoney (Aleph)'],
];
const NEO4J_FILES = ['nodes', 'relationships'] as const;

export function DataExport({ report }: { report: Report }) {
  const t = useExportT();
  const cy = useCy();
  const [scope, setScope] = useState<ExportScope>('visible');

  /** CSV and Neo4j give several files; `part` picks the one to save. */
  const run = async (format: DataFormat, part?: string) => {
    // The visible part is read from the canvas: all of a large graph must be on it.
    if (cy) await whenDrawn(cy);
    const { graph, positions } = useIsnad.getState();
    if (!graph) return undefined;
    // Re-arranged positions are part of what the user sees: they travel with the data.
    const files = exportGraphData(withPositions(graph, positions), cy, format, scope);
    const file = part ? files.find((f) => f.part === part) : files[0];
    if (!file) return undefined;
    downloadBlob(new Blob([file.content], { type: `${file.mime};charset=utf-8` }), file.name);
    return { name: file.name };
  };

  return (
    <fieldset className="export-section">
      <legend>{t('data')}</legend>
      <ChoicePair<ExportScope>
        name="export-scope"
        label={t('scope')}
        value={scope}
        onChange={setScope}
        choices={[
          { value: 'visible', label: t('visibleNow'), testId: 'export-scope-visible' },
          { value: 'all', label: t('everything'), testId: 'export-scope-all' },
        ]}
      />
      <div className="export-row">
        {SINGLE_FILE.map(([format, name]) => (
          <button
            key={format}
            type="button"
            title={FORMATS[format].forTools}
            data-testid={`export-${format}`}
            onClick={() => void report(() => run(format))}
          >
            {name}
          </button>
        ))}
      </div>
      <div className="export-row">
        <bdi>CSV:</bdi>
        {CSV_TABLES.map((table) => (
          <button
            key={table}
            type="button"
            data-testid={`export-csv-${table}`}
            onClick={() => void report(() => run('csv', table))}
          >
            {t(table)}
          </button>
        ))}
      </div>
      <div className="export-row" title={FORMATS.neo4j.forTools}>
        <bdi>Neo4j:</bdi>
        {NEO4J_FILES.map((part) => (
          <button
            key={part}
            type="button"
            data-testid={`export-neo4j-${part}`}
            onClick={() => void report(() => run('neo4j', part))}
          >
            {t(part)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
