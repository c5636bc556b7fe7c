/** The graph contract lives below both pipeline and graph (src/core/types.ts). */
export * from '../core/types.ts';
