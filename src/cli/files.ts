/**
 * The CLIs' file safety: paths checked before any work, user errors as one line naming the
 * path (exit 2), and output written through temporary files beside the targets — all files or
 * none, never over an input, with no temporary file left behind on any failure or signal.
 */
import {
  closeSync,
  linkSync,
  lstatSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** A mistake in what the user asked for (exit code 2); anything else is a bug (exit code 1). */
export class UserError extends Error {}

/** One readable reason for a failed file-system call on `path`. */
export function fileError(tool: string, path: string, error: unknown): UserError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT'
      ? isSymlink(path)
        ? 'a symbolic link to nothing (its target is missing)'
        : 'no such file or folder'
      : code === 'ELOOP'
        ? 'a loop of symbolic links'
        : code === 'EISDIR'
          ? 'is a folder (expected a file)'
          : code === 'ENOTDIR'
            ? 'part of the path is a file, not a folder'
            : code === 'EACCES' || code === 'EPERM'
              ? 'permission denied'
              : code === 'ENOSPC'
                ? 'the disk is full'
                : code === 'EROFS'
                  ? 'read-only file system'
                  : `${code ?? 'error'} (${(error as Error).message})`;
  return new UserError(`${tool}: ${path}: ${reason}`);
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** `path` is a readable regular file; otherwise a UserError naming it. */
export function checkInputFile(tool: string, path: string): void {
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    throw fileError(tool, path, error);
  }
  if (stats.isDirectory()) throw new UserError(`${tool}: ${path}: is a folder (expected a file)`);
  if (!stats.isFile()) throw new UserError(`${tool}: ${path}: not a regular file`);
}

function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/**
 * Every output path is a file name in an existing folder, not a folder itself and not one of
 * the inputs (compared after resolving symbolic links).
 */
export function checkOutputs(tool: string, outputs: readonly string[], inputs: readonly string[]) {
  const read = new Set(inputs.map(realOrResolved));
  for (const out of outputs) {
    if (out === '') throw new UserError(`${tool}: --out is empty (expected a file name)`);
    const folder = dirname(out);
    let stats;
    try {
      stats = statSync(folder);
    } catch {
      throw new UserError(`${tool}: ${out}: the output folder ${folder} does not exist`);
    }
    if (!stats.isDirectory()) throw new UserError(`${tool}: ${out}: ${folder} is not a folder`);
    let target;
    try {
      target = statSync(out);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && !isSymlink(out)) continue;
      throw fileError(tool, out, error);
    }
    if (target.isDirectory())
      throw new UserError(`${tool}: ${out}: is a folder (expected a file name for the output)`);
    if (read.has(realOrResolved(out)))
      throw new UserError(`${tool}: ${out}: is also an input (refusing to overwrite it)`);
  }
}

/** Temporary files alive right now, removed if the process is interrupted. */
const live = new Set<string>();
let handlersInstalled = false;

function removeLive(): void {
  for (const path of live) rmSync(path, { force: true });
  live.clear();
}

function installSignalHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', removeLive);
  for (const [signal, number] of [
    ['SIGINT', 2],
    ['SIGTERM', 15],
    ['SIGHUP', 1],
  ] as const)
    process.on(signal, () => {
      removeLive();
      process.exit(128 + number);
    });
}

export interface OutputFile {
  path: string;
  /** The text, whole or in pieces (a large graph, see json-chunks.ts). */
  content: string | Iterable<string>;
}

/** Writes `content` to `path` as UTF-8, piece by piece when it comes in pieces. */
function writeContent(path: string, content: string | Iterable<string>): void {
  if (typeof content === 'string') {
    writeFileSync(path, content, 'utf8');
    return;
  }
  const fd = openSync(path, 'w');
  try {
    for (const piece of content) {
      // A write to a file takes the whole piece; a short one (never seen) writes the rest.
      const written = writeSync(fd, piece, null, 'utf8');
      const bytes = Buffer.byteLength(piece, 'utf8');
      if (written < bytes) {
        const rest = Buffer.from(piece, 'utf8');
        for (let done = written; done < bytes;) done += writeSync(fd, rest, done, bytes - done);
      }
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes every file or none. Each goes to `.<name>.<pid>.tmp` in its target's folder; existing
 * targets are kept under a hard link until every rename has succeeded, so a failure half-way
 * puts them back. `hold` (tests only) waits with the temporary files written.
 */
export async function writeAllOrNothing(
  tool: string,
  files: readonly OutputFile[],
  hold: () => Promise<void> = async () => undefined,
): Promise<void> {
  installSignalHandlers();
  const side = (path: string, suffix: string) =>
    join(dirname(path), `.${basename(path)}.${process.pid}.${suffix}`);
  const temporary = files.map((f) => side(f.path, 'tmp'));
  const backups = files.map((f) => side(f.path, 'bak'));
  const renamed: number[] = [];
  try {
    files.forEach((file, i) => {
      const tmp = temporary[i] as string;
      live.add(tmp);
      try {
        writeContent(tmp, file.content);
      } catch (error) {
        throw fileError(tool, file.path, error);
      }
    });
    await hold();
    files.forEach((file, i) => {
      const backup = backups[i] as string;
      try {
        linkSync(file.path, backup);
        live.add(backup);
      } catch {
        // No previous file (or no hard links here): nothing to put back.
      }
    });
    files.forEach((file, i) => {
      try {
        renameSync(temporary[i] as string, file.path);
      } catch (error) {
        throw fileError(tool, file.path, error);
      }
      live.delete(temporary[i] as string);
      renamed.push(i);
    });
  } catch (error) {
    // Put back what was replaced, remove what was new.
    for (const i of renamed) {
      const path = (files[i] as OutputFile).path;
      const backup = backups[i] as string;
      if (live.has(backup)) {
        renameSync(backup, path);
        live.delete(backup);
      } else rmSync(path, { force: true });
    }
    throw error;
  } finally {
    for (const path of [...temporary, ...backups])
      if (live.delete(path)) rmSync(path, { force: true });
  }
}

/** Waits `ms` when the test-only variable ISNAD_TEST_HOLD_MS is set (see tests/unit/cli). */
export function testHold(): () => Promise<void> {
  const ms = Number(process.env.ISNAD_TEST_HOLD_MS ?? 0);
  return ms > 0 ? () => new Promise((done) => setTimeout(done, ms)) : async () => undefined;
}
