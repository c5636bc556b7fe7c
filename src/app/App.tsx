/**
 * The explorer's layout: header (search, language, export), filters and legend on one side, the
 * graph with its statements table / article tabs in the middle, the inspector on the other side.
 * Controllers (render-less) sync the store to the canvas and the page.
 */
import type { Core } from 'cytoscape';
import { useCallback, useState } from 'react';
import { BottomPanel } from './BottomPanel';
import { Splitter, usePaneHeight } from './Splitter';
import { DocumentLanguage } from './controllers/DocumentLanguage';
import { KeyboardShortcuts } from './controllers/KeyboardShortcuts';
import { UrlController } from './controllers/UrlController';
import { exposeDebugHandle } from './debug-handle';
import { FilterPanel } from './filters/FilterPanel';
import { AppearancePanel } from './filters/AppearancePanel';
import { Legend } from './filters/Legend';
import { CyContext } from './graph-view/cy-context';
import { GraphCanvas } from './graph-view/GraphCanvas';
import { GraphControls } from './graph-view/GraphControls';
import { GraphTooltip } from './graph-view/GraphTooltip';
import { EditsController } from './graph-view/controllers/EditsController';
import { AppearanceController } from './graph-view/controllers/AppearanceController';
import { DetailController } from './graph-view/controllers/DetailController';
import { FoldController } from './fold/FoldController';
import { LabelController } from './graph-view/controllers/LabelController';
import { ReadyController } from './graph-view/controllers/ReadyController';
import { SearchController } from './graph-view/controllers/SearchController';
import { SelectionController } from './graph-view/controllers/SelectionController';
import { ViewportController } from './graph-view/controllers/ViewportController';
import { VisibilityController } from './graph-view/controllers/VisibilityController';
import { AppHeader } from './header/AppHeader';
import { useLang, directionOf } from './i18n';
import { Inspector } from './inspector/Inspector';
import { DropZone } from './workspace/DropZone';
import { ViewPersistence } from './workspace/ViewPersistence';
import { WorkspacePanel } from './workspace/WorkspacePanel';
import './workspace/workspace.css';

export function App() {
  const [cy, setCy] = useState<Core | null>(null);
  const lang = useLang();
  const [paneHeight, setPaneHeight] = usePaneHeight();
  const onReady = useCallback((instance: Core | null) => {
    setCy(instance);
    exposeDebugHandle(instance);
  }, []);
  return (
    <CyContext.Provider value={cy}>
      <div className="app" dir={directionOf(lang)} lang={lang}>
        <AppHeader />
        <div className="app-body">
          <aside className="side-panel side-filters">
            <WorkspacePanel />
            <FilterPanel />
            <Legend />
            <AppearancePanel />
          </aside>
          <main className="center">
            <section className="graph-area">
              <GraphCanvas onReady={onReady} />
              <GraphControls />
              <GraphTooltip />
            </section>
            <Splitter height={paneHeight} onResize={setPaneHeight} />
            <BottomPanel height={paneHeight} />
          </main>
          <aside className="side-panel side-inspector">
            <Inspector />
          </aside>
        </div>
        <DropZone />
      </div>
      <EditsController />
      <VisibilityController />
      <DetailController />
      <FoldController />
      <AppearanceController />
      <LabelController />
      <SelectionController />
      <SearchController />
      <ViewportController />
      <ReadyController />
      <UrlController />
      <KeyboardShortcuts />
      <DocumentLanguage />
      <ViewPersistence />
    </CyContext.Provider>
  );
}
