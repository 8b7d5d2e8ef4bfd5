import type { Language } from '../content/schema.js';

export interface IngestArgs {
  file: string;
  published?: string;
  lang?: Language;
  json: boolean;
  /** Replace a draft of the same id (an editor may have corrected it). */
  force: boolean;
}

export type ParsedArgs = { ok: true; args: IngestArgs } | { ok: false; error: string };

export const INGEST_USAGE = 'usage: ingest [--published YYYY-MM-DD] [--lang ar|en] [--json] [--force] FILE|-';

/** `ingest [--published YYYY-MM-DD] [--lang ar|en] [--json] [--force] FILE|-` (also --flag=value). */
export function parseIngestArgs(argv: readonly string[]): ParsedArgs {
  const out: { file?: string; published?: string; lang?: Language; json: boolean; force: boolean } = {
    json: false,
    force: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    if (flag === '--json') out.json = true;
    else if (flag === '--force') out.force = true;
    else if (flag === '--published') {
      const v = value();
      if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v))
        return { ok: false, error: `--published needs a date as YYYY-MM-DD\n${INGEST_USAGE}` };
      out.published = v;
    } else if (flag === '--lang') {
      const v = value();
      if (v !== 'ar' && v !== 'en') return { ok: false, error: `--lang takes ar or en\n${INGEST_USAGE}` };
      out.lang = v;
    } else if (flag.startsWith('--')) return { ok: false, error: `unknown option ${flag}\n${INGEST_USAGE}` };
    else if (out.file !== undefined) return { ok: false, error: `one input file only\n${INGEST_USAGE}` };
    else out.file = arg;
  }
  if (out.file === undefined) return { ok: false, error: `no input file (use - for stdin)\n${INGEST_USAGE}` };
  return { ok: true, args: { ...out, file: out.file } };
}
