// Where an export goes and how it is written: a temporary file in the target folder, then a
// rename, so a reader never sees half a PDF and a failed export leaves the old one intact. The
// source is never the target, and an existing export is only replaced when asked.
import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';

export type ExportFormat = 'pdf' | 'docx';

export type ExportErrorCode = 'exists' | 'source' | 'io';

export class ExportError extends Error {
  override name = 'ExportError';
  constructor(
    readonly code: ExportErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * Where the export goes: next to the source (or in `outDir`), same base name, new extension.
 * A relative `outDir` is taken from the source's folder.
 */
export function exportTarget(sourcePath: string, format: ExportFormat, outDir?: string): string {
  const source = path.resolve(sourcePath);
  const dir = outDir ? path.resolve(path.dirname(source), outDir) : path.dirname(source);
  const base = path.basename(source, path.extname(source)) || path.basename(source);
  return path.join(dir, `${base}.${format}`);
}

/** Writes through a temporary file + rename. Throws ExportError 'exists', 'source' or 'io'. */
export async function writeExport(target: string, bytes: Uint8Array, opts: { sourcePath: string; overwrite: boolean }): Promise<void> {
  const resolved = path.resolve(target);
  if (await sameFile(resolved, path.resolve(opts.sourcePath))) {
    throw new ExportError('source', `Refusing to write the export over its source file: ${resolved}`);
  }
  const dir = path.dirname(resolved);
  try {
    await fsp.mkdir(dir, { recursive: true });
  } catch (cause) {
    throw new ExportError('io', `Cannot create the folder ${dir}: ${message(cause)}`, { cause });
  }
  if (!opts.overwrite && (await exists(resolved))) {
    throw new ExportError('exists', `${resolved} already exists`);
  }

  const temp = path.join(dir, `.${path.basename(resolved)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await fsp.open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (opts.overwrite) {
      await fsp.rename(temp, resolved);
    } else {
      // link() fails when the target appeared meanwhile, so an export created by someone else
      // between the check above and now is not replaced.
      try {
        await fsp.link(temp, resolved);
        await fsp.unlink(temp);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new ExportError('exists', `${resolved} already exists`);
        // File systems without hard links (FAT, some network shares): rename after the check.
        if (await exists(resolved)) throw new ExportError('exists', `${resolved} already exists`);
        await fsp.rename(temp, resolved);
      }
    }
  } catch (cause) {
    await fsp.rm(temp, { force: true }).catch(() => undefined);
    if (cause instanceof ExportError) throw cause;
    const code = (cause as NodeJS.ErrnoException).code;
    const hint =
      code === 'EBUSY' || code === 'EPERM' || code === 'EACCES'
        ? ' (is it open in another program, or is the folder read-only?)'
        : code === 'ENOSPC'
          ? ' (the disk is full)'
          : '';
    throw new ExportError('io', `Cannot write ${resolved}: ${message(cause)}${hint}`, { cause });
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await fsp.lstat(p);
    return true;
  } catch {
    return false;
  }
}

async function sameFile(a: string, b: string): Promise<boolean> {
  if (a === b) return true;
  try {
    const [sa, sb] = await Promise.all([fsp.stat(a), fsp.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    // The target does not exist yet: compare the real folders with the names.
    try {
      const [ra, rb] = await Promise.all([fsp.realpath(path.dirname(a)), fsp.realpath(b)]);
      return path.join(ra, path.basename(a)) === rb;
    } catch {
      return false;
    }
  }
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
