import { readFile } from 'node:fs/promises';
import type { Logger } from 'pino';
import { createLogger } from '../log/logger.js';
import { parseIngestArgs } from './cli-args.js';
import { draftPath, writeDraftFile } from '../content/drafts.js';
import { ingest } from './ingest.js';

/**
 * Exit codes: 0 written, 1 unexpected failure, 2 bad usage or input the pipeline cannot take,
 * 3 a draft of that id exists (it is never overwritten without --force).
 */
export interface CliIo {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  readStdin(): Promise<string>;
  stdout(line: string): void;
  stderr(line: string): void;
  /** Progress goes to the log (stderr in the shell), never to stdout, which carries the result. */
  log: Logger;
}

/** `npm run ingest -- [--published YYYY-MM-DD] [--lang ar|en] [--json] [--force] FILE|-`. */
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
  io.log.info({ id: draft.id, language: draft.language, published: draft.published, incidents: draft.incidents.length, figures: draft.figures.length }, 'draft made');
  if (json) {
    io.stdout(JSON.stringify(draft));
    return 0;
  }
  const contentDir = io.env.CONTENT_DIR || 'content';
  const path = await writeDraftFile(contentDir, draft, raw, { overwrite: force });
  if (path === null) {
    io.stderr(`ingest: a draft already exists at ${draftPath(contentDir, draft.id)}; it was left as it is (pass --force to replace it)`);
    return 3;
  }
  io.log.info({ path, replaced: force }, 'draft written');
  io.stdout(path);
  return 0;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const isMain = import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('/intake/cli.ts');
if (isMain) {
  const log = createLogger({ level: 'info', secrets: [], write: (line) => process.stderr.write(line) });
  runIngestCli({
    argv: process.argv.slice(2),
    env: process.env,
    readStdin,
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
    log,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      log.error({ err }, 'ingest failed');
      process.exitCode = 1;
    },
  );
}
