/** Limits on graph files, apart from the validator so the app can check a file's size cheaply. */

/** The largest graph file read, in bytes (checked before the file is read). */
export const MAX_GRAPH_BYTES = 50 * 1024 * 1024;
/** The deepest nesting of arrays and objects (a graph file needs 6). */
export const MAX_GRAPH_DEPTH = 32;
