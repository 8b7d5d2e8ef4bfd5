import { readdir, stat } from 'node:fs/promises';

/** Why a content folder cannot serve, as the end of a one-line configuration error. */
export function contentDirMessage(dir: string, code: string): string {
  if (code === 'ENOENT') return `folder ${dir} does not exist`;
  if (code === 'ENOTDIR') return `${dir} is not a folder`;
  if (code === 'EACCES' || code === 'EPERM') return `folder ${dir} cannot be read (permission denied)`;
  return `folder ${dir} cannot be read (${code})`;
}

/**
 * null when the folder can be listed (an empty folder is fine: the bot serves "no articles yet"),
 * else what is wrong. A bot started on a wrong path would otherwise serve nothing, forever.
 */
export async function contentDirProblem(dir: string): Promise<string | null> {
  try {
    if (!(await stat(dir)).isDirectory()) return contentDirMessage(dir, 'ENOTDIR');
    await readdir(dir);
    return null;
  } catch (error) {
    return contentDirMessage(dir, (error as NodeJS.ErrnoException).code ?? String(error));
  }
}
