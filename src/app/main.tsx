import seedGraph from 'virtual:isnad/seed-graph';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadFonts } from './fonts';
import { useIsnad } from './store';
import { restoreViewFromUrl } from './url/restore';
import './styles.css';
import './curation/curation.css';

const root = document.getElementById('root');
if (!root) throw new Error('isnad: #root is missing from index.html');

// Fonts first: Cytoscape draws labels on a canvas, which does not re-render when a font arrives.
await loadFonts();
useIsnad.getState().loadGraph(seedGraph);
// A shared link restores its view before the first draw.
restoreViewFromUrl(window.location.search);
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
