/**
 * The community layout (src/graph/layout-corpus.ts) off the main thread: a serialized graph in,
 * progress messages while it runs, positions by node key out. The page stays responsive.
 */
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { corpusLayout } from '../../graph/layout-corpus';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../graph/types';

export type LayoutRequest = { graph: SerializedGraph };
export type LayoutReply =
  | { type: 'progress'; done: number }
  | { type: 'done'; positions: Record<string, { x: number; y: number }> }
  | { type: 'error'; message: string };

const post = (reply: LayoutReply) => self.postMessage(reply);

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  try {
    const graph = Graph.from(event.data.graph) as unknown as Graph<
      NodeAttributes,
      EdgeAttributes,
      GraphAttributes
    >;
    corpusLayout(graph, (done) => post({ type: 'progress', done }));
    const positions: Record<string, { x: number; y: number }> = {};
    graph.forEachNode((key, attrs) => {
      positions[key] = { x: Number(attrs.x), y: Number(attrs.y) };
    });
    post({ type: 'done', positions });
  } catch (error) {
    post({ type: 'error', message: (error as Error).message });
  }
};
