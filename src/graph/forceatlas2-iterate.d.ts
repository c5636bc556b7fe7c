/** One ForceAtlas2 iteration over its flat matrices (graphology-layout-forceatlas2's own step). */
declare module 'graphology-layout-forceatlas2/iterate.js' {
  export default function iterate(
    settings: Required<import('graphology-layout-forceatlas2').ForceAtlas2Settings>,
    nodes: Float32Array,
    edges: Float32Array,
  ): void;
}
