import { access, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatProblem, parseArticle } from './parse.js';
import type { Briefing } from './schema.js';

/** Drafts live in CONTENT_DIR/drafts/ and are never served; publishing moves one up a level. */
export const DRAFTS_FOLDER = 'drafts';

export function draftPath(contentDir: string, id: string): string {
  return join(contentDir, DRAFTS_FOLDER, `${id}.md`);
}

/**
 * A content file: the briefing as YAML front matter, then the original text. `yaml` (for its
 * stringify) is imported when a file is first written, not at start-up: the bot only reads content.
 */
export async function renderContentFile(briefing: Briefing, body: string): Promise<string> {
  const { stringify } = await import('yaml');
  return `---\n${stringify(briefing, { lineWidth: 0 })}---\n${body.endsWith('\n') ? body : `${body}\n`}`;
}

/** A draft's file as writeDraftFile writes it. */
export function renderDraftFile(draft: Briefing, raw: string): Promise<string> {
  return renderContentFile({ ...draft, status: 'draft' }, raw);
}

/**
 * Writes the draft; with `overwrite: false` an existing draft (perhaps corrected by an editor) is
 * left alone and null is returned.
 */
export async function writeDraftFile(contentDir: string, draft: Briefing, raw: string, opts?: { overwrite: true }): Promise<string>;
export async function writeDraftFile(contentDir: string, draft: Briefing, raw: string, opts: { overwrite: boolean }): Promise<string | null>;
export async function writeDraftFile(contentDir: string, draft: Briefing, raw: string, opts: { overwrite: boolean } = { overwrite: true }): Promise<string | null> {
  const path = draftPath(contentDir, draft.id);
  await mkdir(join(contentDir, DRAFTS_FOLDER), { recursive: true });
  try {
    await writeFile(path, await renderDraftFile(draft, raw), { encoding: 'utf8', flag: opts.overwrite ? 'w' : 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return null;
    throw err;
  }
  return path;
}

export type PublishResult =
  | { ok: true; path: string }
  | { ok: false; reason: 'no-draft' | 'exists' | 'invalid'; detail: string };

/** Publishes a draft: validated again, written as `<id>.md` (never over an existing file), draft removed. */
export async function publishDraft(contentDir: string, id: string): Promise<PublishResult> {
  const from = draftPath(contentDir, id);
  const source = await readFile(from, 'utf8').catch(() => undefined);
  if (source === undefined) return { ok: false, reason: 'no-draft', detail: from };
  const parsed = parseArticle(from, source);
  if (!parsed.ok) return { ok: false, reason: 'invalid', detail: parsed.problems.map(formatProblem).join('\n') };
  const to = join(contentDir, `${id}.md`);
  const exists = await access(to).then(
    () => true,
    () => false,
  );
  if (exists) return { ok: false, reason: 'exists', detail: to };
  await writeFile(to, await renderContentFile({ ...parsed.article.briefing, status: 'published' }, parsed.article.body), { encoding: 'utf8', flag: 'wx' });
  await rm(from);
  return { ok: true, path: to };
}

/** Deletes a draft; false when there was none. */
export async function discardDraft(contentDir: string, id: string): Promise<boolean> {
  return rm(draftPath(contentDir, id)).then(
    () => true,
    () => false,
  );
}
