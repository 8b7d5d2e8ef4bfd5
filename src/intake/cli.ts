import { readFile } from 'node:fs/promises';
import { parseIngestArgs } from './cli-args.js';
import { draftPath, writeDraftFile } from '../content/drafts.js';
import { ingest } from './ingest.js';
import { isMainModule, runCliMain, type CliIo } from './cli-main.js';

/**
 * Exit codes: 0 written, 1 unexpected failure, 2 bad usage or input the pipeline cannot take,
 * 3 a draft of that id exists (it is never overwritten without --force).
 *
 * `npm run ingest -- [--published YYYY-MM-DD] [--lang ar|en] [--json] [--force] FILE|-`.
 */
export async function runIngestCli(io: CliIo): Promise<number> {
  const parsed = parseIngestArgs(io.argv);
  if (!parsed.ok) {
    io.stderr(parsed.error);
    return 2;
  }
  const { file, published, lang, json, force } = parsed.args;
  let raw: string;
  try {
    raw = file === '-' ? await io.readStdin() : await readFile(file, 'utf8');
  } catch (err) {
    io.stderr(`cannot read ${file}: ${(err as Error).message}`);
    return 2;
  }
  const result = ingest(raw, { ...(published ? { published } : {}), ...(lang ? { lang } : {}) });
  if (!result.ok) {
    io.stderr(`ingest: ${result.error}`);
    return 2;
  }
  const { draft } = result;
  io.log.info(
    {
      id: draft.id,
      language: draft.language,
      published: draft.published,
      incidents: draft.incidents.length,
      figures: draft.figures.length,
    },
    'draft made',
  );
  if (json) {
    io.stdout(JSON.stringify(draft));
    return 0;
  }
  const contentDir = io.env.CONTENT_DIR || 'content';
  const path = await writeDraftFile(contentDir, draft, raw, { overwrite: force });
  if (path === null) {
    io.stderr(
      `ingest: a draft already exists at ${draftPath(contentDir, draft.id)}; it was left as it is (pass --force to replace it)`,
    );
    return 3;
  }
  io.log.info({ path, replaced: force }, 'draft written');
  io.stdout(path);
  return 0;
}

if (isMainModule(import.meta.url, '/intake/cli.ts')) runCliMain('ingest', runIngestCli);
