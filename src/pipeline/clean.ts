/** Cleaning at the door lives in src/core (shared with src/graph's file reader). */
export * from '../core/clean.ts';
