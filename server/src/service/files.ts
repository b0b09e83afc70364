// Which files a check may look at on disk: the exhibits' `file:` paths, relative to the submission,
// and only inside the folders it may read (its workspace, or its own folder and the current one on
// the command line). A path outside them is not even looked up: a lookup of `\\host\share\x` on
// Windows is a network connection, and the existence of a file elsewhere is nobody's business.
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * For CheckOptions.fileExists: true or false when the file was looked up, undefined when the path
 * leads outside `roots` and was not.
 */
export function confinedFileExists(sourcePath: string, roots: readonly string[]): (relative: string) => boolean | undefined {
  const base = path.dirname(path.resolve(sourcePath));
  const allowed = roots.map((r) => path.resolve(r));
  return (relative) => {
    const target = path.resolve(base, relative);
    if (!allowed.some((root) => isInside(root, target))) return undefined;
    return fs.existsSync(target);
  };
}

function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}
