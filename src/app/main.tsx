import seedGraph from 'virtual:isnad/seed-graph';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadFonts } from './fonts';
import { startWorkspaces } from './workspace/session';
import './styles.css';
import './curation/curation.css';
import './fold/fold.css';

const root = document.getElementById('root');
if (!root) throw new Error('isnad: #root is missing from index.html');

// Fonts first: Cytoscape draws labels on a canvas, which does not re-render when a font arrives.
await loadFonts();
// The workspace left last time (the seed on a first visit) and a shared link's view, before the
// first draw.
await startWorkspaces(seedGraph, window.location.search);
performance.mark('isnad:workspace-restored');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
