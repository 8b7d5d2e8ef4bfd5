import { writeDraftFile } from '../../content/drafts.js';
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

export interface SavedDraft {
  path: string;
  id: string;
  /** The id of the draft left in place when this one was written beside it; null when there was none. */
  besideOf: string | null;
}

/**
 * Writes a draft without ever replacing one (an editor may have corrected it): when a draft of that
 * id exists, the new one is written beside it as the next free version ("<id>-v2", "-v3", …).
 */
export async function saveDraftBeside(contentDir: string, draft: Briefing, raw: string): Promise<SavedDraft> {
  for (let n = 1; n <= MAX_VERSIONS; n++) {
    const id = n === 1 ? draft.id : versionedId(draft.id, n);
    const path = await writeDraftFile(contentDir, { ...draft, id }, raw, { overwrite: false });
    if (path !== null) return { path, id, besideOf: n === 1 ? null : draft.id };
  }
  throw new Error(
    `draft ${draft.id}: ${MAX_VERSIONS} versions exist already in ${contentDir}; none was replaced`,
  );
}
