import { readFile } from 'node:fs/promises';
import { draftPath, renderDraftFile, writeDraftFile } from '../../content/drafts.js';
import type { Briefing } from '../../content/schema.js';

/** Briefing ids are at most 48 characters (they ride in callback data). */
const MAX_ID = 48;
/** Past this many versions of one article something is wrong (a loop resending it), not editing. */
const MAX_VERSIONS = 99;

/** The id of version `n` (2, 3, …) of a draft: "<id>-v2", the base cut so that the whole fits. */
export function versionedId(id: string, n: number): string {
  const suffix = `-v${n}`;
  return `${id.slice(0, MAX_ID - suffix.length).replace(/-+$/, '')}${suffix}`;
}

/** The version a draft is about to be written as. */
export interface DraftVersion {
  id: string;
  /** The id of the draft left in place when this one was written beside it; null when there was none. */
  besideOf: string | null;
}

export interface SavedDraft extends DraftVersion {
  path: string;
}

const readIfThere = (path: string) => readFile(path, 'utf8').catch(() => null);

/**
 * Writes a draft without ever replacing one (an editor may have corrected it): when a draft of that
 * id exists, the new one is written beside it as the next free version ("<id>-v2", "-v3", …).
 * `claim` is told each version just before it is written, so that a writer cut short after writing
 * can find its own file again (resumeDraft) instead of leaving it behind and writing another.
 */
export async function saveDraftBeside(
  contentDir: string,
  draft: Briefing,
  raw: string,
  claim: (version: DraftVersion) => Promise<void> = async () => {},
): Promise<SavedDraft> {
  for (let n = 1; n <= MAX_VERSIONS; n++) {
    const version = {
      id: n === 1 ? draft.id : versionedId(draft.id, n),
      besideOf: n === 1 ? null : draft.id,
    };
    if ((await readIfThere(draftPath(contentDir, version.id))) !== null) continue;
    await claim(version);
    // Exclusive: another writer may have taken this id since it was found free.
    const path = await writeDraftFile(contentDir, { ...draft, id: version.id }, raw, { overwrite: false });
    if (path !== null) return { path, ...version };
  }
  throw new Error(
    `draft ${draft.id}: ${MAX_VERSIONS} versions exist already in ${contentDir}; none was replaced`,
  );
}

/**
 * The draft of a version claimed before a writer was cut short: its file when it holds this very
 * draft (written before the cut), written now when it was never written, and null when the file
 * holds something else (written or edited by another hand since), which is then left alone.
 */
export async function resumeDraft(
  contentDir: string,
  draft: Briefing,
  raw: string,
  claimed: DraftVersion,
): Promise<SavedDraft | null> {
  const mine = { ...draft, id: claimed.id };
  const path = draftPath(contentDir, claimed.id);
  const onDisk = await readIfThere(path);
  if (onDisk === null) {
    const written = await writeDraftFile(contentDir, mine, raw, { overwrite: false });
    return written === null ? null : { path: written, ...claimed };
  }
  return onDisk === (await renderDraftFile(mine, raw)) ? { path, ...claimed } : null;
}
