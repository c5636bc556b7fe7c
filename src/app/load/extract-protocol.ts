/** Messages between the app and the extraction worker (extract.worker.ts). */
import type { SerializedGraph } from 'graphology-types';

export interface ExtractRequest {
  text: string;
}

export type ExtractReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; graph: SerializedGraph }
  | { type: 'error'; problem: 'textTooLong' | 'textEmpty' | 'raw'; detail?: string };
