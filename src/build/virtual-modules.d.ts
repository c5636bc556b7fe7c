declare module 'virtual:isnad/seed-graph' {
  import type { SerializedGraph } from 'graphology-types';
  const graph: SerializedGraph;
  export default graph;
}
