/** The Arabic text helpers are shared by pipeline and graph (src/core/arabic.ts). */
export * from '../core/arabic.ts';
